// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pgs {

struct PitrTarget
{
    enum class Kind { Latest, Time, Lsn, Name };
    Kind kind = Kind::Latest;
    QString value;  // the time as given (ISO 8601 or PostgreSQL syntax), the LSN or the name
    QDateTime time; // Kind::Time, parsed
    // recovery_target_action = pause: the server stays in recovery at the target, read-only,
    // to look before promoting (pg_wal_replay_resume() promotes). Ignored for Kind::Latest.
    bool pause = false;
};

struct PitrRestoreResult
{
    QString directory, dataDir, socketDir, conninfo, backupName;
    int port = 0;
    QString recoveredTo; // commit time of the last replayed transaction (UTC ISO 8601), or the stop LSN
    QString stopReason;  // the server's "recovery stopping ..." / "last completed transaction ..." line
    bool paused = false; // still in recovery, paused at the target

    QJsonObject toJson() const;
};

// Recovers the newest good base backup before the target into a new sandbox cluster in
// directory, replaying WAL from archiveDir, promotes it and reports what it reached. The
// sandbox is left running; a failed recovery drops it again. Progress: the replayed WAL position
// against the target LSN (or the end of the archive).
Result<PitrRestoreResult> restorePointInTime(JobContext &ctx, const QString &catalogDir, const QString &archiveDir,
                                             const PitrTarget &target, const QString &directory,
                                             const QString &superuser = QStringLiteral("postgres"));

} // namespace pgs
