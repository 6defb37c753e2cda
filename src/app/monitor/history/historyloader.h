// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/historystore.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>

#include <optional>

namespace pgs {

// Plain data read from the history store on a job thread (each function opens its own store, as
// SQLite connections belong to one thread) and handed to the history views. Points are
// (ms since the epoch UTC, value), ready for TimeChartView.

struct ChartSeries
{
    QString name;
    QList<QPointF> points;
};

// What the history of a profile holds at all, for the empty states.
struct HistoryPresence
{
    std::optional<QDateTime> lastSampleAt;
    // The whole history, for "History: 3 samples over 2 minutes, since 14:02" and for opening on a
    // range that shows it. Samples older than the raw retention count one per hour.
    std::optional<QDateTime> firstSampleAt;
    int sampleCount = 0;
    bool statementsAvailable = false;
    QString statementsUnavailableReason; // translated, from the last sample
};

struct SizeGrowthData
{
    QDateTime from, to;
    SeriesResolution resolution = SeriesResolution::Detailed;
    HistoryPresence presence;
    QList<ChartSeries> databases; // every database with a size history, by name
    QList<ChartSeries> tables;    // the largest tables at the end of the range, largest first
    QString tablesScope;          // "database.schema" when every table is in it (names are bare then)
};

struct LatencyData
{
    QDateTime from, to;
    SeriesResolution resolution = SeriesResolution::Detailed;
    HistoryPresence presence;
    QList<QPointF> meanLatencyMs;
    QList<QPointF> callsPerSecond;
    QList<HistoryStore::StatementTotals> statements; // by total time, largest first
    std::optional<qint64> selectedQueryId;
    QList<QPointF> selectedLatencyMs;
};

Result<SizeGrowthData> loadSizeGrowth(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                      int topTables);
// selected: also the latency history of that statement.
Result<LatencyData> loadLatency(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                int statementLimit, std::optional<qint64> selected);
Result<QList<QPointF>> loadStatementLatency(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                            qint64 queryId);

QList<QPointF> chartPointsOf(const TimeSeries &series);
// "schema.table" from a table_size series name; "database: schema.table" when withDatabase.
QString tableDisplayName(const QString &seriesName, bool withDatabase);

} // namespace pgs

Q_DECLARE_METATYPE(pgs::SizeGrowthData)
Q_DECLARE_METATYPE(pgs::LatencyData)
