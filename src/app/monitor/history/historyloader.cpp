// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/historyloader.h"

#include <QSet>

namespace pgs {

namespace {

Result<HistoryPresence> presenceOf(HistoryStore &store, const QString &profileId)
{
    auto previous = store.previousSample(profileId);
    if (!previous)
        return previous.error();
    HistoryPresence presence;
    if (previous->has_value()) {
        const MetricSample &last = **previous;
        presence.lastSampleAt = last.takenAt;
        presence.statementsAvailable = last.statementsAvailable;
        presence.statementsUnavailableReason = last.statementsUnavailableReason;
        // next_xid is written by every sample: its points are the samples (hours, once rolled up).
        auto all = store.series(profileId, QStringLiteral("next_xid"), QString(), QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                last.takenAt.addSecs(1), HourlyValue::Last, SeriesResolution::Detailed);
        if (!all)
            return all.error();
        if (!all->times.isEmpty()) {
            presence.firstSampleAt = QDateTime::fromSecsSinceEpoch(all->times.first(), Qt::UTC);
            presence.sampleCount = int(all->times.size());
        }
    }
    return presence;
}

// What every range load starts with: the store, the range, its resolution, and whether this
// profile has any history at all.
template<class Data>
Status startRange(HistoryStore &store, Data &data, const QString &profileId, const QDateTime &from, const QDateTime &to)
{
    if (Status st = store.open(); !st)
        return st;
    data.from = from;
    data.to = to;
    data.resolution = HistoryStore::resolutionFor(from, to);
    auto presence = presenceOf(store, profileId);
    if (!presence)
        return presence.error();
    data.presence = *presence;
    return ok();
}

} // namespace

QList<QPointF> chartPointsOf(const TimeSeries &series)
{
    QList<QPointF> points;
    points.reserve(series.times.size());
    for (qsizetype i = 0; i < series.times.size(); ++i)
        points.append(QPointF(double(series.times[i]) * 1000.0, series.values[i]));
    return points;
}

QString tableDisplayName(const QString &seriesName, bool withDatabase)
{
    const QStringList parts = seriesName.split(QChar(0x1f));
    if (parts.size() != 3)
        return seriesName;
    const QString table = parts[1] + QLatin1Char('.') + parts[2];
    return withDatabase ? parts[0] + QStringLiteral(": ") + table : table;
}

Result<SizeGrowthData> loadSizeGrowth(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                      int topTables)
{
    HistoryStore store;
    SizeGrowthData data;
    if (Status st = startRange(store, data, profileId, from, to); !st)
        return st.error();
    auto databases = store.databases(profileId);
    if (!databases)
        return databases.error();
    for (const QString &name : std::as_const(*databases)) {
        auto series = store.sizeSeries(profileId, name, from, to, data.resolution);
        if (!series)
            return series.error();
        if (!series->times.isEmpty())
            data.databases.append({name, chartPointsOf(*series)});
    }
    auto largest = store.largestSeries(profileId, QStringLiteral("table_size"), from, to, topTables);
    if (!largest)
        return largest.error();
    // Legends elide long names: the schema is left out when every table shares it.
    QSet<QString> tableDatabases, schemas;
    for (const HistoryStore::LatestValue &t : std::as_const(*largest)) {
        tableDatabases.insert(t.name.section(QChar(0x1f), 0, 0));
        schemas.insert(t.name.section(QChar(0x1f), 0, 1));
    }
    if (schemas.size() == 1)
        data.tablesScope = QString(*schemas.cbegin()).replace(QChar(0x1f), QLatin1Char('.'));
    for (const HistoryStore::LatestValue &t : std::as_const(*largest)) {
        auto series = store.series(profileId, QStringLiteral("table_size"), t.name, from, to, HourlyValue::Last,
                                   data.resolution);
        if (!series)
            return series.error();
        const QString name = schemas.size() == 1 ? t.name.section(QChar(0x1f), 2)
                                                 : tableDisplayName(t.name, tableDatabases.size() > 1);
        data.tables.append({name, chartPointsOf(*series)});
    }
    return data;
}

Result<LatencyData> loadLatency(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                int statementLimit, std::optional<qint64> selected)
{
    HistoryStore store;
    LatencyData data;
    if (Status st = startRange(store, data, profileId, from, to); !st)
        return st.error();
    auto latency = store.latencySeries(profileId, from, to, std::nullopt, data.resolution);
    if (!latency)
        return latency.error();
    data.meanLatencyMs = chartPointsOf(*latency);
    auto calls = store.callRateSeries(profileId, from, to, data.resolution);
    if (!calls)
        return calls.error();
    data.callsPerSecond = chartPointsOf(*calls);
    auto statements = store.topStatements(profileId, from, to, statementLimit);
    if (!statements)
        return statements.error();
    data.statements = *statements;
    if (selected) {
        auto own = store.latencySeries(profileId, from, to, selected, data.resolution);
        if (!own)
            return own.error();
        data.selectedQueryId = selected;
        data.selectedLatencyMs = chartPointsOf(*own);
    }
    return data;
}

Result<QList<QPointF>> loadStatementLatency(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                            qint64 queryId)
{
    HistoryStore store;
    if (Status st = store.open(); !st)
        return st.error();
    auto own = store.latencySeries(profileId, from, to, queryId, HistoryStore::resolutionFor(from, to));
    if (!own)
        return own.error();
    return chartPointsOf(*own);
}

} // namespace pgs
