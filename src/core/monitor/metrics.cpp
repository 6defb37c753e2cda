// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/metrics.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace pgs {

namespace {

QJsonValue optionalJson(const std::optional<qint64> &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); }
QJsonValue optionalJson(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

std::optional<qint64> optionalInt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}
std::optional<double> optionalDouble(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString key(const char *name) { return QString::fromLatin1(name); }

} // namespace

const QStringList &databaseCounterNames()
{
    static const QStringList names{
        QStringLiteral("xact_commit"),  QStringLiteral("xact_rollback"), QStringLiteral("tup_returned"),
        QStringLiteral("tup_fetched"),  QStringLiteral("tup_inserted"),  QStringLiteral("tup_updated"),
        QStringLiteral("tup_deleted"),  QStringLiteral("blks_hit"),      QStringLiteral("blks_read"),
        QStringLiteral("temp_bytes"),   QStringLiteral("deadlocks"),
    };
    return names;
}

QByteArray statementFingerprint(const QString &query)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QString normalised = query.simplified().replace(whitespace, QStringLiteral(" "));
    return QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha1).toHex();
}

QJsonObject MetricSample::toJson(bool withTexts) const
{
    QJsonArray dbs;
    for (const DatabaseCounters &d : databases) {
        QJsonObject counters;
        for (auto it = d.counters.cbegin(); it != d.counters.cend(); ++it)
            counters.insert(it.key(), double(it.value()));
        dbs.append(QJsonObject{{key("datid"), double(d.datid)}, {key("name"), d.name},
                               {key("is_template"), d.isTemplate}, {key("counters"), counters},
                               {key("stats_reset"), optionalJson(d.statsReset)},
                               {key("size_bytes"), optionalJson(d.sizeBytes)}, {key("xid_age"), double(d.xidAge)}});
    }
    QJsonArray sess;
    for (const SessionCount &s : sessions)
        sess.append(QJsonObject{{key("state"), s.state}, {key("wait_event_type"), s.waitEventType},
                                {key("sessions"), s.sessions}, {key("longest_seconds"), optionalJson(s.longestSeconds)}});
    QJsonArray stby;
    for (const StandbyLag &s : standbys)
        stby.append(QJsonObject{{key("name"), s.name}, {key("client"), s.client}, {key("state"), s.state},
                                {key("write_lag"), optionalJson(s.writeLagSeconds)},
                                {key("flush_lag"), optionalJson(s.flushLagSeconds)},
                                {key("replay_lag"), optionalJson(s.replayLagSeconds)}});
    QJsonArray tbls;
    for (const TableSize &t : tables)
        tbls.append(QJsonObject{{key("schema"), t.schema}, {key("name"), t.name},
                                {key("total_bytes"), double(t.totalBytes)}, {key("table_bytes"), double(t.tableBytes)},
                                {key("index_bytes"), double(t.indexBytes)}, {key("toast_bytes"), double(t.toastBytes)}});
    QJsonArray stmts;
    for (const StatementCounters &s : statements) {
        QJsonObject o{{key("queryid"), QString::number(s.queryId)}, {key("dbid"), double(s.dbId)},
                      {key("userid"), double(s.userId)}, {key("calls"), double(s.calls)},
                      {key("total_ms"), s.totalMs}, {key("rows"), double(s.rows)},
                      {key("fingerprint"), QString::fromLatin1(s.fingerprint)},
                      {key("top_by_time"), s.topByTime}, {key("top_by_calls"), s.topByCalls}};
        if (withTexts && !s.query.isEmpty())
            o.insert(key("query"), s.query);
        stmts.append(o);
    }
    return QJsonObject{
        {key("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
        {key("current_database"), currentDatabase},
        {key("in_recovery"), inRecovery},
        {key("wal_bytes"), optionalJson(walBytes)},
        {key("next_xid"), double(nextXid)},
        {key("xid_age_max"), double(xidAgeMax)},
        {key("connection_slots"), connectionSlots ? QJsonValue(*connectionSlots) : QJsonValue()},
        {key("databases"), dbs},
        {key("sessions"), sess},
        {key("standbys"), stby},
        {key("tables"), tbls},
        {key("statements_available"), statementsAvailable},
        {key("statements_unavailable_reason"), statementsUnavailableReason},
        {key("statements_extension_creatable"), statementsExtensionCreatable},
        {key("statements_total_time_column"), statementsTotalTimeColumn},
        {key("statements"), stmts},
        {key("statements_calls_total"), optionalJson(statementsCallsTotal)},
        {key("statements_reset_at"), optionalJson(statementsResetAt)},
        {key("statements_total_ms_total"), optionalJson(statementsTotalMsTotal)},
    };
}

MetricSample MetricSample::fromJson(const QJsonObject &o)
{
    MetricSample s;
    s.takenAt = QDateTime::fromString(o.value(key("taken_at")).toString(), Qt::ISODateWithMs).toUTC();
    s.currentDatabase = o.value(key("current_database")).toString();
    s.inRecovery = o.value(key("in_recovery")).toBool();
    s.walBytes = optionalInt(o.value(key("wal_bytes")));
    s.nextXid = qint64(o.value(key("next_xid")).toDouble());
    s.xidAgeMax = qint64(o.value(key("xid_age_max")).toDouble());
    if (o.value(key("connection_slots")).isDouble())
        s.connectionSlots = o.value(key("connection_slots")).toInt();
    for (const QJsonValue &v : o.value(key("databases")).toArray()) {
        DatabaseCounters d;
        d.datid = qint64(v[key("datid")].toDouble());
        d.name = v[key("name")].toString();
        d.isTemplate = v[key("is_template")].toBool();
        const QJsonObject counters = v[key("counters")].toObject();
        for (auto it = counters.begin(); it != counters.end(); ++it)
            d.counters.insert(it.key(), qint64(it.value().toDouble()));
        d.statsReset = optionalDouble(v[key("stats_reset")]);
        d.sizeBytes = optionalInt(v[key("size_bytes")]);
        d.xidAge = qint64(v[key("xid_age")].toDouble());
        s.databases.append(d);
    }
    for (const QJsonValue &v : o.value(key("sessions")).toArray())
        s.sessions.append({v[key("state")].toString(), v[key("wait_event_type")].toString(), v[key("sessions")].toInt(),
                           optionalDouble(v[key("longest_seconds")])});
    for (const QJsonValue &v : o.value(key("standbys")).toArray())
        s.standbys.append({v[key("name")].toString(), v[key("client")].toString(), v[key("state")].toString(),
                           optionalDouble(v[key("write_lag")]), optionalDouble(v[key("flush_lag")]),
                           optionalDouble(v[key("replay_lag")])});
    for (const QJsonValue &v : o.value(key("tables")).toArray())
        s.tables.append({v[key("schema")].toString(), v[key("name")].toString(),
                         qint64(v[key("total_bytes")].toDouble()), qint64(v[key("table_bytes")].toDouble()),
                         qint64(v[key("index_bytes")].toDouble()), qint64(v[key("toast_bytes")].toDouble())});
    s.statementsAvailable = o.value(key("statements_available")).toBool();
    s.statementsUnavailableReason = o.value(key("statements_unavailable_reason")).toString();
    s.statementsExtensionCreatable = o.value(key("statements_extension_creatable")).toBool();
    s.statementsTotalTimeColumn = o.value(key("statements_total_time_column")).toString();
    for (const QJsonValue &v : o.value(key("statements")).toArray()) {
        StatementCounters c;
        c.queryId = v[key("queryid")].toString().toLongLong(); // a string: 64-bit ids do not fit a double
        c.dbId = qint64(v[key("dbid")].toDouble());
        c.userId = qint64(v[key("userid")].toDouble());
        c.calls = qint64(v[key("calls")].toDouble());
        c.totalMs = v[key("total_ms")].toDouble();
        c.rows = qint64(v[key("rows")].toDouble());
        c.query = v[key("query")].toString();
        c.fingerprint = v[key("fingerprint")].toString().toLatin1();
        c.topByTime = v[key("top_by_time")].toBool();
        c.topByCalls = v[key("top_by_calls")].toBool();
        s.statements.append(c);
    }
    s.statementsCallsTotal = optionalInt(o.value(key("statements_calls_total")));
    s.statementsResetAt = optionalDouble(o.value(key("statements_reset_at")));
    s.statementsTotalMsTotal = optionalDouble(o.value(key("statements_total_ms_total")));
    return s;
}

} // namespace pgs
