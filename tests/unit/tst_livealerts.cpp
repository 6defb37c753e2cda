// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/livealerts.h"

#include <QTest>

using namespace pgs;
using namespace pgs::health;

// The decision behind the desktop notifications, without widgets: an alert once per crossing of
// a threshold, silence while the reading stays above, armed again once it is back below; the
// limits are the profile's health thresholds.
class TstLiveAlerts : public QObject
{
    Q_OBJECT

    static MetricSample sample(int active, std::optional<double> longestActive, std::optional<double> idleInTx,
                               std::optional<double> lag = std::nullopt, int slotCount = 100)
    {
        MetricSample s;
        s.connectionSlots = slotCount;
        s.sessions.append({QStringLiteral("active"), QString(), active, longestActive});
        s.sessions.append({QStringLiteral("idle"), QStringLiteral("Client"), 5, 9999.0}); // idle sessions never alert
        if (idleInTx)
            s.sessions.append({QStringLiteral("idle in transaction"), QStringLiteral("Client"), 1, idleInTx});
        if (lag)
            s.standbys.append({QStringLiteral("standby b"), QStringLiteral("10.0.0.2"), QStringLiteral("streaming"), 0.0, 0.0, lag});
        return s;
    }

    static QStringList keys(const QList<LiveAlert> &alerts)
    {
        QStringList out;
        for (const LiveAlert &a : alerts)
            out << a.key;
        return out;
    }

private Q_SLOTS:
    void readsTheSample()
    {
        const LiveReading r = readSample(sample(10, 12.5, 40.0, 3.0, 50));
        QCOMPARE(r.connectionsUsed, 16);
        QCOMPARE(r.connectionSlots, 50);
        QCOMPARE(*r.connectionPercent, 32.0);
        QCOMPARE(*r.longestQuerySeconds, 12.5);
        QCOMPARE(*r.longestIdleInTransactionSeconds, 40.0);
        QCOMPARE(r.standbyReplayLagSeconds.size(), 1);
        MetricSample unknown;
        QVERIFY(!readSample(unknown).connectionPercent); // an old sample without the slots
    }

    void sampleJsonKeepsWhatTheAlertsRead()
    {
        // `pgsteward-cli sample` keeps the previous sample as JSON: the new fields survive it.
        const MetricSample back = MetricSample::fromJson(sample(3, 12.5, 40.0, 3.0, 50).toJson());
        QCOMPARE(back.connectionSlots.value_or(-1), 50);
        const LiveReading r = readSample(back);
        QCOMPARE(r.longestQuerySeconds.value_or(-1), 12.5);
        QCOMPARE(r.longestIdleInTransactionSeconds.value_or(-1), 40.0);
        MetricSample old; // a sample written before these fields existed
        old.sessions.append({QStringLiteral("active"), QString(), 1});
        const MetricSample oldBack = MetricSample::fromJson(old.toJson());
        QVERIFY(!oldBack.connectionSlots);
        QVERIFY(!oldBack.sessions.first().longestSeconds);
    }

    void oncePerCrossingAndRearmed()
    {
        LiveAlertTracker tracker;
        const Thresholds defaults; // 80 %, 300 s, 300 s, 60 s
        QVERIFY(tracker.update(QStringLiteral("prod"), sample(10, 5.0, std::nullopt), defaults).isEmpty());

        // Over three limits at once: three alerts, each with its numbers.
        auto alerts = tracker.update(QStringLiteral("prod"), sample(80, 400.0, 301.0, 75.0), defaults);
        QCOMPARE(keys(alerts), (QStringList{QStringLiteral("connection-utilization"), QStringLiteral("long-running-query"),
                                            QStringLiteral("idle-in-transaction"), QStringLiteral("replication-lag/standby b")}));
        QCOMPARE(alerts.at(0).title, QStringLiteral("prod: connections at 86 %"));
        QCOMPARE(alerts.at(0).message, QStringLiteral("86 of 100 client connection slots are in use (limit 80 %)."));
        QCOMPARE(alerts.at(0).threshold, 80.0);
        QCOMPARE(alerts.at(1).message, QStringLiteral("A statement has been running for 6 min 40 s (limit 5 min 0 s)."));
        QCOMPARE(alerts.at(3).message, QStringLiteral("Standby standby b replays 1 min 15 s behind (limit 1 min 0 s)."));

        // Still above: silence, however many samples.
        for (int i = 0; i < 5; ++i)
            QVERIFY(tracker.update(QStringLiteral("prod"), sample(81, 500.0 + i, 400.0, 80.0), defaults).isEmpty());
        QVERIFY(tracker.isRaised(QStringLiteral("long-running-query")));

        // The long query ends, the rest stays: nothing new, and the query alert is armed again.
        QVERIFY(tracker.update(QStringLiteral("prod"), sample(81, 2.0, 400.0, 80.0), defaults).isEmpty());
        QVERIFY(!tracker.isRaised(QStringLiteral("long-running-query")));
        alerts = tracker.update(QStringLiteral("prod"), sample(81, 301.0, 400.0, 80.0), defaults);
        QCOMPARE(keys(alerts), QStringList{QStringLiteral("long-running-query")});

        // Gone (no idle-in-transaction session, no standby): re-armed as well.
        QVERIFY(tracker.update(QStringLiteral("prod"), sample(10, std::nullopt, std::nullopt), defaults).isEmpty());
        alerts = tracker.update(QStringLiteral("prod"), sample(10, std::nullopt, 999.0, 61.0), defaults);
        QCOMPARE(keys(alerts), (QStringList{QStringLiteral("idle-in-transaction"), QStringLiteral("replication-lag/standby b")}));
    }

    void profileThresholdsApply()
    {
        Thresholds strict;
        QVERIFY(strict.parseOverride(QStringLiteral("idle-in-transaction.seconds=60")));
        QVERIFY(strict.parseOverride(QStringLiteral("connection-utilization.percent=10")));
        LiveAlertTracker tracker;
        const auto alerts = tracker.update(QStringLiteral("p"), sample(10, 1.0, 61.0), strict);
        QCOMPARE(keys(alerts), (QStringList{QStringLiteral("connection-utilization"), QStringLiteral("idle-in-transaction")}));
        QCOMPARE(alerts.at(1).threshold, 60.0);
        LiveAlertTracker lenient;
        QVERIFY(lenient.update(QStringLiteral("p"), sample(10, 1.0, 61.0), Thresholds()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstLiveAlerts)
#include "tst_livealerts.moc"
