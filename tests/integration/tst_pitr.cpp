// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Point-in-time recovery end to end on its own primary sandbox: archive_command into a folder,
// a base backup through the CLI, recovery to a moment and to the end, a missing segment, a
// damaged base backup.
#include "clitestenv.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "physical/basebackup.h"
#include "sandbox/sandboxcluster.h"
#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace pgs;
using namespace pgs::test;

class TestPitr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void recoversToAMomentAndToTheEnd();
    void missingSegmentIsAGapAndStopsRecovery();
    void majorVersionMismatchNamesThePackage();
    void damagedBaseBackupIsNotListed();

private:
    CliRun cli(const QStringList &args) { return runCli(args, m_env); }
    QString exec(const QString &dir, const QString &sql);
    QString switchAndWaitArchived(); // the segment name just archived
    QStringList pitr(const QStringList &more) const
    {
        return QStringList{QStringLiteral("pitr")} + more
               + QStringList{QStringLiteral("--catalog"), m_catalog, QStringLiteral("--archive"), m_archive};
    }
    void drop(const QString &dir)
    {
        JobContext ctx;
        SandboxCluster c(dir);
        QVERIFY(c.drop(ctx));
    }

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_primary, m_archive, m_catalog;
    QStringList m_recovered;
};

QString TestPitr::exec(const QString &dir, const QString &sql)
{
    SandboxCluster c(dir);
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

QString TestPitr::switchAndWaitArchived()
{
    const QString segment = exec(m_primary, QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
    for (int i = 0; i < 300 && !QFile::exists(QDir(m_archive).filePath(segment)); ++i)
        QThread::msleep(100);
    return QFile::exists(QDir(m_archive).filePath(segment)) ? segment : QString();
}

void TestPitr::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = isolatedCliEnvironment(m_tmp);
    m_primary = m_tmp.filePath(QStringLiteral("primary"));
    m_archive = m_tmp.filePath(QStringLiteral("archive"));
    m_catalog = m_tmp.filePath(QStringLiteral("catalog"));
    QVERIFY(QDir().mkpath(m_archive));
    // The server runs as postgres: it must reach and write the archive folder.
    ::chmod(QFile::encodeName(m_tmp.path()).constData(), 0711);
    ::chmod(QFile::encodeName(m_archive).constData(), 0777);
    JobContext ctx;
    SandboxCluster primary(m_primary);
    QVERIFY2(primary.create(ctx), "create");
    QVERIFY2(primary.start(ctx), "start");
    QCOMPARE(exec(m_primary, QStringLiteral("ALTER SYSTEM SET archive_mode = on")), QString());
    QCOMPARE(exec(m_primary, QStringLiteral("ALTER SYSTEM SET archive_command = 'test ! -f %1/%f && cp %p %1/%f'").arg(m_archive)),
             QString());
    QVERIFY(primary.stop(ctx));
    QVERIFY(primary.start(ctx));
    QCOMPARE(exec(m_primary, QStringLiteral("SHOW archive_mode")), QStringLiteral("on"));
}

void TestPitr::cleanupTestCase()
{
    for (const QString &dir : std::as_const(m_recovered))
        drop(dir);
    drop(m_primary);
}

void TestPitr::recoversToAMomentAndToTheEnd()
{
    SandboxCluster primary(m_primary);
    primary.loadState();
    const QString db = conninfoOf(primary.connectionSpec());
    QCOMPARE(exec(m_primary, QStringLiteral("CREATE TABLE t(i int); INSERT INTO t SELECT generate_series(1, 5)")), QString());
    CliRun backup = cli({QStringLiteral("basebackup"), QStringLiteral("--db"), db, QStringLiteral("--catalog"), m_catalog,
                         QStringLiteral("--json")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err()));
    const QJsonObject b = QJsonDocument::fromJson(backup.standardOutput).object();
    QVERIFY(b.value(QStringLiteral("verified")).toBool());
    QVERIFY(!b.value(QStringLiteral("stop_lsn")).toString().isEmpty());
    QVERIFY(QFile::exists(b.value(QStringLiteral("folder")).toString() + QStringLiteral("/basebackup.json")));

    QCOMPARE(exec(m_primary, QStringLiteral("INSERT INTO t SELECT generate_series(6, 10)")), QString());
    QThread::msleep(50);
    const QString moment = exec(m_primary, QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
    QThread::msleep(50);
    QCOMPARE(exec(m_primary, QStringLiteral("DROP TABLE t")), QString());
    const QString last = switchAndWaitArchived();
    QVERIFY(!last.isEmpty());

    CliRun status = cli({QStringLiteral("wal"), QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--archive"),
                         m_archive, QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.out() + status.err()));
    const QJsonObject s = QJsonDocument::fromJson(status.standardOutput).object();
    QCOMPARE(s.value(QStringLiteral("last_archived_wal")).toString(), last);
    QVERIFY(s.value(QStringLiteral("last_archived_in_folder")).toBool());

    CliRun window = cli(pitr({QStringLiteral("window"), QStringLiteral("--json")}));
    QVERIFY2(window.exitCode == 0, qPrintable(window.out() + window.err()));
    const QJsonObject w = QJsonDocument::fromJson(window.standardOutput).object();
    QVERIFY(!w.value(QStringLiteral("earliest")).toString().isEmpty());
    QVERIFY(w.value(QStringLiteral("gaps")).toArray().isEmpty());

    const QString atMoment = m_tmp.filePath(QStringLiteral("at moment"));
    m_recovered << atMoment;
    CliRun restored = cli(pitr({QStringLiteral("restore"), QStringLiteral("--target-time"), moment, QStringLiteral("--dir"), atMoment,
                                QStringLiteral("--json")}));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err()));
    const QJsonObject r = QJsonDocument::fromJson(restored.standardOutput).object();
    QVERIFY(r.value(QStringLiteral("port")).toInt() > 0);
    QVERIFY(!r.value(QStringLiteral("recovered_to")).toString().isEmpty());
    QCOMPARE(exec(atMoment, QStringLiteral("SELECT count(*) || ':' || sum(i) FROM t")), QStringLiteral("10:55"));
    QCOMPARE(exec(atMoment, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));

    const QString atEnd = m_tmp.filePath(QStringLiteral("at end"));
    m_recovered << atEnd;
    CliRun latest = cli(pitr({QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--dir"), atEnd}));
    QVERIFY2(latest.exitCode == 0, qPrintable(latest.err()));
    QCOMPARE(exec(atEnd, QStringLiteral("SELECT to_regclass('t') IS NULL")), QStringLiteral("t"));

    // A directory in use is never taken (a failed recovery removes its directory).
    CliRun busy = cli(pitr({QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--dir"), m_archive}));
    QCOMPARE(busy.exitCode, 1);
    QVERIFY2(busy.err().contains(QStringLiteral("not empty")), qPrintable(busy.err()));
    QVERIFY(QFile::exists(QDir(m_archive).filePath(last)));

    // Before the base backup's end: refused before anything is started.
    CliRun tooEarly = cli(pitr({QStringLiteral("restore"), QStringLiteral("--target-time"), QStringLiteral("2001-01-01T00:00:00Z"),
                                QStringLiteral("--dir"), m_tmp.filePath(QStringLiteral("too early"))}));
    QCOMPARE(tooEarly.exitCode, 1);
    QVERIFY2(tooEarly.err().contains(QStringLiteral("before the end of the oldest base backup")), qPrintable(tooEarly.err()));
}

void TestPitr::missingSegmentIsAGapAndStopsRecovery()
{
    QCOMPARE(exec(m_primary, QStringLiteral("CREATE TABLE g(i int); INSERT INTO g VALUES (1)")), QString());
    QVERIFY(!switchAndWaitArchived().isEmpty());
    QCOMPARE(exec(m_primary, QStringLiteral("INSERT INTO g VALUES (2)")), QString());
    const QString middle = switchAndWaitArchived();
    QCOMPARE(exec(m_primary, QStringLiteral("INSERT INTO g VALUES (3)")), QString());
    QThread::msleep(50);
    const QString after = exec(m_primary, QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
    QCOMPARE(exec(m_primary, QStringLiteral("INSERT INTO g VALUES (4)")), QString());
    QVERIFY(!switchAndWaitArchived().isEmpty());
    QVERIFY(!middle.isEmpty());
    QVERIFY(QFile::remove(QDir(m_archive).filePath(middle)));

    CliRun window = cli(pitr({QStringLiteral("window"), QStringLiteral("--json")}));
    QCOMPARE(window.exitCode, 1);
    const QJsonArray gaps = QJsonDocument::fromJson(window.standardOutput).object().value(QStringLiteral("gaps")).toArray();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().toString(), middle);

    CliRun latest = cli(pitr({QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--dir"),
                              m_tmp.filePath(QStringLiteral("latest gap"))}));
    QCOMPARE(latest.exitCode, 1);
    QVERIFY2(latest.err().contains(middle), qPrintable(latest.err()));
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("latest gap/cluster.json"))));

    // A time past the gap: the server replays up to the hole and stops; we name the segment.
    const QString pastGap = m_tmp.filePath(QStringLiteral("past gap"));
    m_recovered << pastGap;
    CliRun timed = cli(pitr({QStringLiteral("restore"), QStringLiteral("--target-time"), after, QStringLiteral("--dir"), pastGap}));
    QCOMPARE(timed.exitCode, 1);
    QVERIFY2(timed.err().contains(middle), qPrintable(timed.err()));
}

// A base backup from a PostgreSQL major not installed here: refused before anything is
// unpacked, naming the package to install.
void TestPitr::majorVersionMismatchNamesThePackage()
{
    const QList<BaseBackupInfo> backups = listBaseBackups(m_catalog);
    QVERIFY(!backups.isEmpty());
    const QString catalog = m_tmp.filePath(QStringLiteral("future catalog"));
    const QString folder = catalog + QLatin1Char('/') + backups.first().name;
    QVERIFY(QDir().mkpath(folder));
    QProcess copy;
    copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), backups.first().folder + QStringLiteral("/."), folder});
    QVERIFY(copy.waitForFinished(60000) && copy.exitCode() == 0);
    QFile json(folder + QStringLiteral("/basebackup.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    o.insert(QStringLiteral("server_version_num"), 990004);
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(QJsonDocument(o).toJson());
    json.close();

    const QString dir = m_tmp.filePath(QStringLiteral("future"));
    CliRun run = cli({QStringLiteral("pitr"), QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--catalog"), catalog,
                      QStringLiteral("--archive"), m_archive, QStringLiteral("--dir"), dir});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err().contains(QStringLiteral("PostgreSQL 99")) && run.err().contains(QStringLiteral("postgresql-99")),
             qPrintable(run.err()));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/cluster.json")));
}

void TestPitr::damagedBaseBackupIsNotListed()
{
    SandboxCluster primary(m_primary);
    primary.loadState();
    CliRun backup = cli({QStringLiteral("basebackup"), QStringLiteral("--db"), conninfoOf(primary.connectionSpec()),
                         QStringLiteral("--catalog"), m_catalog, QStringLiteral("--json")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err()));
    QCOMPARE(listBaseBackups(m_catalog).size(), 2);
    const QString folder = QJsonDocument::fromJson(backup.standardOutput).object().value(QStringLiteral("folder")).toString();
    QVERIFY(QFile::remove(folder + QStringLiteral("/data/PG_VERSION")));

    BaseBackupInfo damaged;
    damaged.folder = folder;
    damaged.name = QFileInfo(folder).fileName();
    damaged.serverVersionNum = 150000;
    JobContext ctx;
    const Status verified = verifyBaseBackup(ctx, damaged);
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, QStringLiteral("basebackup-damaged"));
    QStringList rejected;
    QCOMPARE(listBaseBackups(m_catalog, &rejected).size(), 1);
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.first().contains(QStringLiteral("PG_VERSION")), qPrintable(rejected.first()));
}

QTEST_GUILESS_MAIN(TestPitr)
#include "tst_pitr.moc"
