// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The restore guard and cancel on the real test cluster: a non-empty existing database needs its
// name typed, a production profile refuses unless lifted, --clean previews what it drops, a
// damaged backup is refused before anything is touched, and Cancel mid-restore stops pg_restore
// within a second and drops the half-restored new database.
#include "backupfixture.h"
#include "backuptesthelpers.h"

#include "restore/restorejob.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace pgs;
using namespace pgs::test;

namespace {
class WatchSink : public JobSink
{
public:
    void jobProgress(double, const QString &) override {}
    void jobLog(const QString &line) override
    {
        if (line.contains(QLatin1String("processing data for table")))
            dataStarted = true;
    }
    std::atomic_bool dataStarted{false};
};

bool databaseExists(const QString &name)
{
    auto conn = pg::Connection::open(clusterSpec());
    if (!conn)
        return false;
    auto r = (*conn)->exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {name});
    return r && r->rows() == 1;
}

// pg_restore processes whose command line names this path.
int restoreProcessesFor(const QString &path)
{
    int count = 0;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        QFile cmdline(it.next() + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll();
        if (text.contains("pg_restore") && text.contains(path.toUtf8()))
            ++count;
    }
    return count;
}
} // namespace

class RestoreGuardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;   // items 1000, sales.orders 250, "Mixed Case" 7
    QString m_existing; // a non-empty database restores are aimed at
    QString m_backup;

    RestoreRequest existingRequest(const QString &confirm, bool clean = true)
    {
        JobContext ctx;
        Result<RestoreSource> source = openRestoreSource(ctx, m_backup);
        RestoreRequest request;
        request.spec = clusterSpec();
        if (source)
            request.source = *source;
        request.options.target = RestoreOptions::Target::ExistingDatabase;
        request.options.targetDatabase = m_existing;
        request.options.clean = clean;
        request.options.confirmName = confirm;
        return request;
    }

    QString fingerprint()
    {
        auto conn = pg::Connection::open(clusterSpec(m_existing));
        if (!conn)
            return {};
        auto r = (*conn)->exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace) || '/' || "
            "(SELECT count(*) || ':' || sum(hashtext(v)) FROM public.keep)"));
        return r ? r->text(0, 0) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(m_dir.isValid());
        m_source = createBackupSourceDatabase();
        QVERIFY(!m_source.isEmpty());
        Result<BackupOutcome> backup = makeBackup(m_source, m_dir.filePath(QStringLiteral("catalog")), DumpFormat::Custom);
        QVERIFY(backup);
        m_backup = backup->folder;
        m_existing = createScratchDatabase(QStringLiteral("pgs_restore_existing"));
        auto conn = pg::Connection::open(clusterSpec(m_existing));
        QVERIFY(conn);
        QVERIFY((*conn)->execScript(QStringLiteral("CREATE TABLE public.keep (v text);"
                                                   "INSERT INTO public.keep SELECT 'k' || g FROM generate_series(1, 50) g;"
                                                   "CREATE TABLE public.items (id int);")));
    }

    void cleanupTestCase()
    {
        dropScratchDatabase(m_source);
        dropScratchDatabase(m_existing);
    }

    void nonEmptyWithoutConfirmIsRefused()
    {
        const QString before = fingerprint();
        QVERIFY(!before.isEmpty());
        JobContext ctx;
        Result<RestoreOutcome> r = runRestore(ctx, existingRequest(QString()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("confirm-required"));
        QVERIFY(r.error().message.contains(m_existing));
        QCOMPARE(fingerprint(), before);
    }

    void wrongConfirmIsRefused()
    {
        const QString before = fingerprint();
        JobContext ctx;
        Result<RestoreOutcome> r = runRestore(ctx, existingRequest(m_existing + QStringLiteral("x")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("confirm-required"));
        QCOMPARE(fingerprint(), before);
    }

    void cleanPreviewListsExistingObjects()
    {
        JobContext ctx;
        Result<RestorePlan> plan = planRestore(ctx, existingRequest(m_existing));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->targetTableCount, 2);
        // public.items exists in the target; sales.orders and "Mixed Case" do not.
        QCOMPARE(plan->objectsToDrop, QStringList{QStringLiteral("TABLE public.items")});
    }

    // Issue 9: a database holding any user object is not empty, whatever the object; only a fresh
    // database may be restored into without typing its name.
    void anyUserObjectNeedsConfirmation_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("kind");
        QTest::newRow("table") << "CREATE TABLE public.t (a int)" << "table";
        QTest::newRow("view") << "CREATE VIEW public.v AS SELECT 1 AS x" << "view";
        QTest::newRow("materialized view") << "CREATE MATERIALIZED VIEW public.mv AS SELECT 1 AS x" << "view";
        QTest::newRow("sequence") << "CREATE SEQUENCE public.s" << "sequence";
        QTest::newRow("function") << "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'" << "function";
        QTest::newRow("procedure") << "CREATE PROCEDURE public.p() LANGUAGE sql AS 'SELECT 1'" << "function";
        QTest::newRow("enum type") << "CREATE TYPE public.mood AS ENUM ('ok')" << "type";
        QTest::newRow("composite type") << "CREATE TYPE public.pair AS (a int, b int)" << "type";
        QTest::newRow("domain") << "CREATE DOMAIN public.posint AS int CHECK (VALUE > 0)" << "type";
        QTest::newRow("large object") << "SELECT lo_create(0)" << "large object";
        QTest::newRow("schema") << "CREATE SCHEMA empty_schema" << "schema";
        QTest::newRow("extension") << "CREATE EXTENSION citext" << "extension";
        QTest::newRow("collation") << "CREATE COLLATION public.c2 FROM \"C\"" << "other";
    }
    void anyUserObjectNeedsConfirmation()
    {
        QFETCH(QString, sql);
        QFETCH(QString, kind);
        const QString target = createScratchDatabase(QStringLiteral("pgs_restore_kind"));
        QVERIFY(!target.isEmpty());
        auto drop = qScopeGuard([&target] { dropScratchDatabase(target); });
        RestoreRequest request = existingRequest(QString(), false);
        request.options.targetDatabase = target;

        // Fresh: empty, no confirmation needed.
        JobContext ctx;
        Result<RestorePlan> fresh = planRestore(ctx, request);
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().message));
        QCOMPARE(fresh->targetObjectCount, 0);

        {
            auto conn = pg::Connection::open(clusterSpec(target));
            QVERIFY(conn);
            auto made = (*conn)->exec(sql);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        }
        Result<RestorePlan> refused = planRestore(ctx, request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("confirm-required"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("1 ") + kind), qPrintable(refused.error().message));

        request.options.confirmName = target;
        Result<RestorePlan> confirmed = planRestore(ctx, request);
        QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message));
        QCOMPARE(confirmed->targetObjectCount, 1);
        QCOMPARE(confirmed->targetTableCount, kind == QLatin1String("table") ? 1 : 0);
    }

    void productionGuard()
    {
        RestoreRequest request = existingRequest(m_existing);
        request.productionProfile = true;
        const QString before = fingerprint();
        JobContext ctx;
        Result<RestoreOutcome> refused = runRestore(ctx, request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("production-guard"));
        QCOMPARE(fingerprint(), before);

        request.options.liftProductionGuard = true;
        Result<RestoreOutcome> done = runRestore(ctx, request);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QVERIFY2(!done->failed(), qPrintable(done->errors.isEmpty() ? done->rowMismatches.join(QLatin1Char(',')) : done->errors.first().message));
        QCOMPARE(done->rowComparison.value(QStringLiteral("public.items")).first, 1000);
        auto conn = pg::Connection::open(clusterSpec(m_existing));
        QCOMPARE(rowsIn(**conn, QStringLiteral("public.keep")), 50); // not in the archive: untouched
        QCOMPARE(rowsIn(**conn, QStringLiteral("sales.orders")), 250);
    }

    void newDatabaseTargetIsNotGuarded()
    {
        JobContext ctx;
        RestoreRequest request = existingRequest(QString(), false);
        request.productionProfile = true;
        request.options.target = RestoreOptions::Target::NewDatabase;
        request.options.targetDatabase = m_existing; // exists: refused for that reason, not the guard
        Result<RestorePlan> plan = planRestore(ctx, request);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, QStringLiteral("target-exists"));
    }

    void damagedBackupIsRefusedBeforeAnything()
    {
        const QString copy = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(copyTree(m_backup, copy));
        QVERIFY(flipByte(QDir(copy).filePath(QStringLiteral("dump.custom")), 100));
        JobContext ctx;
        Result<RestoreSource> source = openRestoreSource(ctx, copy);
        QVERIFY(!source);
        QCOMPARE(source.error().code, QStringLiteral("backup-damaged"));
        QVERIFY(source.error().message.contains(QLatin1String("dump.custom")));
    }

    void optionConflicts()
    {
        JobContext ctx;
        RestoreRequest request = existingRequest(m_existing);
        request.options.jobs = 2;
        request.options.singleTransaction = true;
        QCOMPARE(planRestore(ctx, request).error().code, QStringLiteral("options-conflict"));
        request = existingRequest(m_existing);
        request.options.dataOnly = request.options.schemaOnly = true;
        QCOMPARE(planRestore(ctx, request).error().code, QStringLiteral("options-conflict"));
    }

    void cancelMidRestoreDropsTheNewDatabase()
    {
        const QString big = createScratchDatabase(QStringLiteral("pgs_restore_big"));
        QVERIFY(!big.isEmpty());
        auto drop = qScopeGuard([&big] { dropScratchDatabase(big); });
        {
            auto conn = pg::Connection::open(clusterSpec(big));
            QVERIFY(conn);
            QVERIFY((*conn)->execScript(QStringLiteral(
                "CREATE TABLE big (id bigint PRIMARY KEY, payload text);"
                "INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, 2000000) g;")));
        }
        Result<BackupOutcome> backup = makeBackup(big, m_dir.filePath(QStringLiteral("bigcatalog")), DumpFormat::Custom,
                                                  QStringLiteral("none"), false);
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));

        WatchSink sink;
        JobContext ctx(&sink);
        Result<RestoreSource> source = openRestoreSource(ctx, backup->folder);
        QVERIFY(source);
        RestoreRequest request;
        request.spec = clusterSpec();
        request.source = *source;
        request.options.targetDatabase = big + QStringLiteral("_r");
        QFuture<Result<RestoreOutcome>> running = QtConcurrent::run([&ctx, &request] { return runRestore(ctx, request); });
        QElapsedTimer waited;
        waited.start();
        while (!sink.dataStarted && !running.isFinished() && waited.elapsed() < 60000)
            QThread::msleep(10);
        QVERIFY2(sink.dataStarted, "pg_restore never started on the data");
        QVERIFY(databaseExists(request.options.targetDatabase));

        QElapsedTimer cancel;
        cancel.start();
        ctx.cancel();
        running.waitForFinished();
        const qint64 took = cancel.elapsed();
        Result<RestoreOutcome> result = running.result();
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("canceled"));
        QVERIFY2(result.error().message.contains(QLatin1String("dropped")), qPrintable(result.error().message));
        QVERIFY2(took < 1500, qPrintable(QStringLiteral("cancel took %1 ms").arg(took)));
        QCOMPARE(restoreProcessesFor(source->dumpPath), 0);
        QVERIFY(!databaseExists(request.options.targetDatabase));
    }
};

QTEST_GUILESS_MAIN(RestoreGuardTest)
#include "tst_restore_guard.moc"
