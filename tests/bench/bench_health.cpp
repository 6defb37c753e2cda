// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// All health checks on a database with 10,000 tables and 20,000 indexes (a private sandbox
// cluster, statistics analyzed, a foreign key and a partial duplicate here and there): wall time
// of the whole run and of each check, median of 5 runs. Goal: under 2 s.
// PGSTEWARD_BENCH_TABLES changes the size (each table has a primary key and one more index).
#include "benchsupport.h"
#include "health/healthrun.h"
#include "pg/connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

using namespace pgs;
using namespace pgs::health;
using test::median;
using test::say;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int envTables = qEnvironmentVariableIntValue("PGSTEWARD_BENCH_TABLES");
    const int tables = envTables > 0 ? envTables : 10'000;
    QTemporaryDir dir;
    test::ScopedSandbox sandbox(dir.filePath(QStringLiteral("cluster")));
    if (!sandbox.started())
        return 1;
    SandboxCluster &cluster = sandbox.cluster();
    auto conn = test::createBenchDatabase(cluster);
    if (!conn)
        return 1;
    pg::Connection &db = *conn;
    QElapsedTimer t;
    t.start();
    // Each table: a primary key and one secondary index (20,000 indexes for 10,000 tables); every
    // tenth references the previous one (foreign keys, some without an index), a few rows each.
    const bool created = test::runInBatches(db, tables, 500, [](int from, int to) {
        return QStringLiteral(
            "DO $$ BEGIN FOR i IN %1..%2 LOOP "
            "EXECUTE format('CREATE TABLE t_%s (id int PRIMARY KEY, ref int, v text)', i); "
            "EXECUTE format('CREATE INDEX ON t_%s (v)', i); "
            "EXECUTE format('INSERT INTO t_%s SELECT g, 1, repeat(''x'', 40) FROM generate_series(1, %s) g', i, 1 + i % 30); "
            "IF i % 10 = 0 THEN EXECUTE format('ALTER TABLE t_%s ADD FOREIGN KEY (ref) REFERENCES t_%s', i, i - 1); END IF; "
            "END LOOP; END $$").arg(from).arg(to);
    });
    if (!created)
        return 1;
    if (Status s = db.execScript(QStringLiteral("ANALYZE")); !s) {
        say(QStringLiteral("analyze failed: ") + s.error().message);
        return 1;
    }
    auto counts = db.exec(QStringLiteral("SELECT (SELECT count(*) FROM pg_stat_user_tables), (SELECT count(*) FROM pg_stat_user_indexes)"));
    say(QStringLiteral("setup: %1 tables, %2 indexes in %3 s")
            .arg(counts ? counts->text(0, 0) : QStringLiteral("?"), counts ? counts->text(0, 1) : QStringLiteral("?"))
            .arg(t.elapsed() / 1000.0, 0, 'f', 1));

    // The whole run (every check over the server's databases: bench and postgres).
    QList<double> wall;
    int findings = 0;
    for (int round = 0; round < 5; ++round) {
        JobContext ctx;
        t.restart();
        auto run = runHealthChecks(ctx, cluster.connectionSpec(QStringLiteral("postgres")), HealthOptions());
        wall << double(t.nsecsElapsed()) / 1e6;
        if (!run) {
            say(QStringLiteral("health run failed: ") + run.error().message);
            return 1;
        }
        findings = int(run->findings.size());
        for (const QString &p : run->problems)
            say(QStringLiteral("problem: ") + p);
    }
    say(QStringLiteral("all checks, %1 databases: median %2 ms wall (min %3, max %4), %5 findings; goal < 2000 ms")
            .arg(2)
            .arg(median(wall), 0, 'f', 0)
            .arg(*std::min_element(wall.begin(), wall.end()), 0, 'f', 0)
            .arg(*std::max_element(wall.begin(), wall.end()), 0, 'f', 0)
            .arg(findings));
    // Each check alone, to see which one dominates.
    for (const CheckDef &check : checkRegistry()) {
        QList<double> each;
        for (int round = 0; round < 3; ++round) {
            JobContext ctx;
            HealthOptions options;
            options.checks = {check.code};
            t.restart();
            (void)runHealthChecks(ctx, cluster.connectionSpec(QStringLiteral("bench")), options);
            each << double(t.nsecsElapsed()) / 1e6;
        }
        say(QStringLiteral("  %1: %2 ms").arg(check.code, -24).arg(median(each), 0, 'f', 1));
    }
    return 0;
}
