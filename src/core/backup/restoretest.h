// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/manifest.h"
#include "jobs/jobcontext.h"

#include <QMap>
#include <QPair>
#include <QStringList>

namespace pgs {

struct RestoreTestResult
{
    QStringList problems; // the restore failed, a table is missing, a row count differs
    QMap<QString, QPair<qint64, qint64>> rowComparison; // "schema.table" -> (restored, recorded)
    QString note;         // e.g. "no row counts recorded: restore succeeded, rows not compared"
};

// Verification level 4, a restore like any other: runRestore into a throwaway SandboxCluster of
// at least the backed-up server's major version (the roles the dump names are created there first,
// from the globals when the backup has them), its row counts compared with the manifest's, and the
// sandbox dropped whatever happens (failure, cancel).
// An Error means the test could not run (no suitable server installed, canceled); a failed
// restore is a problem in the result.
Result<RestoreTestResult> runRestoreTest(JobContext &ctx, const QString &backupDir, const BackupManifest &manifest,
                                         const QString &toolsDir = {});

} // namespace pgs
