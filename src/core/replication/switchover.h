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

// How writes on the old primary are stopped before the standby is promoted.
enum class SwitchoverFence {
    Sql,      // read-only by default and every session ended; the server keeps running
    Shutdown, // pg_ctl stop -m fast of a local sandbox: its shutdown checkpoint is the last record
};

struct SwitchoverRequest
{
    ConnectionSpec primary;
    ConnectionSpec standby;
    QString primaryName; // for the log and the advice: profile name or host:port
    QString standbyName;
    int waitSeconds = 60; // for the standby to catch up, and again for the promotion
    SwitchoverFence fence = SwitchoverFence::Sql;
    QString primarySandboxDir{}; // Shutdown: the sandbox directory of the primary (checked to be it)
    QString standbySandboxDir{}; // optional: the standby's, when it is a sandbox too (its bookkeeping)
    bool rejoin = false;       // Shutdown: restart the old primary as a standby of the new one
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
    SwitchoverFence fence = SwitchoverFence::Sql;
    QString shutdownCheckpointLsn; // Shutdown: the old primary's last record (pg_controldata)
    bool rejoined = false;         // the old primary streams from the new one
    QString rejoinError;           // asked to rejoin, and it did not work (the switchover did)
};

QString fenceName(SwitchoverFence fence); // "sql" | "shutdown"

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
//
// With SwitchoverFence::Shutdown (a local sandbox, whose data directory the server confirms) the
// textbook switchover instead: 2. pg_ctl stop -m fast (clients are disconnected, the walsenders
// send everything up to the shutdown checkpoint before they exit); 3. pg_controldata of the
// stopped primary gives that checkpoint's location, and the standby must have replayed past it;
// 4. promotion; 5. with rejoin, the old primary becomes a standby of the new one (a slot on the
// new primary, standby.signal, primary_conninfo) and is started: it follows the new timeline
// without pg_rewind, its WAL ending exactly where the new timeline branches off. On cancel or
// failure before the promotion the old primary is started again as the primary.
Result<SwitchoverOutcome> runSwitchover(JobContext &ctx, const SwitchoverRequest &request);

} // namespace pgs
