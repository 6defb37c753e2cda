// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "replication/rebuildadvice.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace pgs {

class JobContext;

struct SwitchoverRequest
{
    ConnectionSpec primary;
    ConnectionSpec standby;
    QString primaryName; // for the log and the advice: profile name or host:port
    QString standbyName;
    int waitSeconds = 60; // for the standby to catch up, and again for the promotion
};

struct SwitchoverOutcome
{
    QString finalPrimaryLsn; // the old primary's position once writes had stopped
    QString standbyReplayLsn; // what the standby had replayed when it was promoted
    int timelineBefore = 0;
    int timelineAfter = 0;
    double seconds = 0;
    QStringList endedSessions; // "pid user@db (application)" of the sessions the fence ended
    RebuildAdvice advice;
};

// A clean switchover while the primary is reachable, as a job:
//  1. checks: the primary is a primary, the standby a standby of the same system (system
//     identifier, timeline), receiving;
//  2. stops writes on the primary: ALTER SYSTEM SET default_transaction_read_only = on and a
//     reload, then every other client session is ended. This works on any server we can reach
//     over SQL (no shell on the primary's host needed); it is a fence for well-behaved clients:
//     a session could still ask for a read-write transaction, so sessions that hold a
//     transaction ID are checked again before the promotion, and the position is re-read until
//     it no longer moves;
//  3. waits until the standby has replayed up to the primary's final pg_current_wal_lsn();
//  4. promotes the standby (pg_promote, waiting) and reads its new timeline.
// On cancel or failure before the promotion, the primary is made read-write again (ALTER SYSTEM
// RESET + reload) and the error says so. After the promotion the old primary stays read-only
// (until it is rebuilt as a standby: RebuildAdvice). Needs a superuser on the primary.
Result<SwitchoverOutcome> runSwitchover(JobContext &ctx, const SwitchoverRequest &request);

} // namespace pgs
