// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QJsonObject>
#include <QStringList>

namespace pgs {

// Retention for the physical side: keep the newest keepBase good base backups (0: all of them),
// then remove from the WAL archive only what is older than the start of the oldest kept one
// (segments, .partial and .backup files below its start segment). Timeline .history files are
// always kept; with no good base backup nothing is removed. dryRun: only say what would go.
struct WalPruneResult
{
    QString oldestKeptBackup;
    QString keptFromSegment; // the first segment still needed
    QStringList removedBackups;
    QStringList removedWal;
    qint64 freedBytes = 0;

    QJsonObject toJson() const;
};
Result<WalPruneResult> pruneWalArchive(JobContext &ctx, const QString &catalogDir, const QString &archiveDir, int keepBase,
                                       bool dryRun);

} // namespace pgs
