// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/autovacuumsettings.h"
#include "health/maintenance.h"
#include "pg/connection.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QTest>

#include <future>

using namespace pgs;
using namespace pgs::health;

// Maintenance on the real server: progress read from pg_stat_progress_* on a second connection
// while the statement runs, Cancel stopping a running VACUUM, quoting of hostile names, the
// autovacuum presets landing in the table's reloptions.
class TstMaintenance : public QObject
{
    Q_OBJECT

    QString m_db;
    std::unique_ptr<pg::Connection> m_conn;
    const TableRef m_big{QStringLiteral("public"), QStringLiteral("big \"one\"")};

    static bool sawCommand(const MaintenanceReport &report, const QString &command)
    {
        for (const ProgressSample &s : report.samples)
            if (s.command == command)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::clusterAvailable(), "the test cluster fixture is not running");
        m_db = test::createScratchDatabase(QStringLiteral("maint"));
        QVERIFY(!m_db.isEmpty());
        auto c = pg::Connection::open(test::clusterSpec(m_db));
        QVERIFY(c);
        m_conn = std::move(c).value();
        // Manual VACUUM honours vacuum_cost_delay: slowed down, its progress is there to see.
        QVERIFY(m_conn->execScript(QStringLiteral("ALTER DATABASE %1 SET vacuum_cost_delay = 1").arg(m_conn->quoteIdentifier(m_db))).ok());
        QVERIFY(m_conn->execScript(QStringLiteral("ALTER DATABASE %1 SET vacuum_cost_limit = 20").arg(m_conn->quoteIdentifier(m_db))).ok());
        QVERIFY(m_conn->execScript(QStringLiteral(
                    "CREATE TABLE \"big \"\"one\"\"\" (id int PRIMARY KEY, pad text) WITH (autovacuum_enabled = false);"
                    "INSERT INTO \"big \"\"one\"\"\" SELECT g, repeat('z', 100) FROM generate_series(1, 300000) g;"
                    "DELETE FROM \"big \"\"one\"\"\" WHERE id % 3 = 0")).ok());
    }

    void statementsQuoteAndCheck()
    {
        MaintenanceRequest r;
        r.tables << m_big;
        r.options.freeze = r.options.analyze = r.options.skipLocked = true;
        r.options.indexCleanup = IndexCleanup::Off;
        r.options.parallel = 2;
        auto s = maintenanceStatements(r, *m_conn);
        QVERIFY(s);
        QCOMPARE(s->value(0), QStringLiteral("VACUUM (FREEZE, ANALYZE, SKIP_LOCKED, INDEX_CLEANUP OFF, PARALLEL 2) \"public\".\"big \"\"one\"\"\""));
        r.options.full = true;
        QVERIFY(!maintenanceStatements(r, *m_conn)); // FULL cannot be parallel
        r.op = MaintenanceOp::Reindex;
        QCOMPARE(maintenanceStatements(r, *m_conn)->value(0), QStringLiteral("REINDEX TABLE CONCURRENTLY \"public\".\"big \"\"one\"\"\""));
        r.op = MaintenanceOp::Cluster;
        QCOMPARE(maintenanceStatements(r, *m_conn)->value(0),
                 QStringLiteral("CLUSTER \"public\".\"big \"\"one\"\"\" USING \"big \"\"one\"\"_pkey\""));
        QCOMPARE(maintenanceWarnings(r, RepackState::Missing).size(), 2);
        // VACUUM FULL: the exclusive lock first, then pg_repack with what it takes to use it here.
        r.op = MaintenanceOp::Vacuum;
        r.options.parallel = -1;
        const QStringList missing = maintenanceWarnings(r, RepackState::Missing);
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing.at(0).startsWith(QStringLiteral("VACUUM FULL rewrites each table under an ACCESS EXCLUSIVE lock")));
        QVERIFY(missing.at(1).contains(QStringLiteral("not installed here")));
        QVERIFY(maintenanceWarnings(r, RepackState::Available).at(1).contains(QStringLiteral("CREATE EXTENSION pg_repack")));
        QVERIFY(maintenanceWarnings(r, RepackState::Installed).at(1).contains(QStringLiteral("installed in this database")));
        r.options.full = false;
        QVERIFY(maintenanceWarnings(r, RepackState::Installed).isEmpty()); // a plain VACUUM takes no exclusive lock
        // This server has no pg_repack package: the state says so (not "installed").
        auto state = repackState(*m_conn);
        QVERIFY(state);
        auto available = m_conn->exec(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_repack'"));
        QVERIFY(available);
        QCOMPARE(*state, available->toInt64(0, 0) > 0 ? RepackState::Available : RepackState::Missing);
        QCOMPARE(TableRef::parse(QStringLiteral("\"my.schema\".\"t\"\"x\""))->schema, QStringLiteral("my.schema"));
        QCOMPARE(TableRef::parse(QStringLiteral("\"my.schema\".\"t\"\"x\""))->name, QStringLiteral("t\"x"));
    }

    void vacuumProgressIsObserved()
    {
        MaintenanceRequest r;
        r.tables << m_big;
        JobContext ctx;
        auto report = runMaintenance(ctx, test::clusterSpec(m_db), r, 20);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY2(sawCommand(*report, QStringLiteral("VACUUM")), "no pg_stat_progress_vacuum reading");
        bool scanning = false;
        for (const ProgressSample &s : report->samples)
            scanning |= s.phase == QLatin1String("scanning heap") && s.total > 0;
        QVERIFY(scanning);
        auto dead = m_conn->exec(QStringLiteral("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'big \"one\"'"));
        QVERIFY(dead);
    }

    void rewriteProgressIsObserved_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("command");
        QTest::newRow("cluster") << int(MaintenanceOp::Cluster) << QStringLiteral("CLUSTER");
        QTest::newRow("vacuum full") << int(MaintenanceOp::Vacuum) << QStringLiteral("VACUUM FULL");
        QTest::newRow("reindex") << int(MaintenanceOp::Reindex) << QStringLiteral("REINDEX CONCURRENTLY");
    }
    void rewriteProgressIsObserved()
    {
        QFETCH(int, op);
        QFETCH(QString, command);
        MaintenanceRequest r;
        r.op = MaintenanceOp(op);
        r.options.full = r.op == MaintenanceOp::Vacuum;
        r.tables << m_big;
        JobContext ctx;
        auto report = runMaintenance(ctx, test::clusterSpec(m_db), r, 2);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY2(sawCommand(*report, command), qPrintable(command));
    }

    void cancelStopsARunningVacuum()
    {
        // Dead rows again, and a crawling vacuum; Cancel must end it early.
        QVERIFY(m_conn->execScript(QStringLiteral("UPDATE \"big \"\"one\"\"\" SET pad = pad || 'u'")).ok());
        QVERIFY(m_conn->execScript(QStringLiteral("ALTER DATABASE %1 SET vacuum_cost_limit = 1").arg(m_conn->quoteIdentifier(m_db))).ok());
        MaintenanceRequest r;
        r.tables << m_big;
        JobContext ctx;
        QElapsedTimer timer;
        timer.start();
        auto running = std::async(std::launch::async, [&] { return runMaintenance(ctx, test::clusterSpec(m_db), r, 20); });
        QThread::msleep(700);
        ctx.cancel();
        auto report = running.get();
        QVERIFY(!report);
        QCOMPARE(report.error().message, JobContext::canceledError().message);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void autovacuumPresetLandsInReloptions()
    {
        const AutovacuumPreset *hot = findAutovacuumPreset(QStringLiteral("hot"));
        QVERIFY(hot);
        auto sql = autovacuumSettingsSql(*m_conn, m_big, hot->settings);
        QVERIFY(sql);
        QVERIFY(m_conn->execScript(*sql).ok());
        auto tables = loadMaintenanceTables(*m_conn);
        QVERIFY(tables);
        bool found = false;
        for (const MaintenanceTable &t : *tables)
            if (t.table.name == m_big.name) {
                found = true;
                QVERIFY2(t.autovacuumOptions.contains(QStringLiteral("autovacuum_vacuum_scale_factor=0.01")), qPrintable(t.autovacuumOptions));
                QVERIFY(t.totalBytes > 0);
                QVERIFY(t.lastVacuum.isValid()); // the vacuum of the test above
            }
        QVERIFY(found);
        auto reset = autovacuumSettingsSql(*m_conn, m_big, {});
        QVERIFY(reset && m_conn->execScript(*reset).ok());
        QVERIFY(!autovacuumSettingsSql(*m_conn, m_big, {{QStringLiteral("fillfactor"), QStringLiteral("50")}}));
        QVERIFY(!autovacuumSettingsSql(*m_conn, m_big, {{QStringLiteral("autovacuum_enabled"), QStringLiteral("1); DROP TABLE x")}}));
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
    }
};

QTEST_GUILESS_MAIN(TstMaintenance)
#include "tst_maintenance.moc"
