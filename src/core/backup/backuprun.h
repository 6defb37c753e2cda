// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One run of runBackup(), shared by backupjob.cpp (the order of the steps, finishing, failing)
// and backupdump.cpp (running pg_dump and pg_dumpall). Not part of the core's interface.
#include "backup/backupjob.h"
#include "backup/dumpsnapshot.h"
#include "backup/serverprobe.h"
#include "catalog/backupfolder.h"
#include "tools/toolprocess.h"

namespace pgs {
class PlainCompressor;
}

namespace pgs::detail {

// Shares of the job's progress bar.
inline constexpr double kPrepareShare = 0.02;
inline constexpr double kDumpShare = 0.90;

class BackupRun
{
public:
    BackupRun(JobContext &ctx, const BackupRequest &request) : m_ctx(ctx), m_request(request), m_options(request.options) {}
    Result<BackupOutcome> execute();

private:
    Status prepare();
    Status recordServer(const ServerFacts &facts);
    Result<BackupOutcome> executeAtOnce(const ToolInfo &tool);
    Status dumpDatabase();
    void recordScope(const QList<DumpTable> &tables);
    Status runDatabaseDump(const QString &snapshot, const QList<DumpTable> &tables = {});
    Status dumpAll(bool globalsOnly, const QString &outputName);
    Status runDumpTool(const ToolInfo &tool, ToolRun run, const QString &outputName,
                       const QList<DumpTable> &tables, PlainCompressor *compressor);
    Result<BackupOutcome> finishGood();
    Result<BackupOutcome> finishThenClose(); // finishGood(), then our connection closes
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
    ServerProbe *m_probe = nullptr; // while pg_dump runs before our connection is made
};

} // namespace pgs::detail
