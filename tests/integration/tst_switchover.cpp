// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A clean switchover between a real primary sandbox and its streaming standby: canceled, the
// primary takes writes again; done through the CLI, the standby is the writable primary on a new
// timeline with every committed row, and the old primary is read-only.
#include "clitestenv.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "replication/switchover.h"
#include "sandbox/sandboxcluster.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

namespace {
// Cancels the job as soon as it logs a line containing trigger (on the job's own thread).
class CancelOnLog : public JobSink
{
public:
    CancelOnLog(QString trigger) : m_trigger(std::move(trigger)) {}
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
} // namespace

class TestSwitchover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void canceledSwitchoverLeavesThePrimaryWritable();
    void switchoverThroughTheCli();

private:
    std::unique_ptr<pg::Connection> connect(const SandboxCluster &cluster);
    QString readOnlyDefault(const SandboxCluster &cluster);
    bool inRecovery(const SandboxCluster &cluster);

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    std::unique_ptr<SandboxCluster> m_primary, m_standby;
};

void TestSwitchover::initTestCase()
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
    auto primary = connect(*m_primary);
    QVERIFY(primary);
    // Streaming before the tests start: the walreceiver connects shortly after the start.
    for (int i = 0; i < 100; ++i) {
        auto r = primary->exec(QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"));
        QVERIFY(r.ok());
        if (r->toInt64(0, 0) == 1)
            return;
        QTest::qWait(100);
    }
    QFAIL("the standby did not start streaming");
}

void TestSwitchover::cleanupTestCase()
{
    JobContext ctx;
    if (m_standby)
        (void)m_standby->drop(ctx);
    if (m_primary)
        (void)m_primary->drop(ctx);
}

std::unique_ptr<pg::Connection> TestSwitchover::connect(const SandboxCluster &cluster)
{
    auto conn = pg::Connection::open(cluster.connectionSpec());
    if (!conn) {
        qWarning("%s", qPrintable(conn.error().message));
        return nullptr;
    }
    return std::move(conn).value();
}

QString TestSwitchover::readOnlyDefault(const SandboxCluster &cluster)
{
    auto conn = connect(cluster); // a new session sees the reloaded configuration
    if (!conn)
        return {};
    auto r = conn->exec(QStringLiteral("SHOW default_transaction_read_only"));
    return r ? r->text(0, 0) : QString();
}

bool TestSwitchover::inRecovery(const SandboxCluster &cluster)
{
    auto conn = connect(cluster);
    auto r = conn ? conn->exec(QStringLiteral("SELECT pg_is_in_recovery()")) : Result<pg::QueryResult>(Error::of(QStringLiteral("no connection")));
    return r && r->toBool(0, 0);
}

void TestSwitchover::canceledSwitchoverLeavesThePrimaryWritable()
{
    CancelOnLog sink(QStringLiteral("Final position"));
    JobContext ctx(&sink);
    sink.ctx = &ctx;
    SwitchoverRequest request{m_primary->connectionSpec(), m_standby->connectionSpec(), QStringLiteral("primary"),
                              QStringLiteral("standby"), 30};
    auto outcome = runSwitchover(ctx, request);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QStringLiteral("accepts writes again")), qPrintable(outcome.error().message));
    QVERIFY2(sink.lines.join(QLatin1Char('\n')).contains(QStringLiteral("read-only (ALTER SYSTEM")), qPrintable(sink.lines.join(QLatin1Char('\n'))));
    QCOMPARE(readOnlyDefault(*m_primary), QStringLiteral("off"));
    auto primary = connect(*m_primary);
    QVERIFY(primary);
    QVERIFY(primary->execScript(QStringLiteral("CREATE TABLE written_after_cancel (id int)")).ok());
    QVERIFY(inRecovery(*m_standby)); // not promoted
}

void TestSwitchover::switchoverThroughTheCli()
{
    auto primary = connect(*m_primary);
    QVERIFY(primary);
    QVERIFY(primary->execScript(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, note text);"
                                               "INSERT INTO orders SELECT g, 'before the switch' FROM generate_series(1, 5000) g;")).ok());
    // An open read-write session: the fence ends it (its uncommitted row is not a committed one).
    QVERIFY(primary->execScript(QStringLiteral("BEGIN; INSERT INTO orders VALUES (999999, 'never committed');")).ok());
    // The last committed rows, right before the switch.
    auto writer = connect(*m_primary);
    QVERIFY(writer);
    QVERIFY(writer->execScript(QStringLiteral("INSERT INTO orders SELECT g, 'last' FROM generate_series(5001, 5100) g")).ok());

    const QString standbyDb = conninfoOf(m_standby->connectionSpec());
    const QString primaryDb = conninfoOf(m_primary->connectionSpec());
    CliRun refused = runCli({QStringLiteral("switchover"), QStringLiteral("--db"), standbyDb, QStringLiteral("--primary"), primaryDb}, m_env);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err().contains(QStringLiteral("--confirm")));
    QCOMPARE(runCli({QStringLiteral("switchover"), QStringLiteral("--db"), standbyDb, QStringLiteral("--confirm"), QStringLiteral("postgres")},
                    m_env).exitCode, 2); // no --primary
    QCOMPARE(readOnlyDefault(*m_primary), QStringLiteral("off")); // untouched

    CliRun run = runCli({QStringLiteral("switchover"), QStringLiteral("--db"), standbyDb, QStringLiteral("--primary"), primaryDb,
                         QStringLiteral("--confirm"), QStringLiteral("postgres"), QStringLiteral("--json")},
                        m_env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
    const QJsonObject out = QJsonDocument::fromJson(run.standardOutput).object();
    QVERIFY(out.value(QStringLiteral("switched_over")).toBool());
    QVERIFY(out.value(QStringLiteral("timeline_after")).toInt() > out.value(QStringLiteral("timeline_before")).toInt());
    QVERIFY(!out.value(QStringLiteral("ended_sessions")).toArray().isEmpty());

    // The old standby: a primary on the new timeline with every committed row, and it takes writes.
    QVERIFY(!inRecovery(*m_standby));
    auto promoted = connect(*m_standby);
    QVERIFY(promoted);
    auto count = promoted->exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE id = 999999) FROM orders"));
    QVERIFY(count.ok());
    QCOMPARE(count->toInt64(0, 0), qint64(5100));
    QCOMPARE(count->toInt64(0, 1), qint64(0));
    QVERIFY(promoted->execScript(QStringLiteral("INSERT INTO orders VALUES (6000, 'after the switch')")).ok());
    auto timeline = promoted->exec(QStringLiteral("SELECT timeline_id FROM pg_control_checkpoint()"));
    QVERIFY(timeline.ok());

    // The old primary: read-only for every new session.
    QCOMPARE(readOnlyDefault(*m_primary), QStringLiteral("on"));
    auto old = connect(*m_primary);
    QVERIFY(old);
    QVERIFY(!old->execScript(QStringLiteral("INSERT INTO orders VALUES (7000, 'split brain')")).ok());

    // The rebuild advice names the new primary without a password, and the base backup to take.
    const QJsonObject rebuild = out.value(QStringLiteral("rebuild")).toObject();
    const QString conninfo = rebuild.value(QStringLiteral("new_primary_conninfo")).toString();
    QVERIFY2(conninfo.contains(QStringLiteral("port=%1").arg(m_standby->port())), qPrintable(conninfo));
    QVERIFY(!conninfo.contains(QStringLiteral("password")));
    const QString baseBackup = rebuild.value(QStringLiteral("base_backup_commands")).toArray().at(2).toString();
    QVERIFY2(baseBackup.startsWith(QStringLiteral("pg_basebackup -d ")) && baseBackup.contains(QStringLiteral(" -R ")), qPrintable(baseBackup));
    QVERIFY2(baseBackup.contains(m_primary->dataDirectory()), qPrintable(baseBackup));
    QVERIFY(rebuild.value(QStringLiteral("slots")).toArray().first().toString().contains(m_standby->standbySlotName()));
}

QTEST_GUILESS_MAIN(TestSwitchover)
#include "tst_switchover.moc"
