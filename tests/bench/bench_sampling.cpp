// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One sampling round on a database with 10,000 tables and 5,000 distinct statements in
// pg_stat_statements (a private sandbox cluster): client wall time and server execution time per
// part (base counters, top tables, statements), then the rates and the history append of the
// round. PGSTEWARD_BENCH_TABLES / PGSTEWARD_BENCH_STATEMENTS change the sizes.
#include "benchsupport.h"
#include "monitor/historystore.h"
#include "monitor/rates.h"
#include "monitor/sampler.h"
#include "pg/connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pgs;
using test::median;
using test::say;

namespace {

int envInt(const char *name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

// Server execution time of everything pg_stat_statements saw, in ms.
double serverMs(pg::Connection &conn)
{
    auto r = conn.exec(QStringLiteral("SELECT coalesce(sum(total_exec_time), 0) FROM pg_stat_statements"));
    return r ? r->toDouble(0, 0) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int tables = envInt("PGSTEWARD_BENCH_TABLES", 10'000);
    const int statements = envInt("PGSTEWARD_BENCH_STATEMENTS", 5'000);
    const int rounds = 5;
    QTemporaryDir dir;
    JobContext ctx;
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
    // Tables with an index and TOAST, a row each so sizes differ from zero; in batches so one
    // transaction does not hold 30,000 relation locks.
    const bool created = test::runInBatches(db, tables, 1000, [](int from, int to) {
        return QStringLiteral(
            "DO $$ BEGIN FOR i IN %1..%2 LOOP "
            "EXECUTE format('CREATE TABLE t_%s (id int PRIMARY KEY, v text); INSERT INTO t_%s SELECT g, repeat(''x'', 100) "
            "FROM generate_series(1, %s) g', i, i, 1 + i % 50); END LOOP; END $$").arg(from).arg(to);
    });
    if (!created)
        return 1;
    say(QStringLiteral("%1 tables created in %2 s").arg(tables).arg(t.elapsed() / 1000.0, 0, 'f', 1));
    t.restart();
    (void)db.execScript(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
    // pg_stat_statements.track = all (the sandbox's setting) counts the statements run by EXECUTE.
    const QString fill = QStringLiteral("DO $$ BEGIN FOR i IN 1..%1 LOOP EXECUTE format('SELECT count(*) FROM t_%s WHERE id > %s', "
                                        "1 + (i - 1) % %2, i % 7); END LOOP; END $$")
                             .arg(statements)
                             .arg(tables);
    if (Status s = db.execScript(fill); !s) {
        say(QStringLiteral("running statements failed: ") + s.error().message);
        return 1;
    }
    auto count = db.exec(QStringLiteral("SELECT count(*) FROM pg_stat_statements"));
    say(QStringLiteral("%1 statements run in %2 s; pg_stat_statements holds %3 entries")
            .arg(statements)
            .arg(t.elapsed() / 1000.0, 0, 'f', 1)
            .arg(count ? count->toInt64(0, 0) : -1));

    auto sampler = pg::Connection::open(cluster.connectionSpec(QStringLiteral("bench")));
    if (!sampler)
        return 1;
    struct Part
    {
        const char *name;
        SampleOptions options;
    };
    SampleOptions base;
    base.tables = false;
    base.statements = false;
    SampleOptions tablesOnly = base;
    tablesOnly.tables = true;
    SampleOptions statementsOnly = base;
    statementsOnly.statements = true;
    const Part parts[] = {{"base counters", base}, {"+ top tables", tablesOnly}, {"+ statements", statementsOnly},
                          {"full round", SampleOptions()}};
    std::optional<MetricSample> previous, last;
    for (const Part &part : parts) {
        QList<double> wall, server;
        for (int i = 0; i < rounds; ++i) {
            const double before = serverMs(db);
            t.restart();
            auto sample = takeSample(**sampler, part.options);
            wall.append(t.nsecsElapsed() / 1e6);
            server.append(serverMs(db) - before);
            if (!sample) {
                say(QStringLiteral("sampling failed: ") + sample.error().message);
                return 1;
            }
            if (part.options.statements && part.options.tables) {
                previous = last;
                last = *sample;
            }
        }
        say(QStringLiteral("%1: median %2 ms wall, %3 ms server (of %4 rounds)")
                .arg(QString::fromLatin1(part.name), -16)
                .arg(median(wall), 0, 'f', 1)
                .arg(median(server), 0, 'f', 1)
                .arg(rounds));
    }
    say(QStringLiteral("a full sample holds %1 statements, %2 tables").arg(last->statements.size()).arg(last->tables.size()));

    t.restart();
    const auto rates = computeRates(*previous, *last);
    say(QStringLiteral("rates of a round: %1 ms").arg(t.nsecsElapsed() / 1e6, 0, 'f', 2));
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    if (!store.open())
        return 1;
    t.restart();
    (void)store.append(QStringLiteral("bench"), *previous, std::nullopt);
    const double firstAppend = t.nsecsElapsed() / 1e6;
    t.restart();
    (void)store.append(QStringLiteral("bench"), *last, rates);
    say(QStringLiteral("history append: %1 ms (first), %2 ms (with rates)").arg(firstAppend, 0, 'f', 1).arg(t.nsecsElapsed() / 1e6, 0, 'f', 1));
    return 0;
}
