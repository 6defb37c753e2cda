// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reading side of HistoryStore: series for the charts and the statements table.
#include "monitor/historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pgs {

namespace {

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::HistoryStore)
};

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error::of(Tr::tr("History store: %1 failed.").arg(what), error.text());
}

} // namespace

Result<TimeSeries> HistoryStore::series(const QString &profileId, const QString &kind, const QString &name,
                                        const QDateTime &from, const QDateTime &to, HourlyValue hourly)
{
    auto id = seriesId(profileId, kind, name, false);
    if (!id)
        return id.error();
    TimeSeries out;
    if (*id < 0)
        return out;
    const QString column = hourly == HourlyValue::Last      ? QStringLiteral("last")
                           : hourly == HourlyValue::Average ? QStringLiteral("avg")
                                                            : QStringLiteral("max");
    // Compaction moves every raw point before a cut, so hourly rows always precede raw ones.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Positional parameters: QSQLITE does not bind a repeated named placeholder reliably.
    q.prepare(QStringLiteral("SELECT last_t, %1 FROM hourly_points WHERE series_id = ? AND last_t BETWEEN ? AND ? "
                             "UNION ALL SELECT t, value FROM raw_points WHERE series_id = ? AND t BETWEEN ? AND ? "
                             "ORDER BY 1")
                  .arg(column));
    for (int half = 0; half < 2; ++half) {
        q.addBindValue(*id);
        q.addBindValue(from.toSecsSinceEpoch());
        q.addBindValue(to.toSecsSinceEpoch());
    }
    if (!q.exec())
        return sqlError(Tr::tr("reading a series"), q.lastError());
    while (q.next()) {
        out.times.append(q.value(0).toLongLong());
        out.values.append(q.value(1).toDouble());
    }
    return out;
}

Result<TimeSeries> HistoryStore::sizeSeries(const QString &profileId, const QString &database, const QDateTime &from,
                                            const QDateTime &to)
{
    return series(profileId, QStringLiteral("db_size"), database, from, to, HourlyValue::Last);
}

Result<TimeSeries> HistoryStore::tableSizeSeries(const QString &profileId, const QString &database,
                                                 const QString &schema, const QString &table, const QDateTime &from,
                                                 const QDateTime &to)
{
    return series(profileId, QStringLiteral("table_size"), tableSeriesName(database, schema, table), from, to,
                  HourlyValue::Last);
}

Result<TimeSeries> HistoryStore::latencySeries(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                               std::optional<qint64> queryId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QVariantList binds; // of each half, hourly and raw
    if (queryId) {
        q.prepare(QStringLiteral(
            "SELECT max(last_t), sum(total_ms) / sum(calls) FROM statement_hourly WHERE profile = ? AND queryid = ? "
            "AND last_t BETWEEN ? AND ? GROUP BY t HAVING sum(calls) > 0 "
            "UNION ALL SELECT t, sum(total_ms) / sum(calls) FROM statement_raw WHERE profile = ? AND queryid = ? "
            "AND t BETWEEN ? AND ? GROUP BY t HAVING sum(calls) > 0 ORDER BY 1"));
        binds = {profileId, *queryId};
    } else {
        auto calls = seriesId(profileId, QStringLiteral("stmt_calls"), QString(), false);
        auto ms = seriesId(profileId, QStringLiteral("stmt_ms"), QString(), false);
        if (!calls)
            return calls.error();
        if (!ms)
            return ms.error();
        q.prepare(QStringLiteral(
            "SELECT c.last_t, m.sum / c.sum FROM hourly_points c JOIN hourly_points m ON m.series_id = ? AND m.t = c.t "
            "WHERE c.series_id = ? AND c.sum > 0 AND c.last_t BETWEEN ? AND ? "
            "UNION ALL SELECT c.t, m.value / c.value FROM raw_points c JOIN raw_points m ON m.series_id = ? AND m.t = c.t "
            "WHERE c.series_id = ? AND c.value > 0 AND c.t BETWEEN ? AND ? ORDER BY 1"));
        binds = {*ms, *calls};
    }
    binds << from.toSecsSinceEpoch() << to.toSecsSinceEpoch();
    for (int half = 0; half < 2; ++half) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
    }
    TimeSeries out;
    if (!q.exec())
        return sqlError(Tr::tr("reading latencies"), q.lastError());
    while (q.next()) {
        out.times.append(q.value(0).toLongLong());
        out.values.append(q.value(1).toDouble());
    }
    return out;
}

Result<QStringList> HistoryStore::databases(const QString &profileId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name FROM series WHERE profile = ? AND kind = 'db_size' ORDER BY name"));
    q.addBindValue(profileId);
    if (!q.exec())
        return sqlError(Tr::tr("listing databases"), q.lastError());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QStringList> HistoryStore::seriesNames(const QString &profileId, const QString &kind)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT name FROM series WHERE profile = ? AND kind = ? ORDER BY name"));
    q.addBindValue(profileId);
    q.addBindValue(kind);
    if (!q.exec())
        return sqlError(Tr::tr("listing series"), q.lastError());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QList<HistoryStore::StatementTotals>> HistoryStore::topStatements(const QString &profileId, const QDateTime &from,
                                                                         const QDateTime &to, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // A statement is its queryid across databases and users, as the latency chart shows it.
    q.prepare(QStringLiteral(
        "WITH d AS (SELECT queryid, calls, total_ms, rows FROM statement_hourly WHERE profile = ? AND last_t BETWEEN ? AND ? "
        "           UNION ALL SELECT queryid, calls, total_ms, rows FROM statement_raw WHERE profile = ? AND t BETWEEN ? AND ?), "
        "s AS (SELECT queryid, sum(calls) AS calls, sum(total_ms) AS total_ms, sum(rows) AS rows FROM d GROUP BY queryid), "
        "a AS (SELECT sum(total_ms) AS all_ms FROM s) "
        "SELECT s.queryid, s.calls, s.total_ms, s.rows, CASE WHEN a.all_ms > 0 THEN s.total_ms / a.all_ms ELSE 0 END, "
        "(SELECT query FROM statement_texts t WHERE t.profile = ? AND t.queryid = s.queryid ORDER BY last_seen DESC LIMIT 1), "
        "(SELECT fingerprint FROM statement_texts t WHERE t.profile = ? AND t.queryid = s.queryid ORDER BY last_seen DESC LIMIT 1) "
        "FROM s, a ORDER BY s.total_ms DESC LIMIT ?"));
    for (int half = 0; half < 2; ++half) {
        q.addBindValue(profileId);
        q.addBindValue(from.toSecsSinceEpoch());
        q.addBindValue(to.toSecsSinceEpoch());
    }
    q.addBindValue(profileId);
    q.addBindValue(profileId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(Tr::tr("reading top statements"), q.lastError());
    QList<StatementTotals> out;
    while (q.next()) {
        StatementTotals t;
        t.queryId = q.value(0).toLongLong();
        t.calls = q.value(1).toLongLong();
        t.totalMs = q.value(2).toDouble();
        t.rows = q.value(3).toLongLong();
        t.meanMs = t.calls > 0 ? t.totalMs / double(t.calls) : 0;
        t.shareOfTotal = q.value(4).toDouble();
        t.query = q.value(5).toString();
        t.fingerprint = q.value(6).toString();
        out.append(t);
    }
    return out;
}

} // namespace pgs
