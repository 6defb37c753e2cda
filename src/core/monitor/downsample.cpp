// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/downsample.h"

#include <cmath>

namespace pgs {

QList<QPointF> downsampleLttb(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    if (threshold < 3 || n <= threshold)
        return points;
    QList<QPointF> out;
    out.reserve(threshold);
    out.append(points.first());
    // The middle points fall into threshold - 2 buckets of equal count.
    const double bucket = double(n - 2) / (threshold - 2);
    qsizetype chosen = 0;
    for (int i = 0; i < threshold - 2; ++i) {
        // The average of the next bucket is the third corner of the triangle.
        const qsizetype nextStart = qsizetype(std::floor((i + 1) * bucket)) + 1;
        const qsizetype nextEnd = std::min<qsizetype>(qsizetype(std::floor((i + 2) * bucket)) + 1, n);
        double avgX = 0, avgY = 0;
        for (qsizetype j = nextStart; j < nextEnd; ++j) {
            avgX += points[j].x();
            avgY += points[j].y();
        }
        const qsizetype nextCount = std::max<qsizetype>(nextEnd - nextStart, 1);
        if (nextEnd <= nextStart) { // the last bucket: the last point is the corner
            avgX = points.last().x();
            avgY = points.last().y();
        } else {
            avgX /= nextCount;
            avgY /= nextCount;
        }
        const qsizetype start = qsizetype(std::floor(i * bucket)) + 1;
        const qsizetype end = std::min<qsizetype>(qsizetype(std::floor((i + 1) * bucket)) + 1, n - 1);
        const QPointF a = points[chosen];
        double bestArea = -1;
        qsizetype best = start;
        for (qsizetype j = start; j < end; ++j) {
            const double area = std::abs((a.x() - avgX) * (points[j].y() - a.y()) - (a.x() - points[j].x()) * (avgY - a.y()));
            if (area > bestArea) {
                bestArea = area;
                best = j;
            }
        }
        out.append(points[best]);
        chosen = best;
    }
    out.append(points.last());
    return out;
}

} // namespace pgs
