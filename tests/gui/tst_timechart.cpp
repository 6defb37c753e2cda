// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timechartview.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgs;

class TstTimeChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aYearDrawsDownsampled()
    {
        TimeChartView view(QStringLiteral("size"), ValueUnit::Bytes);
        view.resize(800, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<QPointF> pts;
        const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 525'600; ++i)
            pts.append({double(start + qint64(i) * 60'000), double(1'000'000'000LL + qint64(i) * 1000)});
        view.setSeries(QStringLiteral("demo"), pts);
        QCOMPARE(view.points(QStringLiteral("demo")).size(), 525'600);
        const int drawn = view.drawnPointCount(QStringLiteral("demo"));
        QVERIFY2(drawn >= 100 && drawn <= 2 * view.width(), qPrintable(QString::number(drawn)));
        // The byte axis is scaled to a readable unit.
        const auto axes = view.chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        QCOMPARE(axes.first()->titleText(), QStringLiteral("GB"));

        // A fixed range shows only its part, still at full resolution when small.
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(start + 3600'000LL);
        view.setTimeRange(from, from.addSecs(3600));
        QCOMPARE(view.drawnPointCount(QStringLiteral("demo")), 61);
    }

    void hoverShowsNearestValues()
    {
        TimeChartView view(QStringLiteral("tps"), ValueUnit::PerSecond);
        view.setSeries(QStringLiteral("commits"), {{1000, 5}, {2000, 7.5}, {3000, 9}});
        view.setSeries(QStringLiteral("rollbacks"), {{1000, 0}, {3000, 1}});
        const QString text = view.hoverText(1900);
        QVERIFY2(text.contains(QStringLiteral("commits: ") + TimeChartView::formatValue(7.5, ValueUnit::PerSecond)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("rollbacks: ") + TimeChartView::formatValue(0, ValueUnit::PerSecond)),
                 qPrintable(text));
        QVERIFY(TimeChartView::formatValue(2.0 * 1024 * 1024 * 1024, ValueUnit::Bytes).contains(QStringLiteral("GB")));
    }

    // A sampler paused for an hour: the line breaks there instead of bridging the hour.
    void gapsBreakTheLine()
    {
        TimeChartView view(QStringLiteral("gaps"), ValueUnit::PerSecond);
        view.resize(800, 300);
        view.show(); // legend markers are only visible in a shown chart
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<QPointF> pts;
        for (int i = 0; i < 40; ++i)
            pts.append({i * 5000.0, 10});
        for (int i = 0; i < 40; ++i)
            pts.append({3'900'000 + i * 5000.0, 20});
        view.setSeries(QStringLiteral("tps"), pts);
        view.setSeries(QStringLiteral("other"), pts.mid(0, 40));
        QCOMPARE(view.chart()->series().size(), 3); // two segments of tps, one of other
        QCOMPARE(view.drawnPointCount(QStringLiteral("tps")), 80);
        QCOMPARE(view.chart()->legend()->markers().size(), 3);
        QTest::qWait(50); // the legend lays its markers out from the event loop
        int visibleMarkers = 0;
        for (QLegendMarker *m : view.chart()->legend()->markers())
            visibleMarkers += m->isVisible() ? 1 : 0;
        QCOMPARE(visibleMarkers, 2); // one entry per name
        view.setSeries(QStringLiteral("tps"), pts.mid(0, 40)); // the gap is gone again
        QCOMPARE(view.chart()->series().size(), 2);
        view.removeSeries(QStringLiteral("other"));
        // A million per second reads as "per second, millions" on the axis, not 1e+06.
        view.setSeries(QStringLiteral("tps"), {{0, 2e6}, {5000, 3e6}});
        QCOMPARE(view.chart()->axes(Qt::Vertical).first()->titleText(), QStringLiteral("per second, millions"));
    }

    void liveWindowDropsOldPoints()
    {
        TimeChartView view(QStringLiteral("live"), ValueUnit::Count);
        for (int i = 0; i < 100; ++i)
            view.appendPoint(QStringLiteral("s"), QPointF(i * 1000.0, i), 10'000);
        const QList<QPointF> kept = view.points(QStringLiteral("s"));
        QCOMPARE(kept.size(), 11);
        QCOMPARE(kept.first().x(), 89'000.0);
        view.removeSeries(QStringLiteral("s"));
        QVERIFY(view.seriesNames().isEmpty());
    }

    void batchedChangesDrawOnce()
    {
        TimeChartView view(QStringLiteral("batch"), ValueUnit::Count);
        view.setSeries(QStringLiteral("a"), {{0, 1}, {1000, 2}});
        QCOMPARE(view.drawnPointCount(QStringLiteral("a")), 2);
        view.beginUpdate();
        view.beginUpdate();
        view.appendPoint(QStringLiteral("a"), QPointF(2000, 3), 60'000);
        view.setTimeRange(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), QDateTime::fromMSecsSinceEpoch(5000, Qt::UTC));
        QCOMPARE(view.points(QStringLiteral("a")).size(), 3); // kept at once
        QCOMPARE(view.drawnPointCount(QStringLiteral("a")), 2); // drawn at the last endUpdate()
        view.endUpdate();
        QCOMPARE(view.drawnPointCount(QStringLiteral("a")), 2);
        view.endUpdate();
        QCOMPARE(view.drawnPointCount(QStringLiteral("a")), 3);
        view.endUpdate(); // unbalanced: ignored
        view.appendPoint(QStringLiteral("a"), QPointF(3000, 4), 60'000);
        QCOMPARE(view.drawnPointCount(QStringLiteral("a")), 4);
    }

    void exportsCsvAndPng()
    {
        QTemporaryDir dir;
        TimeChartView view(QStringLiteral("export"), ValueUnit::Milliseconds);
        view.resize(600, 300);
        view.setSeries(QStringLiteral("mean, ms"), {{0, 1.5}, {60'000, 2.5}});
        view.setSeries(QStringLiteral("p"), {{60'000, 3}});
        const QString csv = view.toCsv();
        QCOMPARE(csv, QStringLiteral("time,\"mean, ms\",p\n1970-01-01T00:00:00Z,1.5,\n1970-01-01T00:01:00Z,2.5,3\n"));
        QString error;
        QVERIFY(view.exportCsv(dir.filePath(QStringLiteral("a.csv")), &error));
        const QString png = dir.filePath(QStringLiteral("a.png"));
        QVERIFY2(view.exportPng(png, &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(600, 300));
        // Something was drawn: not a blank white image.
        int nonWhite = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                nonWhite += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        QVERIFY(nonWhite > 100);
        // A folder that cannot be made (a file stands where it would go): an error, nothing written.
        // (A missing folder is made, as for every file we write.)
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        error.clear();
        QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("blocker/a.png")), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("blocker/a.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TstTimeChart)
#include "tst_timechart.moc"
