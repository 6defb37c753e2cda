// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace pgs {

// A least-squares growth line through a size series. A single VACUUM FULL, TRUNCATE or dropped
// table would bend a plain fit for weeks, so the fit only uses the points after the last level
// shift: a successive difference that is both larger than stepFactor x the median absolute
// successive difference and larger than all the other movement of the window together (so that
// ordinary stepwise growth, 8 kB pages or bulk batches, is not mistaken for a shift). Chosen over
// Theil-Sen because a shift is a fact to show ("fitted since <date>"), not noise to average out.
struct GrowthFit
{
    bool valid = false;
    QString reason;              // why not valid (translated)
    double growthPerDay = 0;     // units (bytes) per day
    double r2 = 0;               // 1 for a perfect (or flat) fit
    double current = 0;          // last observed value
    int pointsUsed = 0;
    std::optional<qint64> stepAt; // epoch seconds of the first point after the last level shift
};

struct GrowthOptions
{
    double stepFactor = 8.0;
    int minPoints = 3;
};

// times: epoch seconds, ascending; values the same length.
GrowthFit fitGrowth(const QVector<qint64> &times, const QVector<double> &values, const GrowthOptions &options = {});

// (capacity - current) / growth when growth > 0 and capacity > current, else nullopt (0 when full).
std::optional<double> daysUntilFull(double capacity, double current, double growthPerDay);

// PostgreSQL stops assigning XIDs 3 million before 2^31 (the wraparound limit with its margin).
constexpr qint64 xidWraparoundLimit = (qint64(1) << 31) - 3'000'000;
std::optional<double> daysUntilWraparound(qint64 xidAge, double xidsPerDay);

} // namespace pgs
