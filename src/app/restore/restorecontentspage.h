// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/restorejob.h"

#include <QWizardPage>

#include <memory>

class QAction;
class QSortFilterProxyModel;

namespace Ui {
class RestoreContentsPage;
}

namespace pgs {

class RestoreWizard;
class TocTreeModel;

// Page 2: the archive's table of contents as a tree to tick entries in, with a name filter and
// "Select table with its data, indexes and constraints" (ticks entriesForTable of the current
// row's table, in addition to what is ticked). A plain SQL dump has no contents to pick from:
// the page says that it restores as a whole.
class RestoreContentsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreContentsPage(RestoreWizard *wizard);
    ~RestoreContentsPage() override;

    TocTreeModel *treeModel() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    void setSearchText(const QString &text);
    void selectTableOfCurrent(); // the button and the context action
    QString summaryText() const;

    void storeOptions(RestoreOptions &options) const; // selectedEntries: empty when all are ticked

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

private:
    void sourceChanged();
    void updateState();
    QString currentTableKey() const;

    std::unique_ptr<Ui::RestoreContentsPage> ui;
    RestoreWizard *m_wizard;
    TocTreeModel *m_model;
    QSortFilterProxyModel *m_filter;
    QAction *m_selectTableAction;
};

} // namespace pgs
