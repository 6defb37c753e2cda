// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/capacity/capacityexport.h"

#include "charts/timechartview.h"
#include "monitor/capacityreport.h"
#include "report/pdfdocument.h"
#include "util/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::CapacityExport)
};

constexpr QSize kChartSize(680, 260); // the report's width; drawn at twice the pixels

QImage chartImage(const QString &title, const TimeSeries &history, const GrowthFit &fit, qint64 aheadSeconds)
{
    TimeChartView chart(title, ValueUnit::Bytes);
    chart.setEmptyText(Tr::tr("Not enough history yet"));
    chart.setSeries(Tr::tr("Size"), chartPoints(history));
    if (fit.valid && !history.times.isEmpty())
        chart.setSeries(Tr::tr("Trend"), trendPoints(fit, history.times.last(), aheadSeconds));
    return chart.renderImage(kChartSize, 2.0);
}

} // namespace

QList<QPointF> chartPoints(const TimeSeries &series)
{
    QList<QPointF> points;
    points.reserve(series.times.size());
    for (int i = 0; i < series.times.size(); ++i)
        points.append({double(series.times[i]) * 1000, series.values[i]});
    return points;
}

QList<QPointF> trendPoints(const GrowthFit &fit, qint64 lastTime, qint64 aheadSeconds)
{
    if (!fit.valid)
        return {};
    const qint64 start = fit.stepAt ? *fit.stepAt : lastTime;
    const double perSecond = fit.growthPerDay / 86400.0;
    const double startValue = fit.current - perSecond * double(lastTime - start);
    return {{double(start) * 1000, startValue},
            {double(lastTime + aheadSeconds) * 1000, fit.current + perSecond * double(aheadSeconds)}};
}

QList<CapacityChartImage> capacityChartImages(const CapacityReview &review)
{
    // The trend is drawn a quarter of the window ahead: far enough to see, near enough to trust.
    const qint64 ahead = qint64(review.options.windowDays) * 86400 / 4;
    QList<CapacityChartImage> images;
    images.append({Tr::tr("All databases"), chartImage(Tr::tr("All databases"), review.totalHistory, review.totalFit, ahead)});
    QList<CapacityItem> largest = review.databases;
    std::sort(largest.begin(), largest.end(), [](const CapacityItem &a, const CapacityItem &b) { return a.sizeBytes > b.sizeBytes; });
    for (const CapacityItem &item : largest.mid(0, 5)) {
        const QString title = Tr::tr("Database %1").arg(item.name);
        images.append({title, chartImage(title, item.history, item.fit, ahead)});
    }
    return images;
}

QString writeCapacityHtml(const CapacityReview &review, const QList<CapacityChartImage> &charts, const QString &path)
{
    QList<ReportChart> inlined;
    for (const CapacityChartImage &chart : charts) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart.image.save(&buffer, "PNG");
        inlined.append({chart.title, QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()), QString()});
    }
    const QString html = capacityReportHtml(review, inlined, QDateTime::currentDateTimeUtc());
    if (Status st = writeFileAtomically(path, html.toUtf8(), kPrivateFile, Tr::tr("the report")); !st)
        return st.error().message;
    return {};
}

QString writeCapacityPdf(const CapacityReview &review, const QList<CapacityChartImage> &charts, const QString &path)
{
    QList<PdfImage> images;
    QList<ReportChart> named;
    for (int i = 0; i < charts.size(); ++i) {
        const QString name = QStringLiteral("chart-%1.png").arg(i);
        images.append({name, charts[i].image});
        named.append({charts[i].title, name, QString()});
    }
    return writeHtmlPdf(capacityReportHtml(review, named, QDateTime::currentDateTimeUtc()), images,
                        Tr::tr("Capacity review: %1").arg(review.server), path);
}

} // namespace pgs
