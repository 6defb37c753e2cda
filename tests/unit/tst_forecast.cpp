// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/forecast.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pgs;

// Growth fits over synthetic daily size series.
class TstForecast : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 day = 86400;
    static constexpr qint64 start = 1'780'000'000;

    static QVector<qint64> days(int n)
    {
        QVector<qint64> t;
        for (int i = 0; i < n; ++i)
            t.append(start + i * day);
        return t;
    }

private Q_SLOTS:
    void linear()
    {
        QVector<double> v;
        for (int i = 0; i < 30; ++i)
            v.append(1e9 + 5e6 * i);
        const GrowthFit fit = fitGrowth(days(30), v);
        QVERIFY(fit.valid);
        QVERIFY(qAbs(fit.growthPerDay - 5e6) < 1);
        QVERIFY(fit.r2 > 0.999999);
        QCOMPARE(fit.pointsUsed, 30);
        QVERIFY(!fit.stepAt);
        QCOMPARE(fit.current, 1e9 + 5e6 * 29);
        const auto full = daysUntilFull(2e9, fit.current, fit.growthPerDay);
        QVERIFY(full);
        QVERIFY(qAbs(*full - (2e9 - (1e9 + 5e6 * 29)) / 5e6) < 1e-6);
    }

    void noisyLinear()
    {
        QRandomGenerator rng(42);
        QVector<double> v;
        for (int i = 0; i < 200; ++i)
            v.append(1e9 + 5e6 * i + (rng.generateDouble() - 0.5) * 4e6); // +-2 MB noise
        const GrowthFit fit = fitGrowth(days(200), v);
        QVERIFY(fit.valid);
        QVERIFY2(qAbs(fit.growthPerDay - 5e6) < 0.05e6, qPrintable(QString::number(fit.growthPerDay)));
        QVERIFY(fit.r2 > 0.99 && fit.r2 < 1.0);
        QVERIFY2(!fit.stepAt, "noise taken for a level shift");
        QCOMPARE(fit.pointsUsed, 200);
    }

    void stepDownThenGrowth()
    {
        // 40 days of growth, VACUUM FULL halves the size, then 20 days of slower growth.
        QVector<double> v;
        for (int i = 0; i < 40; ++i)
            v.append(10e9 + 50e6 * i);
        for (int i = 0; i < 20; ++i)
            v.append(5e9 + 20e6 * i);
        const QVector<qint64> t = days(60);
        const GrowthFit fit = fitGrowth(t, v);
        QVERIFY(fit.valid);
        QVERIFY(fit.stepAt);
        QCOMPARE(*fit.stepAt, t[40]);
        QCOMPARE(fit.pointsUsed, 20);
        QVERIFY2(qAbs(fit.growthPerDay - 20e6) < 1, qPrintable(QString::number(fit.growthPerDay)));
        // A plain fit over everything would have claimed shrinking.
        GrowthOptions plain;
        plain.stepFactor = 1e300;
        QVERIFY(fitGrowth(t, v, plain).growthPerDay < 0);
    }

    void stepwiseGrowthIsNotAShift()
    {
        // Sizes that grow in chunks (a 16 MB extension every few days) are growth, not shifts.
        QVector<double> v;
        for (int i = 0; i < 60; ++i)
            v.append(1e9 + 16e6 * (i / 3));
        const GrowthFit fit = fitGrowth(days(60), v);
        QVERIFY(fit.valid);
        QVERIFY(!fit.stepAt);
        QVERIFY(qAbs(fit.growthPerDay - 16e6 / 3) < 0.2e6);
    }

    void flat()
    {
        const GrowthFit fit = fitGrowth(days(10), QVector<double>(10, 7e9));
        QVERIFY(fit.valid);
        QCOMPARE(fit.growthPerDay, 0.0);
        QCOMPARE(fit.r2, 1.0);
        QVERIFY(!daysUntilFull(10e9, fit.current, fit.growthPerDay));
    }

    void shrinking()
    {
        QVector<double> v;
        for (int i = 0; i < 20; ++i)
            v.append(5e9 - 1e6 * i);
        const GrowthFit fit = fitGrowth(days(20), v);
        QVERIFY(fit.valid);
        QVERIFY(qAbs(fit.growthPerDay + 1e6) < 1);
        QVERIFY(!daysUntilFull(10e9, fit.current, fit.growthPerDay));
    }

    void tooFewPoints()
    {
        const GrowthFit none = fitGrowth({}, {});
        QVERIFY(!none.valid);
        QVERIFY(!none.reason.isEmpty());
        QVERIFY(!fitGrowth(days(2), {1.0, 2.0}).valid);
        QVERIFY(fitGrowth(days(3), {1.0, 2.0, 3.0}).valid);
        // Growth, then a drop two points from the end: too little left after the shift.
        QVector<double> v;
        for (int i = 0; i < 20; ++i)
            v.append(1e9 + 1e6 * i);
        v << 1e8 << 1.01e8;
        const GrowthFit afterStep = fitGrowth(days(22), v);
        QVERIFY(!afterStep.valid);
        QVERIFY(afterStep.stepAt);
    }

    void capacityEdges()
    {
        QCOMPARE(daysUntilFull(100, 100, 1), std::optional<double>(0.0));
        QVERIFY(!daysUntilFull(0, 50, 1)); // capacity unknown
        QCOMPARE(*daysUntilFull(100, 50, 10), 5.0);
    }

    void wraparound()
    {
        QCOMPARE(xidWraparoundLimit, qint64(2147483648LL - 3000000));
        const auto days = daysUntilWraparound(1'000'000'000, 10'000'000);
        QVERIFY(days);
        QVERIFY(qAbs(*days - (xidWraparoundLimit - 1e9) / 1e7) < 1e-9);
        QVERIFY(!daysUntilWraparound(1000, 0));
        QCOMPARE(*daysUntilWraparound(xidWraparoundLimit, 5), 0.0);
    }
};

QTEST_GUILESS_MAIN(TstForecast)
#include "tst_forecast.moc"
