// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The WAL generation rate from history samples or two readings: never a rate from one position.
#include "replication/walrate.h"

#include <QTest>

using namespace pgs;

class TestWalRate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rateFromHistory()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'000'000, Qt::UTC);
        TimeSeries s;
        s.times = {1'000'000 - 120, 1'000'000 - 60, 1'000'000 - 10};
        s.values = {1e6, 4e6, 12e6};
        const WalRate r = walRateFromSeries(s, now);
        QCOMPARE(r.source, WalRate::Source::History);
        QCOMPARE(r.samples, 3);
        QCOMPARE(r.seconds, 110.0);
        QCOMPARE(*r.bytesPerSecond, 11e6 / 110.0);
        QCOMPARE(r.toJson().value(QStringLiteral("source")).toString(), QStringLiteral("history"));
    }
    void oneSampleIsNoRate()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'000'000, Qt::UTC);
        TimeSeries s;
        s.times = {1'000'000 - 30};
        s.values = {5e6};
        const WalRate r = walRateFromSeries(s, now);
        QCOMPARE(r.source, WalRate::Source::None);
        QVERIFY(!r.bytesPerSecond);
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(r.toJson().value(QStringLiteral("bytes_per_second")).isNull());
        QVERIFY(!walRateFromSeries({}, now).bytesPerSecond);
    }
    void staleHistoryIsNoRate()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'000'000, Qt::UTC);
        TimeSeries s;
        s.times = {1'000'000 - 3000, 1'000'000 - 2000};
        s.values = {1e6, 2e6};
        QVERIFY(!walRateFromSeries(s, now).bytesPerSecond);
    }
    void positionGoingBackStartsANewRun()
    {
        // The profile was pointed at another server: only the samples after the jump count.
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'000'000, Qt::UTC);
        TimeSeries s;
        s.times = {1'000'000 - 300, 1'000'000 - 200, 1'000'000 - 100, 1'000'000 - 50};
        s.values = {9e9, 9.5e9, 1e6, 2e6};
        const WalRate r = walRateFromSeries(s, now);
        QCOMPARE(r.samples, 2);
        QCOMPARE(*r.bytesPerSecond, 1e6 / 50.0);
        // A jump right before the last point leaves a single sample: no rate.
        s.values = {9e9, 9.5e9, 9.6e9, 1e6};
        QVERIFY(!walRateFromSeries(s, now).bytesPerSecond);
    }
    void twoReadings()
    {
        const WalRate r = walRateBetween(1000, 10.0, 3000, 12.0);
        QCOMPARE(r.source, WalRate::Source::Measured);
        QCOMPARE(*r.bytesPerSecond, 1000.0);
        QVERIFY(r.describe().contains(QStringLiteral("measured")));
        QVERIFY(!walRateBetween(1000, 10.0, 3000, 10.0).bytesPerSecond);
        QVERIFY(!walRateBetween(3000, 10.0, 1000, 12.0).bytesPerSecond);
    }
};

QTEST_GUILESS_MAIN(TestWalRate)
#include "tst_walrate.moc"
