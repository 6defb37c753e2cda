// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/historystore.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pgs {

namespace pg {
class Connection;
}
class JobContext;

// How fast a primary writes WAL, and where the figure comes from: the history's samples of the
// WAL position (several points over minutes) or two reads of pg_current_wal_lsn() a few seconds
// apart. A single position is never turned into a rate: source None says why there is none.
struct WalRate
{
    enum class Source { None, History, Measured };
    Source source = Source::None;
    std::optional<double> bytesPerSecond;
    int samples = 0;     // positions the rate is computed from
    double seconds = 0;  // the time they span
    QString reason;      // with Source::None: why there is no rate

    QString sourceName() const; // "history" | "measured" | "none" (the JSON value)
    QString describe() const;   // "1.2 MB/s (history: 14 samples over 13 min)", translated
    QJsonObject toJson() const;
};

// Rate from consecutive samples of the WAL position (epoch seconds, ascending). Uses the latest
// run of non-decreasing positions (a profile repointed at another server starts a new run) that
// ends no more than maxAgeSeconds before now and spans at least minSpanSeconds.
WalRate walRateFromSeries(const TimeSeries &positions, const QDateTime &now, double maxAgeSeconds = 900,
                          double minSpanSeconds = 5);
// The same from the profile's history (series wal_bytes of the last hour), default store.
Result<WalRate> walRateFromHistory(const QString &profileId, const QDateTime &now);
// Two positions and their times (server clock): a rate, or None when they do not make one.
WalRate walRateBetween(double bytesBefore, double secondsBefore, double bytesAfter, double secondsAfter);
// Reads pg_current_wal_lsn() twice, intervalMsecs apart (cancellable through ctx).
Result<WalRate> measureWalRate(pg::Connection &conn, JobContext &ctx, int intervalMsecs);
// History first (when the profile has fresh samples), else a measurement; intervalMsecs <= 0
// skips the measurement (Source::None). A standby gets Source::None: it writes no WAL of its own.
Result<WalRate> walGenerationRate(pg::Connection &conn, JobContext &ctx, const QString &profileId, int intervalMsecs);

} // namespace pgs
