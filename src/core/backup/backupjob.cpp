// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupjob.h"

#include "backup/backuprun.h"
#include "backup/pgdumpprogress.h"
#include "restore/archivecheck.h"
#include "tools/toollocator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <future>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupJob)
};

} // namespace

namespace detail {


ConnectionSpec BackupRun::dumpSpec() const
{
    if (m_options.source == BackupOptions::Source::Database)
        return m_request.spec.withDatabase(m_options.database);
    return m_request.spec;
}

QString BackupRun::label() const
{
    switch (m_options.source) {
    case BackupOptions::Source::GlobalsOnly:
        return QStringLiteral("globals");
    case BackupOptions::Source::WholeCluster:
        return QStringLiteral("cluster");
    case BackupOptions::Source::Database:
        break;
    }
    return m_options.database;
}

QStringList BackupRun::dataEntries() const
{
    QStringList names{m_manifest.dumpName};
    if (!m_manifest.globalsName.isEmpty() && !names.contains(m_manifest.globalsName))
        names.append(m_manifest.globalsName);
    return names;
}

Status BackupRun::prepare()
{
    m_ctx.progress(-1, Tr::tr("Connecting to %1").arg(m_request.spec.describe()));
    auto snapshot = DumpSnapshot::open(m_ctx, dumpSpec());
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    const ServerFacts &facts = m_snapshot->facts();

    const bool database = m_options.source == BackupOptions::Source::Database;
    const int serverMajor = facts.versionNum / 10000;
    const ToolLocator locator(m_request.toolsDir);
    auto tool = locator.find(database ? QStringLiteral("pg_dump") : QStringLiteral("pg_dumpall"), serverMajor);
    if (!tool) {
        Error e = tool.error();
        e.message = Tr::tr("The server runs PostgreSQL %1; a backup needs %2 %3 or newer. %4")
                        .arg(facts.version, database ? QStringLiteral("pg_dump") : QStringLiteral("pg_dumpall"))
                        .arg(serverMajor)
                        .arg(e.message);
        return e;
    }
    m_tool = *tool;
    if (auto valid = validateBackupOptions(m_options, m_tool.majorVersion); !valid)
        return valid.error();
    return recordServer(facts);
}

// The server's facts into the manifest, and the pg_dumpall that globals next to a dump need.
Status BackupRun::recordServer(const ServerFacts &facts)
{
    if (m_options.source == BackupOptions::Source::Database && m_options.withGlobals) {
        auto dumpAll = ToolLocator(m_request.toolsDir).find(QStringLiteral("pg_dumpall"), facts.versionNum / 10000);
        if (!dumpAll)
            return dumpAll.error();
        m_dumpAll = *dumpAll;
    }
    BackupManifest &m = m_manifest;
    m.serverVersion = facts.version;
    m.serverVersionNum = facts.versionNum;
    m.systemIdentifier = facts.systemIdentifier;
    m.toolPath = m_tool.path;
    m.toolVersion = m_tool.version;
    return ok();
}

// pg_dump first, our connection beside it (see ServerProbe). A server that cannot be reached
// leaves no folder behind, as when the connection comes first.
Result<BackupOutcome> BackupRun::executeAtOnce(const ToolInfo &tool)
{
    BackupManifest &m = m_manifest;
    m_tool = tool;
    if (auto valid = validateBackupOptions(m_options, m_tool.majorVersion); !valid)
        return valid.error();
    auto folder = BackupFolder::create(m_request.catalogDir, m.id);
    if (!folder)
        return folder.error();
    m_folder = std::move(folder).value();
    ServerProbe probe(m_ctx, dumpSpec(), m_options);
    m_probe = &probe;
    m_ctx.progress(-1, Tr::tr("Connecting to %1").arg(m_request.spec.describe()));
    m_ctx.log(Tr::tr("Writing the backup into %1").arg(m_folder->path()));
    m_ctx.log(Tr::tr("No row counts asked: pg_dump starts at once with its own snapshot."));
    Status dumped = saveManifest(Durability::Unsynced);
    if (dumped)
        dumped = runDatabaseDump(QString());
    m_probe = nullptr;
    auto probed = probe.take();
    if (!probed) {
        if (m_ctx.isCanceled() || dumped)
            return fail(probed.error());
        m_folder->discard();
        m_folder.reset();
        return probed.error();
    }
    m_snapshot = std::move(probed->connection);
    const ServerFacts &facts = m_snapshot->facts();
    if (facts.versionNum / 10000 > m_tool.majorVersion && !dumped) {
        m_snapshot.reset();
        m_folder->discard(); // as when the version is checked before anything is written
        m_folder.reset();
        return Error::of(Tr::tr("The server runs PostgreSQL %1; a backup needs pg_dump %2 or newer. Found: %3 (%4).")
                             .arg(facts.version).arg(facts.versionNum / 10000).arg(m_tool.version, m_tool.path),
                         dumped.error().detail, QStringLiteral("tool-too-old"));
    }
    if (Status recorded = recordServer(facts); !recorded)
        return fail(recorded.error());
    recordScope(probed->tables);
    if (dumped && m_options.withGlobals)
        dumped = dumpAll(true, m.globalsName);
    m_snapshot->end();
    if (!dumped)
        return fail(dumped.error());
    return finishThenClose();
}

Result<BackupOutcome> BackupRun::execute()
{
    BackupManifest &m = m_manifest;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.profileId = m_request.profileId;
    m.profileName = m_request.profileName;
    m.options = m_options;
    m.database = m_options.source == BackupOptions::Source::Database ? m_options.database : QString();
    m.dumpName = dumpNameFor(m_options);
    const bool globals = m_options.source == BackupOptions::Source::GlobalsOnly
                         || (m_options.source == BackupOptions::Source::Database && m_options.withGlobals);
    m.globalsName = globals ? QStringLiteral("globals.sql") : QString();
    m.startedAt = QDateTime::currentDateTime();

    if (const auto atOnce = toolToStartAtOnce(m_options, ToolLocator(m_request.toolsDir)))
        return executeAtOnce(*atOnce);
    // Problems found before anything is written (no server, no suitable pg_dump, bad options)
    // leave no folder behind.
    if (Status prepared = prepare(); !prepared) {
        if (m_ctx.isCanceled())
            return JobContext::canceledError();
        return prepared.error();
    }
    auto folder = BackupFolder::create(m_request.catalogDir, m.id);
    if (!folder)
        return folder.error();
    m_folder = std::move(folder).value();
    m_ctx.log(Tr::tr("Writing the backup into %1").arg(m_folder->path()));
    if (Status saved = saveManifest(Durability::Unsynced); !saved)
        return fail(saved.error());

    Status dumped = ok();
    switch (m_options.source) {
    case BackupOptions::Source::Database:
        dumped = dumpDatabase();
        break;
    case BackupOptions::Source::GlobalsOnly:
        m_ctx.log(Tr::tr("pg_dumpall cannot use an exported snapshot: the globals are read as they are at the time."));
        dumped = dumpAll(true, m.dumpName);
        break;
    case BackupOptions::Source::WholeCluster:
        m_ctx.log(Tr::tr("pg_dumpall cannot use an exported snapshot: each database is dumped at its own moment."));
        dumped = dumpAll(false, m.dumpName);
        break;
    }
    if (m_snapshot)
        m_snapshot->end();
    if (!dumped)
        return fail(dumped.error());
    return finishThenClose();
}

// Our connection (its transaction ended) is closed once the backup is complete: on a small
// machine the exit of its backend takes CPU that the checksums right after the dump would miss.
Result<BackupOutcome> BackupRun::finishThenClose()
{
    Result<BackupOutcome> done = finishGood();
    m_snapshot.reset();
    return done;
}

Result<BackupOutcome> BackupRun::finishGood()
{
    BackupManifest &m = m_manifest;
    // The dump tools ran with --no-sync: their files reach the disk on another thread, beside the
    // archive check and the checksums, and before the manifest may call them complete. A bare
    // pg_dump does this fsync before it exits, so it is off our critical path, not skipped.
    auto synced = std::async(std::launch::async, [folder = m_folder.get(), entries = dataEntries()] {
        return folder->syncEntries(entries);
    });
    auto fail = [&](const Error &error) {
        if (synced.valid())
            synced.wait(); // fail() renames the folder the thread may still be syncing in
        return this->fail(error);
    };
    // pg_dump has been seen to exit 0 leaving a truncated archive on a nearly full disk: an
    // archive is whole (its TOC reads, every data block is there) before it may be listed as good.
    if (m_options.source == BackupOptions::Source::Database && m_options.format != DumpFormat::Plain) {
        m_ctx.progress(kPrepareShare + kDumpShare, Tr::tr("Checking that the archive is whole"));
        if (Status whole = checkArchiveComplete(m_folder->filePath(m.dumpName)); !whole)
            return fail(Error::of(Tr::tr("%1 reported success, but the archive it wrote is not whole: %2")
                                      .arg(m_tool.name, whole.error().message),
                                  whole.error().detail, QStringLiteral("archive-incomplete")));
    }
    m_ctx.progress(kPrepareShare + kDumpShare, Tr::tr("Computing checksums"));
    auto files = m_folder->checksum(dataEntries(), m_ctx, [&](qint64 done, qint64 total) {
        const double f = total > 0 ? double(done) / double(total) : 1.0;
        m_ctx.progress(kPrepareShare + kDumpShare + f * (1.0 - kPrepareShare - kDumpShare),
                       Tr::tr("Computing checksums: %1 of %2").arg(formatBytes(done), formatBytes(total)));
    });
    if (!files)
        return fail(files.error());
    if (files->isEmpty())
        return fail(Error::of(Tr::tr("The dump tool wrote no files.")));
    if (Status onDisk = synced.get(); !onDisk)
        return fail(onDisk.error());
    m.files = *files;
    m.finishedAt = QDateTime::currentDateTime();
    m.status = BackupManifest::State::Complete;
    if (Status saved = saveManifest(); !saved)
        return fail(saved.error());
    auto renamed = m_folder->finish(BackupFolder::finalName(label(), m.startedAt, m.id));
    if (!renamed)
        return renamed.error(); // the manifest says complete; the catalog lists the partial folder as such
    m_ctx.progress(1.0, Tr::tr("Backup complete: %1 in %2 files").arg(formatBytes(m.totalBytes())).arg(m.files.size()));
    m_ctx.log(Tr::tr("Backup complete: %1").arg(*renamed));
    return BackupOutcome{*renamed, m};
}

Error BackupRun::fail(const Error &error)
{
    const bool canceled = m_ctx.isCanceled();
    if (m_snapshot)
        m_snapshot->end();
    m_snapshot.reset();
    BackupManifest &m = m_manifest;
    m.status = canceled ? BackupManifest::State::Canceled : BackupManifest::State::Failed;
    m.error = canceled ? Tr::tr("Canceled") : error.message;
    m.files.clear();
    m.finishedAt = QDateTime::currentDateTime();
    if (m_folder) {
        m_folder->removeEntries(dataEntries());
        (void)saveManifest();
        auto renamed = m_folder->finish(BackupFolder::finalName(label(), m.startedAt, m.id),
                                        canceled ? QStringLiteral(".canceled") : QStringLiteral(".failed"));
        if (renamed)
            m_ctx.log(Tr::tr("Kept the record of the %1 backup in %2").arg(toString(m.status), *renamed));
    }
    if (canceled)
        return JobContext::canceledError();
    return error;
}

} // namespace detail

Result<BackupOutcome> runBackup(JobContext &ctx, const BackupRequest &request)
{
    if (Status valid = validateBackupOptions(request.options); !valid)
        return valid.error();
    if (request.catalogDir.isEmpty())
        return Error::of(Tr::tr("No backup catalog directory given."), {}, QStringLiteral("invalid-options"));
    detail::BackupRun run(ctx, request);
    return run.execute();
}

} // namespace pgs