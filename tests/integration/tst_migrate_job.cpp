// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratetestenv.h"

#include "jobs/jobcontext.h"
#include "migrations/migrationjob.h"
#include "sql/sqlcatalog.h"

#include <QElapsedTimer>

#include <mutex>
#include <thread>

using namespace pgs;
using namespace pgs::migrations;
using namespace pgs::test;

namespace {
// Collects what a job reports, from its thread.
class RecordingSink : public JobSink
{
public:
    void jobProgress(double fraction, const QString &text) override
    {
        std::lock_guard lock(m_mutex);
        m_progress << QStringLiteral("%1 %2").arg(fraction, 0, 'f', 2).arg(text);
    }
    void jobLog(const QString &line) override
    {
        std::lock_guard lock(m_mutex);
        m_log << line;
    }
    QStringList progress()
    {
        std::lock_guard lock(m_mutex);
        return m_progress;
    }
    QStringList log()
    {
        std::lock_guard lock(m_mutex);
        return m_log;
    }

private:
    std::mutex m_mutex;
    QStringList m_progress;
    QStringList m_log;
};
} // namespace

// The migration job as the GUI runs it: per-migration progress, and Cancel stopping a long
// migration at once (PQcancel), rolled back and not recorded.
class TstMigrateJob : public QObject
{
    Q_OBJECT
private:
    MigrateTestEnv m_env;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_env.init(), "the test cluster fixture is not running"); }

    void progressPerMigrationAndCancel()
    {
        QVERIFY(!m_env.newDatabase(QStringLiteral("mig_job")).isEmpty());
        const QString dir = m_env.folder(QStringLiteral("job"), {{"1_first.up.sql", "CREATE TABLE first (id int);\n"},
                                                                 {"2_slow.up.sql", "CREATE TABLE slow (id int);\nSELECT pg_sleep(60);\n"}});
        RunRequest request;
        request.source = MigrationSource{dir, Format::Native};
        auto outcome = std::make_shared<RunOutcome>();
        const JobFunction job = migrationJob(clusterSpec(m_env.database()), request, false, outcome);
        RecordingSink sink;
        JobContext ctx(&sink);
        std::optional<JobResult> result;
        QElapsedTimer timer;
        timer.start();
        std::thread worker([&] { result = job(ctx); });
        // Cancel once the slow one runs.
        while (!sink.progress().join(QLatin1Char('\n')).contains(QLatin1String("Applying 2 slow")) && timer.elapsed() < 20000)
            QThread::msleep(50);
        QThread::msleep(300);
        ctx.cancel();
        worker.join();
        QVERIFY2(timer.elapsed() < 30000, "cancel did not stop pg_sleep(60)");
        QVERIFY(result.has_value() && !result->ok());
        QCOMPARE(result->error().code, JobContext::canceledError().code);
        QVERIFY2(sink.progress().join(QLatin1Char('\n')).contains(QLatin1String("0.00 Applying 1 first")), qPrintable(sink.progress().join('\n')));
        QVERIFY2(sink.progress().join(QLatin1Char('\n')).contains(QLatin1String("0.50 Applying 2 slow")), qPrintable(sink.progress().join('\n')));
        QCOMPARE(outcome->done, QStringList{"1 first"});
        QCOMPARE(m_env.rows(QStringLiteral("SELECT version, success FROM pgsteward_migrations ORDER BY 1")), QStringList{"1|t"});
        QCOMPARE(m_env.value(QStringLiteral("SELECT to_regclass('slow') IS NULL AND to_regclass('first') IS NOT NULL")), QStringLiteral("t"));
        // The lock went with the run: another session gets it at once.
        auto other = pg::Connection::open(clusterSpec(m_env.database()));
        QVERIFY(other.ok());
        auto locked = (*other)->exec(sql::query(QStringLiteral("migrations/lock_try")), {QStringLiteral("pgsteward_migrations")});
        QVERIFY(locked.ok() && locked->toBool(0, "locked"));
    }
};

QTEST_GUILESS_MAIN(TstMigrateJob)
#include "tst_migrate_job.moc"
