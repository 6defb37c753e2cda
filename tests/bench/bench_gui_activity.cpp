// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity at scale, in a private sandbox cluster: a few hundred sessions, 50,000 locks held
// (advisory locks in a few sessions, a thousand relation locks in one transaction) and sessions
// queued behind them. Times the server queries (sessions page, blocking edges), the sessions
// model update (first fill, in-place refresh, reordered refresh, also for 5,000 rows made from
// the real ones) and the whole view refresh (job, model, tree, paint). Prints figures only.
//   PGSTEWARD_BENCH_SESSIONS (default 300), PGSTEWARD_BENCH_LOCKS (default 50000)
#include "monitor/activity.h"
#include "monitor/activity/activityfilterbar.h"
#include "monitor/activity/activityview.h"
#include "monitor/activity/blockingtreemodel.h"
#include "monitor/activity/sessiontablemodel.h"
#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"
#include "shell/appcontext.h"
#include "sql/sqlcatalog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace pgs;

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

template<typename F> double medianMs(int runs, F &&f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

std::unique_ptr<pg::Connection> open(const ConnectionSpec &spec)
{
    auto c = pg::Connection::open(spec);
    if (!c) {
        say(QStringLiteral("connect failed: ") + c.error().message);
        return nullptr;
    }
    return std::move(c).value();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int sessionCount = qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SESSIONS") > 0
                                 ? qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SESSIONS") : 300;
    const int lockCount = qEnvironmentVariableIntValue("PGSTEWARD_BENCH_LOCKS") > 0
                              ? qEnvironmentVariableIntValue("PGSTEWARD_BENCH_LOCKS") : 50000;
    const int waiters = 50, lockHolders = 5, tables = 1000;
    QTemporaryDir dir;
    qputenv("PGSTEWARD_CONFIG_DIR", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("PGSTEWARD_NO_KEYCHAIN", "1");
    JobContext ctx;
    SandboxCluster cluster(dir.filePath(QStringLiteral("cluster")));
    if (Status s = cluster.create(ctx); !s) {
        say(QStringLiteral("create failed: ") + s.error().message);
        return 1;
    }
    { // room for the sessions and a lock table of ~100,000 entries
        QFile conf(cluster.dataDirectory() + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text))
            return 1;
        conf.write(QStringLiteral("max_connections = %1\nmax_locks_per_transaction = %2\n")
                       .arg(sessionCount + waiters + lockHolders + 20)
                       .arg(std::max(64, 2 * lockCount / (sessionCount + waiters + lockHolders)))
                       .toUtf8());
    }
    if (Status s = cluster.start(ctx); !s) {
        say(QStringLiteral("start failed: ") + s.error().message);
        return 1;
    }
    struct Dropper
    {
        SandboxCluster &c;
        ~Dropper()
        {
            JobContext x;
            (void)c.drop(x);
        }
    } dropper{cluster};
    const ConnectionSpec spec = cluster.connectionSpec(QStringLiteral("postgres"));
    auto admin = open(spec);
    if (!admin)
        return 1;

    // Idle sessions, a few in open transactions.
    std::vector<std::unique_ptr<pg::Connection>> idle;
    for (int i = 0; i < sessionCount; ++i) {
        auto c = open(spec);
        if (!c)
            return 1;
        (void)c->exec(QStringLiteral("SET application_name = 'bench_%1'").arg(i % 7));
        if (i % 10 == 0)
            (void)c->exec(QStringLiteral("BEGIN; SELECT 1"));
        idle.push_back(std::move(c));
    }
    // The locks: a thousand relation locks in one transaction, the rest advisory locks.
    (void)admin->execScript(QStringLiteral("DO $$ BEGIN FOR i IN 1..%1 LOOP EXECUTE format('CREATE TABLE t%2 (id int)', i); "
                                           "END LOOP; END $$;")
                                .arg(tables)
                                .arg(QStringLiteral("%s")));
    std::vector<std::unique_ptr<pg::Connection>> holders;
    auto relationHolder = open(spec);
    if (!relationHolder || !relationHolder->exec(QStringLiteral("BEGIN")).ok()
        || !relationHolder
                ->execScript(QStringLiteral("DO $$ BEGIN FOR i IN 1..%1 LOOP EXECUTE format('LOCK TABLE t%2 IN ACCESS EXCLUSIVE MODE', i); "
                                            "END LOOP; END $$;")
                                 .arg(tables)
                                 .arg(QStringLiteral("%s")))
                .ok()) {
        say(QStringLiteral("could not lock the tables"));
        return 1;
    }
    const int perHolder = (lockCount - tables) / lockHolders;
    for (int h = 0; h < lockHolders; ++h) {
        auto c = open(spec);
        auto r = c ? c->exec(QStringLiteral("SELECT count(pg_advisory_lock(k)) FROM generate_series($1::bigint, $2::bigint) k"),
                             {qint64(h) * perHolder + 1, qint64(h + 1) * perHolder})
                   : Result<pg::QueryResult>(Error::of(QStringLiteral("no connection")));
        if (!r) {
            say(QStringLiteral("advisory locks failed: ") + r.error().message);
            return 1;
        }
        holders.push_back(std::move(c));
    }
    // Sessions waiting: half on a table, half on an advisory lock.
    std::vector<std::unique_ptr<pg::Connection>> waiting;
    std::vector<std::thread> threads;
    QList<int> waitingPids;
    for (int i = 0; i < waiters; ++i) {
        waiting.push_back(open(spec));
        if (!waiting.back())
            return 1;
        waitingPids.append(waiting.back()->backendPid());
    }
    for (int i = 0; i < waiters; ++i) {
        pg::Connection *c = waiting[i].get();
        const QString sql = i % 2 ? QStringLiteral("SELECT count(*) FROM t%1").arg(1 + i)
                                  : QStringLiteral("SELECT pg_advisory_lock(%1)").arg(1 + i);
        threads.emplace_back([c, sql] { (void)c->exec(sql); });
    }
    QThread::msleep(1500);
    auto counts = admin->exec(QStringLiteral("SELECT count(*) AS locks, (SELECT count(*) FROM pg_stat_activity "
                                             "WHERE backend_type = 'client backend') AS sessions FROM pg_locks"));
    say(QStringLiteral("cluster: %1 client sessions, %2 locks, %3 waiting")
            .arg(counts->toInt64(0, "sessions"))
            .arg(counts->toInt64(0, "locks"))
            .arg(waiters));

    // 1. The server: each query alone, then loadActivity as the view calls it.
    const int v = admin->serverVersionNum();
    const QString activitySql = sql::query(QStringLiteral("monitor/activity"), v);
    const QString blockingSql = sql::query(QStringLiteral("monitor/blocking"), v);
    const int runs = 7;
    say(QStringLiteral("server: sessions page (1,000 of all)   %1 ms")
            .arg(medianMs(runs, [&] { (void)admin->exec(activitySql, {1000, false, QVariant(), QVariant(), QVariant(), 0}); }), 0, 'f', 1));
    say(QStringLiteral("server: blocking edges (cap 1,000)      %1 ms")
            .arg(medianMs(runs, [&] { (void)admin->exec(blockingSql, {1000}); }), 0, 'f', 1));
    ActivitySnapshot snap;
    say(QStringLiteral("server: loadActivity (both + parsing)   %1 ms")
            .arg(medianMs(runs, [&] { snap = loadActivity(*admin).value(); }), 0, 'f', 1));
    say(QStringLiteral("  -> %1 of %2 sessions, %3 of %4 blocking edges")
            .arg(snap.sessions.size()).arg(snap.total).arg(snap.blocking.size()).arg(snap.blockingTotal));

    // 2. The models, attached to shown views (offscreen).
    QList<SessionActivity> big; // 5,000 rows from the real ones, with distinct pids
    for (int i = 0; big.size() < 5000; ++i) {
        SessionActivity s = snap.sessions[i % snap.sessions.size()];
        s.pid = 100000 + i;
        big.append(s);
    }
    for (const QList<SessionActivity> *rows : {&snap.sessions, &big}) {
        SessionTableModel model;
        QTableView table;
        table.setModel(&model);
        table.resize(1300, 700);
        table.show();
        QElapsedTimer t;
        t.start();
        model.setSessions(*rows, snap.serverTime, snap.ownPid);
        const double fill = t.nsecsElapsed() / 1e6;
        table.selectRow(int(rows->size() / 2));
        const double same = medianMs(runs, [&] { model.setSessions(*rows, snap.serverTime, snap.ownPid); });
        QList<SessionActivity> reordered = *rows;
        std::reverse(reordered.begin(), reordered.end());
        reordered.removeAt(3);
        const double moved = medianMs(1, [&] { model.setSessions(reordered, snap.serverTime, snap.ownPid); });
        const double paint = medianMs(runs, [&] { (void)table.grab(); }); // a full render of the visible rows
        say(QStringLiteral("model: %1 sessions: fill %2 ms, refresh in place %3 ms, reordered %4 ms, render %5 ms")
                .arg(rows->size()).arg(fill, 0, 'f', 2).arg(same, 0, 'f', 2).arg(moved, 0, 'f', 2).arg(paint, 0, 'f', 2));
    }
    BlockingTreeModel tree;
    QList<BlockingEdge> edges = snap.blocking;
    say(QStringLiteral("tree: %1 edges built in %2 ms").arg(edges.size()).arg(medianMs(1, [&] { tree.setEdges(edges); }), 0, 'f', 2));

    // 3. The whole view: refresh() until refreshed() (job on the kept connection, models, paint).
    AppContext context(dir.filePath(QStringLiteral("config/profiles.json")));
    ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    ActivityView view(&context, profile);
    view.filterBar()->setRefreshIntervalMsecs(0);
    view.resize(1400, 900);
    view.show();
    view.setConnection(spec);
    QSignalSpy refreshed(&view, &ActivityView::refreshed);
    refreshed.wait(30000); // the first load opens the connection
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        view.refresh();
        if (!refreshed.wait(30000)) {
            say(QStringLiteral("view refresh timed out"));
            break;
        }
        view.repaint();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    if (!ms.isEmpty())
        say(QStringLiteral("view: refresh to painted, median %1 ms (min %2, max %3) over %4 runs")
                .arg(ms[ms.size() / 2], 0, 'f', 1).arg(ms.first(), 0, 'f', 1).arg(ms.last(), 0, 'f', 1).arg(ms.size()));

    // Let the waiters go before the cluster is dropped.
    for (int pid : std::as_const(waitingPids))
        (void)admin->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {pid});
    for (std::thread &t : threads)
        t.join();
    return 0;
}
