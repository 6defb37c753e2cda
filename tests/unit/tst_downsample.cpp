// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/downsample.h"

#include <QtTest>

#include <cmath>

using namespace pgs;

class TstDownsample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallSeriesUnchanged()
    {
        const QList<QPointF> pts{{0, 1}, {1, 2}, {2, 3}};
        QCOMPARE(downsampleLttb(pts, 10), pts);
        QCOMPARE(downsampleLttb(pts, 2), pts);
        QCOMPARE(downsampleLttb({}, 10), QList<QPointF>());
    }

    void keepsEndsOrderAndSpikes()
    {
        // A year of one-minute samples: a slow sine with one spike and one dip.
        QList<QPointF> pts;
        const int n = 525'600;
        pts.reserve(n);
        for (int i = 0; i < n; ++i)
            pts.append({double(i) * 60'000, 100 + 10 * std::sin(i / 5000.0)});
        pts[200'000].setY(1000);
        pts[400'000].setY(-500);
        const QList<QPointF> out = downsampleLttb(pts, 2000);
        QCOMPARE(out.size(), 2000);
        QCOMPARE(out.first(), pts.first());
        QCOMPARE(out.last(), pts.last());
        bool spike = false, dip = false;
        for (int i = 1; i < out.size(); ++i) {
            QVERIFY(out[i].x() > out[i - 1].x());
            spike = spike || out[i] == pts[200'000];
            dip = dip || out[i] == pts[400'000];
        }
        QVERIFY(spike);
        QVERIFY(dip);
    }

    void everyPointComesFromTheInput()
    {
        QList<QPointF> pts;
        for (int i = 0; i < 1000; ++i)
            pts.append({double(i), double((i * 37) % 101)});
        const QList<QPointF> out = downsampleLttb(pts, 50);
        QCOMPARE(out.size(), 50);
        for (const QPointF &p : out)
            QVERIFY(pts.contains(p));
    }
};

QTEST_GUILESS_MAIN(TstDownsample)
#include "tst_downsample.moc"
