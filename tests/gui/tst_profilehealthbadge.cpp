// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profilespanel.h"
#include "connection/profiletreemodel.h"
#include "guitestenv.h"
#include "health/healthhistory.h"
#include "health/healthview.h"
#include "jobs/jobrunner.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "testcluster.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

// The profile tree shows the worst severity of the profile's last stored health run: nothing
// before a run, the badge and its counts after a real run in the Health view (without reopening
// anything), and the newest stored run wins.
class TestProfileHealthBadge : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_db;
    ConnectionProfile m_profile;

    QModelIndex profileIndex(ProfilesPanel &panel) const { return panel.model()->indexOfProfile(m_profile.id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
        m_db = test::createScratchDatabase(QStringLiteral("gui_badge"));
        QVERIFY(!m_db.isEmpty());
        auto conn = pg::Connection::open(test::clusterSpec(m_db));
        QVERIFY(conn);
        // One warning for sure: a NOT VALID constraint.
        QVERIFY((*conn)->execScript(QStringLiteral("CREATE TABLE t (id int);"
                                                   "ALTER TABLE t ADD CONSTRAINT \"id pos\" CHECK (id > 0) NOT VALID"))
                    .ok());
        const ConnectionSpec spec = test::clusterSpec(m_db);
        ConnectionProfile p;
        p.name = QStringLiteral("Badge test");
        p.host = spec.value(QStringLiteral("host"));
        p.port = spec.value(QStringLiteral("port")).toInt();
        p.user = spec.value(QStringLiteral("user"));
        p.database = m_db;
        auto saved = m_app->saveProfile(p, QString());
        QVERIFY(saved);
        m_profile = *saved;
    }

    void badgeFollowsTheLastRun()
    {
        ProfilesPanel panel(m_app.get());
        QModelIndex index = profileIndex(panel);
        QVERIFY(index.isValid());
        QVERIFY(!index.data(ProfileTreeModel::HealthRole).isValid()); // no run yet
        const QString before = index.data(Qt::ToolTipRole).toString();
        QVERIFY(!before.contains(QStringLiteral("checked")));

        HealthView view(m_app.get(), m_profile);
        view.setConnection(test::clusterSpec(m_db));
        QSignalSpy finished(&view, &HealthView::runFinished);
        view.runChecks();
        QVERIFY(finished.wait(60000));
        QCOMPARE(view.pastRuns().size(), 1);
        const health::HealthRun &run = view.pastRuns().last();
        int warnings = 0;
        int criticals = 0;
        for (const health::HealthFinding &h : run.findings) {
            warnings += h.finding.severity == Severity::Warning ? 1 : 0;
            criticals += h.finding.severity == Severity::Critical ? 1 : 0;
        }
        const bool critical = criticals > 0; // the shared test server may have some
        QVERIFY(warnings >= 1);

        index = profileIndex(panel);
        QCOMPARE(index.data(ProfileTreeModel::HealthRole).toString(), critical ? QStringLiteral("critical") : QStringLiteral("warning"));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        const QString expected = warnings == 1 ? QStringLiteral("1 warning") : QStringLiteral("%1 warnings").arg(warnings);
        QVERIFY2(tip.contains(expected), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("checked ") + run.takenAt.toLocalTime().toString(QStringLiteral("HH:mm"))), qPrintable(tip));
        QVERIFY(tip.startsWith(before)); // the target stays first
        // The mark is drawn over the icon: its corner differs from the plain icon's.
        const QImage badged = index.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
        const QImage plain = QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon).pixmap(16, 16).toImage();
        QVERIFY(!badged.isNull());
        QVERIFY(badged.pixelColor(12, 12) != plain.pixelColor(12, 12));
        panel.resize(260, 200);
        panel.show();
        panel.grab().save(QStringLiteral("/tmp/health-badge.png"));

        // A newer stored run with a critical finding (as the CLI would store it) wins once the
        // tree hears of it; a clean run takes the mark away again.
        health::HealthRun worse = run;
        worse.takenAt = run.takenAt.addSecs(60);
        health::HealthFinding wrap;
        wrap.area = QStringLiteral("server");
        wrap.finding.code = QStringLiteral("txid-wraparound");
        wrap.finding.severity = Severity::Critical;
        wrap.finding.object = m_db;
        worse.findings << wrap;
        QVERIFY(health::appendRun(m_profile.id, worse));
        QSignalSpy stored(m_app.get(), &AppContext::healthRunStored);
        m_app->notifyHealthRunStored(m_profile.id);
        QCOMPARE(stored.count(), 1);
        index = profileIndex(panel);
        QCOMPARE(index.data(ProfileTreeModel::HealthRole).toString(), QStringLiteral("critical"));
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("%1 critical").arg(criticals + 1)),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));

        health::HealthRun clean = worse;
        clean.takenAt = worse.takenAt.addSecs(60);
        clean.findings.clear();
        QVERIFY(health::appendRun(m_profile.id, clean));
        m_app->notifyHealthRunStored(m_profile.id);
        index = profileIndex(panel);
        QCOMPARE(index.data(ProfileTreeModel::HealthRole).toString(), QStringLiteral("ok"));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no findings")));

        // A reload of the tree (a profile edited) keeps the badge.
        Q_EMIT m_app->profilesChanged();
        QCOMPARE(profileIndex(panel).data(ProfileTreeModel::HealthRole).toString(), QStringLiteral("ok"));
    }

    void cleanupTestCase()
    {
        m_app->jobs().waitForAll(30000);
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
    }
};

QTEST_MAIN(TestProfileHealthBadge)
#include "tst_profilehealthbadge.moc"
