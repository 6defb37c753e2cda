// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "physical/basebackup.h"
#include "util/result.h"

#include <QString>

namespace pgs {

// Tar-format base backups (pg_basebackup -Ft): base.tar[.gz|.lz4|.zst], <tablespace oid>.tar[...],
// pg_wal.tar[...] (-X stream) and backup_manifest in the backup's data/ folder.

// The best compression the pg_basebackup at toolPath can write: zstd, then lz4 (PostgreSQL 15
// builds linked with those libraries), else gzip (every version since 9.1).
QString bestBaseBackupCompression(const QString &toolPath, int toolMajor);
// The pg_basebackup arguments for a compression method ("none", "gzip", "lz4", "zstd").
QStringList compressionArguments(const QString &method, int toolMajor);

// pg_verifybackup 15 reads only plain backups, so a tar backup is checked here by streaming its
// archives through libarchive (nothing unpacked to disk): the manifest's own SHA-256, then every
// file of the manifest present with its size and checksum, nothing unlisted, and every WAL
// segment of the manifest's WAL ranges present with its full size when the WAL is included.
Status verifyTarBaseBackup(JobContext &ctx, const BaseBackupInfo &backup);

// Unpacks a tar backup into dataDir (new or empty): base.tar, pg_wal.tar into pg_wal/, each
// tablespace archive into pg_tblspc/<oid>/ (a directory in place of the original link).
Status extractTarBaseBackup(JobContext &ctx, const BaseBackupInfo &backup, const QString &dataDir);

} // namespace pgs
