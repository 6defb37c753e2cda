// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/dashboard/dashboardframe.h"

#include <QCoreApplication>

#include <algorithm>

namespace pgs::dashboard {

namespace {
// The legend texts belong to the dashboard's translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::DashboardView)
};
} // namespace

QString activeSessions() { return Tr::tr("active"); }
QString waitingSessions() { return Tr::tr("waiting"); }
QString idleSessions() { return Tr::tr("idle"); }
QString idleInTransactionSessions() { return Tr::tr("idle in txn"); } // fits the legend of a 300 px chart
QString otherSessions() { return Tr::tr("other"); }
QString commits() { return Tr::tr("commits"); }
QString rollbacks() { return Tr::tr("rollbacks"); }
QString cacheHitRatio() { return Tr::tr("hit ratio"); }
QString walRate() { return Tr::tr("WAL written"); }
QString statementCalls() { return Tr::tr("calls"); }

QString sessionBucket(const QString &state, const QString &waitEventType)
{
    if (state == QLatin1String("active")) {
        // Client (reading the next message of a COPY) and Activity are not waits on others.
        const bool waiting = !waitEventType.isEmpty() && waitEventType != QLatin1String("Client")
                             && waitEventType != QLatin1String("Activity");
        return waiting ? waitingSessions() : activeSessions();
    }
    if (state == QLatin1String("idle"))
        return idleSessions();
    if (state.startsWith(QLatin1String("idle in transaction")))
        return idleInTransactionSessions();
    return otherSessions();
}

const QList<CounterSeries> &counterSeries()
{
    static const QList<CounterSeries> list = {
        {QStringLiteral("xact_commit"), DashboardChart::Transactions, commits()},
        {QStringLiteral("xact_rollback"), DashboardChart::Transactions, rollbacks()},
        {QStringLiteral("tup_returned"), DashboardChart::RowsRead, Tr::tr("returned")},
        {QStringLiteral("tup_fetched"), DashboardChart::RowsRead, Tr::tr("fetched")},
        {QStringLiteral("tup_inserted"), DashboardChart::RowsWritten, Tr::tr("inserted")},
        {QStringLiteral("tup_updated"), DashboardChart::RowsWritten, Tr::tr("updated")},
        {QStringLiteral("tup_deleted"), DashboardChart::RowsWritten, Tr::tr("deleted")},
        {QStringLiteral("blks_read"), DashboardChart::BlockIo, Tr::tr("reads")},
        {QStringLiteral("blks_hit"), DashboardChart::BlockIo, Tr::tr("hits")},
    };
    return list;
}

void addCacheHitRatio(DashboardFrame &frame, double hitsPerSecond, double readsPerSecond)
{
    if (hitsPerSecond + readsPerSecond > 0)
        frame[DashboardChart::CacheHit][cacheHitRatio()] = 100.0 * hitsPerSecond / (hitsPerSecond + readsPerSecond);
}

DashboardFrame frameFromLive(const LiveSample &live)
{
    DashboardFrame frame;
    frame.ms = live.sample.takenAt.toMSecsSinceEpoch();
    QMap<QString, double> &sessions = frame[DashboardChart::Sessions];
    for (const QString &bucket : {activeSessions(), waitingSessions(), idleSessions(), idleInTransactionSessions()})
        sessions[bucket] = 0;
    for (const SessionCount &s : live.sample.sessions)
        sessions[sessionBucket(s.state, s.waitEventType)] += s.sessions;
    if (!live.rates)
        return frame;

    for (const CounterSeries &c : counterSeries()) {
        double sum = 0;
        for (const DatabaseRates &d : live.rates->databases)
            sum += d.perSecond.value(c.counter, 0.0);
        frame[c.chart][c.series] = sum;
    }
    double hits = 0, reads = 0;
    for (const DatabaseRates &d : live.rates->databases) {
        hits += d.perSecond.value(QStringLiteral("blks_hit"), 0.0);
        reads += d.perSecond.value(QStringLiteral("blks_read"), 0.0);
    }
    addCacheHitRatio(frame, hits, reads);
    if (live.rates->walBytesPerSecond)
        frame[DashboardChart::Wal][walRate()] = *live.rates->walBytesPerSecond;
    if (live.rates->statementCallsPerSecond)
        frame[DashboardChart::Statements][statementCalls()] = *live.rates->statementCallsPerSecond;
    return frame;
}

QList<QPointF> fillGaps(const QList<QPointF> &existing, const QList<QPointF> &history, qint64 minDistanceMs)
{
    QList<QPointF> merged = existing;
    for (const QPointF &h : history) {
        auto next = std::lower_bound(existing.cbegin(), existing.cend(), h.x(),
                                     [](const QPointF &p, double x) { return p.x() < x; });
        const bool nearNext = next != existing.cend() && next->x() - h.x() <= minDistanceMs;
        const bool nearPrevious = next != existing.cbegin() && h.x() - std::prev(next)->x() <= minDistanceMs;
        if (!nearNext && !nearPrevious)
            merged.append(h);
    }
    std::stable_sort(merged.begin(), merged.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return merged;
}

} // namespace pgs::dashboard
