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

// One database or table of the review: its size now, its history over the window and the fit.
struct CapacityItem
{
    QString name;          // database name, or schema.table of the sampled database
    qint64 sizeBytes = 0;  // now
    TimeSeries history;    // over the window, with the live point last
    GrowthFit fit;
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
    std::optional<double> totalDaysUntilFull;
    TimeSeries totalHistory; // sum of the database series, on their common times
    qint64 xidAge = 0;
    std::optional<double> xidsPerDay;
    std::optional<double> daysUntilWraparound;

    // Findings in the order a reviewer reads them: "full in 12 days", "orders grows 14 %/day" ...
    // (translated), empty when nothing crosses an alert threshold.
    QStringList warnings() const;
    QJsonObject toJson() const; // the CLI's --json shape
};

// now: a live sample (tables included to forecast tables); historyKey: the profile id the history
// is stored under.
Result<CapacityReview> buildCapacityReview(HistoryStore &store, const QString &historyKey, const MetricSample &now,
                                           const CapacityReviewOptions &options);

} // namespace pgs
