// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupjob.h"

#include "catalog/backupfolder.h"
#include "backup/dumpsnapshot.h"
#include "backup/pgdumpprogress.h"
#include "backup/plaincompressor.h"
#include "restore/archivecheck.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUuid>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupJob)
};

// Shares of the job's progress bar.
constexpr double kPrepareShare = 0.02;
constexpr double kDumpShare = 0.90;
constexpr int kPollMsecs = 500;

// pg_dump ends its stderr with "detail:" and "Query was:" lines; the reason is the last
// "error:" line before them ("query failed: FATAL: terminating connection ...").
QString clearToolError(const QString &toolName, const Error &error)
{
    const QStringList lines = error.detail.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const qsizetype at = it->indexOf(QLatin1String("error: "));
        if (at >= 0)
            return Tr::tr("%1 failed: %2").arg(toolName, it->mid(at + 7).trimmed());
    }
    return error.message;
}

class BackupRun
{
public:
    BackupRun(JobContext &ctx, const BackupRequest &request) : m_ctx(ctx), m_request(request), m_options(request.options) {}
    Result<BackupOutcome> execute();

private:
    Status prepare();
    Status dumpDatabase();
    Status dumpAll(bool globalsOnly, const QString &outputName);
    Status runDumpTool(const ToolInfo &tool, ToolRun run, const QString &outputName,
                       const QList<DumpTable> &tables, PlainCompressor *compressor);
    Result<BackupOutcome> finishGood();
    Error fail(const Error &error);
    QStringList dataEntries() const;
    QString label() const;
    ConnectionSpec dumpSpec() const;
    // Interim manifests of a ".partial-" folder need no fsync: a crash leaves it interrupted anyway.
    Status saveManifest(Durability durability = Durability::Synced) { return m_manifest.save(m_folder->path(), durability); }

    JobContext &m_ctx;
    const BackupRequest &m_request;
    const BackupOptions &m_options;
    BackupManifest m_manifest;
    std::unique_ptr<DumpSnapshot> m_snapshot;
    std::unique_ptr<BackupFolder> m_folder;
    ToolInfo m_tool;
    ToolInfo m_dumpAll; // pg_dumpall for globals next to a database dump
};

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
    if (database && m_options.withGlobals) {
        auto dumpAll = locator.find(QStringLiteral("pg_dumpall"), serverMajor);
        if (!dumpAll)
            return dumpAll.error();
        m_dumpAll = *dumpAll;
    }
    if (auto valid = validateBackupOptions(m_options, m_tool.majorVersion); !valid)
        return valid.error();

    BackupManifest &m = m_manifest;
    m.serverVersion = facts.version;
    m.serverVersionNum = facts.versionNum;
    m.systemIdentifier = facts.systemIdentifier;
    m.toolPath = m_tool.path;
    m.toolVersion = m_tool.version;
    return ok();
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
    m_snapshot.reset();
    if (!dumped)
        return fail(dumped.error());
    return finishGood();
}

Status BackupRun::dumpDatabase()
{
    BackupManifest &m = m_manifest;
    auto began = m_snapshot->begin();
    if (!began)
        return began.error();
    const QString snapshot = *began;
    if (snapshot.isEmpty())
        m_ctx.log(Tr::tr("The server is a standby: no snapshot can be exported, pg_dump takes its own."));
    else
        m_ctx.log(Tr::tr("Exported snapshot %1; pg_dump and the row counts use it.").arg(snapshot));

    auto tables = m_snapshot->tablesInScope(m_options);
    if (!tables)
        return tables.error();
    m.estimatedBytes = 0;
    m.tableBytes.clear();
    for (const DumpTable &t : *tables) {
        m.estimatedBytes += t.totalBytes;
        m.tableBytes.insert(t.qualifiedName(), t.totalBytes);
    }
    m_ctx.log(Tr::tr("%n table(s) in scope, %1 on the server.", nullptr, int(tables->size())).arg(formatBytes(m.estimatedBytes)));

    if (m_options.recordRowCounts) {
        if (m_options.schemaOnly) {
            m_ctx.log(Tr::tr("Schema only: no rows to count."));
        } else if (snapshot.isEmpty()) {
            m_ctx.log(Tr::tr("Row counts skipped: without a shared snapshot they would not match the dump."));
        } else {
            auto counts = m_snapshot->countRows(*tables, m_ctx);
            if (!counts)
                return counts.error();
            m.rowCounts = *counts;
        }
    }
    if (Status saved = saveManifest(Durability::Unsynced); !saved)
        return saved;

    const QString outputPath = m_folder->filePath(m.dumpName);
    const bool streamed = m_options.format == DumpFormat::Plain && !m_options.compressionMethod.isEmpty()
                          && m_options.compressionMethod != QLatin1String("none");
    ToolRun run;
    run.program = m_tool.path;
    run.arguments = pgDumpArguments(m_options, m_tool.majorVersion, streamed ? QString() : outputPath, snapshot);
    PlainCompressor compressor;
    if (streamed) {
        if (Status opened = compressor.open(outputPath, m_options.compressionMethod, m_options.compressionLevel); !opened)
            return opened;
    }
    if (Status done = runDumpTool(m_tool, run, m.dumpName, *tables, streamed ? &compressor : nullptr); !done)
        return done;

    if (m_options.withGlobals)
        return dumpAll(true, m.globalsName);
    return ok();
}

Status BackupRun::dumpAll(bool globalsOnly, const QString &outputName)
{
    const ToolInfo &tool = m_options.source == BackupOptions::Source::Database ? m_dumpAll : m_tool;
    const bool noRolePasswords = !m_snapshot->facts().superuser;
    if (noRolePasswords)
        m_ctx.log(Tr::tr("Not connected as a superuser: role passwords are left out of the globals."));
    ToolRun run;
    run.program = tool.path;
    run.arguments = pgDumpAllArguments(globalsOnly, noRolePasswords, m_folder->filePath(outputName));
    // The database we may connect to anyway; pg_dumpall would otherwise try "postgres".
    if (m_options.source == BackupOptions::Source::Database)
        run.arguments << QStringLiteral("--database=") + m_options.database;
    return runDumpTool(tool, run, outputName, {}, nullptr);
}

Status BackupRun::runDumpTool(const ToolInfo &tool, ToolRun run, const QString &outputName,
                              const QList<DumpTable> &tables, PlainCompressor *compressor)
{
    const ConnectionSpec spec = dumpSpec();
    PassFile passFile(spec); // the password reaches the tool only through this in-memory file
    run.environment = passFile.apply(spec, run.environment);
    run.inheritFds << m_folder->lockDescriptor(); // the folder stays locked while the tool lives
    m_ctx.log(QStringLiteral("%1 %2").arg(tool.name, run.arguments.join(QLatin1Char(' '))));

    DumpProgress progress(tables);
    QElapsedTimer sincePoll;
    sincePoll.start();
    auto report = [&] {
        const double f = progress.fraction();
        m_ctx.progress(f < 0 ? -1 : kPrepareShare + f * kDumpShare, progress.text());
    };
    run.onStderrLine = [&](const QString &line) {
        if (progress.feedLine(line))
            report();
    };
    run.onPoll = [&] {
        if (sincePoll.elapsed() < kPollMsecs)
            return;
        sincePoll.restart();
        progress.setBytesWritten(m_folder->sizeOf({outputName}));
        report();
    };
    if (compressor)
        run.onStdout = [compressor](const QByteArray &chunk) { return compressor->write(chunk); };
    report();

    auto result = runTool(m_ctx, run);
    if (compressor) {
        Status closed = compressor->close();
        if (result && !closed)
            return closed;
    }
    if (!result) {
        Error e = result.error();
        if (e.code == QLatin1String("tool-output-rejected") && compressor)
            e.message = Tr::tr("Cannot write the compressed dump: %1").arg(compressor->errorString());
        else if (e.code == QLatin1String("tool-failed"))
            e.message = clearToolError(tool.name, e);
        return e;
    }
    return ok();
}

Result<BackupOutcome> BackupRun::finishGood()
{
    BackupManifest &m = m_manifest;
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

} // namespace

Result<BackupOutcome> runBackup(JobContext &ctx, const BackupRequest &request)
{
    if (Status valid = validateBackupOptions(request.options); !valid)
        return valid.error();
    if (request.catalogDir.isEmpty())
        return Error::of(Tr::tr("No backup catalog directory given."), {}, QStringLiteral("invalid-options"));
    BackupRun run(ctx, request);
    return run.execute();
}

} // namespace pgs
