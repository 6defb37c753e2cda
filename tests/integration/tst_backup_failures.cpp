// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backups that do not end well: canceled while pg_dump waits for a lock, the server stopped
// mid-dump; and what a running pg_dump can see of the password.
#include "backuptesthelpers.h"

#include "backup/backupjob.h"
#include "catalog/catalog.h"
#include "sandbox/sandboxcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace pgs;
using namespace pgs::test;

namespace {

const QString kSecret = QStringLiteral("Backup-S3cret-%1").arg(QCoreApplication::applicationPid());

QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The pid of a running pg_dump writing below dir, or 0 after timeoutMs.
qint64 waitForPgDump(const QString &dir, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid)
                continue;
            const QByteArray cmdline = procFile(pid, "cmdline");
            const QList<QByteArray> argv = cmdline.split('\0');
            if (!argv.isEmpty() && argv.first().endsWith("/pg_dump") && cmdline.contains(dir.toUtf8()))
                return pid;
        }
        QThread::msleep(50);
    }
    return 0;
}

// A connection holding ACCESS EXCLUSIVE on a table, so pg_dump's LOCK TABLE waits.
std::unique_ptr<pg::Connection> lockTable(const ConnectionSpec &spec, const QString &table)
{
    auto conn = pg::Connection::open(spec);
    if (!conn)
        return nullptr;
    if (!(*conn)->exec(QStringLiteral("BEGIN")).ok()
        || !(*conn)->exec(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(table)).ok())
        return nullptr;
    return std::move(conn).value();
}

struct RunningBackup
{
    JobContext ctx;
    std::future<Result<BackupOutcome>> result;
    void start(const BackupRequest &request)
    {
        result = std::async(std::launch::async, [this, request] { return runBackup(ctx, request); });
    }
};

} // namespace

class TestBackupFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        m_db = createScratchDatabase(QStringLiteral("bk_fail"));
        QVERIFY(!m_db.isEmpty());
        auto conn = pg::Connection::open(clusterSpec(m_db));
        QVERIFY(conn.ok());
        QVERIFY((*conn)->execScript(QStringLiteral(
            "CREATE TABLE held (id int PRIMARY KEY, note text);"
            "INSERT INTO held SELECT g, 'row ' || g FROM generate_series(1, 1000) g;"
            "CREATE TABLE other (id int);"
            "DROP ROLE IF EXISTS pgs_backup_pw;")).ok());
        // A role with a password: the cluster trusts local connections, so the password is never
        // needed, but the backup must still hand it over through a passfile only.
        QVERIFY((*conn)->exec(QStringLiteral("CREATE ROLE pgs_backup_pw LOGIN PASSWORD %1 IN ROLE pg_read_all_data")
                                  .arg((*conn)->quoteLiteral(kSecret))).ok());
    }

    void cleanupTestCase()
    {
        if (!m_db.isEmpty())
            dropScratchDatabase(m_db);
        if (auto conn = pg::Connection::open(clusterSpec()))
            (void)(*conn)->exec(QStringLiteral("DROP ROLE IF EXISTS pgs_backup_pw"));
    }

    void cancelWhileWaitingForLock_noPasswordInArgv()
    {
        QTemporaryDir catalog;
        auto locker = lockTable(clusterSpec(m_db), QStringLiteral("held"));
        QVERIFY(locker);

        BackupRequest request;
        request.spec = clusterSpec();
        request.spec.set(QStringLiteral("user"), QStringLiteral("pgs_backup_pw"));
        request.spec.setPassword(kSecret);
        request.catalogDir = catalog.path();
        request.options.database = m_db;
        RunningBackup run;
        run.start(request);

        const qint64 pid = waitForPgDump(catalog.path());
        if (pid <= 0 && run.result.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            Result<BackupOutcome> early = run.result.get();
            QFAIL(qPrintable(QStringLiteral("the backup ended early: ") + (early.ok() ? QStringLiteral("ok") : early.error().message)));
        }
        QVERIFY2(pid > 0, "pg_dump did not start");
        QThread::msleep(300); // let it reach the lock
        QVERIFY(run.result.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);

        // What the live pg_dump shows the rest of the machine.
        const QByteArray cmdline = procFile(pid, "cmdline");
        const QByteArray environ = procFile(pid, "environ");
        QVERIFY(!cmdline.isEmpty());
        QVERIFY2(!cmdline.contains(kSecret.toUtf8()), cmdline.constData());
        QVERIFY(!environ.contains(kSecret.toUtf8()));
        QVERIFY(!environ.contains("PGPASSWORD="));
        QByteArray passFile;
        for (const QByteArray &var : environ.split('\0')) {
            if (var.startsWith("PGPASSFILE="))
                passFile = var.mid(11);
        }
        QVERIFY2(!passFile.isEmpty(), "no PGPASSFILE in the environment of pg_dump");
        // A file in memory that pg_dump inherited: "/proc/self/fd/N" is its own descriptor N.
        QVERIFY2(passFile.startsWith("/proc/self/fd/"), passFile.constData());
        const QString inPgDump = QStringLiteral("/proc/%1/fd/%2").arg(pid).arg(QString::fromLatin1(passFile.mid(14)));
        QVERIFY2(QFile::symLinkTarget(inPgDump).contains(QLatin1String("memfd:pgsteward-pass")), qPrintable(inPgDump));
        QFileInfo passInfo(inPgDump);
        QCOMPARE(passInfo.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(QDir(QDir::tempPath()).entryList({QStringLiteral("pgsteward-pass-*")}, QDir::Files).isEmpty());
        QVERIFY(environ.contains("PGUSER=pgs_backup_pw"));

        // The backup is in progress and listed as such.
        const QList<CatalogEntry> during = BackupCatalog(catalog.path()).list();
        QCOMPARE(during.size(), 1);
        QVERIFY(during.first().inProgress);

        QElapsedTimer timer;
        timer.start();
        run.ctx.cancel();
        QVERIFY2(run.result.wait_for(std::chrono::milliseconds(1500)) == std::future_status::ready,
                 "cancel did not return within a second and a half");
        const qint64 took = timer.elapsed();
        Result<BackupOutcome> result = run.result.get();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("canceled"));
        QVERIFY2(took < 1200, qPrintable(QString::number(took)));

        QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)), "pg_dump still runs");
        QVERIFY(QDir(QDir::tempPath()).entryList({QStringLiteral("pgsteward-pass-*")}, QDir::Files).isEmpty());

        // Nothing that looks good, nothing half-written, a record of the cancel.
        QVERIFY(QDir(catalog.path()).entryList({QStringLiteral(".partial-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
        const QList<CatalogEntry> after = BackupCatalog(catalog.path()).list();
        QCOMPARE(after.size(), 1);
        QVERIFY(!after.first().inProgress);
        QVERIFY(!after.first().manifest.isGood());
        QCOMPARE(toString(after.first().manifest.status), QStringLiteral("canceled"));
        QVERIFY(after.first().folder.endsWith(QLatin1String(".canceled")));
        QVERIFY(!QFileInfo::exists(QDir(after.first().folder).filePath(QStringLiteral("dump.custom"))));
        QVERIFY(!QFileInfo::exists(QDir(after.first().folder).filePath(QStringLiteral("writer.lock"))));
    }

    void serverStoppedMidDump()
    {
        QTemporaryDir dir;
        QTemporaryDir catalog;
        JobContext admin;
        SandboxCluster cluster(dir.filePath(QStringLiteral("cluster")));
        Status created = cluster.create(admin);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(cluster.start(admin).ok());
        struct Dropper
        {
            SandboxCluster &c;
            ~Dropper()
            {
                JobContext ctx;
                (void)c.drop(ctx);
            }
        } dropper{cluster};
        {
            auto conn = pg::Connection::open(cluster.connectionSpec());
            QVERIFY(conn.ok());
            QVERIFY((*conn)->execScript(QStringLiteral("CREATE TABLE t (id int); INSERT INTO t VALUES (1);")).ok());
        }
        auto locker = lockTable(cluster.connectionSpec(), QStringLiteral("t"));
        QVERIFY(locker);

        BackupRequest request;
        request.spec = cluster.connectionSpec();
        request.catalogDir = catalog.path();
        request.options.database = QStringLiteral("postgres");
        request.options.recordRowCounts = false;
        RunningBackup run;
        run.start(request);
        QVERIFY2(waitForPgDump(catalog.path()) > 0, "pg_dump did not start");
        QThread::msleep(300);

        QVERIFY(cluster.stop(admin).ok());
        QVERIFY2(run.result.wait_for(std::chrono::seconds(30)) == std::future_status::ready, "backup hangs");
        Result<BackupOutcome> result = run.result.get();
        QVERIFY(!result.ok());
        QVERIFY(result.error().code != QLatin1String("canceled"));
        const QString message = result.error().message;
        QVERIFY2(message.contains(QLatin1String("pg_dump")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("terminat"), Qt::CaseInsensitive)
                     || message.contains(QLatin1String("connection"), Qt::CaseInsensitive)
                     || message.contains(QLatin1String("server"), Qt::CaseInsensitive),
                 qPrintable(message));

        const QList<CatalogEntry> after = BackupCatalog(catalog.path()).list();
        QCOMPARE(after.size(), 1);
        QVERIFY(!after.first().manifest.isGood());
        QCOMPARE(toString(after.first().manifest.status), QStringLiteral("failed"));
        QCOMPARE(after.first().manifest.error, message);
        QVERIFY(after.first().folder.endsWith(QLatin1String(".failed")));
        QVERIFY(!QFileInfo::exists(QDir(after.first().folder).filePath(QStringLiteral("dump.custom"))));
    }

private:
    QString m_db;
};

QTEST_GUILESS_MAIN(TestBackupFailures)
#include "tst_backup_failures.moc"
