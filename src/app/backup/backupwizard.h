// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupoptions.h"
#include "backup/backupsourceloader.h"
#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "jobs/job.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace pgs {

class AppContext;
class FormatPage;
class Job;
class OptionsPage;
class ScopePage;
class SourcePage;
class SummaryPage;

// The backup wizard: source, format & compression, scope, options, destination & summary.
// Everything it learns from the server (databases, pg_dump, the scope tree) is loaded by jobs;
// Finish starts runBackup as a job on the AppContext's runner and remembers the choices per
// profile and database. Deletes itself when closed; open it with open() or show().
class BackupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, FormatPageId, ScopePageId, OptionsPageId, SummaryPageId };

    BackupWizard(AppContext *app, const ConnectionProfile &profile, const QString &database = {},
                 QWidget *parent = nullptr);
    ~BackupWizard() override;

    AppContext *app() const { return m_app; }
    const ConnectionProfile &profile() const { return m_profile; }
    void setProfile(const ConnectionProfile &profile); // reloads what the server offers
    QString preferredDatabase() const { return m_preferredDatabase; }

    // The server inventory: ready once loaded; inventoryError() when that failed.
    bool inventoryReady() const { return m_inventory.has_value(); }
    const ServerInventory &inventory() const { return *m_inventory; }
    QString inventoryError() const { return m_inventoryError; }
    bool isLoadingInventory() const { return m_resolving || m_inventoryJob; }
    std::optional<ConnectionSpec> spec() const { return m_spec; }

    // The remembered (or default) choices for the source picked on the first page; pages apply
    // them when choicesGeneration() moved on since they last did.
    void loadChoicesFor(BackupOptions::Source source, const QString &database);
    const BackupOptions &initialChoices() const { return m_initial; }
    int choicesGeneration() const { return m_generation; }

    BackupOptions options() const; // as the pages describe it now
    DumpFormat currentFormat() const;
    qint64 estimatedBytes() const;
    QString catalogDirectory() const;

    int nextId() const override;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void inventoryChanged();
    void backupStarted(pgs::Job *job);

private:
    void loadInventory();
    void inventoryJobFinished(Job *job);

    AppContext *m_app;
    ConnectionProfile m_profile;
    QString m_preferredDatabase;
    std::optional<ConnectionSpec> m_spec;
    std::optional<ServerInventory> m_inventory;
    QString m_inventoryError;
    bool m_resolving = false;
    QPointer<Job> m_inventoryJob;
    BackupOptions m_initial;
    QString m_choicesKey;
    int m_generation = 0;

    SourcePage *m_source;
    FormatPage *m_format;
    ScopePage *m_scope;
    OptionsPage *m_optionsPage;
    SummaryPage *m_summary;
};

} // namespace pgs
