// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Point-in-time recovery with the WAL streamed by `pgsteward-cli wal receive` through a slot
// (no archive_command): the same round trip as tst_pitr, the newest WAL only in a .partial file;
// the receiver as a cron service, without a password in the line.
#include "clitestenv.h"
#include "fakecrontab.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"
#include "testcluster.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <sys/stat.h>

using namespace pgs;
using namespace pgs::test;

class TestPitrReceive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void recoversFromStreamedWal();
    void serviceLineNamesTheProfileOnly();

private:
    CliRun cli(const QStringList &args) { return runCli(args, m_env); }
    QString exec(const QString &sql);
    bool waitFor(const QString &sql, int seconds = 30);
    QString dbArg() const
    {
        SandboxCluster primary(m_primary);
        primary.loadState();
        return conninfoOf(primary.connectionSpec());
    }

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_primary, m_archive, m_catalog, m_slot;
    QStringList m_recovered;
    QProcess m_receiver;
};

QString TestPitrReceive::exec(const QString &sql)
{
    SandboxCluster c(m_primary);
    c.loadState();
    auto conn = pg::Connection::open(c.connectionSpec());
    if (!conn)
        return QStringLiteral("ERROR ") + conn.error().message;
    if (sql.contains(QLatin1Char(';'))) {
        const Status script = (*conn)->execScript(sql);
        return script ? QString() : QStringLiteral("ERROR ") + script.error().message;
    }
    auto r = (*conn)->exec(sql);
    if (!r)
        return QStringLiteral("ERROR ") + r.error().message;
    return r->rows() > 0 && r->columns() > 0 ? r->text(0, 0) : QString();
}

bool TestPitrReceive::waitFor(const QString &sql, int seconds)
{
    for (int i = 0; i < seconds * 10; ++i) {
        if (exec(sql) == QLatin1String("t"))
            return true;
        QThread::msleep(100);
    }
    return false;
}

void TestPitrReceive::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = isolatedCliEnvironment(m_tmp);
    m_primary = m_tmp.filePath(QStringLiteral("primary"));
    m_archive = m_tmp.filePath(QStringLiteral("streamed"));
    m_catalog = m_tmp.filePath(QStringLiteral("catalog"));
    m_slot = QStringLiteral("pgs_recv_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    ::chmod(QFile::encodeName(m_tmp.path()).constData(), 0711);
    JobContext ctx;
    SandboxCluster primary(m_primary);
    QVERIFY2(primary.create(ctx), "create");
    QVERIFY2(primary.start(ctx), "start");
    QCOMPARE(exec(QStringLiteral("SHOW archive_mode")), QStringLiteral("off"));
}

void TestPitrReceive::cleanupTestCase()
{
    if (m_receiver.state() != QProcess::NotRunning) {
        m_receiver.kill();
        m_receiver.waitForFinished();
    }
    JobContext ctx;
    for (const QString &dir : std::as_const(m_recovered))
        (void)SandboxCluster(dir).drop(ctx);
    (void)SandboxCluster(m_primary).drop(ctx);
}

void TestPitrReceive::recoversFromStreamedWal()
{
    // Without --create-slot a missing slot is an error, before anything streams.
    CliRun noSlot = cli({QStringLiteral("wal"), QStringLiteral("receive"), QStringLiteral("--db"), dbArg(),
                         QStringLiteral("--archive"), m_archive, QStringLiteral("--slot"), m_slot});
    QCOMPARE(noSlot.exitCode, 1);
    QVERIFY2(noSlot.err().contains(QStringLiteral("--create-slot")), qPrintable(noSlot.err()));

    m_receiver.setProcessEnvironment(m_env);
    m_receiver.start(cliPath(), {QStringLiteral("wal"), QStringLiteral("receive"), QStringLiteral("--db"), dbArg(),
                                 QStringLiteral("--archive"), m_archive, QStringLiteral("--slot"), m_slot,
                                 QStringLiteral("--create-slot")});
    QVERIFY(m_receiver.waitForStarted());
    const QString slotActive = QStringLiteral("SELECT coalesce(bool_or(active), false) FROM pg_replication_slots WHERE slot_name = '%1'").arg(m_slot);
    QVERIFY2(waitFor(slotActive), m_receiver.readAllStandardError().constData());

    // A second receiver into the same folder is refused; with --keep-alive it ends quietly.
    CliRun second = cli({QStringLiteral("wal"), QStringLiteral("receive"), QStringLiteral("--db"), dbArg(),
                         QStringLiteral("--archive"), m_archive, QStringLiteral("--slot"), m_slot});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err().contains(QStringLiteral("already streaming")), qPrintable(second.err()));
    CliRun alive = cli({QStringLiteral("wal"), QStringLiteral("receive"), QStringLiteral("--db"), dbArg(),
                        QStringLiteral("--archive"), m_archive, QStringLiteral("--slot"), m_slot, QStringLiteral("--keep-alive")});
    QCOMPARE(alive.exitCode, 0);

    QCOMPARE(exec(QStringLiteral("CREATE TABLE t(i int); INSERT INTO t SELECT generate_series(1, 5)")), QString());
    CliRun backup = cli({QStringLiteral("basebackup"), QStringLiteral("--db"), dbArg(), QStringLiteral("--catalog"), m_catalog,
                         QStringLiteral("--json")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err()));
    QCOMPARE(exec(QStringLiteral("INSERT INTO t SELECT generate_series(6, 10)")), QString());
    QThread::msleep(50);
    const QString moment = exec(QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
    QThread::msleep(50);
    QCOMPARE(exec(QStringLiteral("DROP TABLE t")), QString());
    const QString end = exec(QStringLiteral("SELECT pg_current_wal_lsn()"));
    // No WAL switch: the drop is only in the segment pg_receivewal is still writing (.partial).
    QVERIFY2(waitFor(QStringLiteral("SELECT restart_lsn >= '%1' FROM pg_replication_slots WHERE slot_name = '%2'").arg(end, m_slot)),
             "the slot never reached the end of the WAL");

    CliRun status = cli({QStringLiteral("wal"), QStringLiteral("status"), QStringLiteral("--db"), dbArg(), QStringLiteral("--archive"),
                         m_archive, QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.out() + status.err()));
    const QJsonObject slot = QJsonDocument::fromJson(status.standardOutput).object().value(QStringLiteral("slot")).toObject();
    QCOMPARE(slot.value(QStringLiteral("name")).toString(), m_slot);
    QVERIFY(slot.value(QStringLiteral("active")).toBool());
    QVERIFY(slot.value(QStringLiteral("retained_bytes")).toInteger(-1) >= 0);

    m_receiver.terminate(); // SIGTERM: a clean stop
    QVERIFY(m_receiver.waitForFinished(30000));
    QCOMPARE(m_receiver.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_receiver.exitCode(), 0);
    CliRun idle = cli({QStringLiteral("wal"), QStringLiteral("status"), QStringLiteral("--db"), dbArg(), QStringLiteral("--archive"),
                       m_archive, QStringLiteral("--json")});
    QCOMPARE(idle.exitCode, 1); // the slot keeps WAL and nobody receives it
    QVERIFY2(idle.out().contains(QStringLiteral("No receiver is streaming")), qPrintable(idle.out()));

    // As root the recovery sandbox runs as postgres; pg_receivewal (as us) wrote 0600 files.
    if (SandboxCluster::runsAsRoot()) {
        ::chmod(QFile::encodeName(m_archive).constData(), 0755);
        for (QDirIterator it(m_archive, QDir::Files); it.hasNext();)
            ::chmod(QFile::encodeName(it.next()).constData(), 0644);
    }
    CliRun window = runCli({QStringLiteral("pitr"), QStringLiteral("window"), QStringLiteral("--catalog"), m_catalog,
                            QStringLiteral("--archive"), m_archive, QStringLiteral("--json")}, m_env);
    QVERIFY2(window.exitCode == 0, qPrintable(window.out() + window.err()));
    QVERIFY2(window.out().contains(QStringLiteral(".partial")), qPrintable(window.out()));

    const QString atMoment = m_tmp.filePath(QStringLiteral("at moment"));
    m_recovered << atMoment;
    CliRun restored = cli({QStringLiteral("pitr"), QStringLiteral("restore"), QStringLiteral("--catalog"), m_catalog,
                           QStringLiteral("--archive"), m_archive, QStringLiteral("--target-time"), moment,
                           QStringLiteral("--dir"), atMoment});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err()));
    {
        SandboxCluster c(atMoment);
        c.loadState();
        auto conn = pg::Connection::open(c.connectionSpec());
        QVERIFY(conn);
        auto r = (*conn)->exec(QStringLiteral("SELECT count(*) || ':' || sum(i) FROM t"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->text(0, 0), QStringLiteral("10:55"));
    }
    const QString atEnd = m_tmp.filePath(QStringLiteral("at end"));
    m_recovered << atEnd;
    CliRun latest = cli({QStringLiteral("pitr"), QStringLiteral("restore"), QStringLiteral("--catalog"), m_catalog,
                         QStringLiteral("--archive"), m_archive, QStringLiteral("--latest"), QStringLiteral("--dir"), atEnd});
    QVERIFY2(latest.exitCode == 0, qPrintable(latest.err()));
    SandboxCluster c(atEnd);
    c.loadState();
    auto conn = pg::Connection::open(c.connectionSpec());
    QVERIFY(conn);
    auto r = (*conn)->exec(QStringLiteral("SELECT to_regclass('t') IS NULL"));
    QVERIFY(r);
    QCOMPARE(r->text(0, 0), QStringLiteral("t"));
    QCOMPARE(exec(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(m_slot)), QString());
}

void TestPitrReceive::serviceLineNamesTheProfileOnly()
{
    const QString bin = m_tmp.filePath(QStringLiteral("bin"));
    QVERIFY(writeFakeCrontab(bin));
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("FAKE_CRONTAB_FILE"), m_tmp.filePath(QStringLiteral("crontab.txt")));
    env.insert(QStringLiteral("PGSTEWARD_SCHEDULER"), QStringLiteral("cron"));
    SandboxCluster primary(m_primary);
    primary.loadState();
    const ConnectionSpec spec = primary.connectionSpec();
    const QStringList target{QStringLiteral("--archive"), m_archive, QStringLiteral("--slot"), m_slot + QStringLiteral("_svc")};
    CliRun byDb = runCli(QStringList{QStringLiteral("wal"), QStringLiteral("receive"), QStringLiteral("--db"),
                                     conninfoOf(spec) + QStringLiteral(" password=s3cret"), QStringLiteral("--install-service")} + target, env);
    QCOMPARE(byDb.exitCode, 2);
    CliRun add = runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("streamed"),
                         QStringLiteral("--host"), spec.keywords().value(QStringLiteral("host")), QStringLiteral("--port"),
                         spec.keywords().value(QStringLiteral("port")), QStringLiteral("--user"),
                         spec.keywords().value(QStringLiteral("user")), QStringLiteral("--database"), QStringLiteral("postgres")}, env);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err()));
    CliRun install = runCli(QStringList{QStringLiteral("wal"), QStringLiteral("receive"), QStringLiteral("--profile"),
                                        QStringLiteral("streamed"), QStringLiteral("--install-service"), QStringLiteral("--create-slot")} + target, env);
    QVERIFY2(install.exitCode == 0, qPrintable(install.err()));
    QFile table(m_tmp.filePath(QStringLiteral("crontab.txt")));
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QString line = QString::fromUtf8(table.readAll()).trimmed();
    QVERIFY2(line.startsWith(QStringLiteral("* * * * * ")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("wal receive --profile streamed")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("--keep-alive")), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("password")), qPrintable(line));
    QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1_svc'").arg(m_slot)), QStringLiteral("1"));
    CliRun remove = runCli(QStringList{QStringLiteral("wal"), QStringLiteral("receive"), QStringLiteral("--profile"),
                                       QStringLiteral("streamed"), QStringLiteral("--remove-service")} + target, env);
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.err()));
    table.close();
    QVERIFY(table.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(table.readAll()).contains(QStringLiteral("walreceive")));
    QCOMPARE(exec(QStringLiteral("SELECT pg_drop_replication_slot('%1_svc')").arg(m_slot)), QString());
}

QTEST_GUILESS_MAIN(TestPitrReceive)
#include "tst_pitr_receive.moc"
