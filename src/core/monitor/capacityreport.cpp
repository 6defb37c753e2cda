// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/capacityreport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::CapacityReport)
};

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString days(const std::optional<double> &d)
{
    if (!d)
        return Tr::tr("n/a");
    if (*d > 3650)
        return Tr::tr("more than 10 years");
    return Tr::tr("%1 days").arg(QLocale().toString(*d, 'f', 0));
}

QString growth(const std::optional<double> &perDay)
{
    if (!perDay)
        return Tr::tr("n/a");
    return (*perDay < 0 ? QStringLiteral("−") : QString()) + reportBytes(std::abs(*perDay)) + Tr::tr("/day");
}

QString itemRows(const CapacityReview &review, const QList<CapacityItem> &items, bool withDays)
{
    QString rows;
    for (const CapacityItem &item : items) {
        const auto pct = item.growthPercentPerDay();
        const bool alert = review.growthAlert(item);
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td><td align=\"right\">%5</td>")
                    .arg(esc(item.name), reportBytes(double(item.sizeBytes)), growth(item.growthPerDay()),
                         pct ? (alert ? QStringLiteral("<b style=\"color:#b00020\">%1 %</b>") : QStringLiteral("%1 %"))
                                   .arg(QLocale().toString(*pct, 'f', 2))
                             : Tr::tr("n/a"),
                         item.fit.valid ? QLocale().toString(item.fit.r2, 'f', 3) : QString());
        if (withDays)
            rows += QStringLiteral("<td align=\"right\">%1</td>").arg(days(item.daysUntilFull));
        QString note = item.fit.valid ? QString() : item.fit.reason;
        if (item.fit.valid && item.fit.stepAt)
            note = Tr::tr("fitted since %1 (a jump in size before)")
                       .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*item.fit.stepAt), QLocale::ShortFormat));
        rows += QStringLiteral("<td>%1</td></tr>\n").arg(esc(note));
    }
    return rows;
}

QString itemTable(const CapacityReview &review, const QString &caption, const QList<CapacityItem> &items, bool withDays)
{
    QString head = QStringLiteral("<tr bgcolor=\"#e8edf3\"><th align=\"left\">%1</th><th align=\"right\">%2</th>"
                                  "<th align=\"right\">%3</th><th align=\"right\">%4</th><th align=\"right\">%5</th>")
                       .arg(esc(caption), Tr::tr("Size"), Tr::tr("Growth"), Tr::tr("Growth %/day"), Tr::tr("r²"));
    if (withDays)
        head += QStringLiteral("<th align=\"right\">%1</th>").arg(Tr::tr("Days until full (alone)"));
    head += QStringLiteral("<th align=\"left\">%1</th></tr>\n").arg(Tr::tr("Note"));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                          "style=\"border-color:#c8d0da; border-collapse:collapse\">\n")
           + head + itemRows(review, items, withDays) + QStringLiteral("</table>\n");
}

} // namespace

QString reportBytes(double bytes)
{
    return QLocale().formattedDataSize(qRound64(bytes), bytes < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

QString capacityReportHtml(const CapacityReview &r, const QList<ReportChart> &charts, const QDateTime &generatedAt)
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                           "<style>body { font-family: sans-serif; font-size: 10pt; color: #1d2733; }"
                           " h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 13pt; margin-top: 16pt; }"
                           " .muted { color: #5b6673; } td, th { font-size: 9pt; }"
                           " table { border-collapse: collapse; } th, td { border: 1px solid #c8d0da; }"
                           " img, svg { max-width: 100%; }</style></head><body>\n")
                .arg(esc(Tr::tr("Capacity review: %1").arg(r.server)));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(Tr::tr("Capacity review: %1").arg(r.server)));
    html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                .arg(esc(Tr::tr("From %1 to %2 (%3 days of history), generated %4 by pgsteward.")
                             .arg(locale.toString(r.from.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(r.to.toLocalTime(), QLocale::ShortFormat))
                             .arg(r.options.windowDays)
                             .arg(locale.toString(generatedAt.toLocalTime(), QLocale::ShortFormat))));

    const QStringList warnings = r.warnings();
    html += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Findings"));
    if (r.collecting())
        html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                    .arg(esc(r.collectingText()),
                         esc(Tr::tr("Until then the report shows the sizes collected so far, without growth per day, "
                                    "days until full or the warnings about them.")));
    if (warnings.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("Nothing crosses an alert threshold.")));
    else {
        html += QStringLiteral("<ul>\n");
        for (const QString &w : warnings)
            html += QStringLiteral("<li><b style=\"color:#b00020\">%1</b></li>\n").arg(esc(w));
        html += QStringLiteral("</ul>\n");
    }

    html += QStringLiteral("<h2>%1</h2>\n<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n").arg(Tr::tr("Summary"));
    const QList<QPair<QString, QString>> summary{
        {Tr::tr("Volume capacity"), r.options.capacityBytes > 0 ? reportBytes(double(r.options.capacityBytes)) : Tr::tr("not set")},
        {Tr::tr("All databases"), reportBytes(r.totalBytes)},
        {Tr::tr("Growth of all databases"),
         r.collecting() && !r.totalGrowthPerDay ? Tr::tr("collecting history") : growth(r.totalGrowthPerDay)},
        {Tr::tr("Days until the volume is full"), days(r.totalDaysUntilFull)},
        {Tr::tr("Oldest transaction ID age"), locale.toString(r.xidAge)},
        {Tr::tr("Transaction IDs per day"), r.xidsPerDay ? locale.toString(*r.xidsPerDay, 'f', 0) : Tr::tr("n/a")},
        {Tr::tr("Days until wraparound"), days(r.daysUntilWraparound)},
    };
    for (const auto &[key, value] : summary)
        html += QStringLiteral("<tr><td bgcolor=\"#f3f5f8\">%1</td><td align=\"right\"><b>%2</b></td></tr>\n").arg(esc(key), esc(value));
    html += QStringLiteral("</table>\n");

    for (const ReportChart &chart : charts) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(chart.title));
        html += chart.svg.isEmpty() ? QStringLiteral("<p><img src=\"%1\" width=\"680\"></p>\n").arg(esc(chart.imageSource))
                                    : QStringLiteral("<p>%1</p>\n").arg(chart.svg);
    }

    html += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Databases"));
    html += itemTable(r, Tr::tr("Database"), r.databases, true);
    if (!r.tables.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Largest tables of %1").arg(r.database)));
        html += itemTable(r, Tr::tr("Table"), r.tables, false);
    }
    html += QStringLiteral("<h2>%1</h2>\n<p class=\"muted\">%2</p>\n")
                .arg(Tr::tr("Method"),
                     esc(Tr::tr("Growth per day is a least-squares line through the sizes of the window, fitted after "
                                "the last jump in size (a VACUUM FULL, a TRUNCATE, a dropped table) so that a one-off "
                                "step does not bend the trend; r² says how well a straight line describes the growth. "
                                "Days until full assume the growth goes on at that rate. Transaction IDs per day come "
                                "from the server's 64-bit transaction counter; wraparound is reached when the oldest "
                                "age gets to %1. No forecast is made from less than %2 hours or %3 samples of history, and "
                                "growth in percent per day is a finding only for items of at least %4.")
                             .arg(locale.toString(xidWraparoundLimit))
                             .arg(r.options.minHistoryHours)
                             .arg(r.options.minSamples)
                             .arg(reportBytes(double(r.options.alertGrowthFloorBytes())))));
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString svgSizeChart(const TimeSeries &series, int width, int height, const GrowthFit *fit)
{
    const int left = 70, right = 10, top = 10, bottom = 28;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"11\">"
                                 "<rect width=\"%1\" height=\"%2\" fill=\"white\"/>")
                      .arg(width)
                      .arg(height);
    if (series.times.size() < 2) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#5b6673\">%3</text></svg>")
                   .arg(width / 2)
                   .arg(height / 2)
                   .arg(esc(Tr::tr("Not enough history yet")));
        return svg;
    }
    const double t0 = double(series.times.first()), t1 = double(std::max(series.times.last(), series.times.first() + 1));
    double vmin = *std::min_element(series.values.begin(), series.values.end());
    double vmax = *std::max_element(series.values.begin(), series.values.end());
    vmin = std::min(0.0, vmin);
    if (vmax <= vmin)
        vmax = vmin + 1;
    vmax *= 1.05;
    const double pw = width - left - right, ph = height - top - bottom;
    auto x = [&](double t) { return left + (t - t0) / (t1 - t0) * pw; };
    auto y = [&](double v) { return top + ph - (v - vmin) / (vmax - vmin) * ph; };
    for (int i = 0; i <= 4; ++i) {
        const double v = vmin + (vmax - vmin) * i / 4;
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#e3e7ec\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\" fill=\"#5b6673\">%6</text>")
                   .arg(left).arg(width - right).arg(y(v), 0, 'f', 1).arg(left - 6).arg(y(v) + 4, 0, 'f', 1).arg(esc(reportBytes(v)));
    }
    for (double t : {t0, t1}) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" fill=\"#5b6673\">%4</text>")
                   .arg(x(t), 0, 'f', 1)
                   .arg(height - 8)
                   .arg(t == t0 ? QStringLiteral("start") : QStringLiteral("end"))
                   .arg(esc(QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(t)).date(), QLocale::ShortFormat)));
    }
    // At most ~2 points per pixel: a year of minutes would make a huge file otherwise.
    const int stride = std::max<int>(1, int(series.times.size() / (2 * pw)));
    QString path;
    for (int i = 0; i < series.times.size(); i += stride)
        path += QStringLiteral("%1%2,%3 ").arg(path.isEmpty() ? QStringLiteral("M") : QStringLiteral("L"))
                    .arg(x(double(series.times[i])), 0, 'f', 1).arg(y(series.values[i]), 0, 'f', 1);
    path += QStringLiteral("L%1,%2").arg(x(t1), 0, 'f', 1).arg(y(series.values.last()), 0, 'f', 1);
    svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"1.5\"/>").arg(path);
    if (fit && fit->valid) {
        const double fitStart = fit->stepAt ? double(*fit->stepAt) : t0;
        const double perSecond = fit->growthPerDay / 86400.0;
        const double a = fit->current - perSecond * (t1 - fitStart);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#d97706\" stroke-width=\"1.5\" "
                              "stroke-dasharray=\"6 4\"/>")
                   .arg(x(fitStart), 0, 'f', 1).arg(y(a), 0, 'f', 1).arg(x(t1), 0, 'f', 1).arg(y(fit->current), 0, 'f', 1);
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

QList<ReportChart> svgReportCharts(const CapacityReview &review)
{
    QList<ReportChart> charts;
    charts.append({Tr::tr("All databases"), QString(), svgSizeChart(review.totalHistory, 680, 240, &review.totalFit)});
    QList<CapacityItem> largest = review.databases;
    std::sort(largest.begin(), largest.end(), [](const CapacityItem &a, const CapacityItem &b) { return a.sizeBytes > b.sizeBytes; });
    for (const CapacityItem &item : largest.mid(0, 5))
        charts.append({Tr::tr("Database %1").arg(item.name), QString(), svgSizeChart(item.history, 680, 200, &item.fit)});
    return charts;
}

} // namespace pgs
