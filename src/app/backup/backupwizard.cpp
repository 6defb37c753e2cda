// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupwizard.h"

#include "backup/backupjob.h"
#include "backup/backupsettings.h"
#include "backup/formatpage.h"
#include "backup/optionspage.h"
#include "backup/scopepage.h"
#include "backup/sourcepage.h"
#include "backup/summarypage.h"
#include "jobs/jobrunner.h"
#include "offsite/copyjobs.h"
#include "shell/appcontext.h"

#include <QDir>

namespace pgs {

BackupWizard::BackupWizard(AppContext *app, const ConnectionProfile &profile, const QString &database, QWidget *parent)
    : QWizard(parent), m_app(app), m_profile(profile), m_preferredDatabase(database)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("backupWizard"));
    setWindowTitle(tr("Back up — %1").arg(profile.name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_initial.recordRowCounts = true;

    m_source = new SourcePage(this);
    m_format = new FormatPage(this);
    m_scope = new ScopePage(this);
    m_optionsPage = new OptionsPage(this);
    m_summary = new SummaryPage(this);
    setPage(SourcePageId, m_source);
    setPage(FormatPageId, m_format);
    setPage(ScopePageId, m_scope);
    setPage(OptionsPageId, m_optionsPage);
    setPage(SummaryPageId, m_summary);
    setButtonText(QWizard::FinishButton, tr("Start backup"));
    resize(880, 640);
    loadInventory();
}

BackupWizard::~BackupWizard()
{
    if (m_inventoryJob)
        m_inventoryJob->cancel();
}

void BackupWizard::setProfile(const ConnectionProfile &profile)
{
    if (profile.id == m_profile.id)
        return;
    m_profile = profile;
    m_choicesKey.clear();
    setWindowTitle(tr("Back up — %1").arg(profile.name));
    loadInventory();
}

void BackupWizard::loadInventory()
{
    if (m_inventoryJob)
        m_inventoryJob->cancel();
    m_inventoryJob.clear();
    m_inventory.reset();
    m_inventoryError.clear();
    m_spec.reset();
    m_resolving = true;
    Q_EMIT inventoryChanged();
    const QString profileId = m_profile.id;
    m_app->resolveSpec(m_profile, this, [this, profileId](Result<ConnectionSpec> spec) {
        if (profileId != m_profile.id)
            return; // the user picked another profile meanwhile
        m_resolving = false;
        if (!spec) {
            m_inventoryError = spec.error().message;
            Q_EMIT inventoryChanged();
            return;
        }
        m_spec = spec.value();
        const ConnectionSpec resolved = spec.value();
        const QString toolsDir = m_profile.toolsDir;
        Job *job = m_app->jobs().start(
            tr("Databases and pg_dump for %1").arg(m_profile.name),
            [resolved, toolsDir](JobContext &ctx) { return loadServerInventory(ctx, resolved, toolsDir); },
            QStringLiteral("refresh"));
        m_inventoryJob = job;
        connect(job, &Job::finished, this, [this, job] { inventoryJobFinished(job); });
        Q_EMIT inventoryChanged();
    });
}

void BackupWizard::inventoryJobFinished(Job *job)
{
    if (job != m_inventoryJob)
        return;
    m_inventoryJob.clear();
    if (job->state() == Job::State::Succeeded)
        m_inventory = job->result().value<ServerInventory>();
    else
        m_inventoryError = job->error().message;
    m_app->jobs().discard(job);
    Q_EMIT inventoryChanged();
}

void BackupWizard::loadChoicesFor(BackupOptions::Source source, const QString &database)
{
    const QString key = QString::number(int(source)) + QLatin1Char('/') + database;
    if (key == m_choicesKey)
        return; // back and forth without a change: keep what the pages show
    m_choicesKey = key;
    const auto remembered = backupsettings::lastChoices(m_app->settings(), m_profile.id,
                                                        source == BackupOptions::Source::Database ? database : QString());
    BackupOptions initial;
    initial.recordRowCounts = true; // our default, unlike pg_dump's
    if (remembered)
        initial = *remembered;
    initial.source = source;
    initial.database = database;
    m_initial = initial;
    ++m_generation;
}

BackupOptions BackupWizard::options() const
{
    BackupOptions options = m_initial;
    m_source->storeChoices(options);
    m_format->storeChoices(options);
    if (options.source == BackupOptions::Source::Database) {
        m_scope->storeChoices(options);
    } else {
        options.schemas = options.excludeSchemas = options.tables = options.excludeTables = options.sections = {};
        options.schemaOnly = options.dataOnly = options.withGlobals = false;
    }
    m_optionsPage->storeChoices(options);
    return options;
}

DumpFormat BackupWizard::currentFormat() const
{
    return m_format->format();
}

qint64 BackupWizard::estimatedBytes() const
{
    return options().source == BackupOptions::Source::Database ? m_scope->estimatedBytes() : 0;
}

QString BackupWizard::catalogDirectory() const
{
    return m_summary->catalogDirectory();
}

int BackupWizard::nextId() const
{
    if (currentId() == FormatPageId && m_source->source() != BackupOptions::Source::Database)
        return OptionsPageId; // pg_dumpall has no scope to choose
    return QWizard::nextId();
}

void BackupWizard::accept()
{
    const BackupOptions opts = options();
    const int major = m_inventory ? m_inventory->pgDump.majorVersion : 0;
    if (const Status valid = validateBackupOptions(opts, major); !valid) {
        m_summary->showError(valid.error().message);
        return;
    }
    if (!m_spec || !m_inventory) {
        m_summary->showError(tr("The server is not reachable: %1").arg(m_inventoryError));
        return;
    }
    backupsettings::rememberChoices(m_app->settings(), m_profile.id, opts);
    backupsettings::setCatalogDirectory(m_app->settings(), m_profile.id, catalogDirectory());

    BackupRequest request;
    request.spec = *m_spec;
    request.profileId = m_profile.id;
    request.profileName = m_profile.name;
    request.toolsDir = m_profile.toolsDir;
    request.catalogDir = catalogDirectory();
    request.options = opts;
    QString title;
    switch (opts.source) {
    case BackupOptions::Source::Database: title = tr("Back up %1 on %2").arg(opts.database, m_profile.name); break;
    case BackupOptions::Source::GlobalsOnly: title = tr("Back up the globals of %1").arg(m_profile.name); break;
    case BackupOptions::Source::WholeCluster: title = tr("Back up the whole cluster %1").arg(m_profile.name); break;
    }
    Job *job = m_app->jobs().start(
        title,
        [request](JobContext &ctx) -> JobResult {
            auto outcome = runBackup(ctx, request);
            if (!outcome)
                return outcome.error();
            return QVariant::fromValue(outcome.value());
        },
        QStringLiteral("backup"));
    copyWhenBackedUp(m_app, job, request.catalogDir);
    Q_EMIT backupStarted(job);
    QWizard::accept();
}

} // namespace pgs
