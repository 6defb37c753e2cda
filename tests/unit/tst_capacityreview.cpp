// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/capacityreport.h"
#include "monitor/capacityreview.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

// The capacity review over 30 days of hourly synthetic samples in a real SQLite history: two
// databases, one growing 1 GB a day, one flat after a VACUUM FULL; two tables; the XID counter.
class TstCapacityReview : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 start = 1'780'000'000;
    static constexpr qint64 hour = 3600;
    static constexpr qint64 gb = 1'000'000'000;
    QTemporaryDir m_dir;

    static MetricSample sampleAt(int h)
    {
        MetricSample s;
        s.takenAt = QDateTime::fromSecsSinceEpoch(start + h * hour, Qt::UTC);
        s.currentDatabase = QStringLiteral("app");
        s.nextXid = 10'000 + qint64(h) * 1'000'000 / 24; // a million XIDs a day
        s.xidAgeMax = xidWraparoundLimit - 40'000'000;      // 40 days before wraparound at that rate
        DatabaseCounters app;
        app.datid = 1;
        app.name = QStringLiteral("app");
        app.sizeBytes = 50 * gb + qint64(h) * gb / 24;
        DatabaseCounters archive;
        archive.datid = 2;
        archive.name = QStringLiteral("archive");
        // 20 GB, then a VACUUM FULL at day 20 takes it to 5 GB where it stays.
        archive.sizeBytes = h < 20 * 24 ? 20 * gb : 5 * gb;
        DatabaseCounters tmpl;
        tmpl.datid = 3;
        tmpl.name = QStringLiteral("template1");
        tmpl.isTemplate = true;
        tmpl.sizeBytes = 8'000'000;
        s.databases = {app, archive, tmpl};
        // orders is a day old and grows 900 MB a day (90 %/day of its size: an alert), users is flat.
        if (h >= 29 * 24)
            s.tables.append({QStringLiteral("public"), QStringLiteral("orders"),
                             100'000'000 + qint64(h - 29 * 24) * 900'000'000 / 24, 0, 0, 0});
        s.tables.append({QStringLiteral("public"), QStringLiteral("users"), 300'000'000, 0, 0, 0});
        // tiny is a day old too and grows 92 %/day, from 16 kB to 212 kB: below the size floor.
        if (h >= 29 * 24)
            s.tables.append({QStringLiteral("public"), QStringLiteral("tiny"), 16'384 + qint64(h - 29 * 24) * 8192, 0, 0, 0});
        return s;
    }

private Q_SLOTS:
    void review()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(store.open().ok());
        const int hours = 30 * 24;
        for (int h = 0; h < hours; ++h)
            QVERIFY(store.append(QStringLiteral("p"), sampleAt(h), std::nullopt).ok());
        CapacityReviewOptions options;
        options.windowDays = 30;
        options.capacityBytes = 200 * gb;
        auto review = buildCapacityReview(store, QStringLiteral("p"), sampleAt(hours), options);
        QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().message));

        QCOMPARE(review->databases.size(), 2); // no template
        const CapacityItem &app = review->databases[0];
        QCOMPARE(app.name, QStringLiteral("app"));
        QVERIFY(app.fit.valid);
        QVERIFY(qAbs(*app.growthPerDay() - double(gb)) < 1e6);
        QVERIFY(app.fit.r2 > 0.999);
        const double appSize = double(50 * gb + qint64(hours) * gb / 24);
        QVERIFY(qAbs(*app.daysUntilFull - (200 * gb - appSize) / double(gb)) < 0.01);

        // The VACUUM FULL is a level shift: flat after it, not a 15 GB/day shrink.
        const CapacityItem &archive = review->databases[1];
        QVERIFY(archive.fit.valid);
        QVERIFY2(qAbs(*archive.growthPerDay()) < 1e3, qPrintable(QString::number(*archive.growthPerDay())));
        QVERIFY(archive.fit.stepAt.has_value());
        QVERIFY(!archive.daysUntilFull.has_value()); // not growing: never full

        QVERIFY(review->totalGrowthPerDay);
        QVERIFY(qAbs(*review->totalGrowthPerDay - double(gb)) < 1e6);
        QVERIFY(qAbs(*review->totalDaysUntilFull - (200 * gb - appSize - 5 * gb) / double(gb)) < 0.01);
        QCOMPARE(review->totalHistory.times.size(), hours + 1);
        QCOMPARE(review->totalHistory.values.last(), appSize + double(5 * gb));

        QVERIFY(!review->collecting());
        QVERIFY(review->collectingText().isEmpty());
        QVERIFY(review->totalFit.valid);
        QCOMPARE(review->tables.size(), 3);
        QCOMPARE(review->tables[0].name, QStringLiteral("public.orders"));
        // A tiny table growing fast: its %/day is shown, but it is no finding.
        const CapacityItem &tiny = review->tables[2];
        QCOMPARE(tiny.name, QStringLiteral("public.tiny"));
        QVERIFY2(tiny.growthPercentPerDay() && *tiny.growthPercentPerDay() > 50,
                 qPrintable(QString::number(tiny.growthPercentPerDay().value_or(-1))));
        QVERIFY(!review->growthAlert(tiny));
        QVERIFY(review->growthAlert(review->tables[0]));
        QVERIFY(qAbs(*review->tables[0].growthPerDay() - 9e8) < 1e6);
        QVERIFY(!review->tables[0].daysUntilFull);

        QVERIFY(review->xidsPerDay);
        QVERIFY(qAbs(*review->xidsPerDay - 1e6) < 1e3);
        const double expectedWrap = double(xidWraparoundLimit - review->xidAge) / 1e6;
        QVERIFY(qAbs(*review->daysUntilWraparound - expectedWrap) < 0.1);
        QVERIFY(qAbs(*review->daysUntilWraparound - 40) < 0.1);

        const QStringList warnings = review->warnings();
        QVERIFY2(warnings.size() == 2, qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("wraparound")));
        QVERIFY(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("public.orders")));
        QVERIFY(!warnings.join(QLatin1Char(' ')).contains(QStringLiteral("public.tiny")));

        const QJsonObject json = review->toJson();
        QCOMPARE(json.value(QStringLiteral("databases")).toArray().size(), 2);
        const QJsonObject first = json.value(QStringLiteral("databases")).toArray().first().toObject();
        for (const char *field : {"name", "size_bytes", "growth_bytes_per_day", "days_until_full", "r2"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(json.value(QStringLiteral("capacity_bytes")).toDouble(), double(200 * gb));

        review->server = QStringLiteral("prod <main>");
        const QList<ReportChart> charts = svgReportCharts(*review);
        QCOMPARE(charts.size(), 3); // all databases, app, archive
        QVERIFY(!capacityReportHtml(*review, charts, QDateTime::currentDateTimeUtc()).contains(QStringLiteral("Collecting history")));
        const QString html = capacityReportHtml(*review, charts, QDateTime::currentDateTimeUtc());
        QVERIFY(html.contains(QStringLiteral("prod &lt;main&gt;"))); // escaped
        QVERIFY(!html.contains(QStringLiteral("prod <main>")));
        QCOMPARE(html.count(QStringLiteral("<svg")), 3);
        QVERIFY(html.contains(QStringLiteral("stroke-dasharray"))); // the fitted line
        for (const QString &w : warnings)
            QVERIFY(html.contains(w.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("public.orders")));
        QVERIFY(html.contains(reportBytes(double(200 * gb))));
        // A year of minutes stays a small file: the path is thinned to the chart's width.
        TimeSeries year;
        for (int i = 0; i < 525'600; ++i) {
            year.times.append(start + qint64(i) * 60);
            year.values.append(double(gb + qint64(i) * 1000));
        }
        QVERIFY(svgSizeChart(year, 680, 200).size() < 40'000);
        QVERIFY(svgSizeChart(TimeSeries{}, 680, 200).contains(QStringLiteral("Not enough history")));
        if (qEnvironmentVariableIsSet("PGSTEWARD_KEEP_REPORT")) {
            QFile f(qEnvironmentVariable("PGSTEWARD_KEEP_REPORT"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(html.toUtf8());
        }
    }

    // Issue 9: three samples over a minute gave "grows 1765 % per day" with r² 0.997. No growth,
    // no %/day, no days until full and no warning until 24 hours and 12 samples; a note says
    // what has been collected and when forecasts begin.
    void threeSamplesOverAMinute()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(store.open().ok());
        auto fast = [](int i) {
            MetricSample s = sampleAt(0);
            s.takenAt = QDateTime::fromSecsSinceEpoch(start + i * 30, Qt::UTC);
            s.nextXid = 10'000 + i * 50'000;
            for (DatabaseCounters &d : s.databases)
                if (d.sizeBytes)
                    d.sizeBytes = *d.sizeBytes + i * gb / 100; // 10 MB per 30 s: 28 GB/day if believed
            for (TableSize &t : s.tables)
                t.totalBytes += i * 5'000'000;
            return s;
        };
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.append(QStringLiteral("p"), fast(i), std::nullopt).ok());
        CapacityReviewOptions options;
        options.capacityBytes = 60 * gb;
        auto review = buildCapacityReview(store, QStringLiteral("p"), fast(3), options);
        QVERIFY(review.ok());

        QVERIFY(review->collecting());
        QCOMPARE(review->coverage.samples, 3);
        QCOMPARE(review->coverage.spanSeconds, 90);
        QVERIFY(review->coverage.expectedFrom);
        QCOMPARE(review->coverage.expectedFrom->toSecsSinceEpoch(), start + 24 * hour);
        for (const CapacityItem &item : review->databases + review->tables) {
            QVERIFY2(!item.fit.valid && !item.growthPerDay() && !item.growthPercentPerDay() && !item.daysUntilFull,
                     qPrintable(item.name));
            QVERIFY2(item.fit.reason.contains(QStringLiteral("Collecting history: 3 of 12 samples")), qPrintable(item.fit.reason));
        }
        QVERIFY(!review->totalGrowthPerDay && !review->totalDaysUntilFull);
        QVERIFY(!review->totalFit.valid);
        QVERIFY(!review->xidsPerDay && !review->daysUntilWraparound);
        QVERIFY2(review->warnings().isEmpty(), qPrintable(review->warnings().join(QLatin1Char('\n'))));
        QVERIFY(review->collectingText().contains(QStringLiteral("Forecasts from about")));

        const QJsonObject json = review->toJson();
        QCOMPARE(json.value(QStringLiteral("collecting")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("forecasts_from")).toString(),
                 QDateTime::fromSecsSinceEpoch(start + 24 * hour, Qt::UTC).toString(Qt::ISODate));
        for (const QJsonValue &db : json.value(QStringLiteral("databases")).toArray()) {
            QVERIFY(db[QStringLiteral("growth_bytes_per_day")].isNull());
            QVERIFY(db[QStringLiteral("days_until_full")].isNull());
            QVERIFY(db[QStringLiteral("note")].toString().contains(QStringLiteral("Collecting history")));
            QCOMPARE(db[QStringLiteral("history_samples")].toInt(), 3);
        }
        QVERIFY(json[QStringLiteral("total")][QStringLiteral("growth_bytes_per_day")].isNull());
        QVERIFY(!json[QStringLiteral("total")][QStringLiteral("note")].toString().isEmpty());
        const QString html = capacityReportHtml(*review, svgReportCharts(*review), QDateTime::currentDateTimeUtc());
        QVERIFY(html.contains(review->collectingText().toHtmlEscaped()));
        QVERIFY(!html.contains(QStringLiteral("stroke-dasharray"))); // no trend line
        QVERIFY(!html.contains(QStringLiteral("% per day")));

        // The bar is a setting: lowered, the same history forecasts.
        options.minHistoryHours = 0;
        options.minSamples = 3;
        auto lowered = buildCapacityReview(store, QStringLiteral("p"), fast(3), options);
        QVERIFY(lowered.ok());
        QVERIFY(!lowered->collecting());
        QVERIFY(lowered->databases[0].growthPerDay());
        QVERIFY(lowered->xidsPerDay);
    }

    // Too few samples over a long span: forecasts begin when the pace of sampling brings the
    // twelfth one, not when the span is reached.
    void sparseSamplesWaitForTheCount()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("sparse.sqlite")));
        QVERIFY(store.open().ok());
        for (int day = 0; day < 4; ++day)
            QVERIFY(store.append(QStringLiteral("p"), sampleAt(day * 24), std::nullopt).ok());
        CapacityReviewOptions options;
        options.capacityBytes = 200 * gb;
        auto review = buildCapacityReview(store, QStringLiteral("p"), sampleAt(4 * 24), options);
        QVERIFY(review.ok());
        QVERIFY(review->collecting());
        QCOMPARE(review->coverage.samples, 4);
        QVERIFY(review->coverage.expectedFrom);
        QCOMPARE(review->coverage.expectedFrom->toSecsSinceEpoch(), start + 3 * 24 * hour + 8 * 24 * hour);
    }

    void growthAlertFloor()
    {
        CapacityReviewOptions options;
        QCOMPARE(options.alertGrowthFloorBytes(), 100LL * 1024 * 1024);
        options.capacityBytes = 2 * gb; // a small volume: 1 % of it
        QCOMPARE(options.alertGrowthFloorBytes(), 20'000'000LL);
        options.capacityBytes = 1000 * gb;
        QCOMPARE(options.alertGrowthFloorBytes(), 100LL * 1024 * 1024);
    }

    void shortWindowAndNoCapacity()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(store.open().ok());
        CapacityReviewOptions options; // no capacity
        auto review = buildCapacityReview(store, QStringLiteral("p"), sampleAt(0), options);
        QVERIFY(review.ok());
        // Only the live point: no growth figure, said why.
        QCOMPARE(review->databases.size(), 2);
        QVERIFY(!review->databases[0].fit.valid);
        QVERIFY(review->databases[0].fit.reason.contains(QStringLiteral("Collecting history: 0 of 12 samples")));
        QVERIFY(review->collecting());
        QVERIFY(!review->totalGrowthPerDay);
        QVERIFY(!review->xidsPerDay);
        QVERIFY(review->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("capacity")));
        const QJsonObject db = review->toJson().value(QStringLiteral("databases")).toArray().first().toObject();
        QVERIFY(db.value(QStringLiteral("days_until_full")).isNull());
        QVERIFY(db.value(QStringLiteral("growth_bytes_per_day")).isNull());
    }
};

QTEST_GUILESS_MAIN(TstCapacityReview)
#include "tst_capacityreview.moc"
