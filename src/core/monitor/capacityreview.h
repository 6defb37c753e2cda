// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/forecast.h"
#include "monitor/historystore.h"
#include "monitor/metrics.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pgs {

// What a forecast rests on: the stored samples it uses (after the last jump in size) and the
// time they span up to the live sample. A per-day figure needs enough of both.
struct HistoryCoverage
{
    int samples = 0;
    qint64 spanSeconds = 0;
    bool enough = false;
    // When there should be enough if sampling goes on at its pace (unset: enough already, or
    // too few samples to tell the pace).
    std::optional<QDateTime> expectedFrom;
};

// One database or table of the review: its size now, its history over the window and the fit.
// Until its coverage is enough, fit is not valid and fit.reason says what has been collected.
struct CapacityItem
{
    QString name;          // database name, or schema.table of the sampled database
    qint64 sizeBytes = 0;  // now
    TimeSeries history;    // over the window, with the live point last
    GrowthFit fit;
    HistoryCoverage coverage;
    std::optional<double> growthPerDay() const { return fit.valid ? std::optional<double>(fit.growthPerDay) : std::nullopt; }
    // (capacity - size) / growth: if this database alone grew at its rate (databases only; the
    // volume's own figure is CapacityReview::totalDaysUntilFull).
    std::optional<double> daysUntilFull;
    // Growth per day as a share of the size (the runbooks alert at 10 %/day).
    std::optional<double> growthPercentPerDay() const;
};

struct CapacityReviewOptions
{
    int windowDays = 30;
    qint64 capacityBytes = 0; // 0: unknown, no days-until-full
    int topTables = 10;       // largest tables of the connected database to forecast
    double alertGrowthPercentPerDay = 10;
    double alertDaysUntilFull = 90;
    double alertDaysUntilWraparound = 90;
    // No growth per day, %/day or days until full (nor warnings about them) from less history:
    // on a fresh server three samples over a minute made "grows 1765 % per day" with r² 0.997.
    // A day covers the daily cycle of most workloads (batch jobs, autovacuum, nightly loads).
    int minHistoryHours = 24;
    int minSamples = 12;
    // %/day warnings only for items at least this large, or 1 % of the volume when that is less
    // (a small volume): a table of a few kilobytes doubling is noise, and a large share of a
    // small volume still matters. Days until full warn whatever the size.
    qint64 alertGrowthMinBytes = 100LL * 1024 * 1024;
    double alertGrowthMinVolumeShare = 0.01;
    qint64 alertGrowthFloorBytes() const;
};

// The capacity review of one server from the local history plus a live sample: growth per day of
// every database and of the largest tables (least squares after the last level shift, with r²),
// days until the volume is full, XID consumption and days until wraparound. What the CLI prints,
// the capacity view shows and the report exports.
struct CapacityReview
{
    QString server;      // "name (host:port)", for the report header; set by the caller
    QString database;    // the connected one; tables are of this database
    QDateTime from, to;  // the window (to = the live sample's time)
    CapacityReviewOptions options;
    QList<CapacityItem> databases;
    QList<CapacityItem> tables;
    double totalBytes = 0;
    std::optional<double> totalGrowthPerDay; // unknown when a database has too little history
    GrowthFit totalFit;                      // through totalHistory; not valid while collecting
    std::optional<double> totalDaysUntilFull;
    TimeSeries totalHistory; // sum of the database series, on their common times
    qint64 xidAge = 0;
    std::optional<double> xidsPerDay;
    std::optional<double> daysUntilWraparound;
    // The least covered database (or the XID counter): while it is short, the review is still
    // collecting history and says when forecasts begin.
    HistoryCoverage coverage;
    bool collecting() const { return !coverage.enough; }
    // "Collecting history: 3 of 12 samples, 1 min of 24 h. Forecasts from about ..." (translated),
    // empty when not collecting.
    QString collectingText() const;

    // Findings in the order a reviewer reads them: "full in 12 days", "orders grows 14 %/day" ...
    // (translated), empty when nothing crosses an alert threshold.
    QStringList warnings() const;
    // Whether the item's %/day crosses the alert threshold, for an item above the size floor.
    bool growthAlert(const CapacityItem &item) const;
    QJsonObject toJson() const; // the CLI's --json shape
};

// now: a live sample (tables included to forecast tables); historyKey: the profile id the history
// is stored under.
Result<CapacityReview> buildCapacityReview(HistoryStore &store, const QString &historyKey, const MetricSample &now,
                                           const CapacityReviewOptions &options);

} // namespace pgs
