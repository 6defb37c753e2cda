// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/rates.h"

#include <QHash>
#include <QJsonArray>

#include <utility>

namespace pgs {

namespace {

using StatementKey = std::pair<qint64, std::pair<qint64, qint64>>; // qHash exists for pairs

StatementKey keyOf(const StatementCounters &s) { return {s.queryId, {s.dbId, s.userId}}; }

} // namespace

std::optional<SampleRates> computeRates(const MetricSample &previous, const MetricSample &current)
{
    const double elapsed = previous.takenAt.msecsTo(current.takenAt) / 1000.0;
    if (!(elapsed > 0))
        return std::nullopt;
    SampleRates rates;
    rates.from = previous.takenAt;
    rates.to = current.takenAt;
    rates.elapsedSeconds = elapsed;

    QHash<qint64, const DatabaseCounters *> before;
    for (const DatabaseCounters &d : previous.databases)
        before.insert(d.datid, &d);
    for (const DatabaseCounters &d : current.databases) {
        const DatabaseCounters *p = before.value(d.datid);
        if (!p)
            continue; // a new (or dropped and recreated) database has no interval yet
        DatabaseRates r;
        r.datid = d.datid;
        r.name = d.name;
        // A moved stats_reset restarted every counter, even those that have since climbed back
        // above their old value: the whole interval is unknown.
        const bool reset = p->statsReset != d.statsReset;
        for (auto it = d.counters.cbegin(); it != d.counters.cend() && !reset; ++it) {
            if (!p->counters.contains(it.key()))
                continue;
            const qint64 delta = it.value() - p->counters.value(it.key());
            if (delta < 0)
                continue;
            r.delta.insert(it.key(), delta);
            r.perSecond.insert(it.key(), delta / elapsed);
        }
        rates.databases.append(r);
    }

    if (previous.walBytes && current.walBytes && *current.walBytes >= *previous.walBytes)
        rates.walBytesPerSecond = (*current.walBytes - *previous.walBytes) / elapsed;
    if (current.nextXid >= previous.nextXid && previous.nextXid > 0)
        rates.xidsPerSecond = (current.nextXid - previous.nextXid) / elapsed;

    // A whole reset between the samples: no entry's interval is known.
    const bool wholeReset = previous.statementsResetAt && current.statementsResetAt
                            && *previous.statementsResetAt != *current.statementsResetAt;
    if (previous.statementsAvailable && current.statementsAvailable && !wholeReset) {
        QHash<StatementKey, const StatementCounters *> stmtBefore;
        for (const StatementCounters &s : previous.statements)
            stmtBefore.insert(keyOf(s), &s);
        // Samples hold every entry, so one missing before was created since: all its counters fall
        // in the interval. Without a reset time (before 1.9), falling totals betray a reset.
        const bool totalsFell = !current.statementsResetAt && previous.statementsCallsTotal
                                && current.statementsCallsTotal
                                && *current.statementsCallsTotal < *previous.statementsCallsTotal;
        for (const StatementCounters &s : current.statements) {
            const StatementCounters *p = stmtBefore.value(keyOf(s));
            if (!p) {
                if (!totalsFell)
                    rates.statements.append({s.queryId, s.dbId, s.userId, s.calls, s.totalMs, s.rows});
                continue;
            }
            // Falling calls or time: the entry was evicted and came back, or reset on its own
            // (pg_stat_statements_reset with arguments); the interval is unknown for it.
            if (s.calls < p->calls || s.totalMs < p->totalMs || s.rows < p->rows)
                continue;
            rates.statements.append({s.queryId, s.dbId, s.userId, s.calls - p->calls, s.totalMs - p->totalMs,
                                     s.rows - p->rows});
        }
        if (previous.statementsCallsTotal && current.statementsCallsTotal && previous.statementsTotalMsTotal
            && current.statementsTotalMsTotal && *current.statementsCallsTotal >= *previous.statementsCallsTotal
            && *current.statementsTotalMsTotal >= *previous.statementsTotalMsTotal) {
            const qint64 calls = *current.statementsCallsTotal - *previous.statementsCallsTotal;
            const double ms = *current.statementsTotalMsTotal - *previous.statementsTotalMsTotal;
            rates.statementCallsPerSecond = calls / elapsed;
            if (calls > 0)
                rates.meanLatencyMs = ms / calls;
        }
    }
    return rates;
}

QJsonObject SampleRates::toJson() const
{
    auto opt = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonArray dbs;
    for (const DatabaseRates &d : databases) {
        QJsonObject perSec;
        for (auto it = d.perSecond.cbegin(); it != d.perSecond.cend(); ++it)
            perSec.insert(it.key(), it.value());
        dbs.append(QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("per_second"), perSec}});
    }
    QJsonArray stmts;
    for (const StatementDelta &s : statements) {
        stmts.append(QJsonObject{{QStringLiteral("queryid"), QString::number(s.queryId)},
                                 {QStringLiteral("dbid"), double(s.dbId)},
                                 {QStringLiteral("userid"), double(s.userId)},
                                 {QStringLiteral("calls"), double(s.calls)},
                                 {QStringLiteral("total_ms"), s.totalMs},
                                 {QStringLiteral("rows"), double(s.rows)}});
    }
    return QJsonObject{
        {QStringLiteral("from"), from.toString(Qt::ISODateWithMs)},
        {QStringLiteral("to"), to.toString(Qt::ISODateWithMs)},
        {QStringLiteral("elapsed_seconds"), elapsedSeconds},
        {QStringLiteral("databases"), dbs},
        {QStringLiteral("wal_bytes_per_second"), opt(walBytesPerSecond)},
        {QStringLiteral("xids_per_second"), opt(xidsPerSecond)},
        {QStringLiteral("statement_calls_per_second"), opt(statementCallsPerSecond)},
        {QStringLiteral("mean_latency_ms"), opt(meanLatencyMs)},
        {QStringLiteral("statements"), stmts},
    };
}

} // namespace pgs
