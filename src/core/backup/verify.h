// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/manifest.h"
#include "jobs/jobcontext.h"

namespace pgs {

struct VerifyReport
{
    BackupManifest::VerifyLevel requested = BackupManifest::VerifyLevel::Checksums;
    BackupManifest::VerifyLevel reached = BackupManifest::VerifyLevel::None; // highest level passed
    bool passed = false;
    QStringList problems; // one sentence each: "dump.custom: checksum mismatch", "table public.x: 10 rows, manifest 12"
    QMap<QString, QPair<qint64, qint64>> rowComparison; // table -> (restored, recorded), level 4
};

// Graded verification of a backup folder (or of a bundle file: unpacked to a temp folder first).
// Levels run in order and stop at the first failing level: 1 checksums (every file re-hashed,
// missing/extra files), 2 contents (pg_restore --list), 3 readable (pg_restore -f /dev/null),
// 4 restore test into a throwaway SandboxCluster with per-table row counts compared against the
// manifest. Each level's result is recorded in the manifest with a timestamp (not for bundles).
Result<VerifyReport> verifyBackup(JobContext &ctx, const QString &backupDirOrBundle,
                                  BackupManifest::VerifyLevel level, const QString &toolsDir = {});

} // namespace pgs
