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

} // namespace

namespace {

TimeSeries readSeries(QSqlQuery &q)
{
    TimeSeries out;
    while (q.next()) {
        out.times.append(q.value(0).toLongLong());
        out.values.append(q.value(1).toDouble());
    }
    return out;
}

} // namespace

SeriesResolution HistoryStore::resolutionFor(const QDateTime &from, const QDateTime &to)
{
    return from.secsTo(to) > 7 * 86400 ? SeriesResolution::Hourly : SeriesResolution::Detailed;
}

Result<TimeSeries> HistoryStore::series(const QString &profileId, const QString &kind, const QString &name,
                                        const QDateTime &from, const QDateTime &to, HourlyValue hourly,
                                        SeriesResolution resolution)
{
    auto id = seriesId(profileId, kind, name, false);
    if (!id)
        return id.error();
    if (*id < 0)
        return TimeSeries();
    const QString column = hourly == HourlyValue::Last      ? QStringLiteral("last")
                           : hourly == HourlyValue::Average ? QStringLiteral("avg")
                                                            : QStringLiteral("max");
    // Folding raw points into hours as read: SQLite takes a bare column from the row of max(t),
    // which is the last value of the hour.
    const QString rawPart = resolution == SeriesResolution::Detailed ? QStringLiteral("SELECT t, value")
                            : hourly == HourlyValue::Last            ? QStringLiteral("SELECT max(t), value")
                            : hourly == HourlyValue::Average         ? QStringLiteral("SELECT max(t), avg(value)")
                                                                     : QStringLiteral("SELECT max(t), max(value)");
    const QString grouping = resolution == SeriesResolution::Detailed ? QString() : QStringLiteral(" GROUP BY t / 3600");
    // Compaction moves every raw point before a cut, so hourly rows always precede raw ones.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Positional parameters: QSQLITE does not bind a repeated named placeholder reliably.
    q.prepare(QStringLiteral("SELECT last_t, %1 FROM hourly_points WHERE series_id = ? AND last_t BETWEEN ? AND ? "
                             "UNION ALL %2 FROM raw_points WHERE series_id = ? AND t BETWEEN ? AND ?%3 "
                             "ORDER BY 1")
                  .arg(column, rawPart, grouping));
    for (int half = 0; half < 2; ++half) {
        q.addBindValue(*id);
        q.addBindValue(from.toSecsSinceEpoch());
        q.addBindValue(to.toSecsSinceEpoch());
    }
    if (!q.exec())
        return sqlError(Tr::tr("reading a series"), q.lastError());
    return readSeries(q);
}

Result<TimeSeries> HistoryStore::sizeSeries(const QString &profileId, const QString &database, const QDateTime &from,
                                            const QDateTime &to, SeriesResolution resolution)
{
    return series(profileId, QStringLiteral("db_size"), database, from, to, HourlyValue::Last, resolution);
}

Result<TimeSeries> HistoryStore::tableSizeSeries(const QString &profileId, const QString &database,
                                                 const QString &schema, const QString &table, const QDateTime &from,
                                                 const QDateTime &to, SeriesResolution resolution)
{
    return series(profileId, QStringLiteral("table_size"), tableSeriesName(database, schema, table), from, to,
                  HourlyValue::Last, resolution);
}

Result<TimeSeries> HistoryStore::ratioSeries(const QString &profileId, const QString &numeratorKind,
                                             const QString &denominatorKind, const QDateTime &from,
                                             const QDateTime &to, SeriesResolution resolution)
{
    auto num = seriesId(profileId, numeratorKind, QString(), false);
    auto den = seriesId(profileId, denominatorKind, QString(), false);
    if (!num)
        return num.error();
    if (!den)
        return den.error();
    if (*num < 0 || *den < 0)
        return TimeSeries();
    const QString rawPart =
        resolution == SeriesResolution::Detailed
            ? QStringLiteral("SELECT d.t, n.value / d.value FROM raw_points d JOIN raw_points n ON n.series_id = ? "
                             "AND n.t = d.t WHERE d.series_id = ? AND d.value > 0 AND d.t BETWEEN ? AND ?")
            : QStringLiteral("SELECT max(d.t), sum(n.value) / sum(d.value) FROM raw_points d JOIN raw_points n "
                             "ON n.series_id = ? AND n.t = d.t WHERE d.series_id = ? AND d.t BETWEEN ? AND ? "
                             "GROUP BY d.t / 3600 HAVING sum(d.value) > 0");
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT d.last_t, n.sum / d.sum FROM hourly_points d JOIN hourly_points n "
                             "ON n.series_id = ? AND n.t = d.t WHERE d.series_id = ? AND d.sum > 0 "
                             "AND d.last_t BETWEEN ? AND ? UNION ALL %1 ORDER BY 1")
                  .arg(rawPart));
    for (int half = 0; half < 2; ++half) {
        for (const QVariant &v : QVariantList{*num, *den, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()})
            q.addBindValue(v);
    }
    if (!q.exec())
        return sqlError(Tr::tr("reading a series"), q.lastError());
    return readSeries(q);
}

Result<TimeSeries> HistoryStore::latencySeries(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                               std::optional<qint64> queryId, SeriesResolution resolution)
{
    if (!queryId)
        return ratioSeries(profileId, QStringLiteral("stmt_ms"), QStringLiteral("stmt_calls"), from, to, resolution);
    const QString rawGroup = resolution == SeriesResolution::Detailed ? QStringLiteral("t") : QStringLiteral("t / 3600");
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
                  "SELECT max(last_t), sum(total_ms) / sum(calls) FROM statement_hourly WHERE profile = ? AND queryid = ? "
                  "AND last_t BETWEEN ? AND ? GROUP BY t HAVING sum(calls) > 0 "
                  "UNION ALL SELECT max(t), sum(total_ms) / sum(calls) FROM statement_raw WHERE profile = ? AND queryid = ? "
                  "AND t BETWEEN ? AND ? GROUP BY %1 HAVING sum(calls) > 0 ORDER BY 1")
                  .arg(rawGroup));
    for (int half = 0; half < 2; ++half) {
        for (const QVariant &v : QVariantList{profileId, *queryId, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()})
            q.addBindValue(v);
    }
    if (!q.exec())
        return sqlError(Tr::tr("reading latencies"), q.lastError());
    return readSeries(q);
}

Result<TimeSeries> HistoryStore::callRateSeries(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                                SeriesResolution resolution)
{
    return ratioSeries(profileId, QStringLiteral("stmt_calls"), QStringLiteral("stmt_seconds"), from, to, resolution);
}

Result<QList<HistoryStore::LatestValue>> HistoryStore::largestSeries(const QString &profileId, const QString &kind,
                                                                     const QDateTime &from, const QDateTime &to,
                                                                     int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Raw points are always newer than hourly ones, so the latest raw point wins when there is one.
    q.prepare(QStringLiteral(
        "WITH l AS (SELECT s.name, "
        "(SELECT t FROM raw_points r WHERE r.series_id = s.id AND r.t BETWEEN ? AND ? ORDER BY r.t DESC LIMIT 1) AS rt, "
        "(SELECT value FROM raw_points r WHERE r.series_id = s.id AND r.t BETWEEN ? AND ? ORDER BY r.t DESC LIMIT 1) AS rv, "
        "(SELECT last_t FROM hourly_points h WHERE h.series_id = s.id AND h.last_t BETWEEN ? AND ? ORDER BY h.t DESC LIMIT 1) AS ht, "
        "(SELECT last FROM hourly_points h WHERE h.series_id = s.id AND h.last_t BETWEEN ? AND ? ORDER BY h.t DESC LIMIT 1) AS hv "
        "FROM series s WHERE s.profile = ? AND s.kind = ?) "
        "SELECT name, coalesce(rv, hv) AS v, coalesce(rt, ht) FROM l WHERE coalesce(rv, hv) IS NOT NULL "
        "ORDER BY v DESC, name LIMIT ?"));
    for (int i = 0; i < 4; ++i) {
        q.addBindValue(from.toSecsSinceEpoch());
        q.addBindValue(to.toSecsSinceEpoch());
    }
    q.addBindValue(profileId);
    q.addBindValue(kind);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(Tr::tr("listing series"), q.lastError());
    QList<LatestValue> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toDouble(), q.value(2).toLongLong()});
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
