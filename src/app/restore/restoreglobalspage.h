// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/globalsselection.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class RestoreGlobalsPage;
}

namespace pgs {

class Job;
class RestoreWizard;

// Page 4, only for a backup with a globals file and a target on the profile's server: what the
// file holds (each role with its attributes, each membership, each tablespace), read by a job
// together with what of it exists on the server. Missing roles (and their memberships) are ticked;
// what exists is shown as such and cannot be ticked; tablespaces start unticked. Passwords are
// never shown: a role that has one says "password set".
class RestoreGlobalsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreGlobalsPage(RestoreWizard *wizard);
    ~RestoreGlobalsPage() override;

    bool isLoading() const { return m_job; }
    QString loadedPath() const { return m_loadedPath; } // the globals file the items are from
    const QList<GlobalsItem> &items() const { return m_items; }
    QList<GlobalsStep> steps() const { return selectedGlobalsSteps(m_items); }
    QTreeWidgetItem *treeItem(GlobalsItem::Kind kind, const QString &name) const; // for tests

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    int nextId() const override; // a globals-only backup has no options: to the summary

Q_SIGNALS:
    void loaded();

private:
    void load();
    void fill();
    void itemChanged(QTreeWidgetItem *item, int column);
    void updateSelectionLabel();
    bool needsConfirmation() const; // a production profile and something to create

    std::unique_ptr<Ui::RestoreGlobalsPage> ui;
    RestoreWizard *m_wizard;
    QPointer<Job> m_job;
    int m_generation = 0; // of the newest load; older results are dropped
    QString m_loadedPath;
    QString m_loadedServer;
    QList<GlobalsItem> m_items;
};

} // namespace pgs
