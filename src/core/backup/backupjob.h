// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupoptions.h"
#include "catalog/manifest.h"
#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"

namespace pgs {

struct BackupRequest
{
    ConnectionSpec spec;   // connection to the server (the database is taken from options)
    QString profileId;     // for the manifest; may be empty
    QString profileName;
    QString toolsDir;      // ToolLocator override (profile field)
    QString catalogDir;    // where the backup folder is created
    BackupOptions options;
};

// Runs one backup as a job: locates pg_dump >= the server, exports a snapshot (row counts from
// the same snapshot when asked), runs pg_dump (and pg_dumpall --globals-only) with credentials in
// a 0600 passfile, reports progress weighted by relation size from pg_dump's verbose output,
// writes into "<catalog>/.partial-<id>/", checksums every file, writes manifest.json with status
// complete and only then renames the folder to its final name "<database>_<yyyyMMdd-HHmmss>_<id8>".
// Failure or cancel: the folder is renamed "<...>.failed"/".canceled" with a manifest saying so and
// no dump data; a crash leaves ".partial-<id>" which the catalog lists as incomplete.
// Returns the final BackupManifest (QVariant of BackupManifest registered below) and the folder.
struct BackupOutcome
{
    QString folder;
    BackupManifest manifest;
};
Result<BackupOutcome> runBackup(JobContext &ctx, const BackupRequest &request);

// Builds the pg_dump argument list (no connection options: those go through the environment).
// Exposed for the wizard's summary page and for unit tests.
QStringList pgDumpArguments(const BackupOptions &options, int pgDumpMajor, const QString &outputPath,
                            const QString &snapshot = {});
// Compression methods this pg_dump major supports for a format ("gzip", "lz4", "zstd", "none").
// Plain: what we compress ourselves while streaming (gzip, zstd), whatever the major.
QStringList supportedCompressionMethods(int pgDumpMajor, DumpFormat format);

// Checks the options against each other and against this pg_dump major before anything starts
// (schema-only with data-only, jobs outside the directory format, an unsupported compression
// method or level, dangerous extra arguments). pgDumpMajor 0: skip the version-dependent checks.
Status validateBackupOptions(const BackupOptions &options, int pgDumpMajor = 0);
// The name of the dump inside the backup folder: "dump.custom", "dump", "dump.tar",
// "dump.sql", "dump.sql.gz", "dump.sql.zst".
QString dumpNameFor(const BackupOptions &options);
// pg_dumpall arguments: globals only to outputPath, or (wholeCluster) everything as plain SQL.
QStringList pgDumpAllArguments(bool globalsOnly, bool noRolePasswords, const QString &outputPath);
// Appended to both tools' arguments: the job writes their files to disk itself, beside the
// checksums instead of before them ("--no-sync", known since PostgreSQL 10; nothing before).
QStringList noSyncArguments(int toolMajor);

} // namespace pgs

Q_DECLARE_METATYPE(pgs::BackupOutcome)
