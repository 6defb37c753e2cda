// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shutdown fence of a switchover between two local sandboxes: a wrong directory is refused
// before anything stops; canceled, the stopped primary runs again as the primary; through the CLI
// with --rejoin, every row committed while a writer was busy arrives on the new primary, which
// takes writes on a new timeline, and the old primary streams from it as a standby.
#include "clitestenv.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "replication/switchover.h"
#include "sandbox/sandboxcluster.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace pgs;
using namespace pgs::test;

namespace {
class CancelOnLog : public JobSink
{
public:
    explicit CancelOnLog(QString trigger) : m_trigger(std::move(trigger)) {}
    JobContext *ctx = nullptr;
    QStringList lines;
    void jobProgress(double, const QString &) override {}
    void jobLog(const QString &line) override
    {
        lines << line;
        if (line.contains(m_trigger) && ctx)
            ctx->cancel();
    }

private:
    QString m_trigger;
};

std::unique_ptr<pg::Connection> connectTo(const SandboxCluster &cluster)
{
    auto conn = pg::Connection::open(cluster.connectionSpec());
    if (!conn) {
        qWarning("%s", qPrintable(conn.error().message));
        return nullptr;
    }
    return std::move(conn).value();
}

// The first value of a one-row query on a fresh session ("" when it fails).
QString scalar(const SandboxCluster &cluster, const QString &sql)
{
    auto conn = connectTo(cluster);
    if (!conn)
        return {};
    auto r = conn->exec(sql);
    return r && r->rows() > 0 ? r->text(0, 0) : QString();
}

bool waitFor(const std::function<bool()> &condition, int seconds = 30)
{
    for (int i = 0; i < seconds * 10; ++i) {
        if (condition())
            return true;
        QTest::qWait(100);
    }
    return false;
}

QString stateOf(const QString &dir, const QString &key)
{
    QFile f(dir + QStringLiteral("/cluster.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(key).toString();
}
} // namespace

class TestSwitchoverShutdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongDirectoryIsRefusedBeforeAnythingStops();
    void canceledShutdownSwitchoverStartsThePrimaryAgain();
    void shutdownSwitchoverWithRejoinThroughTheCli();

private:
    bool standbyStreams(const SandboxCluster &upstream);

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    std::unique_ptr<SandboxCluster> m_primary, m_standby;
};

bool TestSwitchoverShutdown::standbyStreams(const SandboxCluster &upstream)
{
    return waitFor([&] {
        return scalar(upstream, QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")) == QLatin1String("1");
    });
}

void TestSwitchoverShutdown::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = isolatedCliEnvironment(m_tmp);
    JobContext ctx;
    m_primary = std::make_unique<SandboxCluster>(m_tmp.filePath(QStringLiteral("primary")));
    QVERIFY(m_primary->create(ctx));
    QVERIFY(m_primary->start(ctx));
    m_standby = std::make_unique<SandboxCluster>(m_tmp.filePath(QStringLiteral("standby")));
    Status made = m_standby->createStandbyOf(ctx, *m_primary);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    QVERIFY(m_standby->start(ctx));
    QVERIFY2(standbyStreams(*m_primary), "the standby did not start streaming");
}

void TestSwitchoverShutdown::cleanupTestCase()
{
    JobContext ctx;
    if (m_standby)
        (void)m_standby->drop(ctx);
    if (m_primary)
        (void)m_primary->drop(ctx);
}

void TestSwitchoverShutdown::wrongDirectoryIsRefusedBeforeAnythingStops()
{
    const QString standbyDb = conninfoOf(m_standby->connectionSpec());
    const QString primaryDb = conninfoOf(m_primary->connectionSpec());
    // --rejoin belongs to the shutdown fence; an unknown fence is a usage error.
    QCOMPARE(runCli({QStringLiteral("switchover"), QStringLiteral("--db"), standbyDb, QStringLiteral("--primary"), primaryDb,
                     QStringLiteral("--confirm"), QStringLiteral("postgres"), QStringLiteral("--rejoin")},
                    m_env).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("switchover"), QStringLiteral("--db"), standbyDb, QStringLiteral("--primary"), primaryDb,
                     QStringLiteral("--confirm"), QStringLiteral("postgres"), QStringLiteral("--fence"), QStringLiteral("halt")},
                    m_env).exitCode, 2);
    // The standby's directory holds the same cluster, but it is not the server --primary names.
    CliRun wrong = runCli({QStringLiteral("switchover"), QStringLiteral("--db"), standbyDb, QStringLiteral("--primary"), primaryDb,
                           QStringLiteral("--confirm"), QStringLiteral("postgres"), QStringLiteral("--fence"), QStringLiteral("shutdown"),
                           QStringLiteral("--primary-dir"), m_standby->directory()},
                          m_env);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err().contains(QStringLiteral("cannot be stopped from here")), qPrintable(wrong.err()));
    QVERIFY(m_primary->isRunning());
    QVERIFY(m_standby->isRunning());
    QCOMPARE(scalar(*m_standby, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
}

void TestSwitchoverShutdown::canceledShutdownSwitchoverStartsThePrimaryAgain()
{
    CancelOnLog sink(QStringLiteral("Shutdown checkpoint of"));
    JobContext ctx(&sink);
    sink.ctx = &ctx;
    SwitchoverRequest request{m_primary->connectionSpec(), m_standby->connectionSpec(), QStringLiteral("primary"),
                              QStringLiteral("standby"), 30};
    request.fence = SwitchoverFence::Shutdown;
    request.primarySandboxDir = m_primary->directory();
    request.rejoin = true;
    auto outcome = runSwitchover(ctx, request);
    const QString log = sink.lines.join(QLatin1Char('\n'));
    QVERIFY2(!outcome.ok(), qPrintable(log));
    QVERIFY2(outcome.error().message.contains(QStringLiteral("runs again as the primary")), qPrintable(outcome.error().message));
    QVERIFY2(log.contains(QStringLiteral("stopped (fast shutdown)")), qPrintable(log));
    // It really was stopped and started: a new postmaster start time, still the primary, writable.
    QVERIFY(m_primary->isRunning());
    QCOMPARE(scalar(*m_primary, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
    auto primary = connectTo(*m_primary);
    QVERIFY(primary);
    QVERIFY(primary->execScript(QStringLiteral("CREATE TABLE written_after_cancel (id int)")).ok());
    QCOMPARE(scalar(*m_standby, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
    QVERIFY2(standbyStreams(*m_primary), "the standby did not stream again from the restarted primary");
}

void TestSwitchoverShutdown::shutdownSwitchoverWithRejoinThroughTheCli()
{
    auto setup = connectTo(*m_primary);
    QVERIFY(setup);
    QVERIFY(setup->execScript(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, note text);"
                                             "INSERT INTO orders SELECT g, 'before' FROM generate_series(1, 2000) g;")).ok());
    // A writer commits one row per transaction until the fast shutdown ends its session: every
    // row it saw committed must be on the new primary.
    std::atomic<int> lastCommitted{2000};
    std::atomic<bool> writerStarted{false}, stopWriting{false};
    std::thread writer([&, spec = m_primary->connectionSpec()] {
        auto conn = pg::Connection::open(spec);
        if (!conn)
            return;
        for (int id = 2001; !stopWriting; ++id) {
            if (!(*conn)->exec(QStringLiteral("INSERT INTO orders VALUES ($1, 'during')"), {id}))
                return; // the shutdown ended the session
            lastCommitted = id;
            writerStarted = true;
        }
    });
    QVERIFY(waitFor([&] { return writerStarted.load(); }));
    QTest::qWait(300);

    const QString standbyDb = conninfoOf(m_standby->connectionSpec());
    CliRun run = runCli({QStringLiteral("switchover"), QStringLiteral("--db"), standbyDb, QStringLiteral("--fence"),
                         QStringLiteral("shutdown"), QStringLiteral("--primary-dir"), m_primary->directory(),
                         QStringLiteral("--standby-dir"), m_standby->directory(), QStringLiteral("--rejoin"),
                         QStringLiteral("--confirm"), QStringLiteral("postgres"), QStringLiteral("--json")},
                        m_env);
    stopWriting = true; // had the switchover failed, the writer would go on
    writer.join();
    QVERIFY2(run.exitCode == 0, describeRun(run).constData());
    const QJsonObject out = jsonObjectOf(run);
    QCOMPARE(out.value(QStringLiteral("fence")).toString(), QStringLiteral("shutdown"));
    QVERIFY(out.value(QStringLiteral("old_primary_rejoined")).toBool());
    QVERIFY(!out.value(QStringLiteral("shutdown_checkpoint_lsn")).toString().isEmpty());
    const int timelineAfter = out.value(QStringLiteral("timeline_after")).toInt();
    QVERIFY(timelineAfter > out.value(QStringLiteral("timeline_before")).toInt());
    QVERIFY(lastCommitted > 2000); // the writer did write during the test

    // The new primary: every committed row, writable, writing WAL on the new timeline.
    QCOMPARE(scalar(*m_standby, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
    QCOMPARE(scalar(*m_standby, QStringLiteral("SELECT count(*) FROM orders WHERE id <= %1").arg(lastCommitted.load())),
             QString::number(lastCommitted.load()));
    auto promoted = connectTo(*m_standby);
    QVERIFY(promoted);
    QVERIFY(promoted->execScript(QStringLiteral("INSERT INTO orders VALUES (0, 'after the switch')")).ok());
    QCOMPARE(scalar(*m_standby, QStringLiteral("SELECT ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int")),
             QString::number(timelineAfter));

    // The old primary: a standby streaming the new timeline from the new primary, no pg_rewind.
    QCOMPARE(scalar(*m_primary, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
    QCOMPARE(scalar(*m_primary, QStringLiteral("SELECT status || ' ' || received_tli FROM pg_stat_wal_receiver")),
             QStringLiteral("streaming %1").arg(timelineAfter));
    QVERIFY2(standbyStreams(*m_standby), "the new primary lists no streaming standby");
    QVERIFY(waitFor([&] { return scalar(*m_primary, QStringLiteral("SELECT note FROM orders WHERE id = 0")) == QLatin1String("after the switch"); }));
    QVERIFY(!connectTo(*m_primary)->execScript(QStringLiteral("INSERT INTO orders VALUES (-1, 'split brain')")).ok());
    // It streams through a slot on the new primary; the old slot of the promoted standby is gone.
    QCOMPARE(scalar(*m_standby, QStringLiteral("SELECT string_agg(slot_name || ':' || active, ',') FROM pg_replication_slots")),
             m_primary->standbySlotName() + QStringLiteral(":true"));
    QCOMPARE(scalar(*m_primary, QStringLiteral("SELECT count(*) FROM pg_replication_slots")), QStringLiteral("0"));
    // The sandboxes' own record of who follows whom.
    QCOMPARE(stateOf(m_primary->directory(), QStringLiteral("primary_dir")), m_standby->directory());
    QCOMPARE(stateOf(m_standby->directory(), QStringLiteral("primary_dir")), QString());
    const QJsonObject rebuild = out.value(QStringLiteral("rebuild")).toObject();
    QVERIFY(rebuild.value(QStringLiteral("rejoined")).toBool());
    QVERIFY(rebuild.value(QStringLiteral("rejoin_commands")).toArray().at(1).toString().contains(QStringLiteral("standby.signal")));
}

QTEST_GUILESS_MAIN(TestSwitchoverShutdown)
#include "tst_switchover_shutdown.moc"
