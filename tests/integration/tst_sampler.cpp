// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity.h"
#include "monitor/historystore.h"
#include "monitor/livesampler.h"
#include "monitor/rates.h"
#include "monitor/sampler.h"
#include "pg/connection.h"
#include "sql/sqlcatalog.h"
#include "testcluster.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <thread>

using namespace pgs;

// The sampler, rates and activity against the fixture cluster (pg_stat_statements preloaded and
// installed in the demo database). Workload runs in scratch databases.
class TstSampler : public QObject
{
    Q_OBJECT
private:
    QString m_scratch;
    qint64 m_scratchOid = 0;

    static std::unique_ptr<pg::Connection> connect(const QString &database)
    {
        auto c = pg::Connection::open(test::clusterSpec(database));
        if (!c) {
            qWarning("%s", qPrintable(c.error().message));
            return nullptr;
        }
        return std::move(c).value();
    }

    static const DatabaseRates *ratesOf(const SampleRates &rates, qint64 datid)
    {
        for (const DatabaseRates &d : rates.databases)
            if (d.datid == datid)
                return &d;
        return nullptr;
    }

    static void verifyNothingNegative(const SampleRates &rates)
    {
        for (const DatabaseRates &d : rates.databases) {
            for (double v : d.perSecond)
                QVERIFY2(v >= 0, qPrintable(d.name));
            for (qint64 v : d.delta)
                QVERIFY2(v >= 0, qPrintable(d.name));
        }
        for (const StatementDelta &s : rates.statements)
            QVERIFY(s.calls >= 0 && s.totalMs >= 0 && s.rows >= 0);
        QVERIFY(!rates.meanLatencyMs || *rates.meanLatencyMs >= 0);
        QVERIFY(!rates.statementCallsPerSecond || *rates.statementCallsPerSecond >= 0);
        QVERIFY(!rates.walBytesPerSecond || *rates.walBytesPerSecond >= 0);
    }

    // 200 inserts and 500 selects, each its own transaction.
    void runWorkload()
    {
        auto w = connect(m_scratch);
        QVERIFY(w);
        for (int i = 0; i < 200; ++i)
            QVERIFY(w->exec(QStringLiteral("INSERT INTO sampled (id, v) VALUES ($1, 'x')"), {i}).ok());
        for (int i = 0; i < 500; ++i)
            QVERIFY(w->exec(QStringLiteral("SELECT count(*) FROM sampled WHERE id = $1"), {i}).ok());
        // PostgreSQL 15 flushes a backend's statistics at most once a second and at exit, after
        // the client has gone; forcing the flush makes it happen before this statement returns.
        QVERIFY(w->exec(QStringLiteral("SELECT pg_stat_force_next_flush()")).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::clusterAvailable(), "the test cluster fixture is not running");
        m_scratch = test::createScratchDatabase(QStringLiteral("sampler"));
        QVERIFY(!m_scratch.isEmpty());
        auto w = connect(m_scratch);
        QVERIFY(w);
        QVERIFY(w->execScript(QStringLiteral("CREATE TABLE sampled (id int, v text)")).ok());
        // The statement exists in pg_stat_statements before the first sample, so it has a delta.
        QVERIFY(w->exec(QStringLiteral("SELECT count(*) FROM sampled WHERE id = $1"), {-1}).ok());
        auto oid = w->exec(QStringLiteral("SELECT oid::bigint FROM pg_database WHERE datname = current_database()"));
        QVERIFY(oid.ok());
        m_scratchOid = oid->toInt64(0, 0);
    }

    void cleanupTestCase()
    {
        if (!m_scratch.isEmpty())
            test::dropScratchDatabase(m_scratch);
    }

    void workloadDeltasAndRates()
    {
        auto monitor = connect(test::demoDatabase());
        QVERIFY(monitor);
        SampleOptions options;
        options.topStatements = 5000; // texts for every entry: ours is found by its text
        auto first = takeSample(*monitor, options);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        runWorkload();
        if (QTest::currentTestFailed())
            return;
        auto second = takeSample(*monitor, options);
        QVERIFY(second.ok());

        QVERIFY2(second->statementsAvailable, qPrintable(second->statementsUnavailableReason));
        QCOMPARE(second->statementsTotalTimeColumn, QStringLiteral("total_exec_time"));
        QCOMPARE(second->currentDatabase, test::demoDatabase());
        QVERIFY(second->walBytes && first->walBytes && *second->walBytes > *first->walBytes);
        QVERIFY(second->nextXid >= first->nextXid + 200);
        QVERIFY(second->xidAgeMax > 0);
        QVERIFY(!second->sessions.isEmpty());
        QVERIFY(!second->tables.isEmpty());
        for (const TableSize &t : second->tables)
            QVERIFY(t.totalBytes >= t.tableBytes + t.indexBytes + t.toastBytes);

        const auto rates = computeRates(*first, *second);
        QVERIFY(rates);
        const double elapsed = first->takenAt.msecsTo(second->takenAt) / 1000.0;
        QCOMPARE(rates->elapsedSeconds, elapsed);
        const DatabaseRates *scratch = ratesOf(*rates, m_scratchOid);
        QVERIFY(scratch);
        const qint64 commits = scratch->delta.value(QStringLiteral("xact_commit"));
        QVERIFY2(commits >= 200, qPrintable(QString::number(commits)));
        QCOMPARE(scratch->perSecond.value(QStringLiteral("xact_commit")), commits / elapsed);
        QVERIFY(scratch->delta.value(QStringLiteral("tup_inserted")) >= 200);
        QVERIFY(rates->walBytesPerSecond && *rates->walBytesPerSecond > 0);
        verifyNothingNegative(*rates);

        const StatementCounters *ours = nullptr;
        for (const StatementCounters &s : second->statements)
            if (s.dbId == m_scratchOid && s.query.contains(QLatin1String("count(*) FROM sampled WHERE id = $1")))
                ours = &s;
        QVERIFY(ours);
        QCOMPARE(ours->fingerprint.size(), 40);
        QCOMPARE(ours->fingerprint, statementFingerprint(QStringLiteral("SELECT  count(*) FROM sampled\n WHERE id = $1")));
        bool found = false;
        for (const StatementDelta &d : rates->statements) {
            if (d.queryId == ours->queryId && d.dbId == ours->dbId && d.userId == ours->userId) {
                found = true;
                QVERIFY2(d.calls >= 500, qPrintable(QString::number(d.calls)));
                QVERIFY(d.totalMs > 0);
            }
        }
        QVERIFY(found);
        QVERIFY(rates->meanLatencyMs && *rates->meanLatencyMs > 0);
        QVERIFY(rates->statementCallsPerSecond && *rates->statementCallsPerSecond >= 500 / elapsed);
    }

    // Only the top entry carries a text, yet every entry has counters: a statement that was cold at
    // the first sample and hot at the second still has its delta (the CI failure of a busy cluster).
    void statementOutsideTheTopKeepsItsDelta()
    {
        auto monitor = connect(test::demoDatabase());
        QVERIFY(monitor);
        auto w = connect(m_scratch);
        QVERIFY(w);
        QVERIFY(w->exec(QStringLiteral("SELECT v FROM sampled WHERE id = $1 AND v IS NOT NULL"), {-7}).ok());
        QVERIFY(w->exec(QStringLiteral("SELECT pg_stat_force_next_flush()")).ok());
        SampleOptions options;
        options.topStatements = 1;
        auto first = takeSample(*monitor, options);
        QVERIFY(first.ok());
        QVERIFY(first->statements.size() > 2);
        int withText = 0;
        for (const StatementCounters &s : first->statements)
            withText += s.query.isEmpty() ? 0 : 1;
        QVERIFY2(withText <= 2, qPrintable(QString::number(withText)));
        for (int i = 0; i < 50; ++i)
            QVERIFY(w->exec(QStringLiteral("SELECT v FROM sampled WHERE id = $1 AND v IS NOT NULL"), {i}).ok());
        QVERIFY(w->exec(QStringLiteral("SELECT pg_stat_force_next_flush()")).ok());
        auto second = takeSample(*monitor, options);
        QVERIFY(second.ok());
        auto id = w->exec(QStringLiteral("SELECT queryid FROM pg_stat_statements WHERE dbid = $1 "
                                         "AND query LIKE 'SELECT v FROM sampled WHERE id = $1%'"),
                          {m_scratchOid});
        if (!id.ok() || id->rows() != 1) // the extension lives in the demo database only
            id = monitor->exec(QStringLiteral("SELECT queryid FROM pg_stat_statements WHERE dbid = $1 "
                                              "AND query LIKE 'SELECT v FROM sampled WHERE id = $1%'"),
                               {m_scratchOid});
        QVERIFY(id.ok());
        QCOMPARE(id->rows(), 1);
        const qint64 queryId = id->toInt64(0, 0);
        const auto rates = computeRates(*first, *second);
        QVERIFY(rates);
        const StatementDelta *ours = nullptr;
        for (const StatementDelta &d : rates->statements)
            if (d.queryId == queryId && d.dbId == m_scratchOid)
                ours = &d;
        QVERIFY(ours);
        QCOMPARE(ours->calls, qint64(50));
    }

    void statsResetDropsTheInterval()
    {
        auto monitor = connect(test::demoDatabase());
        QVERIFY(monitor);
        SampleOptions options;
        options.topStatements = 5000; // texts for every entry: ours is found by its text
        runWorkload(); // counters well above zero before the first sample
        auto first = takeSample(*monitor, options);
        QVERIFY(first.ok());
        {
            auto w = connect(m_scratch);
            QVERIFY(w);
            QVERIFY(w->exec(QStringLiteral("SELECT pg_stat_reset()")).ok());
            QVERIFY(w->exec(QStringLiteral("SELECT count(*) FROM sampled WHERE id = $1"), {1}).ok());
        }
        // The extension lives in the demo database; its reset is cluster-wide.
        QVERIFY(monitor->exec(QStringLiteral("SELECT pg_stat_statements_reset()")).ok());
        auto second = takeSample(*monitor, options);
        QVERIFY(second.ok());
        const auto rates = computeRates(*first, *second);
        QVERIFY(rates);
        const DatabaseRates *scratch = ratesOf(*rates, m_scratchOid);
        QVERIFY(scratch);
        QVERIFY2(scratch->perSecond.isEmpty(), "a reset interval was plotted");
        verifyNothingNegative(*rates);
        for (const StatementDelta &d : rates->statements)
            QVERIFY(d.dbId != m_scratchOid); // every scratch entry restarted from zero
        QVERIFY(!rates->meanLatencyMs);      // totals fell: no mean latency for this interval
    }

    void liveSamplerOnItsThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LiveSamplerSettings settings;
        settings.liveIntervalMs = 300;
        settings.historyIntervalSeconds = 1;
        settings.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        settings.profileId = QStringLiteral("live");
        QThread *sampleThread = nullptr;
        {
            LiveSampler sampler(test::clusterSpec(test::demoDatabase()), settings);
            QSignalSpy samples(&sampler, &LiveSampler::sampled);
            QSignalSpy failures(&sampler, &LiveSampler::failed);
            QSignalSpy historyFailures(&sampler, &LiveSampler::historyFailed);
            QObject::connect(&sampler, &LiveSampler::sampled, this, [&] { sampleThread = QThread::currentThread(); });
            sampler.start();
            QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 5, 20000);
            QCOMPARE(failures.size(), 0);
            QCOMPARE(historyFailures.size(), 0);
            QCOMPARE(sampleThread, QThread::currentThread()); // delivered on the owner's thread
            const auto first = samples.first().first().value<LiveSample>();
            const auto last = samples.last().first().value<LiveSample>();
            QVERIFY(!first.rates);
            QVERIFY(last.rates);
            QVERIFY(last.rates->elapsedSeconds > 0);
            QVERIFY(last.sample.statementsAvailable);

            sampler.pause();
            QVERIFY(sampler.isPaused());
            QTest::qWait(400); // a tick already queued may still arrive
            const qsizetype paused = samples.size();
            QTest::qWait(1000);
            QCOMPARE(samples.size(), paused);
            sampler.resume();
            QTRY_VERIFY_WITH_TIMEOUT(samples.size() > paused, 20000);
        }
        // About one history sample a second went to the file, with the rates between them.
        HistoryStore store(settings.historyPath);
        QVERIFY(store.open().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto sizes = store.sizeSeries(QStringLiteral("live"), test::demoDatabase(), now.addSecs(-600), now.addSecs(60));
        QVERIFY(sizes.ok());
        QVERIFY2(sizes->times.size() >= 2, qPrintable(QString::number(sizes->times.size())));
        auto latest = store.previousSample(QStringLiteral("live"));
        QVERIFY(latest.ok() && latest->has_value());
    }

    void liveSamplerReportsFailure()
    {
        ConnectionSpec bad = test::clusterSpec(QStringLiteral("pgsteward_no_such_database"));
        LiveSamplerSettings settings;
        settings.liveIntervalMs = 200;
        settings.historyIntervalSeconds = 0;
        LiveSampler sampler(bad, settings);
        QSignalSpy failures(&sampler, &LiveSampler::failed);
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 2, 20000); // retried on the next tick
        QVERIFY(failures.first().first().value<Error>().message.size() > 0);
    }

    void missingExtensionIsExplained()
    {
        auto conn = connect(m_scratch); // the extension is preloaded but not created here
        QVERIFY(conn);
        auto sample = takeSample(*conn);
        QVERIFY(sample.ok());
        QVERIFY(!sample->statementsAvailable);
        QVERIFY(sample->statements.isEmpty());
        QVERIFY(sample->statementsExtensionCreatable);
        QVERIFY2(sample->statementsUnavailableReason.contains(QLatin1String("CREATE EXTENSION pg_stat_statements")),
                 qPrintable(sample->statementsUnavailableReason));
        QVERIFY(sample->statementsUnavailableReason.contains(m_scratch));
    }

    void blockingPairAndSignals()
    {
        auto holder = connect(m_scratch);
        auto waiter = connect(m_scratch);
        auto monitor = connect(m_scratch);
        QVERIFY(holder && waiter && monitor);
        QVERIFY(holder->exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(holder->exec(QStringLiteral("LOCK TABLE sampled IN ACCESS EXCLUSIVE MODE")).ok());
        const int holderPid = holder->backendPid(), waiterPid = waiter->backendPid();
        std::optional<bool> waiterOk;
        std::thread waiting([&] { waiterOk = waiter->exec(QStringLiteral("SELECT count(*) FROM sampled")).ok(); });
        // A failed check returns early: release the lock and join, or std::thread would abort.
        auto release = qScopeGuard([&] {
            (void)holder->exec(QStringLiteral("ROLLBACK"));
            if (waiting.joinable())
                waiting.join();
        });

        ActivitySnapshot snap;
        const SessionActivity *blocked = nullptr;
        for (QDeadlineTimer deadline(20000); !blocked && !deadline.hasExpired(); QThread::msleep(50)) {
            auto loaded = loadActivity(*monitor);
            QVERIFY(loaded.ok());
            snap = std::move(loaded).value();
            for (const SessionActivity &s : snap.sessions)
                if (s.pid == waiterPid && s.blockedBy.contains(holderPid))
                    blocked = &s;
        }
        QVERIFY2(blocked, "the waiting session never showed up as blocked");
        QCOMPARE(blocked->waitEventType, QStringLiteral("Lock"));
        QCOMPARE(blocked->database, m_scratch);
        QVERIFY(blocked->query.contains(QLatin1String("FROM sampled")));
        QCOMPARE(snap.ownPid, monitor->backendPid());
        QVERIFY(snap.total >= 3);
        bool edge = false;
        for (const BlockingEdge &e : snap.blocking) {
            if (e.blockedPid == waiterPid && e.blockingPid == holderPid) {
                edge = true;
                QCOMPARE(e.relation, QStringLiteral("sampled"));
                QCOMPARE(e.wantedMode, QStringLiteral("AccessShareLock"));
                QCOMPARE(e.heldMode, QStringLiteral("AccessExclusiveLock"));
            }
        }
        QVERIFY(edge);
        QVERIFY(snap.blockingTotal >= 1);

        // The cap: one session shown, the total still counts all.
        ActivityOptions capped;
        capped.limit = 1;
        auto one = loadActivity(*monitor, capped);
        QVERIFY(one.ok());
        QCOMPARE(one->sessions.size(), 1);
        QCOMPARE(one->total, snap.total);
        QVERIFY(one->total >= 3);

        // Filters run on the server: only this database, only active sessions.
        ActivityOptions filtered;
        filtered.database = m_scratch;
        auto here = loadActivity(*monitor, filtered);
        QVERIFY(here.ok());
        QCOMPARE(here->total, 3); // holder, waiter, monitor
        for (const SessionActivity &s : here->sessions)
            QCOMPARE(s.database, m_scratch);
        filtered.activeOnly = true;
        auto active = loadActivity(*monitor, filtered);
        QVERIFY(active.ok());
        QCOMPARE(active->total, 2); // the waiter and the monitor's own query; the holder is idle in transaction
        filtered.offset = 1;
        filtered.limit = 10;
        auto paged = loadActivity(*monitor, filtered);
        QVERIFY(paged.ok());
        QCOMPARE(paged->sessions.size(), 1);
        QCOMPARE(paged->total, 2);
        filtered = {};
        filtered.user = QStringLiteral("pgsteward_no_such_user");
        QCOMPARE(loadActivity(*monitor, filtered)->sessions.size(), 0);

        auto own = signalBackends(*monitor, {BackendSignal::Cancel, {monitor->backendPid()}});
        QVERIFY(!own.ok());
        QCOMPARE(own.error().code, QStringLiteral("own-backend"));
        SignalRequest guarded{BackendSignal::Terminate, {waiterPid}, true, false};
        auto refused = signalBackends(*monitor, guarded);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("production-guard"));
        QVERIFY(!waiterOk.has_value()); // still waiting

        guarded.productionOverride = true;
        auto terminated = signalBackends(*monitor, guarded);
        QVERIFY2(terminated.ok(), qPrintable(terminated.ok() ? QString() : terminated.error().message));
        QCOMPARE(terminated->size(), 1);
        QVERIFY(terminated->first().signalled);
        waiting.join();
        QCOMPARE(waiterOk, std::optional<bool>(false)); // its query died with the backend
        QVERIFY(holder->exec(QStringLiteral("ROLLBACK")).ok());
        // A gone backend is reported, not an error.
        auto gone = signalBackends(*monitor, {BackendSignal::Cancel, {waiterPid}});
        QVERIFY(gone.ok());
        QVERIFY(!gone->first().signalled);
    }

    // Three sessions of different age, user and state in their own database: each order is the
    // server's, across all of them, and a page continues it.
    void sessionsSortedOnTheServer()
    {
        auto admin = connect(m_scratch);
        QVERIFY(admin);
        QVERIFY(admin->execScript(QStringLiteral(
                    "DO $$ BEGIN CREATE ROLE pgs_sort_a LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                    "DO $$ BEGIN CREATE ROLE pgs_sort_b LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"))
                    .ok());
        admin.reset();
        auto as = [&](const QString &user) -> std::unique_ptr<pg::Connection> {
            ConnectionSpec spec = test::clusterSpec(m_scratch);
            spec.set(QStringLiteral("user"), user);
            auto c = pg::Connection::open(spec);
            return c ? std::move(c).value() : nullptr;
        };
        // oldest: an open transaction of pgs_sort_b; then one of pgs_sort_a; newest: an idle session.
        auto oldest = as(QStringLiteral("pgs_sort_b"));
        QVERIFY(oldest && oldest->exec(QStringLiteral("BEGIN")).ok() && oldest->exec(QStringLiteral("SELECT 1")).ok());
        QThread::msleep(1100);
        auto middle = as(QStringLiteral("pgs_sort_a"));
        QVERIFY(middle && middle->exec(QStringLiteral("BEGIN")).ok() && middle->exec(QStringLiteral("SELECT 1")).ok());
        QThread::msleep(1100);
        auto newest = connect(m_scratch);
        QVERIFY(newest && newest->exec(QStringLiteral("SELECT 1")).ok());
        const int o = oldest->backendPid(), m = middle->backendPid(), n = newest->backendPid();
        auto monitor = connect(QStringLiteral("postgres"));
        QVERIFY(monitor);

        auto pids = [&](SessionSort sort, bool descending, int limit = 100, int offset = 0) {
            ActivityOptions options;
            options.database = m_scratch;
            options.sort = sort;
            options.descending = descending;
            options.limit = limit;
            options.offset = offset;
            QList<int> out;
            auto snap = loadActivity(*monitor, options);
            if (!snap) {
                qWarning("%s", qPrintable(snap.error().message));
                return out;
            }
            for (const SessionActivity &s : snap->sessions)
                out << s.pid;
            return out;
        };
        QCOMPARE(pids(SessionSort::Duration, true), (QList<int>{o, m, n}));
        QCOMPARE(pids(SessionSort::Duration, false), (QList<int>{n, m, o}));
        QCOMPARE(pids(SessionSort::Duration, true, 1, 1), QList<int>{m}); // the second page goes on
        QCOMPARE(pids(SessionSort::Duration, true, 2, 2), QList<int>{n});
        QCOMPARE(pids(SessionSort::XactStart, false), (QList<int>{o, m, n})); // no transaction: last
        QCOMPARE(pids(SessionSort::XactStart, true), (QList<int>{m, o, n}));  // ... either way
        QCOMPARE(pids(SessionSort::State, false).first(), n);                 // "idle" < "idle in transaction"
        QCOMPARE(pids(SessionSort::State, true).last(), n);
        const QList<int> byUser = pids(SessionSort::User, false);
        QVERIFY(byUser.indexOf(m) < byUser.indexOf(o)); // pgs_sort_a before pgs_sort_b
        const QList<int> byUserDesc = pids(SessionSort::User, true);
        QVERIFY(byUserDesc.indexOf(o) < byUserDesc.indexOf(m));
        QList<int> ascending{o, m, n};
        std::sort(ascending.begin(), ascending.end());
        QCOMPARE(pids(SessionSort::Pid, false), ascending);
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(pids(SessionSort::Pid, true), ascending);

        // The keys round-trip; only the fixed list is accepted.
        for (const QString &key : sessionSortKeys())
            QCOMPARE(sessionSortKey(sessionSortFromKey(key).value()), key);
        QCOMPARE(sessionSortFromKey(QString()), std::optional<SessionSort>(SessionSort::Default));
        QVERIFY(!sessionSortFromKey(QStringLiteral("pid; DROP TABLE sampled")));
        // Even sent straight to the query, a key outside the list is only a value: the default order.
        auto raw = monitor->exec(sql::query(QStringLiteral("monitor/activity"), monitor->serverVersionNum()),
                                 {100, false, m_scratch, QVariant(), QVariant(), 0,
                                  QStringLiteral("pid; DROP TABLE sampled"), true});
        QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().message));
        QCOMPARE(raw->rows(), 3);
        QVERIFY(oldest->exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(middle->exec(QStringLiteral("ROLLBACK")).ok());
    }
};

QTEST_GUILESS_MAIN(TstSampler)
#include "tst_sampler.moc"
