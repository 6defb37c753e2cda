// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestenv.h"
#include "health/healththresholds.h"
#include "health/traynotifier.h"
#include "monitor/dashboard/dashboardview.h"
#include "monitor/livesampler.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "testcluster.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

// Desktop notifications offscreen, where there is no system tray: a crossing reaches the main
// window's banner (AppContext::warning) once, not on every sample; switched off for the profile,
// nothing; and end to end, a dashboard's live sampler on the test server raises the
// idle-in-transaction alert for a session the test keeps idle in a transaction.
class TestTrayNotifier : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_db;
    ConnectionProfile m_profile;

    static MetricSample busySample(int active)
    {
        MetricSample s;
        s.connectionSlots = 10;
        s.sessions.append({QStringLiteral("active"), QString(), active, 1.0});
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
        m_db = test::createScratchDatabase(QStringLiteral("gui_tray"));
        QVERIFY(!m_db.isEmpty());
        const ConnectionSpec spec = test::clusterSpec(m_db);
        ConnectionProfile p;
        p.name = QStringLiteral("Tray test");
        p.host = spec.value(QStringLiteral("host"));
        p.port = spec.value(QStringLiteral("port")).toInt();
        p.user = spec.value(QStringLiteral("user"));
        p.database = m_db;
        auto saved = m_app->saveProfile(p, QString());
        QVERIFY(saved);
        m_profile = *saved;
    }

    void withoutTrayTheBannerGetsOneMessagePerCrossing()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
        TrayNotifier notifier(m_app.get());
        QSignalSpy notified(&notifier, &TrayNotifier::notified);
        QSignalSpy banner(m_app.get(), &AppContext::warning);
        QVERIFY(TrayNotifier::isEnabled(m_app.get(), m_profile.id)); // on by default
        m_app->publishLiveSample(m_profile.id, busySample(9)); // 90 % of the slots
        QCOMPARE(notified.count(), 1);
        QVERIFY(!notifier.hasTray());
        QCOMPARE(banner.count(), 1);
        QVERIFY2(banner.first().first().toString().startsWith(QStringLiteral("Tray test: connections at 90 %")),
                 qPrintable(banner.first().first().toString()));
        for (int i = 0; i < 3; ++i)
            m_app->publishLiveSample(m_profile.id, busySample(9));
        QCOMPARE(notified.count(), 1); // still above: no repeat
        m_app->publishLiveSample(m_profile.id, busySample(2)); // cleared: armed again
        m_app->publishLiveSample(m_profile.id, busySample(10));
        QCOMPARE(notified.count(), 2);

        // Off for the profile: silence, and on again a standing crossing alerts once more.
        TrayNotifier::setEnabled(m_app.get(), m_profile.id, false);
        m_app->publishLiveSample(m_profile.id, busySample(2));
        m_app->publishLiveSample(m_profile.id, busySample(10));
        QCOMPARE(notified.count(), 2);
        TrayNotifier::setEnabled(m_app.get(), m_profile.id, true);
        m_app->publishLiveSample(m_profile.id, busySample(10));
        QCOMPARE(notified.count(), 3);
        // A profile the store does not know (deleted meanwhile) is ignored.
        m_app->publishLiveSample(QStringLiteral("no-such-profile"), busySample(10));
        QCOMPARE(notified.count(), 3);
    }

    void liveSamplerRaisesIdleInTransaction()
    {
        health::Thresholds thresholds;
        QVERIFY(thresholds.parseOverride(QStringLiteral("idle-in-transaction.seconds=1")));
        QVERIFY(health::saveThresholds(m_profile.id, thresholds));
        auto idle = pg::Connection::open(test::clusterSpec(m_db));
        QVERIFY(idle);
        QVERIFY((*idle)->execScript(QStringLiteral("BEGIN; SELECT 1")).ok());

        TrayNotifier notifier(m_app.get());
        QStringList codes;
        connect(&notifier, &TrayNotifier::notified, this,
                [&codes](const QString &, const health::LiveAlert &alert) { codes << alert.code; });
        DashboardView view(m_app.get(), m_profile);
        view.resize(1000, 700);
        view.show();
        view.setConnection(test::clusterSpec(m_db));
        QVERIFY(view.sampler());
        view.sampler()->setLiveInterval(500);
        QTRY_VERIFY_WITH_TIMEOUT(codes.contains(QStringLiteral("idle-in-transaction")), 30000);
        QTest::qWait(1500); // a few more samples while the session stays idle in its transaction
        QCOMPARE(codes.count(QStringLiteral("idle-in-transaction")), 1); // once, however many samples
        (void)(*idle)->execScript(QStringLiteral("ROLLBACK"));
    }

    void cleanupTestCase()
    {
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
