// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's "Start a demo standby": on the local sandbox's Replication view, a real streaming
// standby is made, saved as a profile, and drawn in the topology; then a switchover with the
// shutdown fence (the old primary rejoins as a standby) and one back over SQL.
#include "guitestenv.h"
#include "pg/connection.h"
#include "replication/replicationview.h"
#include "replication/switchoverdialog.h"
#include "replication/topologydiagram.h"
#include "sandbox/demostandby.h"
#include "sandbox/sandboxcluster.h"
#include "sandbox/sandboxprofile.h"
#include "shell/appcontext.h"
#include "util/paths.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

class TestDemoStandby : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        JobContext ctx;
        m_primary = std::make_unique<SandboxCluster>(paths::sandboxDir()); // inside the test's data dir
        QVERIFY(m_primary->create(ctx));
        QVERIFY(m_primary->start(ctx));
    }
    void cleanupTestCase()
    {
        JobContext ctx;
        SandboxCluster standby(demoStandbyDirectory(paths::sandboxDir()));
        if (standby.loadState())
            (void)standby.drop(ctx);
        if (m_primary)
            (void)m_primary->drop(ctx);
    }

    void onlyTheSandboxOffersIt()
    {
        ConnectionProfile other;
        other.name = QStringLiteral("Production");
        other.host = QStringLiteral("db.example");
        ReplicationView view(m_app.get(), other);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("demoStandbyButton"))->isVisibleTo(&view));
        // The core refuses a profile that is not the sandbox, whatever the caller.
        JobContext ctx;
        auto refused = startDemoStandby(ctx, other, paths::sandboxDir());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("not-the-sandbox"));
    }

    void startsAStreamingStandbyAndSavesItsProfile()
    {
        auto profile = m_app->saveProfile(sandboxProfile(*m_primary, QStringLiteral("Local sandbox"), QStringLiteral("postgres")), {});
        QVERIFY(profile.ok());
        ReplicationView view(m_app.get(), *profile);
        view.resize(1100, 760);
        view.show();
        QSignalSpy loaded(&view, &ReplicationView::statusLoaded);
        view.setConnection(m_primary->connectionSpec());
        QVERIFY(loaded.wait(15000));
        auto *button = view.findChild<QPushButton *>(QStringLiteral("demoStandbyButton"));
        QVERIFY(button->isVisible() && button->isEnabled());

        QSignalSpy acted(&view, &ReplicationView::actionFinished);
        QSignalSpy topology(&view, &ReplicationView::topologyLoaded);
        button->click();
        QVERIFY(acted.wait(120000));
        QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
        const ConnectionProfile *saved = m_app->profiles().find(QStringLiteral("Local sandbox standby"));
        QVERIFY(saved);
        SandboxCluster standby(demoStandbyDirectory(paths::sandboxDir()));
        QVERIFY(standby.loadState() && standby.isRunning());
        QCOMPARE(saved->port, standby.port());
        auto conn = pg::Connection::open(ConnectionSpec::fromProfile(*saved));
        QVERIFY(conn.ok());
        auto recovery = (*conn)->exec(QStringLiteral("SELECT pg_is_in_recovery()"));
        QVERIFY(recovery.ok() && recovery->toBool(0, 0));

        // The topology read after the start draws both servers, streaming.
        for (int i = 0; i < 20; ++i) {
            if (topology.isEmpty() || view.topologyDiagram()->topology().edges.isEmpty()) {
                if (!topology.isEmpty()) {
                    QTest::qWait(300);
                    view.loadTopology();
                }
                QVERIFY(topology.wait(15000));
                continue;
            }
            break;
        }
        const Topology &t = view.topologyDiagram()->topology();
        QCOMPARE(t.nodes.size(), 2);
        QCOMPARE(t.edges.size(), 1);
        QCOMPARE(t.nodes[t.edges[0].downstream].name, QStringLiteral("Local sandbox standby"));
        // A second start finds the standby already there: it is simply running, nothing breaks.
        button->click();
        QVERIFY(acted.wait(60000));
        QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
        QCOMPARE(m_app->profiles().profiles().size(), 2);
    }

    void shutdownFenceSwitchesOverAndTheOldPrimaryRejoins()
    {
        const ConnectionProfile *saved = m_app->profiles().find(QStringLiteral("Local sandbox standby"));
        QVERIFY(saved);
        auto primary = pg::Connection::open(m_primary->connectionSpec());
        QVERIFY(primary.ok());
        QVERIFY((*primary)->execScript(QStringLiteral("CREATE TABLE before_shutdown (id int); INSERT INTO before_shutdown SELECT generate_series(1, 250)")).ok());
        ReplicationView view(m_app.get(), *saved);
        view.resize(1280, 800);
        view.show();
        QSignalSpy topology(&view, &ReplicationView::topologyLoaded);
        view.setConnection(ConnectionSpec::fromProfile(*saved));
        QVERIFY(topology.wait(20000));
        QVERIFY(view.upstreamProfile());
        // Its upstream is the local sandbox: pgsteward may stop and start it.
        QCOMPARE(view.primarySandboxDirectory(), m_primary->directory());
        view.findChild<QPushButton *>(QStringLiteral("switchoverButton"))->click();
        auto *dialog = view.findChild<SwitchoverDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->shutdownChoice()->isEnabled() && dialog->shutdownChoice()->isChecked());
        QVERIFY(dialog->rejoinChoice()->isChecked());
        QCOMPARE(dialog->fence(), SwitchoverFence::Shutdown);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->confirmationEdit()->setText(saved->name);
        QVERIFY(ok->isEnabled());
        QTest::qWait(200); // laid out
        grab(*dialog, QStringLiteral("replication-switchover-dialog.png"));
        QSignalSpy acted(&view, &ReplicationView::actionFinished);
        ok->click();
        QVERIFY(acted.wait(120000));
        QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
        const QString advice = view.rebuildText();
        QVERIFY2(advice.contains(QStringLiteral("follows it as a standby")), qPrintable(advice));
        QVERIFY(!advice.contains(QStringLiteral("pg_basebackup"))); // nothing to rebuild
        // The new primary has every row and takes writes; the old one streams from it.
        auto now = pg::Connection::open(ConnectionSpec::fromProfile(*saved));
        QVERIFY(now.ok());
        auto rows = (*now)->exec(QStringLiteral("SELECT count(*), pg_is_in_recovery() FROM before_shutdown"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->toInt64(0, 0), qint64(250));
        QVERIFY(!rows->toBool(0, 1));
        auto old = pg::Connection::open(m_primary->connectionSpec());
        QVERIFY(old.ok());
        auto receiver = (*old)->exec(QStringLiteral("SELECT status FROM pg_stat_wal_receiver"));
        QVERIFY(receiver.ok() && receiver->rows() == 1);
        QCOMPARE(receiver->text(0, 0), QStringLiteral("streaming"));
        QTest::qWait(300);
        grab(view, QStringLiteral("replication-after-shutdown-switchover.png"));
    }

    void switchesBackWithTheSqlFence()
    {
        // After the shutdown switchover the local sandbox is the standby: switch back over SQL.
        const ConnectionProfile *saved = m_app->profiles().find(QStringLiteral("Local sandbox"));
        QVERIFY(saved);
        const ConnectionProfile *demo = m_app->profiles().find(QStringLiteral("Local sandbox standby"));
        QVERIFY(demo);
        auto current = pg::Connection::open(ConnectionSpec::fromProfile(*demo));
        QVERIFY(current.ok());
        QVERIFY((*current)->execScript(QStringLiteral("CREATE TABLE kept (id int); INSERT INTO kept SELECT generate_series(1, 300)")).ok());
        ReplicationView view(m_app.get(), *saved);
        view.resize(1100, 760);
        view.show();
        QSignalSpy topology(&view, &ReplicationView::topologyLoaded);
        view.setConnection(ConnectionSpec::fromProfile(*saved));
        QVERIFY(topology.wait(20000));
        QVERIFY(view.upstreamProfile());
        QCOMPARE(view.upstreamProfile()->name, QStringLiteral("Local sandbox standby"));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("switchoverButton"))->isEnabled());
        QSignalSpy acted(&view, &ReplicationView::actionFinished);
        view.switchoverConfirmed();
        QVERIFY(acted.wait(90000));
        QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
        QVERIFY(view.rebuildLines().join(QLatin1Char('\n')).contains(QStringLiteral("pg_basebackup -d")));
        auto now = pg::Connection::open(ConnectionSpec::fromProfile(*saved));
        QVERIFY(now.ok());
        auto rows = (*now)->exec(QStringLiteral("SELECT count(*), pg_is_in_recovery() FROM kept"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->toInt64(0, 0), qint64(300));
        QVERIFY(!rows->toBool(0, 1));
        auto old = pg::Connection::open(ConnectionSpec::fromProfile(*demo));
        QVERIFY(old.ok());
        QVERIFY(!(*old)->execScript(QStringLiteral("INSERT INTO kept VALUES (301)")).ok()); // read-only now
    }

private:
    static void grab(QWidget &widget, const QString &file)
    {
        const QString dir = qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget.grab().save(dir + QLatin1Char('/') + file);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<SandboxCluster> m_primary;
};

QTEST_MAIN(TestDemoStandby)
#include "tst_demostandby.moc"
