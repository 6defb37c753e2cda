// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "catalog/manifest.h"
#include "physical/basebackup.h"
#include "connection/profile.h"
#include "jobs/job.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class BackupCatalogView;
}

namespace pgs {

class AppContext;
class CatalogFilterModel;
class CatalogTableModel;

// The backups of one profile's catalog directory: age, database, format, size, duration,
// status and verification level, base backups beside the logical ones (WAL range, timeline),
// with filters, and the actions on them (back up, verify,
// prune, bundle, import, open folder, delete, schedule). Every file operation runs as a job;
// the list reloads when a backup-related job finishes.
class BackupCatalogView : public QWidget
{
    Q_OBJECT
public:
    BackupCatalogView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~BackupCatalogView() override;

    QString catalogDirectory() const { return m_directory; }
    void setCatalogDirectory(const QString &directory); // remembered for the profile
    void setProfile(const ConnectionProfile &profile);
    CatalogTableModel *model() const { return m_model; }
    CatalogFilterModel *filterModel() const { return m_filter; }
    bool isLoading() const { return m_listJob; }
    const CatalogEntry *selectedEntry() const;             // a logical backup
    const BaseBackupEntry *selectedBaseBackup() const;     // a physical one
    void selectFolder(const QString &folder);

public Q_SLOTS:
    void refresh();
    void startBackup();
    void restoreSelected(); // the restore wizard with the selected backup
    void verifySelected(pgs::BackupManifest::VerifyLevel level);
    void pruneBackups();
    void deleteSelected(); // asks first (a QMessageBox opened non-modally)
    void scheduleBackups();
    void copySelectedTo(const QString &destination); // a "Copy to destination" job
    void manageDestinations();                       // the destinations dialog
    // Every backup into this catalog copied to destination (or no longer): a job, then a reload.
    void setCopiedAfterEachBackup(const QString &destination, bool copied);
    QStringList copiedAfterEachBackup() const { return m_attached; }

Q_SIGNALS:
    void loaded();
    // "Recover to a moment…": the Point-in-time recovery view, on this catalog.
    void recoverRequested(const QString &catalogDirectory);

private:
    void listFinished(Job *job);
    void updateFilters();
    void updateButtons();
    void exportBundle();
    void importBundle();
    void openFolder();
    void fillOffsiteMenu();                        // backupcatalogoffsite.cpp
    void showAttached(const QString &problem);     // backupcatalogoffsite.cpp
    void updateBaseBackupActions(QString &detail); // backupcatalogactions.cpp: why actions are off for a base backup
    Job *startCatalogJob(const QString &title, const QString &category, JobFunction function);

    std::unique_ptr<Ui::BackupCatalogView> ui;
    AppContext *m_app;
    ConnectionProfile m_profile;
    QString m_directory;
    CatalogTableModel *m_model;
    CatalogFilterModel *m_filter;
    QStringList m_attached; // from the last listing
    QPointer<Job> m_listJob;
    bool m_refreshAgain = false;
};

} // namespace pgs
