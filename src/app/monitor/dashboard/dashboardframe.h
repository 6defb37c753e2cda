// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/livesampler.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPointF>
#include <QString>

#include <array>

namespace pgs {

// The charts of the dashboard, in their grid order.
enum class DashboardChart { Sessions, Transactions, RowsRead, RowsWritten, CacheHit, BlockIo, Wal, Statements };
inline constexpr int kDashboardChartCount = 8;

// The values the dashboard plots at one time (ms since the epoch, UTC), per chart a map of
// series name (translated, it is the legend) to value. Built from a live sample or from the
// history store, so both paths plot exactly the same series. Rates are summed over all databases.
struct DashboardFrame
{
    qint64 ms = 0;
    std::array<QMap<QString, double>, kDashboardChartCount> values;

    QMap<QString, double> &operator[](DashboardChart chart) { return values[size_t(chart)]; }
    const QMap<QString, double> &operator[](DashboardChart chart) const { return values[size_t(chart)]; }
};

namespace dashboard {

// Series names (legends).
QString activeSessions();
QString waitingSessions();
QString idleSessions();
QString idleInTransactionSessions();
QString otherSessions();
QString commits();
QString rollbacks();
QString cacheHitRatio();
QString walRate();
QString statementCalls();

// The sessions bucket of a pg_stat_activity state and wait event type: active, waiting (an
// active session waiting on a lock, I/O, IPC ...), idle, idle in transaction (also aborted), other.
QString sessionBucket(const QString &state, const QString &waitEventType);

// pg_stat_database counter -> the series it feeds and the chart ("tup_returned" -> RowsRead,
// "returned"); xact_* feed Transactions, tup_inserted/updated/deleted RowsWritten, blks_* BlockIo.
// Rows read and written are two charts: returned rows are often a thousand times the written
// ones and would flatten them on one axis.
struct CounterSeries
{
    QString counter;
    DashboardChart chart;
    QString series;
};
const QList<CounterSeries> &counterSeries();

// Adds the cache hit ratio (%) from the summed block hit and read rates; none without block
// access in the interval (0 of 0 is not a ratio).
void addCacheHitRatio(DashboardFrame &frame, double hitsPerSecond, double readsPerSecond);

// Sessions always; rates (and the ratio) when the sample has rates from a previous one; statement
// calls per second when pg_stat_statements is readable.
DashboardFrame frameFromLive(const LiveSample &sample);

// existing plus those history points that fall in a gap of the existing ones: farther than
// minDistanceMs from every existing point (the live points win where both exist). Sorted by x.
QList<QPointF> fillGaps(const QList<QPointF> &existing, const QList<QPointF> &history, qint64 minDistanceMs);

} // namespace dashboard
} // namespace pgs

Q_DECLARE_METATYPE(QList<pgs::DashboardFrame>)
