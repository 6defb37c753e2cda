// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthrun.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pgs {
class HistoryStore;
}

namespace pgs::health {

// Buffer hits and reads of one database over a window of the sampler's history (the sums of the
// per-interval rates times the seconds they cover), instead of the counters since their reset.
struct CacheWindow
{
    QString database;
    double hits = 0;
    double reads = 0;
    QDateTime from;
    QDateTime to;

    double ratioPercent() const { return hits + reads > 0 ? 100.0 * hits / (hits + reads) : 100.0; }
};

// How far back the cache-hit-ratio check looks in the history.
constexpr qint64 kCacheHistorySeconds = 24 * 3600;

// The windows of every database with at least two history samples in [now - kCacheHistorySeconds,
// now] for profileId; empty without history.
Result<QList<CacheWindow>> cacheWindows(HistoryStore &store, const QString &profileId, const QDateTime &now);

// Replaces the since-reset cache-hit-ratio findings of run for the databases in windows by ones
// from the windows' deltas (a window with fewer than min_blocks blocks keeps the since-reset
// figure); the detail says which basis each finding has. Nothing when run did not make the check.
void applyCacheWindows(HealthRun &run, const QList<CacheWindow> &windows, const Thresholds &thresholds);

// Opens the history store at path (empty: the default one) and applies its windows for
// profileId to run; a missing or unreadable history leaves the since-reset figures.
void applyCacheHistory(HealthRun &run, const QString &historyPath, const QString &profileId, const Thresholds &thresholds);

} // namespace pgs::health
