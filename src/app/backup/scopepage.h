// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupwizardpage.h"

#include "jobs/job.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ScopePage;
}

namespace pgs {

class Job;
class ScopeTreeModel;

// Page 3 (databases only): everything, schema only, data only or chosen sections; the schemas →
// tables tree (loaded from the server by a job) to include or exclude; large objects; globals.
class ScopePage : public BackupWizardPage
{
    Q_OBJECT
public:
    explicit ScopePage(BackupWizard *wizard);
    ~ScopePage() override;

    ScopeTreeModel *treeModel() const { return m_model; }
    bool isLoading() const { return m_job; }
    qint64 estimatedBytes() const;

    void initializePage() override;
    void applyChoices(const BackupOptions &options) override;
    void storeChoices(BackupOptions &options) const override;
    bool isComplete() const override;

Q_SIGNALS:
    void treeLoaded();

private:
    void loadTree();
    void treeJobFinished(Job *job);
    void updateState();

    std::unique_ptr<Ui::ScopePage> ui;
    ScopeTreeModel *m_model;
    QPointer<Job> m_job;
    QString m_loadedKey;      // profile id + database of the tree shown
    bool m_loadFailed = false;
    std::optional<BackupOptions> m_pendingTicks; // applied when the tree arrives
};

} // namespace pgs
