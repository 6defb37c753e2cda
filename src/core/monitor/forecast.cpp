// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/forecast.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pgs {

namespace {

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Index of the first point after a level shift inside [begin, end), or -1.
int findShift(const QVector<double> &values, int begin, int end, double stepFactor)
{
    if (end - begin < 3)
        return -1;
    QVector<double> absDiffs;
    double total = 0;
    int largest = -1;
    for (int i = begin + 1; i < end; ++i) {
        const double d = std::abs(values[i] - values[i - 1]);
        absDiffs.append(d);
        total += d;
        if (largest < 0 || d > std::abs(values[largest] - values[largest - 1]))
            largest = i;
    }
    const double step = std::abs(values[largest] - values[largest - 1]);
    const double typical = median(absDiffs);
    if (step > stepFactor * typical && step > total - step && step > 0)
        return largest;
    return -1;
}

} // namespace

GrowthFit fitGrowth(const QVector<qint64> &times, const QVector<double> &values, const GrowthOptions &options)
{
    GrowthFit fit;
    const int n = int(std::min(times.size(), values.size()));
    if (n < options.minPoints) {
        fit.reason = QCoreApplication::translate("pgs::Forecast", "Too few samples for a trend (%1, need %2).")
                         .arg(n)
                         .arg(options.minPoints);
        return fit;
    }
    fit.current = values[n - 1];
    // The last shift: look again in what follows each shift found.
    int begin = 0;
    for (int shift = findShift(values, begin, n, options.stepFactor); shift >= 0;
         shift = findShift(values, begin, n, options.stepFactor)) {
        begin = shift;
        fit.stepAt = times[shift];
    }
    const int m = n - begin;
    fit.pointsUsed = m;
    if (m < options.minPoints) {
        fit.reason = QCoreApplication::translate("pgs::Forecast",
                                                 "Too few samples since the last jump in size (%1, need %2).")
                         .arg(m)
                         .arg(options.minPoints);
        return fit;
    }
    // Days relative to the first point keep the sums well conditioned.
    const double t0 = double(times[begin]);
    double sx = 0, sy = 0;
    for (int i = begin; i < n; ++i) {
        sx += (times[i] - t0) / 86400.0;
        sy += values[i];
    }
    const double mx = sx / m, my = sy / m;
    double sxx = 0, sxy = 0, syy = 0;
    for (int i = begin; i < n; ++i) {
        const double dx = (times[i] - t0) / 86400.0 - mx, dy = values[i] - my;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if (sxx <= 0) {
        fit.reason = QCoreApplication::translate("pgs::Forecast", "All samples have the same time.");
        return fit;
    }
    fit.valid = true;
    fit.growthPerDay = sxy / sxx;
    // r^2 = 1 - SSres/SStot; SSres = syy - slope * sxy for a least-squares line.
    fit.r2 = syy > 0 ? std::clamp(1.0 - (syy - fit.growthPerDay * sxy) / syy, 0.0, 1.0) : 1.0;
    return fit;
}

std::optional<double> daysUntilFull(double capacity, double current, double growthPerDay)
{
    if (capacity <= 0)
        return std::nullopt;
    if (current >= capacity)
        return 0.0;
    if (!(growthPerDay > 0))
        return std::nullopt;
    return (capacity - current) / growthPerDay;
}

std::optional<double> daysUntilWraparound(qint64 xidAge, double xidsPerDay)
{
    if (xidAge >= xidWraparoundLimit)
        return 0.0;
    if (!(xidsPerDay > 0))
        return std::nullopt;
    return (xidWraparoundLimit - xidAge) / xidsPerDay;
}

} // namespace pgs
