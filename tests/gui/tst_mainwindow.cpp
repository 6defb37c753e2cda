// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profilespanel.h"
#include "connection/profiletreemodel.h"
#include "jobs/jobrunner.h"
#include "monitor/capacity/capacityview.h"
#include "monitor/serverview.h"
#include "sandbox/demodata.h"
#include "shell/appcontext.h"
#include "shell/mainwindow.h"
#include "testcluster.h"
#include "util/paths.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace pgs;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void corruptProfilesFileDoesNotBlockStart();
    void profilesTreeShowsGroups();
    void reopensLastSession();
    void everyViewFitsA1280By800Window();
    void demoWorkloadOnlyForLocalSandbox();
    void demoWorkloadStartsAndStops();
    void refusesToStartWithoutDisplay();

private:
    ConnectionProfile profile(const QString &name, const QString &group) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("HOME", m_dir->path().toLocal8Bit());
    qputenv("PGSTEWARD_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("PGSTEWARD_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("PGSTEWARD_NO_KEYCHAIN", "1");
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

ConnectionProfile TestMainWindow::profile(const QString &name, const QString &group) const
{
    const ConnectionSpec spec = test::clusterSpec();
    ConnectionProfile p;
    p.name = name;
    p.group = group;
    p.host = spec.value(QStringLiteral("host"));
    p.port = spec.value(QStringLiteral("port")).toInt();
    p.user = spec.value(QStringLiteral("user"));
    p.database = test::demoDatabase();
    return p;
}

void TestMainWindow::corruptProfilesFileDoesNotBlockStart()
{
    const QString file = paths::profilesFile();
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"schema_version\": 1, \"profiles\": [ {\"name\": ");
    }
    AppContext app(file);
    MainWindow window(&app);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *banner = window.findChild<QWidget *>(QStringLiteral("warningBanner"));
    QVERIFY(banner && banner->isVisible());
    const QString text = window.findChild<QLabel *>(QStringLiteral("warningLabel"))->text();
    QVERIFY2(!text.isEmpty(), "the corrupt-file warning is empty");
    const QStringList kept = QDir(paths::configDir()).entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(text.contains(kept.first()), qPrintable(text)); // the user learns where the file went
    QVERIFY(app.profiles().profiles().isEmpty());
}

void TestMainWindow::profilesTreeShowsGroups()
{
    AppContext app(paths::profilesFile());
    QVERIFY(app.saveProfile(profile(QStringLiteral("Billing"), QStringLiteral("Production")), {}).ok());
    QVERIFY(app.saveProfile(profile(QStringLiteral("Reporting"), QStringLiteral("Production")), {}).ok());
    QVERIFY(app.saveProfile(profile(QStringLiteral("Billing staging"), QStringLiteral("Staging")), {}).ok());
    QVERIFY(app.saveProfile(profile(QStringLiteral("Scratch"), QString()), {}).ok());

    MainWindow window(&app);
    window.show();
    const QAbstractItemModel *model = window.profilesPanel()->view()->model();
    QCOMPARE(model->rowCount(), 3); // Production, Staging, Scratch
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Production"));
    QCOMPARE(model->rowCount(model->index(0, 0)), 2);
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), QStringLiteral("Billing"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Staging"));
    QCOMPARE(model->rowCount(model->index(1, 0)), 1);
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Scratch"));
    QVERIFY(!model->index(2, 0).data(ProfileTreeModel::ProfileIdRole).toString().isEmpty());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("warningBanner"))->isVisible());
}

void TestMainWindow::reopensLastSession()
{
    QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
    QString id;
    {
        AppContext app(paths::profilesFile());
        auto saved = app.saveProfile(profile(QStringLiteral("Demo"), QString()), {});
        QVERIFY(saved.ok());
        id = saved->id;
        MainWindow window(&app);
        window.show();
        ServerView *view = window.openProfile(QStringLiteral("Demo"));
        QVERIFY(view);
        QCOMPARE(window.openProfile(id), view); // opening twice switches to the same tab
        // The bar holds groups, not a dozen views: Ctrl+2 jumps to Backup & recovery, the View
        // menu's Capacity review builds and shows that view inside the Monitor group.
        auto *groups = view->findChild<QTabWidget *>(QStringLiteral("serverViewGroups"));
        QVERIFY(groups);
        QCOMPARE(groups->count(), ServerView::groupTitles().size());
        QCOMPARE(groups->tabText(ServerView::MonitorGroup), QStringLiteral("Monitor"));
        auto action = [&window](int key) -> QAction * {
            for (QAction *a : window.findChildren<QAction *>())
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(key)))
                    return a;
            return nullptr;
        };
        QVERIFY(action(Qt::Key_2) && action(Qt::Key_2)->isEnabled());
        action(Qt::Key_2)->trigger();
        QCOMPARE(groups->currentIndex(), int(ServerView::BackupGroup));
        QCOMPARE(view->currentTab(), ServerView::BackupsTab);
        QVERIFY(view->backupsView()); // built on arrival
        QAction *capacity = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Capacity review"))
                capacity = a;
        QVERIFY(capacity);
        capacity->trigger();
        QCOMPARE(groups->currentIndex(), int(ServerView::MonitorGroup));
        QCOMPARE(view->currentTab(), ServerView::CapacityTab);
        QVERIFY(view->capacityView());
        QVERIFY(view->capacityView()->isVisible());
        action(Qt::Key_1)->trigger(); // back to Monitor: the view last shown there stays
        QCOMPARE(view->currentTab(), ServerView::CapacityTab);
        view->showTab(ServerView::OverviewTab);
        QCOMPARE(view->currentTab(), ServerView::OverviewTab);
        // Every group title fits a 1280 px window with room to spare.
        int barWidth = 0;
        for (int i = 0; i < groups->count(); ++i)
            barWidth += groups->tabBar()->tabRect(i).width();
        QVERIFY2(barWidth < 900, qPrintable(QString::number(barWidth)));
        window.close();
    }
    AppContext app(paths::profilesFile());
    MainWindow window(&app);
    window.restoreSession();
    window.show();
    QCOMPARE(window.serverViews().size(), 1);
    QCOMPARE(window.currentServerView()->profileId(), id);
}

// A view whose minimum size exceeds the window makes the whole window grow (and its repaint stall
// the GUI thread) the moment the view is shown: every view has to fit a 1280 x 800 screen.
void TestMainWindow::everyViewFitsA1280By800Window()
{
    AppContext app(paths::profilesFile());
    QVERIFY(app.saveProfile(profile(QStringLiteral("Demo"), QString()), {}).ok());
    MainWindow window(&app);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ServerView *view = window.openProfile(QStringLiteral("Demo"));
    QVERIFY(view);
    for (const ServerView::ViewInfo &info : ServerView::views()) {
        view->showTab(info.tab);
        QTest::qWait(50);
        QVERIFY2(window.width() <= 1280 && window.height() <= 800,
                 qPrintable(QStringLiteral("%1 grew the window to %2 x %3")
                                .arg(QString::fromLatin1(info.title)).arg(window.width()).arg(window.height())));
    }
}

void TestMainWindow::demoWorkloadOnlyForLocalSandbox()
{
    AppContext app(paths::profilesFile());
    QVERIFY(app.saveProfile(profile(QStringLiteral("Local sandbox"), QStringLiteral("Local")), {}).ok());
    QVERIFY(app.saveProfile(profile(QStringLiteral("Remote"), QStringLiteral("Production")), {}).ok());
    MainWindow window(&app);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionDemoWorkload"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    window.openProfile(QStringLiteral("Remote"));
    QVERIFY(!action->isEnabled());
    window.openProfile(QStringLiteral("Local sandbox"));
    QVERIFY(action->isEnabled());
    QVERIFY(action->text().contains(QStringLiteral("Start")));
}

void TestMainWindow::demoWorkloadStartsAndStops()
{
    // A private copy of the demo data: the workload writes, other tests read pgsteward_demo.
    const QString database = test::createScratchDatabase(QStringLiteral("gui_workload"));
    QVERIFY(!database.isEmpty());
    JobContext setup;
    QVERIFY(installDemoData(setup, test::clusterSpec(), database, 0.01).ok());

    {
        AppContext app(paths::profilesFile());
        ConnectionProfile sandbox = profile(QStringLiteral("Local sandbox"), QStringLiteral("Local"));
        sandbox.database = database;
        QVERIFY(app.saveProfile(sandbox, {}).ok());
        MainWindow window(&app);
        window.show();
        window.openProfile(QStringLiteral("Local sandbox"));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionDemoWorkload"));
        action->trigger();
        Job *workload = nullptr;
        for (Job *job : app.jobs().jobs()) {
            if (job->title() == QStringLiteral("Demo workload on Local sandbox"))
                workload = job;
        }
        QVERIFY(workload);
        QVERIFY(action->text().contains(QStringLiteral("Stop")));
        QTest::qWait(1500);
        QCOMPARE(workload->state(), Job::State::Running); // open-ended until stopped
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(workload->isFinished(), 10000);
        QVERIFY2(workload->state() != Job::State::Failed, qPrintable(workload->error().message));
        QVERIFY(action->text().contains(QStringLiteral("Start")));
        QVERIFY(action->isEnabled());
    }
    QVERIFY(test::dropScratchDatabase(database));
}

void TestMainWindow::refusesToStartWithoutDisplay()
{
    const QString binary = QDir(qEnvironmentVariable("PGSTEWARD_BIN_DIR")).filePath(QStringLiteral("pgsteward"));
    QVERIFY2(QFile::exists(binary), qPrintable(binary + QStringLiteral(" is not built")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary, {});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // no crash, no abort
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("needs a graphical display")) && err.contains(QStringLiteral("pgsteward-cli")),
             qPrintable(err));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
