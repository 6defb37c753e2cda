// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/dashboard/dashboardhistory.h"

#include "monitor/historystore.h"

#include <QMap>

namespace pgs {

namespace {

struct Collector
{
    HistoryStore &store;
    const QString &profileId;
    const QDateTime &from;
    const QDateTime &to;
    QMap<qint64, DashboardFrame> frames; // by epoch seconds

    DashboardFrame &frameAt(qint64 secs)
    {
        DashboardFrame &frame = frames[secs];
        frame.ms = secs * 1000;
        return frame;
    }

    // Every series of kind summed per time into chart/series.
    Status sumKind(const QString &kind, const std::function<void(DashboardFrame &, const QString &name, double)> &add)
    {
        auto names = store.seriesNames(profileId, kind);
        if (!names)
            return names.error();
        for (const QString &name : std::as_const(*names)) {
            auto points = store.series(profileId, kind, name, from, to, HourlyValue::Average);
            if (!points)
                return points.error();
            for (qsizetype i = 0; i < points->times.size(); ++i)
                add(frameAt(points->times[i]), name, points->values[i]);
        }
        return ok();
    }
};

} // namespace

Result<QList<DashboardFrame>> loadDashboardHistory(const QString &historyPath, const QString &profileId,
                                                    const QDateTime &from, const QDateTime &to)
{
    HistoryStore store(historyPath);
    if (Status st = store.open(); !st)
        return st.error();
    Collector c{store, profileId, from, to, {}};
    QMap<qint64, double> hits, reads;
    for (const dashboard::CounterSeries &cs : dashboard::counterSeries()) {
        Status st = c.sumKind(QStringLiteral("rate:") + cs.counter, [&](DashboardFrame &f, const QString &, double v) {
            f[cs.chart][cs.series] += v;
            if (cs.counter == QLatin1String("blks_hit"))
                hits[f.ms] += v;
            else if (cs.counter == QLatin1String("blks_read"))
                reads[f.ms] += v;
        });
        if (!st)
            return st.error();
    }
    Status st = c.sumKind(QStringLiteral("wal_rate"), [](DashboardFrame &f, const QString &, double v) {
        f[DashboardChart::Wal][dashboard::walRate()] += v;
    });
    if (!st)
        return st.error();
    auto calls = store.callRateSeries(profileId, from, to);
    if (!calls)
        return calls.error();
    for (qsizetype i = 0; i < calls->times.size(); ++i)
        c.frameAt(calls->times[i])[DashboardChart::Statements][dashboard::statementCalls()] = calls->values[i];
    // Sessions series are named "state/wait event type"; a bucket without a point at a sample
    // time had no session then.
    st = c.sumKind(QStringLiteral("sessions"), [](DashboardFrame &f, const QString &name, double v) {
        QMap<QString, double> &sessions = f[DashboardChart::Sessions];
        if (sessions.isEmpty())
            for (const QString &bucket : {dashboard::activeSessions(), dashboard::waitingSessions(),
                                          dashboard::idleSessions(), dashboard::idleInTransactionSessions()})
                sessions[bucket] = 0;
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        sessions[dashboard::sessionBucket(name.left(slash), name.mid(slash + 1))] += v;
    });
    if (!st)
        return st.error();

    QList<DashboardFrame> out;
    out.reserve(c.frames.size());
    for (DashboardFrame &frame : c.frames) {
        if (hits.contains(frame.ms) || reads.contains(frame.ms))
            dashboard::addCacheHitRatio(frame, hits.value(frame.ms), reads.value(frame.ms));
        out.append(frame);
    }
    return out;
}

JobFunction dashboardHistoryJob(const QString &historyPath, const QString &profileId, const QDateTime &from,
                                const QDateTime &to)
{
    return [historyPath, profileId, from, to](JobContext &) -> Result<QVariant> {
        auto frames = loadDashboardHistory(historyPath, profileId, from, to);
        if (!frames)
            return frames.error();
        return QVariant::fromValue(*frames);
    };
}

} // namespace pgs
