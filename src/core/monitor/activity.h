// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace pgs {
namespace pg {
class Connection;
}

struct SessionActivity
{
    int pid = 0;
    QString database;
    QString user;
    QString application;
    QString client;
    QDateTime backendStart;
    QDateTime xactStart;  // invalid outside a transaction
    QDateTime queryStart;
    QDateTime stateChange;
    QString state;
    QString waitEventType;
    QString waitEvent;
    QList<int> blockedBy; // pg_blocking_pids, for sessions waiting on a lock
    QString query;
};

// One edge of the blocking tree: blockedPid waits for a lock blockingPid holds (heldMode) or
// queues ahead for (heldMode empty).
struct BlockingEdge
{
    int blockedPid = 0;
    int blockingPid = 0;
    QString lockType;
    QString wantedMode;
    QString heldMode;
    QString relation; // empty for non-relation locks (and, until named, for another database's)
    QString blockingState; // both sessions' state and query, for the tree (they may be off the page)
    QString blockingQuery;
    QString blockedState;
    QString blockedQuery;
    qint64 relationOid = 0;   // 0: no relation
    QString relationDatabase; // where relationOid lives
};

// The orders the sessions can be read in, all done by the server (so that they hold across pages).
// The key names are what monitor/activity.sql matches, what `activity --sort` takes and what the
// GUI remembers; nothing else reaches the query.
enum class SessionSort {
    Default, // the most interesting first: active, then waiting on a lock, then the oldest query
    Pid,
    Database,
    User,
    Application,
    State,
    Duration,
    WaitEvent,
    BlockedBy,
    Query,
    Client,
    QueryStart,
    XactStart,
    BackendStart,
};
QString sessionSortKey(SessionSort sort);                      // "duration"; empty for Default
std::optional<SessionSort> sessionSortFromKey(const QString &key); // nullopt: not a sort key ("" is Default)
QStringList sessionSortKeys();                                 // every key but Default's, for --help

struct ActivityOptions
{
    int limit = 1000;         // sessions returned; total says how many there are
    int offset = 0;           // paging on the server
    int blockingLimit = 1000; // edges returned
    bool activeOnly = false;
    QString database;         // empty: any
    QString user;
    QString application;
    SessionSort sort = SessionSort::Default;
    bool descending = false;  // with a sort other than Default
};

struct ActivitySnapshot
{
    QList<SessionActivity> sessions;
    int total = 0;            // "showing sessions.size() of total"; 0 on a page past the end
    QList<BlockingEdge> blocking;
    int blockingTotal = 0;
    int ownPid = 0;           // our own backend, which may not be signalled
    QDateTime serverTime;     // the server's now(), for durations; invalid when no session came back

    QJsonObject toJson() const; // the `activity --json` shape
};

Result<ActivitySnapshot> loadActivity(pg::Connection &conn, const ActivityOptions &options = {});

// The relations of other databases than conn's can only be named there: the oids of the edges
// with relationOid set and relation empty, by database.
QHash<QString, QList<qint64>> unnamedRelations(const QList<BlockingEdge> &edges);
// Names oids in the database conn is connected to (missing ones are left out).
Result<QHash<qint64, QString>> relationNames(pg::Connection &conn, const QList<qint64> &oids);
// Fills relation from names (database -> oid -> name); what stays unknown reads "oid N in database".
void applyRelationNames(QList<BlockingEdge> &edges, const QHash<QString, QHash<qint64, QString>> &names);

enum class BackendSignal { Cancel, Terminate };

struct SignalRequest
{
    BackendSignal signal = BackendSignal::Cancel;
    QList<int> pids;
    bool productionProfile = false;  // the target profile is marked production
    bool productionOverride = false; // the user lifted the production guard for this request
};

struct SignalOutcome
{
    int pid = 0;
    bool signalled = false; // false: the backend was gone, or the server refused silently
    QString error;          // the server refused this pid (e.g. permission denied); the others still ran
};

// How long a session has been in what matters about it: the running query for an active or
// waiting session, the open transaction for "idle in transaction", the state otherwise.
// now is the snapshot's serverTime. Negative when unknown.
qint64 sessionDurationSecs(const SessionActivity &session, const QDateTime &now);

// Refuses the whole request when it names our own backend or targets production without the
// override; otherwise signals each pid (bound parameter) and reports per pid: a pid the server
// refuses gets its error and the rest still run.
Result<QList<SignalOutcome>> signalBackends(pg::Connection &conn, const SignalRequest &request);

} // namespace pgs
