// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Faults from outside, through the real pgsteward-cli: kill -9 in the middle of a backup (pg_dump
// must die with it, no password may stay in a file, the folder must not be pruned or verified
// while a tool still writes it) and full disks (nothing reported as done, nothing lost).
#include "clitestenv.h"
#include "catalog/writerlock.h"
#include "pg/connection.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"
#include "smallvolume.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace pgs;
using namespace pgs::test;

namespace {

const QString kSecret = QStringLiteral("Faults-S3cret-%1").arg(QCoreApplication::applicationPid());
const QString kRole = QStringLiteral("pgs_faults_%1").arg(QCoreApplication::applicationPid());

QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool alive(qint64 pid)
{
    const QByteArray status = procFile(pid, "status");
    return !status.isEmpty() && !status.contains("State:\tZ");
}

// The pids of running pg_dump processes (leader and workers) writing below dir.
QList<qint64> pgDumpsWriting(const QString &dir)
{
    QList<qint64> pids;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || !alive(pid))
            continue;
        const QByteArray cmdline = procFile(pid, "cmdline");
        if (cmdline.split('\0').value(0).endsWith("/pg_dump") && cmdline.contains(dir.toUtf8()))
            pids << pid;
    }
    return pids;
}

QStringList passFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("pgsteward-pass-*")}, QDir::Files | QDir::Hidden);
}

QJsonObject onlyEntry(const CliRun &run)
{
    const QJsonArray entries = jsonArrayOf(run);
    return entries.size() == 1 ? entries.first().toObject() : QJsonObject();
}

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        m_db = createScratchDatabase(QStringLiteral("cli_faults"));
        QVERIFY(!m_db.isEmpty());
        auto conn = pg::Connection::open(clusterSpec(m_db));
        QVERIFY(conn.ok());
        QVERIFY((*conn)->execScript(QStringLiteral("CREATE TABLE held (id int PRIMARY KEY, note text);"
                                                   "INSERT INTO held SELECT g, 'row ' || g FROM generate_series(1, 1000) g;"))
                    .ok());
        QVERIFY((*conn)->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE pg_read_all_data")
                                  .arg(kRole, (*conn)->quoteLiteral(kSecret)))
                    .ok());
    }

    void cleanupTestCase()
    {
        if (!m_db.isEmpty())
            dropScratchDatabase(m_db);
        if (auto conn = pg::Connection::open(clusterSpec()))
            (void)(*conn)->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(kRole));
    }

    void killNineMidBackup()
    {
        QTemporaryDir home;
        QTemporaryDir tmp;
        QTemporaryDir catalog;
        QProcessEnvironment env = isolatedCliEnvironment(home);
        env.insert(QStringLiteral("TMPDIR"), tmp.path());

        // pg_dump's LOCK TABLE waits behind this, as behind a long migration.
        auto locker = pg::Connection::open(clusterSpec(m_db));
        QVERIFY(locker.ok());
        QVERIFY((*locker)->exec(QStringLiteral("BEGIN")).ok());
        QVERIFY((*locker)->exec(QStringLiteral("LOCK TABLE held IN ACCESS EXCLUSIVE MODE")).ok());

        ConnectionSpec spec = clusterSpec(m_db);
        spec.set(QStringLiteral("user"), kRole);
        spec.setPassword(kSecret);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(cliPath(), {QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(spec), QStringLiteral("--database"),
                              m_db, QStringLiteral("--catalog"), catalog.path(), QStringLiteral("--format"),
                              QStringLiteral("directory"), QStringLiteral("--jobs"), QStringLiteral("2")});
        QVERIFY(cli.waitForStarted());
        QList<qint64> dumps;
        QElapsedTimer wait;
        wait.start();
        while (dumps.size() < 3 && wait.elapsed() < 20000 && cli.state() == QProcess::Running) {
            QThread::msleep(100);
            dumps = pgDumpsWriting(catalog.path()); // the leader and its two workers
        }
        QVERIFY2(!dumps.isEmpty(), qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        QThread::msleep(300); // let them all reach the lock

        // While it runs: listed as in progress with its writer, never pruned, never verified.
        const CliRun listed = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"),
                                      catalog.path(), QStringLiteral("--json")}, env);
        QJsonObject entry = onlyEntry(listed);
        QVERIFY2(entry.value(QStringLiteral("in_progress")).toBool(), listed.standardOutput.constData());
        QVERIFY2(entry.value(QStringLiteral("writer")).toString().contains(QLatin1String("pgsteward-cli")),
                 listed.standardOutput.constData());
        // Its size is what is on disk so far, not the 0 bytes of a manifest that lists no files yet.
        QVERIFY2(entry.value(QStringLiteral("bytes_on_disk")).toDouble() > 0, listed.standardOutput.constData());
        const QString folder = entry.value(QStringLiteral("folder")).toString();
        const CliRun verified = runCli({QStringLiteral("verify"), folder}, env);
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(QString(verified.out() + verified.err()).contains(QLatin1String("still being written")), verified.standardError.constData());
        QVERIFY(passFilesIn(tmp.path()).isEmpty());
        const CliRun pruneMeanwhile = runCli({QStringLiteral("prune"), QStringLiteral("--catalog"), catalog.path(),
                                              QStringLiteral("--keep-last"), QStringLiteral("1")}, env);
        QVERIFY2(QFileInfo::exists(folder), pruneMeanwhile.standardOutput.constData());

        // kill -9: nothing of ours can react; the tools must still go.
        cli.kill();
        QVERIFY(cli.waitForFinished());
        QElapsedTimer gone;
        gone.start();
        while (!pgDumpsWriting(catalog.path()).isEmpty() && gone.elapsed() < 8000)
            QThread::msleep(50);
        QVERIFY2(pgDumpsWriting(catalog.path()).isEmpty(), "pg_dump outlived the CLI killed with -9");
        qInfo("pg_dump and its workers ended %lld ms after kill -9 of the CLI", gone.elapsed());

        // Their server sessions went too (canceled, not left waiting on the lock).
        auto admin = pg::Connection::open(clusterSpec());
        QVERIFY(admin.ok());
        qint64 waiting = -1;
        QElapsedTimer serverSide;
        serverSide.start();
        do {
            auto r = (*admin)->exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = $1 AND pid <> pg_backend_pid()"),
                                    {kRole});
            QVERIFY(r.ok());
            waiting = r->toInt64(0, 0);
            if (waiting > 0)
                QThread::msleep(100);
        } while (waiting > 0 && serverSide.elapsed() < 8000);
        QCOMPARE(waiting, qint64(0));
        QVERIFY((*locker)->exec(QStringLiteral("ROLLBACK")).ok());

        QVERIFY2(passFilesIn(tmp.path()).isEmpty(), qPrintable(passFilesIn(tmp.path()).join(QLatin1Char(' '))));
        QVERIFY(passFilesIn(QDir::tempPath()).isEmpty());

        // Afterwards: interrupted, not in progress, not good, and prune may take it.
        entry = onlyEntry(runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"),
                                  catalog.path(), QStringLiteral("--json")}, env));
        QVERIFY(!entry.isEmpty());
        QVERIFY(!entry.value(QStringLiteral("in_progress")).toBool());
        QVERIFY(entry.value(QStringLiteral("status")).toString() != QLatin1String("complete"));
        const CliRun pruned = runCli({QStringLiteral("prune"), QStringLiteral("--catalog"), catalog.path(),
                                      QStringLiteral("--keep-last"), QStringLiteral("1")}, env);
        QCOMPARE(pruned.exitCode, 0);
        QVERIFY(!QFileInfo::exists(folder));
    }

    void theToolKeepsTheFolderLockedAfterItsWriterIsGone()
    {
        QTemporaryDir dir;
        const QString lockPath = dir.filePath(QStringLiteral("writer.lock"));
        auto lock = WriterLock::acquire(lockPath);
        QVERIFY(lock.ok());
        ToolRun run;
        run.program = QStringLiteral("/bin/sleep");
        run.arguments = {QStringLiteral("2")};
        run.inheritFds = {(*lock)->descriptor()};
        JobContext ctx;
        std::thread tool([&] { (void)runTool(ctx, run); });
        QThread::msleep(300);
        lock->reset(); // the writer's own descriptor is closed, as after kill -9
        const WriterLock::Holder during = WriterLock::inspect(lockPath);
        tool.join();
        QVERIFY2(during.held, "the dump tool's inherited lock was not seen");
        QVERIFY(during.describe().contains(QLatin1String("has ended")) || during.pid == QCoreApplication::applicationPid());
        QVERIFY(!WriterLock::inspect(lockPath).held);
    }

    // pg_dump 15.18 exited 0 leaving a truncated dump.custom on a nearly full disk. A pg_dump that
    // does exactly that (the real one, its file cut short afterwards) must not make a good backup.
    void truncatedArchiveOfASuccessfulToolIsNotGood()
    {
        QTemporaryDir home;
        QTemporaryDir catalog;
        const QProcessEnvironment env = isolatedCliEnvironment(home);
        const QString tools = home.filePath(QStringLiteral("tools"));
        QVERIFY(QDir().mkpath(tools));
        const auto real = ToolLocator().find(QStringLiteral("pg_dump"), 15);
        QVERIFY(real.ok());
        QFile wrapper(tools + QStringLiteral("/pg_dump"));
        QVERIFY(wrapper.open(QIODevice::WriteOnly));
        wrapper.write("#!/bin/sh\n"
                      "out=\n"
                      "for a in \"$@\"; do case \"$a\" in --file=*) out=\"${a#--file=}\";; esac; done\n"
                      "\"" + real->path.toUtf8() + "\" \"$@\" || exit $?\n"
                      "if [ -n \"$out\" ] && [ -f \"$out\" ]; then truncate -s $(( $(stat -c %s \"$out\") / 2 )) \"$out\"; fi\n"
                      "exit 0\n");
        wrapper.close();
        QVERIFY(wrapper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        const QStringList add = addClusterProfileArgs(QStringLiteral("cut"), demoDatabase(), {QStringLiteral("--tools-dir"), tools});
        QCOMPARE(runCli(add, env).exitCode, 0);
        const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("cut"),
                                   QStringLiteral("--database"), demoDatabase(), QStringLiteral("--catalog"), catalog.path()},
                                  env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("not whole")), run.standardError.constData());
        const QJsonObject entry = onlyEntry(runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"),
                                                    catalog.path(), QStringLiteral("--json")}, env));
        QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    }

    void fullConfigVolumeLosesNoProfile()
    {
        SmallVolume volume(64 * 1024);
        if (!volume.isMounted())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        QTemporaryDir home;
        QProcessEnvironment env = isolatedCliEnvironment(home);
        env.insert(QStringLiteral("PGSTEWARD_CONFIG_DIR"), volume.path());
        const CliRun first = runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("prod-eu"), QStringLiteral("--host"), QStringLiteral("db1.example.net"),
                                     QStringLiteral("--user"), QStringLiteral("dba"), QStringLiteral("--database"),
                                     QStringLiteral("app")}, env);
        QCOMPARE(first.exitCode, 0);
        QFile file(volume.filePath(QStringLiteral("profiles.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(before.contains("prod-eu"));

        volume.fill();
        const CliRun second = runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                                      QStringLiteral("prod-us"), QStringLiteral("--host"), QStringLiteral("db2.example.net"),
                                      QStringLiteral("--user"), QStringLiteral("dba"),
                                      QStringLiteral("--database"), QString(30000, QLatin1Char('d'))}, env);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err().contains(QLatin1String("No space left on device")), second.standardError.constData());
        QVERIFY(!second.out().contains(QLatin1String("Saved")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        const CliRun listed = runCli({QStringLiteral("profiles"), QStringLiteral("list")}, env);
        QVERIFY2(listed.out().contains(QLatin1String("prod-eu")), listed.standardOutput.constData());
    }

    void fullCatalogVolumeIsNeverAGoodBackup()
    {
        SmallVolume volume(256 * 1024);
        if (!volume.isMounted())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedCliEnvironment(home);
        const QList<QStringList> formats{{QStringLiteral("custom")},
                                         {QStringLiteral("plain")},
                                         {QStringLiteral("plain"), QStringLiteral("--compress"), QStringLiteral("zstd")}};
        for (const QStringList &format : formats) {
            const CliRun run = runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()),
                                                  QStringLiteral("--database"), demoDatabase(), QStringLiteral("--catalog"),
                                                  volume.path(), QStringLiteral("--format")}
                                          + format,
                                      env);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err().contains(QLatin1String("No space left on device")), run.standardError.constData());
            // The reason names a file that exists or its name only, never the vanished ".partial-" path.
            QVERIFY2(!run.err().contains(QLatin1String(".partial-")), run.standardError.constData());
            const CliRun listed = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"),
                                          volume.path(), QStringLiteral("--json")}, env);
            for (const QJsonValue &v : jsonArrayOf(listed))
                QVERIFY2(v.toObject().value(QStringLiteral("status")).toString() != QLatin1String("complete"),
                         listed.standardOutput.constData());
        }
    }

private:
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
