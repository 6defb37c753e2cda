// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/capacityreview.h"

#include <QImage>
#include <QList>
#include <QString>

namespace pgs {

// One chart image of the report, drawn by TimeChartView so the report looks like the screen.
struct CapacityChartImage
{
    QString title;
    QImage image;
};

// All databases with their trend, then the five largest databases, at print resolution.
QList<CapacityChartImage> capacityChartImages(const CapacityReview &review);

// The report written to path: a standalone HTML page (images inlined) or an A4 PDF. Returns a
// translated error message, empty on success.
QString writeCapacityHtml(const CapacityReview &review, const QList<CapacityChartImage> &charts, const QString &path);
QString writeCapacityPdf(const CapacityReview &review, const QList<CapacityChartImage> &charts, const QString &path);

// The trend of a fitted series drawn ahead of its last point, for the chart: (ms, value) points.
QList<QPointF> trendPoints(const GrowthFit &fit, qint64 lastTime, qint64 aheadSeconds);
QList<QPointF> chartPoints(const TimeSeries &series);

} // namespace pgs
