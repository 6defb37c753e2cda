// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pgs {

// One database's cumulative counters from pg_stat_database. counters is keyed by the column name
// (xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted,
// blks_hit, blks_read, temp_bytes, deadlocks), see databaseCounterNames().
struct DatabaseCounters
{
    qint64 datid = 0;
    QString name;
    bool isTemplate = false;
    QMap<QString, qint64> counters;
    std::optional<double> statsReset;   // epoch seconds; a change means the counters restarted
    std::optional<qint64> sizeBytes;    // unknown without CONNECT privilege
    qint64 xidAge = 0;
};
const QStringList &databaseCounterNames();

struct SessionCount
{
    QString state;          // active, idle, idle in transaction ...
    QString waitEventType;  // empty when not waiting
    int sessions = 0;
    // The oldest of the group other than the sampler itself: for active sessions the running
    // statement's age, else the time since the state changed (idle in transaction: how long).
    std::optional<double> longestSeconds = std::nullopt;
};

struct StandbyLag
{
    QString name;
    QString client;
    QString state;
    std::optional<double> writeLagSeconds;
    std::optional<double> flushLagSeconds;
    std::optional<double> replayLagSeconds;
};

struct TableSize
{
    QString schema;
    QString name;
    qint64 totalBytes = 0; // table + indexes + TOAST
    qint64 tableBytes = 0;
    qint64 indexBytes = 0;
    qint64 toastBytes = 0;
};

// Cumulative pg_stat_statements counters of one entry; (queryId, dbId, userId) is the key.
struct StatementCounters
{
    qint64 queryId = 0;
    qint64 dbId = 0;
    qint64 userId = 0;
    qint64 calls = 0;
    double totalMs = 0;
    qint64 rows = 0;
    QString query;          // normalised text, at most 4 kB; empty outside the top ones
    QByteArray fingerprint; // hex sha1 of the whitespace-normalised text
    bool topByTime = false;
    bool topByCalls = false;
};
QByteArray statementFingerprint(const QString &query);

// Plain data of one sampling round; no connection, copyable across threads, JSON round-trip so
// the previous sample survives between `pgsteward-cli sample` runs.
struct MetricSample
{
    QDateTime takenAt; // server clock, UTC
    QString currentDatabase;
    bool inRecovery = false;
    std::optional<qint64> walBytes; // NULL on a standby that has received nothing
    qint64 nextXid = 0;
    qint64 xidAgeMax = 0;
    std::optional<int> connectionSlots; // max_connections minus the reserved ones
    QList<DatabaseCounters> databases;
    QList<SessionCount> sessions;
    QList<StandbyLag> standbys;
    QList<TableSize> tables; // of currentDatabase

    bool statementsAvailable = false;
    QString statementsUnavailableReason;  // translated, why statements is empty
    bool statementsExtensionCreatable = false; // preloaded, CREATE EXTENSION would make it work
    QString statementsTotalTimeColumn;    // total_exec_time or total_time
    QList<StatementCounters> statements; // every entry; texts only for the top ones
    std::optional<double> statementsResetAt;     // epoch seconds, pg_stat_statements 1.9 and later
    std::optional<qint64> statementsCallsTotal;  // over all entries, not only the top ones
    std::optional<double> statementsTotalMsTotal;

    // withTexts=false leaves out statement texts (the history store keeps them apart).
    QJsonObject toJson(bool withTexts = true) const;
    static MetricSample fromJson(const QJsonObject &json);
};

} // namespace pgs
