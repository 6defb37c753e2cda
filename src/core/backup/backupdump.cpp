// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Running the dump tools of a backup: pg_dump (into a file, or streamed through a compressor)
// and pg_dumpall for globals, with progress from pg_dump's verbose output.
#include "backup/backuprun.h"

#include "backup/pgdumpprogress.h"
#include "backup/plaincompressor.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pgs::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupJob)
};

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

} // namespace

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
    recordScope(*tables);

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
    if (Status done = runDatabaseDump(snapshot, *tables); !done)
        return done;
    if (m_options.withGlobals)
        return dumpAll(true, m.globalsName);
    return ok();
}

void BackupRun::recordScope(const QList<DumpTable> &tables)
{
    BackupManifest &m = m_manifest;
    m.estimatedBytes = 0;
    m.tableBytes.clear();
    for (const DumpTable &t : tables) {
        m.estimatedBytes += t.totalBytes;
        m.tableBytes.insert(t.qualifiedName(), t.totalBytes);
    }
    m_ctx.log(Tr::tr("%n table(s) in scope, %1 on the server.", nullptr, int(tables.size())).arg(formatBytes(m.estimatedBytes)));
}

Status BackupRun::runDatabaseDump(const QString &snapshot, const QList<DumpTable> &tables)
{
    const BackupManifest &m = m_manifest;
    const QString outputPath = m_folder->filePath(m.dumpName);
    const bool streamed = m_options.format == DumpFormat::Plain && !m_options.compressionMethod.isEmpty()
                          && m_options.compressionMethod != QLatin1String("none");
    ToolRun run;
    run.program = m_tool.path;
    run.arguments = pgDumpArguments(m_options, m_tool.majorVersion, streamed ? QString() : outputPath, snapshot);
    run.arguments += noSyncArguments(m_tool.majorVersion); // finishGood() syncs
    PlainCompressor compressor;
    if (streamed) {
        if (Status opened = compressor.open(outputPath, m_options.compressionMethod, m_options.compressionLevel); !opened)
            return opened;
    }
    return runDumpTool(m_tool, run, m.dumpName, tables, streamed ? &compressor : nullptr);
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
    run.arguments += noSyncArguments(tool.majorVersion);
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
    bool scopeKnown = !tables.isEmpty() || !m_probe;
    run.onPoll = [&] {
        if (!scopeKnown && m_probe) {
            if (const QList<DumpTable> *probed = m_probe->tablesIfReady()) {
                progress.setTables(*probed);
                scopeKnown = true;
            }
        }
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

} // namespace pgs::detail
