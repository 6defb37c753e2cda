// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/cachehistory.h"

#include "health/healthfindings.h"
#include "monitor/historystore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::CacheHistory)
};

const QString kCode = QStringLiteral("cache-hit-ratio");

// Σ rate·seconds: each point is the mean rate of the interval ending at it, which began at the
// point before. The first point's interval is unknown (its start is not stored), so the window
// starts at the first point: the sums are then the counter deltas between the first and the last
// history sample (up to the rounding of the times to seconds, which cancels out in the ratio).
double integrate(const TimeSeries &s)
{
    double sum = 0;
    for (int i = 1; i < s.times.size(); ++i)
        sum += s.values.at(i) * double(std::max<qint64>(s.times.at(i) - s.times.at(i - 1), 0));
    return sum;
}

} // namespace

Result<QList<CacheWindow>> cacheWindows(HistoryStore &store, const QString &profileId, const QDateTime &now)
{
    const QDateTime from = now.addSecs(-kCacheHistorySeconds);
    auto names = store.seriesNames(profileId, QStringLiteral("rate:blks_hit"));
    if (!names)
        return names.error();
    QList<CacheWindow> out;
    for (const QString &database : *names) {
        auto hits = store.series(profileId, QStringLiteral("rate:blks_hit"), database, from, now, HourlyValue::Average);
        if (!hits)
            return hits.error();
        auto reads = store.series(profileId, QStringLiteral("rate:blks_read"), database, from, now, HourlyValue::Average);
        if (!reads)
            return reads.error();
        if (hits->times.size() < 2 || reads->times.size() != hits->times.size())
            continue; // one interval is not a window; a reset dropped one series of an interval
        CacheWindow w;
        w.database = database;
        w.hits = integrate(*hits);
        w.reads = integrate(*reads);
        w.from = QDateTime::fromSecsSinceEpoch(hits->times.first(), Qt::UTC);
        w.to = QDateTime::fromSecsSinceEpoch(hits->times.last(), Qt::UTC);
        out << w;
    }
    return out;
}

void applyCacheWindows(HealthRun &run, const QList<CacheWindow> &windows, const Thresholds &thresholds)
{
    const CheckDef *check = findCheck(kCode);
    if (!check || !run.ran(kCode))
        return;
    const double limit = thresholds.value(*check, QStringLiteral("percent"));
    const double minBlocks = thresholds.value(*check, QStringLiteral("min_blocks"));
    QList<HealthFinding> findings;
    QHash<QString, const CacheWindow *> judged;
    for (const CacheWindow &w : windows)
        if (w.hits + w.reads >= minBlocks)
            judged.insert(w.database, &w);
    for (HealthFinding &h : run.findings) {
        if (h.finding.code != kCode)
            findings << h;
        else if (!judged.contains(h.finding.object))
            findings << h; // no usable history: the since-reset figure stands
    }
    for (const CacheWindow *w : std::as_const(judged)) {
        if (w->ratioPercent() >= limit)
            continue;
        HealthFinding h;
        h.area = check->area;
        h.finding.code = kCode;
        h.finding.severity = check->severity;
        h.finding.object = w->database;
        h.finding.value = std::round(w->ratioPercent() * 100) / 100;
        h.finding.threshold = limit;
        h.finding.detail = Tr::tr("%1 % of block reads came from the buffer cache over the last %2 of the sampler's history "
                                  "(%3 hits, %4 reads)")
                               .arg(QString::number(w->ratioPercent(), 'f', 2), healthDuration(double(w->from.secsTo(w->to))))
                               .arg(qint64(w->hits))
                               .arg(qint64(w->reads));
        h.finding.advice = Tr::tr("The working set does not fit in shared_buffers: raise it, add memory, or reduce what queries read.");
        findings << h;
    }
    std::stable_sort(findings.begin(), findings.end(), [](const HealthFinding &a, const HealthFinding &b) {
        return a.finding.severity > b.finding.severity;
    });
    run.findings = findings;
}

void applyCacheHistory(HealthRun &run, const QString &historyPath, const QString &profileId, const Thresholds &thresholds)
{
    const QString path = historyPath.isEmpty() ? HistoryStore::defaultPath() : historyPath;
    QList<CacheWindow> windows;
    if (QFileInfo::exists(path)) { // opening would create an empty store
        HistoryStore store(path);
        if (store.open()) {
            if (auto w = cacheWindows(store, profileId, QDateTime::currentDateTimeUtc()))
                windows = *w;
            else
                run.problems << Tr::tr("cache-hit-ratio: the sampler's history could not be read: %1").arg(w.error().message);
        }
    }
    applyCacheWindows(run, windows, thresholds);
}

} // namespace pgs::health
