// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The activity view against the test cluster: a real blocking pair (a row lock held in an open
// transaction, a second session waiting for it on a thread), filters on the server, the blocking
// tree, selection across refreshes, cancel/terminate through the view's own confirmation.
#include "monitor/activity/activityfilterbar.h"
#include "monitor/activity/activityview.h"
#include "monitor/activity/blockingtreemodel.h"
#include "monitor/activity/sessiontablemodel.h"
#include "monitor/activity/signalconfirmdialog.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "guitestenv.h"
#include "testcluster.h"

#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>
#include <thread>

using namespace pgs;

namespace {

std::unique_ptr<pg::Connection> connectTo(const QString &database)
{
    auto c = pg::Connection::open(test::clusterSpec(database));
    return c ? std::move(c).value() : nullptr;
}

SessionActivity fakeSession(int pid, const QString &state, qint64 queryAgeSecs, const QDateTime &now)
{
    SessionActivity s;
    s.pid = pid;
    s.state = state;
    s.queryStart = now.addSecs(-queryAgeSecs);
    s.stateChange = s.queryStart;
    s.query = QStringLiteral("SELECT %1").arg(pid);
    return s;
}

BlockingEdge edge(int blocked, int blocking, const char *type, const char *held, const QString &relation = {})
{
    BlockingEdge e;
    e.blockedPid = blocked;
    e.blockingPid = blocking;
    e.lockType = QString::fromLatin1(type);
    e.wantedMode = QStringLiteral("ShareLock");
    e.heldMode = QString::fromLatin1(held);
    e.relation = relation;
    return e;
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelUpdatesInPlace();
    void blockingTreeFromEdges();
    void blockingPairThroughTheView();
    void sortingOnTheServer();

private:
    ConnectionProfile clusterProfile() const;
    // Refreshes until check() holds (each refresh waited for), or fails after timeoutMs.
    bool refreshUntil(ActivityView &view, const std::function<bool()> &check, int timeoutMs = 20000);
    void setFilter(QLineEdit *edit, const QString &text);
    SignalConfirmDialog *waitForDialog(ActivityView &view);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_scratch;
};

void TestActivity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_app = test::isolatedAppContext(m_dir);
    QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
    m_scratch = test::createScratchDatabase(QStringLiteral("pgs_activity"));
    QVERIFY(!m_scratch.isEmpty());
    auto conn = connectTo(m_scratch);
    QVERIFY(conn);
    QVERIFY(conn->execScript(QStringLiteral("CREATE TABLE accounts (id int PRIMARY KEY, balance int);"
                                            "INSERT INTO accounts VALUES (1, 100), (2, 200);"))
                .ok());
}

void TestActivity::cleanupTestCase()
{
    if (!m_scratch.isEmpty())
        test::dropScratchDatabase(m_scratch);
}

ConnectionProfile TestActivity::clusterProfile() const
{
    const ConnectionSpec spec = test::clusterSpec();
    ConnectionProfile p;
    p.id = QStringLiteral("activity-test");
    p.name = QStringLiteral("Activity test");
    p.host = spec.value(QStringLiteral("host"));
    p.port = spec.value(QStringLiteral("port")).toInt();
    p.user = spec.value(QStringLiteral("user"));
    p.database = QStringLiteral("postgres");
    return p;
}

bool TestActivity::refreshUntil(ActivityView &view, const std::function<bool()> &check, int timeoutMs)
{
    for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired();) {
        QSignalSpy done(&view, &ActivityView::refreshed);
        QSignalSpy failed(&view, &ActivityView::loadFailed);
        if (!view.isLoading())
            view.refresh();
        if (!done.wait(10000) && failed.isEmpty())
            return false;
        if (!failed.isEmpty()) {
            qWarning() << "load failed:" << failed.first().first().toString();
            return false;
        }
        if (check())
            return true;
        QTest::qWait(100);
    }
    return false;
}

void TestActivity::setFilter(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    Q_EMIT edit->editingFinished();
}

SignalConfirmDialog *TestActivity::waitForDialog(ActivityView &view)
{
    SignalConfirmDialog *dialog = nullptr;
    // An earlier, closed dialog may wait for its deferred delete: the open one is the visible one.
    for (QDeadlineTimer deadline(5000); !dialog && !deadline.hasExpired(); QTest::qWait(20))
        for (SignalConfirmDialog *d : view.findChildren<SignalConfirmDialog *>())
            if (d->isVisible())
                dialog = d;
    return dialog;
}

void TestActivity::modelUpdatesInPlace()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SessionTableModel model;
    model.setLongRunningSecs(300);
    model.setSessions({fakeSession(10, QStringLiteral("active"), 5, now), fakeSession(20, QStringLiteral("idle"), 9000, now),
                       fakeSession(30, QStringLiteral("active"), 600, now)},
                      now, 10);
    QCOMPARE(model.rowCount(), 3);
    QPersistentModelIndex pid30 = model.index(2, SessionTableModel::QueryColumn);
    QPersistentModelIndex pid20 = model.index(1, 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // Long running: the active session past the threshold, not the idle one however old.
    QVERIFY(model.data(model.index(2, 0), SessionTableModel::LongRunningRole).toBool());
    QVERIFY(!model.data(model.index(1, 0), SessionTableModel::LongRunningRole).toBool());
    QVERIFY(!model.data(model.index(0, 0), SessionTableModel::LongRunningRole).toBool());
    QCOMPARE(model.data(model.index(2, SessionTableModel::DurationColumn)).toString(), QStringLiteral("10 min"));
    QVERIFY(model.data(model.index(0, SessionTableModel::StateColumn)).toString().contains(QLatin1String("pgsteward")));

    // 20 ends, 40 arrives, 30 moves to the top: the persistent index follows pid 30.
    model.setSessions({fakeSession(30, QStringLiteral("active"), 601, now), fakeSession(10, QStringLiteral("active"), 6, now),
                       fakeSession(40, QStringLiteral("idle in transaction"), 1, now)},
                      now, 10);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!pid20.isValid());
    QVERIFY(pid30.isValid());
    QCOMPARE(pid30.row(), 0);
    QCOMPARE(pid30.column(), int(SessionTableModel::QueryColumn));
    QCOMPARE(model.data(model.index(0, 0), SessionTableModel::PidRole).toInt(), 30);
    QCOMPARE(model.rowOfPid(40), 2);
    QCOMPARE(model.rowOfPid(20), -1);
    model.setLongRunningSecs(3600);
    QVERIFY(!model.isLongRunning(0));
}

void TestActivity::blockingTreeFromEdges()
{
    // 1 blocks 2 and 3; 2 blocks 4; 5 blocks 6; 7 and 8 deadlock (no root).
    BlockingTreeModel tree;
    QList<BlockingEdge> edges{edge(2, 1, "relation", "AccessExclusiveLock", QStringLiteral("t")),
                              edge(3, 1, "relation", "", QStringLiteral("t")), edge(4, 2, "transactionid", "ExclusiveLock"),
                              edge(6, 5, "advisory", "ExclusiveLock")};
    edges[0].blockingState = QStringLiteral("idle in transaction");
    edges[0].blockingQuery = QStringLiteral("LOCK t");
    edges[0].blockedState = QStringLiteral("active");
    edges[0].blockedQuery = QStringLiteral("SELECT * FROM t");
    QVERIFY(tree.setEdges(edges));
    QVERIFY(!tree.setEdges(edges)); // unchanged: no rebuild
    QCOMPARE(tree.rootPids(), (QList<int>{1, 5})); // the root blocking most first
    const QModelIndex root = tree.index(0, 0);
    QCOMPARE(tree.rowCount(root), 2);
    QCOMPARE(tree.index(0, BlockingTreeModel::StateColumn).data().toString(), QStringLiteral("idle in transaction"));
    const QModelIndex waiter2 = tree.index(0, 0, root);
    QCOMPARE(waiter2.data().toString(), QStringLiteral("2"));
    QCOMPARE(tree.index(0, BlockingTreeModel::RelationColumn, root).data().toString(), QStringLiteral("t"));
    QCOMPARE(tree.index(0, BlockingTreeModel::HeldColumn, root).data().toString(), QStringLiteral("AccessExclusiveLock"));
    QCOMPARE(tree.index(0, BlockingTreeModel::QueryColumn, root).data().toString(), QStringLiteral("SELECT * FROM t"));
    QCOMPARE(tree.rowCount(waiter2), 1); // 4 waits for 2
    QCOMPARE(tree.index(0, 0, waiter2).data().toString(), QStringLiteral("4"));
    QVERIFY(tree.index(1, BlockingTreeModel::HeldColumn, root).data().toString().contains(QLatin1String("queued")));

    edges = {edge(7, 8, "transactionid", "ExclusiveLock"), edge(8, 7, "transactionid", "ExclusiveLock")};
    QVERIFY(tree.setEdges(edges));
    QCOMPARE(tree.rootPids(), QList<int>{7}); // a cycle is shown from its lowest pid, and ends
    QVERIFY(tree.setEdges({}));
    QCOMPARE(tree.rowCount(), 0);
}

void TestActivity::blockingPairThroughTheView()
{
    auto holder = connectTo(m_scratch);
    auto waiter = connectTo(m_scratch);
    auto observer = connectTo(QStringLiteral("postgres"));
    QVERIFY(holder && waiter && observer);
    QVERIFY(holder->exec(QStringLiteral("SET application_name = 'pgs_activity_holder'")).ok());
    QVERIFY(waiter->exec(QStringLiteral("SET application_name = 'pgs_activity_waiter'")).ok());
    QVERIFY(holder->exec(QStringLiteral("BEGIN")).ok());
    QVERIFY(holder->exec(QStringLiteral("UPDATE accounts SET balance = balance + 1 WHERE id = 1")).ok());
    const int holderPid = holder->backendPid(), waiterPid = waiter->backendPid();
    std::optional<bool> waiterOk;
    std::thread waiting([&] {
        waiterOk = waiter->exec(QStringLiteral("UPDATE accounts SET balance = balance - 1 WHERE id = 1")).ok();
    });
    // A failed check returns early: release the lock and join, or std::thread would abort.
    auto release = qScopeGuard([&] {
        if (holder)
            (void)holder->exec(QStringLiteral("ROLLBACK"));
        if (waiting.joinable())
            waiting.join();
    });

    ConnectionProfile profile = clusterProfile();
    ActivityView view(m_app.get(), profile);
    view.filterBar()->setRefreshIntervalMsecs(0); // the test drives the refreshes
    view.resize(1300, 800);
    view.show();
    view.setConnection(test::clusterSpec());
    SessionTableModel *model = view.sessionModel();
    auto waiterBlocked = [&] {
        const SessionActivity *s = model->session(model->rowOfPid(waiterPid));
        return s && s->blockedBy.contains(holderPid) && model->rowOfPid(holderPid) >= 0;
    };
    QVERIFY2(refreshUntil(view, waiterBlocked), "the waiter never showed as blocked by the holder");

    // The table: both sessions, the waiter's "Blocked by" names the holder.
    const int waiterRow = model->rowOfPid(waiterPid);
    QVERIFY(model->data(model->index(waiterRow, SessionTableModel::BlockedByColumn)).toString().contains(QString::number(holderPid)));
    QCOMPARE(model->data(model->index(waiterRow, SessionTableModel::DatabaseColumn)).toString(), m_scratch);
    QCOMPARE(model->data(model->index(waiterRow, SessionTableModel::WaitEventColumn)).toString(),
             QStringLiteral("Lock: transactionid"));
    QCOMPARE(model->data(model->index(model->rowOfPid(holderPid), SessionTableModel::StateColumn)).toString(),
             QStringLiteral("idle in transaction"));
    const int ownPid = view.snapshot().ownPid;
    QVERIFY(ownPid > 0);
    QVERIFY(model->rowOfPid(ownPid) >= 0);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QString::number(view.snapshot().total)));

    // The tree: the holder is a root, the waiter under it, with the relation of the row lock.
    BlockingTreeModel *tree = view.blockingModel();
    QVERIFY(tree->rootPids().contains(holderPid));
    const QModelIndex root = tree->index(int(tree->rootPids().indexOf(holderPid)), 0);
    QCOMPARE(tree->index(root.row(), BlockingTreeModel::StateColumn).data().toString(), QStringLiteral("idle in transaction"));
    QVERIFY(tree->index(root.row(), BlockingTreeModel::QueryColumn).data().toString().contains(QLatin1String("balance + 1")));
    bool edge = false;
    for (int r = 0; r < tree->rowCount(root); ++r) {
        if (tree->index(r, 0, root).data(BlockingTreeModel::PidRole).toInt() != waiterPid)
            continue;
        edge = true;
        QCOMPARE(tree->index(r, BlockingTreeModel::RelationColumn, root).data().toString(), QStringLiteral("accounts"));
        QCOMPARE(tree->index(r, BlockingTreeModel::LockTypeColumn, root).data().toString(), QStringLiteral("transactionid"));
        QCOMPARE(tree->index(r, BlockingTreeModel::WantedColumn, root).data().toString(), QStringLiteral("ShareLock"));
        QCOMPARE(tree->index(r, BlockingTreeModel::HeldColumn, root).data().toString(), QStringLiteral("ExclusiveLock"));
    }
    QVERIFY2(edge, "the tree has no holder -> waiter edge");

    // The selection survives a refresh, and the side pane shows the whole query.
    view.selectPids({waiterPid});
    QVERIFY(refreshUntil(view, [] { return true; }));
    QCOMPARE(view.selectedPids(), QList<int>{waiterPid});
    QVERIFY(view.findChild<QPlainTextEdit *>(QStringLiteral("queryPane"))->toPlainText().contains(QLatin1String("balance - 1")));

    if (const QByteArray shot = qgetenv("PGSTEWARD_ACTIVITY_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(view.grab().save(QString::fromLocal8Bit(shot)));

    // Filters run on the server.
    ActivityFilterBar *filters = view.filterBar();
    auto allIn = [&](int column, const QString &value) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->data(model->index(r, column)).toString() != value)
                return false;
        return true;
    };
    setFilter(filters->databaseEdit(), m_scratch);
    QVERIFY(refreshUntil(view, [&] { return view.snapshot().total == 2; }));
    QVERIFY(allIn(SessionTableModel::DatabaseColumn, m_scratch));
    filters->activeOnlyCheck()->setChecked(true); // the holder is idle in transaction
    QVERIFY(refreshUntil(view, [&] { return view.snapshot().total == 1; }));
    QCOMPARE(model->rowOfPid(waiterPid), 0);
    filters->activeOnlyCheck()->setChecked(false);
    setFilter(filters->applicationEdit(), QStringLiteral("pgs_activity_holder"));
    QVERIFY(refreshUntil(view, [&] { return view.snapshot().total == 1 && model->rowOfPid(holderPid) == 0; }));
    setFilter(filters->applicationEdit(), {});
    setFilter(filters->userEdit(), QStringLiteral("pgs_no_such_user"));
    QVERIFY(refreshUntil(view, [&] { return view.snapshot().total == 0 && model->rowCount() == 0; }));
    setFilter(filters->userEdit(), {});
    setFilter(filters->databaseEdit(), {});
    // Paging: one session per page says how many there are and pages on.
    view.setPageSize(1);
    QVERIFY(refreshUntil(view, [&] { return model->rowCount() == 1 && view.snapshot().total >= 3; }));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("Showing 1–1 of")));
    view.nextPage();
    QVERIFY(refreshUntil(view, [&] { return view.offset() == 1 && model->rowCount() == 1; }));
    view.setPageSize(ActivityView::kDefaultPageSize);
    view.previousPage();
    QVERIFY(refreshUntil(view, [&] { return view.offset() == 0 && model->rowOfPid(ownPid) >= 0 && waiterBlocked(); }));

    // Our own session is refused, and said so; nothing is asked, nothing signalled.
    view.selectPids({ownPid, waiterPid});
    QCOMPARE(view.selectedPids().size(), 2);
    view.terminateSelected();
    auto *message = view.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QString::number(ownPid)) && message->text().contains(QLatin1String("own session")),
             qPrintable(message->text()));
    QVERIFY(!view.findChild<SignalConfirmDialog *>());
    QVERIFY(refreshUntil(view, [&] { return view.snapshot().ownPid == ownPid && waiterBlocked(); }));

    // Terminate the waiter through the view: confirm, the backend really ends.
    view.selectPids({waiterPid});
    QSignalSpy done(&view, &ActivityView::signalsDone);
    view.findChild<QPushButton *>(QStringLiteral("terminateButton"))->click();
    SignalConfirmDialog *dialog = waitForDialog(view);
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmationEdit()); // not a production profile: no typed confirmation
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("pidList"))->toPlainText().contains(QString::number(waiterPid)));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(done.wait(10000));
    QVERIFY2(done.first().first().toString().contains(QLatin1String("1 terminated")), qPrintable(done.first().first().toString()));
    waiting.join();
    QCOMPARE(waiterOk, std::optional<bool>(false)); // its statement died with the backend
    auto gone = observer->exec(QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE pid = $1"), {waiterPid});
    QVERIFY(gone.ok());
    QCOMPARE(gone->toInt64(0, "n"), qint64(0));
    QVERIFY(refreshUntil(view, [&] { return model->rowOfPid(waiterPid) < 0; }));

    // Production: the name must be typed before Terminate is possible.
    profile.production = true;
    view.setProfile(profile);
    view.selectPids({holderPid});
    done.clear();
    view.terminateSelected();
    dialog = waitForDialog(view);
    QVERIFY(dialog && dialog->confirmationEdit());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("Activity tes"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("t"));
    QVERIFY(ok->isEnabled());
    // The holder ends while the dialog is open: reported per pid, not as a failure.
    QVERIFY(observer->exec(QStringLiteral("SELECT pg_terminate_backend($1, 10000)"), {holderPid}).ok());
    ok->click();
    QVERIFY(done.wait(10000));
    QVERIFY2(done.first().first().toString().contains(QLatin1String("1 no longer existed")),
             qPrintable(done.first().first().toString()));
    QVERIFY(!holder->exec(QStringLiteral("SELECT 1")).ok()); // the holder's connection is gone
    holder.reset();
    QVERIFY(refreshUntil(view, [&] { return model->rowOfPid(holderPid) < 0; }));
}

void TestActivity::sortingOnTheServer()
{
    const QString database = test::createScratchDatabase(QStringLiteral("pgs_activity_sort"));
    QVERIFY(!database.isEmpty());
    auto dropDatabase = qScopeGuard([&] { test::dropScratchDatabase(database); });
    {
        auto admin = connectTo(database);
        QVERIFY(admin);
        QVERIFY(admin->execScript(QStringLiteral(
                    "DO $$ BEGIN CREATE ROLE pgs_sort_a LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                    "DO $$ BEGIN CREATE ROLE pgs_sort_b LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"))
                    .ok());
    }
    auto as = [&](const QString &user) -> std::unique_ptr<pg::Connection> {
        ConnectionSpec spec = test::clusterSpec(database);
        spec.set(QStringLiteral("user"), user);
        auto c = pg::Connection::open(spec);
        return c ? std::move(c).value() : nullptr;
    };
    // Three sessions a second apart: an open transaction of pgs_sort_b, one of pgs_sort_a, an idle one.
    auto oldest = as(QStringLiteral("pgs_sort_b"));
    QVERIFY(oldest && oldest->exec(QStringLiteral("BEGIN")).ok() && oldest->exec(QStringLiteral("SELECT 1")).ok());
    QTest::qWait(1100);
    auto middle = as(QStringLiteral("pgs_sort_a"));
    QVERIFY(middle && middle->exec(QStringLiteral("BEGIN")).ok() && middle->exec(QStringLiteral("SELECT 1")).ok());
    QTest::qWait(1100);
    auto newest = connectTo(database);
    QVERIFY(newest && newest->exec(QStringLiteral("SELECT 1")).ok());
    // ... and the shortest: a running query, which the default order puts first.
    auto busy = connectTo(database);
    auto observer = connectTo(QStringLiteral("postgres"));
    QVERIFY(busy && observer);
    const int o = oldest->backendPid(), m = middle->backendPid(), n = newest->backendPid(), b = busy->backendPid();
    std::thread running([&] { (void)busy->exec(QStringLiteral("SELECT pg_sleep(60)")); });
    auto stopRunning = qScopeGuard([&] {
        (void)observer->exec(QStringLiteral("SELECT pg_cancel_backend($1)"), {b});
        running.join();
    });

    m_app->settings().remove(QStringLiteral("activity/sortKey"));
    auto view = std::make_unique<ActivityView>(m_app.get(), clusterProfile());
    view->filterBar()->setRefreshIntervalMsecs(0);
    view->setPageSize(3);
    view->resize(1300, 800);
    view->show();
    view->setConnection(test::clusterSpec());
    setFilter(view->filterBar()->databaseEdit(), database);
    SessionTableModel *model = view->sessionModel();
    auto page = [&] {
        QList<int> pids;
        for (int r = 0; r < model->rowCount(); ++r)
            pids << model->data(model->index(r, 0), SessionTableModel::PidRole).toInt();
        return pids;
    };
    QVERIFY(refreshUntil(*view, [&] { return view->snapshot().total == 4 && page().value(0) == b; }));
    QCOMPARE(view->sort(), SessionSort::Default);

    // A click on Duration: the longest first, over all three sessions, from the first page.
    QHeaderView *header = view->sessionTable()->horizontalHeader();
    auto clickHeader = [&](int column) {
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    view->nextPage();
    QVERIFY(refreshUntil(*view, [&] { return view->offset() == 3; }));
    clickHeader(SessionTableModel::DurationColumn);
    QCOMPARE(view->sort(), SessionSort::Duration);
    QVERIFY(view->sortDescending());
    QCOMPARE(view->offset(), 0); // a new order starts at its beginning
    QVERIFY(refreshUntil(*view, [&] { return page() == QList<int>{o, m, n}; }));
    QCOMPARE(header->sortIndicatorSection(), int(SessionTableModel::DurationColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("Showing 1–3 of 4")));
    view->nextPage(); // the next page continues the order
    QVERIFY(refreshUntil(*view, [&] { return view->offset() == 3 && page() == QList<int>{b}; }));
    view->previousPage();
    QVERIFY(refreshUntil(*view, [&] { return view->offset() == 0 && page() == QList<int>{o, m, n}; }));

    // The selection follows its pid through a refresh and a new order.
    view->selectPids({m});
    QVERIFY(refreshUntil(*view, [] { return true; }));
    QCOMPARE(view->selectedPids(), QList<int>{m});
    clickHeader(SessionTableModel::DurationColumn); // ascending: the newest first
    QVERIFY(!view->sortDescending());
    QVERIFY(refreshUntil(*view, [&] { return page() == QList<int>{b, n, m}; }));
    QCOMPARE(view->selectedPids(), QList<int>{m});
    QCOMPARE(model->rowOfPid(m), 2);

    clickHeader(SessionTableModel::UserColumn); // pgs_sort_a before pgs_sort_b
    QCOMPARE(view->sort(), SessionSort::User);
    QVERIFY(refreshUntil(*view, [&] {
        const QList<int> all = page();
        return all.size() == 3 && all.indexOf(m) >= 0 && all.indexOf(o) >= 0 && all.indexOf(m) < all.indexOf(o);
    }));

    // Remembered: a new view opens sorted as the last one was.
    view->setSort(SessionSort::Duration, true);
    QCOMPARE(m_app->settings().value(QStringLiteral("activity/sortKey")).toString(), QStringLiteral("duration"));
    view.reset();
    ActivityView again(m_app.get(), clusterProfile());
    again.filterBar()->setRefreshIntervalMsecs(0);
    again.setPageSize(3);
    QCOMPARE(again.sort(), SessionSort::Duration);
    QVERIFY(again.sortDescending());
    QCOMPARE(again.sessionTable()->horizontalHeader()->sortIndicatorSection(), int(SessionTableModel::DurationColumn));
    again.show();
    again.setConnection(test::clusterSpec());
    setFilter(again.filterBar()->databaseEdit(), database);
    model = again.sessionModel();
    QVERIFY(refreshUntil(again, [&] { return page() == QList<int>{o, m, n}; }));

    // The third click on a sorted column goes back to the default order.
    header = again.sessionTable()->horizontalHeader();
    clickHeader(SessionTableModel::DurationColumn);
    clickHeader(SessionTableModel::DurationColumn);
    QCOMPARE(again.sort(), SessionSort::Default);
    QCOMPARE(header->sortIndicatorSection(), -1);
    QCOMPARE(m_app->settings().value(QStringLiteral("activity/sortKey")).toString(), QString());
    setFilter(again.filterBar()->databaseEdit(), {});
    QVERIFY(oldest->exec(QStringLiteral("ROLLBACK")).ok());
    QVERIFY(middle->exec(QStringLiteral("ROLLBACK")).ok());
    oldest.reset();
    middle.reset();
    newest.reset();
}

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
