// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Replication view on a real primary and its streaming standby (two sandboxes).
#include "guitestenv.h"
#include "replication/replicationview.h"
#include "replication/topologydiagram.h"
#include "sandbox/sandboxprofile.h"
#include "sandbox/sandboxcluster.h"
#include "shell/appcontext.h"

#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QTextBrowser>
#include <QToolButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

class TestReplicationView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        JobContext ctx;
        m_primary = std::make_unique<SandboxCluster>(m_dir.filePath(QStringLiteral("primary")));
        QVERIFY(m_primary->create(ctx));
        QVERIFY(m_primary->start(ctx));
        m_standby = std::make_unique<SandboxCluster>(m_dir.filePath(QStringLiteral("standby")));
        Status made = m_standby->createStandbyOf(ctx, *m_primary);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QVERIFY(m_standby->start(ctx));
    }
    void cleanupTestCase()
    {
        JobContext ctx;
        if (m_standby)
            (void)m_standby->drop(ctx);
        if (m_primary)
            (void)m_primary->drop(ctx);
    }

    void primaryShowsStandbyAndSlotActions()
    {
        ReplicationView view(m_app.get(), profile(QStringLiteral("Primary")));
        view.resize(1100, 700);
        view.show();
        QSignalSpy loaded(&view, &ReplicationView::statusLoaded);
        view.setConnection(m_primary->connectionSpec());
        QVERIFY(loaded.wait(15000));
        // The walreceiver connects shortly after the standby starts.
        for (int i = 0; i < 20 && view.status()->standbys.isEmpty(); ++i) {
            QTest::qWait(250);
            view.refresh();
            QVERIFY(loaded.wait(15000));
        }
        auto *standbys = view.findChild<QTableWidget *>(QStringLiteral("standbysTable"));
        auto *slotTable = view.findChild<QTableWidget *>(QStringLiteral("slotsTable"));
        QCOMPARE(standbys->rowCount(), 1);
        QCOMPARE(standbys->item(0, 0)->text(), QStringLiteral("standby"));
        QCOMPARE(slotTable->rowCount(), 1);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("promoteButton"))->isEnabled()); // a primary
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("Primary")));
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("lagChart"))->isVisible()); // empty history: says why

        QSignalSpy acted(&view, &ReplicationView::actionFinished);
        view.createSlotNamed(QStringLiteral("gui_slot"), false);
        QVERIFY(acted.wait(15000));
        QVERIFY(acted.last().at(0).toBool());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(slotTable->rowCount(), 2);
        // Two readings of the WAL position by now (no history in this test): a measured rate.
        QVERIFY2(view.walRate().source == WalRate::Source::Measured, qPrintable(view.walRate().describe()));
        QVERIFY(view.walRate().bytesPerSecond);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("measured over")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("findingsLabel"))->text().contains(QStringLiteral("gui_slot")));
        grab(view, QStringLiteral("replication-primary.png"));

        // The standby's own slot is in use: the drop is refused with the reason, nothing changes.
        view.dropSlotConfirmed(m_standby->standbySlotName());
        QVERIFY(acted.wait(15000));
        QVERIFY(!acted.last().at(0).toBool());
        QVERIFY(acted.last().at(1).toString().contains(QStringLiteral("in use")));
        view.dropSlotConfirmed(QStringLiteral("gui_slot"));
        QVERIFY(acted.wait(15000));
        QVERIFY(acted.last().at(0).toBool());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(slotTable->rowCount(), 1);
    }

    void topologyOfSavedProfiles()
    {
        // Both sandboxes saved as profiles (and an unreachable one): the view draws the pair.
        auto primary = m_app->saveProfile(sandboxProfile(*m_primary, QStringLiteral("Primary sandbox"), QStringLiteral("postgres")), {});
        QVERIFY(primary.ok());
        QVERIFY(m_app->saveProfile(sandboxProfile(*m_standby, QStringLiteral("Standby sandbox"), QStringLiteral("postgres")), {}).ok());
        ConnectionProfile gone;
        gone.name = QStringLiteral("Gone");
        gone.host = m_dir.filePath(QStringLiteral("nowhere"));
        gone.port = 1;
        QVERIFY(m_app->saveProfile(gone, {}).ok());
        ReplicationView view(m_app.get(), *primary);
        view.resize(1100, 760);
        view.show();
        QSignalSpy topology(&view, &ReplicationView::topologyLoaded);
        view.setConnection(m_primary->connectionSpec());
        QVERIFY(topology.wait(20000));
        const Topology &t = view.topologyDiagram()->topology();
        QCOMPARE(t.nodes.size(), 2);
        QCOMPARE(t.edges.size(), 1);
        QCOMPARE(t.nodes[t.edges[0].upstream].name, QStringLiteral("Primary sandbox"));
        QCOMPARE(t.nodes[t.edges[0].downstream].name, QStringLiteral("Standby sandbox"));
        QVERIFY(view.findChild<QGroupBox *>(QStringLiteral("topologyBox"))->isVisible());
        QVERIFY(view.topologyDiagram()->nodeText(t.edges[0].downstream).contains(QStringLiteral("standby, timeline 1")));
        QVERIFY(view.topologyDiagram()->nodeRect(t.edges[0].downstream).left() > view.topologyDiagram()->nodeRect(t.edges[0].upstream).right());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("topologyNote"))->text().contains(QStringLiteral("Gone")));
        QTest::qWait(300); // the splitter lays the shown box out on the next event loop pass
        grab(view, QStringLiteral("replication-topology.png"));
    }

    void topologyShowsProfilesWhosePasswordIsNeeded()
    {
        // The standby's profile keeps its password in the keychain (none here: PGSTEWARD_NO_KEYCHAIN)
        // and an unrelated one asks every time: both are drawn, not dropped.
        const ConnectionProfile *standby = m_app->profiles().find(QStringLiteral("Standby sandbox"));
        QVERIFY(standby);
        ConnectionProfile keychained = *standby;
        keychained.passwordStorage = PasswordStorage::Keychain;
        QVERIFY(m_app->saveProfile(keychained, {}).ok());
        ConnectionProfile asks;
        asks.name = QStringLiteral("Asks every time");
        asks.host = QStringLiteral("db.invalid");
        asks.passwordStorage = PasswordStorage::Ask;
        QVERIFY(m_app->saveProfile(asks, {}).ok());
        const ConnectionProfile *primary = m_app->profiles().find(QStringLiteral("Primary sandbox"));
        QVERIFY(primary);
        ReplicationView view(m_app.get(), *primary);
        view.resize(1280, 800);
        view.show();
        QSignalSpy topology(&view, &ReplicationView::topologyLoaded);
        view.setConnection(m_primary->connectionSpec());
        QVERIFY(topology.wait(20000));
        const auto nodeNamed = [&](const QString &name) -> const TopologyNode * {
            for (const TopologyNode &n : view.topologyDiagram()->topology().nodes)
                if (n.name == name)
                    return &n;
            return nullptr;
        };
        QVERIFY(nodeNamed(QStringLiteral("Standby sandbox")) && !nodeNamed(QStringLiteral("Standby sandbox"))->connected);
        QVERIFY(nodeNamed(QStringLiteral("Asks every time")) && !nodeNamed(QStringLiteral("Asks every time"))->connected);
        QVERIFY(view.topologyDiagram()->topology().edges.isEmpty());
        for (int i = 0; i < view.topologyDiagram()->topology().nodes.size(); ++i)
            if (!view.topologyDiagram()->topology().nodes[i].connected)
                QVERIFY(view.topologyDiagram()->nodeText(i).contains(QStringLiteral("not connected: password needed")));
        auto *connectButton = view.findChild<QToolButton *>(QStringLiteral("topologyConnectButton"));
        QVERIFY(connectButton->isVisible());
        QCOMPARE(connectButton->menu()->actions().size(), 2);
        QTest::qWait(300);
        grab(view, QStringLiteral("replication-topology-password.png"));

        // The password for this session (trust accepts any): the standby is read and streams.
        view.connectTopologyProfile(QStringLiteral("Standby sandbox"), QStringLiteral("whatever"));
        QVERIFY(topology.wait(20000));
        QVERIFY(nodeNamed(QStringLiteral("Standby sandbox"))->connected);
        QCOMPARE(view.topologyDiagram()->topology().edges.size(), 1);
        QCOMPARE(connectButton->menu()->actions().size(), 1);
        m_app->forgetSessionPassword(keychained.id);
        keychained.passwordStorage = PasswordStorage::None;
        QVERIFY(m_app->saveProfile(keychained, {}).ok());
    }

    void standbyPausesAndPromotes()
    {
        ReplicationView view(m_app.get(), profile(QStringLiteral("Standby")));
        view.resize(1100, 700);
        view.show();
        QSignalSpy loaded(&view, &ReplicationView::statusLoaded);
        view.setConnection(m_standby->connectionSpec());
        QVERIFY(loaded.wait(15000));
        QVERIFY(view.status()->standby);
        auto *pause = view.findChild<QPushButton *>(QStringLiteral("pauseButton"));
        auto *resume = view.findChild<QPushButton *>(QStringLiteral("resumeButton"));
        QVERIFY(pause->isEnabled() && !resume->isEnabled());
        QSignalSpy acted(&view, &ReplicationView::actionFinished);
        pause->click();
        QVERIFY(acted.wait(15000));
        QVERIFY(loaded.wait(15000));
        QVERIFY(view.status()->receiver->replayPaused);
        QVERIFY(resume->isEnabled() && !pause->isEnabled());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("PAUSED")));
        grab(view, QStringLiteral("replication-standby.png"));

        view.promoteConfirmed(); // resumes replay, then promotes
        QVERIFY(acted.wait(30000));
        QVERIFY2(acted.last().at(0).toBool(), qPrintable(acted.last().at(1).toString()));
        QVERIFY(loaded.wait(15000));
        QVERIFY(!view.status()->standby);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("promoteButton"))->isEnabled());
        // The rebuild steps for the old primary, with the new primary's address and no password.
        const QString advice = view.rebuildLines().join(QLatin1Char('\n'));
        QVERIFY2(advice.contains(QStringLiteral("pg_basebackup -d")) && advice.contains(QStringLiteral("port=%1").arg(m_standby->port())),
                 qPrintable(advice));
        QVERIFY(view.findChild<QGroupBox *>(QStringLiteral("rebuildBox"))->isVisible());
        // Commands are never wrapped inside an option: long ones continue between options.
        const QStringList adviceLines = view.rebuildText().split(QLatin1Char('\n'));
        int continued = 0;
        for (int i = 1; i < adviceLines.size(); ++i) {
            if (!adviceLines[i - 1].endsWith(QStringLiteral(" \\")))
                continue;
            ++continued; // the next piece starts at an option, never inside one or inside a quoted value
            QVERIFY2(adviceLines[i].trimmed().startsWith(QLatin1Char('-')) || adviceLines[i].trimmed().startsWith(QLatin1String(">")),
                     qPrintable(adviceLines[i]));
        }
        QVERIFY(continued > 0); // pg_basebackup with this setup's socket path does not fit one line
        auto *text = view.findChild<QTextBrowser *>(QStringLiteral("rebuildText"));
        QVERIFY(text->toHtml().contains(QStringLiteral("<pre")));
        view.findChild<QPushButton *>(QStringLiteral("copyRebuildButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), view.rebuildText());
        view.resize(1280, 800);
        QTest::qWait(300);
        grab(view, QStringLiteral("replication-promoted.png"));
    }

private:
    ConnectionProfile profile(const QString &name) const
    {
        ConnectionProfile p;
        p.id = name.toLower();
        p.name = name;
        return p;
    }
    static void grab(QWidget &view, const QString &file)
    {
        const QString dir = qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            view.grab().save(dir + QLatin1Char('/') + file);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<SandboxCluster> m_primary, m_standby;
};

QTEST_MAIN(TestReplicationView)
#include "tst_replicationview.moc"
