// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/capacityreview.h"

#include <QList>
#include <QString>

namespace pgs {

// A chart of the report: an <img> source (a data: URI for a standalone HTML file, a resource
// name for a QTextDocument rendered to PDF) or inline SVG markup.
struct ReportChart
{
    QString title;
    QString imageSource; // used when svg is empty
    QString svg;
};

// The capacity review as one self-contained HTML page: header with server and date range, the
// findings, the summary, the charts, the database and table forecasts, and how they were made.
// Kept to the HTML subset QTextDocument renders, so the same page prints to PDF.
QString capacityReportHtml(const CapacityReview &review, const QList<ReportChart> &charts, const QDateTime &generatedAt);

// A plain SVG line chart of byte sizes over time (for reports written without a GUI), with the
// fitted growth line dashed when given.
QString svgSizeChart(const TimeSeries &series, int width, int height, const GrowthFit *fit = nullptr);

// The charts a report written without a GUI carries: all databases and the five largest, as SVG.
QList<ReportChart> svgReportCharts(const CapacityReview &review);

// "1.2 GB" (1024-based, as the GUI shows sizes).
QString reportBytes(double bytes);

} // namespace pgs
