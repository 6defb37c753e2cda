// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `migrate status` speed: a Flyway folder of 2,000 migrations against a flyway_schema_history of
// 2,000 rows (all applied, so every checksum is computed and compared), on a private sandbox
// cluster. Prints the median of five runs of the whole inspection (history tables, folder read
// with checksums, history read, plan) and of the status with pre-flight and lint. Goal: < 200 ms.
#include "benchsupport.h"

#include "jobs/jobcontext.h"
#include "migrations/folderreader.h"
#include "migrations/historyadapter.h"
#include "migrations/inspection.h"
#include "migrations/migrationrunner.h"
#include "pg/connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <ctime>

using namespace pgs;
using namespace pgs::migrations;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    test::ScopedSandbox sandbox(dir.filePath(QStringLiteral("cluster")));
    if (!sandbox.started())
        return 1;
    auto admin = pg::Connection::open(sandbox.cluster().connectionSpec(QStringLiteral("postgres")));
    if (!admin || !(*admin)->exec(QStringLiteral("CREATE DATABASE bench")).ok()) {
        test::say(QStringLiteral("cannot create the bench database"));
        return 1;
    }
    const QString folder = dir.filePath(QStringLiteral("migrations"));
    QDir().mkpath(folder);
    for (int i = 1; i <= count; ++i) {
        QFile f(QStringLiteral("%1/V%2__table_%2.sql").arg(folder).arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("-- migration %1\nCREATE TABLE t%1 (\n  id bigint PRIMARY KEY,\n  name text NOT NULL\n);\n"
                               "CREATE INDEX t%1_name ON t%1 (name);\n")
                    .arg(i)
                    .toUtf8());
    }
    auto conn = pg::Connection::open(sandbox.cluster().connectionSpec(QStringLiteral("bench")));
    if (!conn)
        return 1;
    // Fill the history as a real run would, without creating the 2,000 tables: a dry run gives
    // the exact history writes; run only those.
    JobContext ctx;
    RunRequest request;
    request.source = MigrationSource{folder, Format::Flyway};
    request.dryRun = true;
    RunOutcome dry;
    if (Status s = runMigrations(**conn, ctx, request, dry); !s) {
        test::say(QStringLiteral("dry run failed: ") + s.error().message);
        return 1;
    }
    // The CREATE TABLE spans several lines; keep statements that belong to the history only.
    QString script;
    bool inHistory = false;
    for (const QString &line : dry.dryRunSql.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("CREATE TABLE IF NOT EXISTS flyway")) || line.startsWith(QLatin1String("INSERT INTO flyway"))
            || line.startsWith(QLatin1String("CREATE INDEX IF NOT EXISTS \"flyway")))
            inHistory = true;
        if (inHistory)
            script += line + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';')))
            inHistory = false;
    }
    if (Status s = (*conn)->execScript(script); !s) {
        test::say(QStringLiteral("history fill failed: ") + s.error().message);
        return 1;
    }
    // Wall time, and this thread's CPU time: on a machine shared with other builds the wall time
    // mostly measures the wait for a core.
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    QList<double> plain, checked, plainCpu;
    int applied = 0;
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("BENCH_ROUNDS") : 5;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuMs();
        auto report = inspectMigrations(**conn, MigrationSource{folder, std::nullopt}, false);
        plain << timer.nsecsElapsed() / 1e6;
        plainCpu << cpuMs() - cpu0;
        if (!report) {
            test::say(QStringLiteral("status failed: ") + report.error().message);
            return 1;
        }
        applied = 0;
        for (const MigrationStatus &m : report->migrations)
            applied += m.state == State::Applied ? 1 : 0;
        timer.start();
        auto full = inspectMigrations(**conn, MigrationSource{folder, std::nullopt}, true);
        checked << timer.nsecsElapsed() / 1e6;
    }
    // Where the time goes: the folder (files, checksums) and the history read alone.
    QList<double> folderMs, historyMs;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto read = readFolder(folder, Format::Flyway);
        folderMs << timer.nsecsElapsed() / 1e6;
        timer.start();
        auto rows = historyAdapter(Format::Flyway)->read(**conn);
        historyMs << timer.nsecsElapsed() / 1e6;
        if (!read || !rows)
            return 1;
    }
    test::say(QStringLiteral("  of which: folder read %1 ms, history read %2 ms")
                  .arg(test::median(folderMs), 0, 'f', 1)
                  .arg(test::median(historyMs), 0, 'f', 1));
    test::say(QStringLiteral("migrate status, %1 Flyway migrations vs %2 history rows (%3 applied): median %4 ms "
                             "(goal < 200 ms), of it %6 ms CPU in this process; with pre-flight and lint: %5 ms")
                  .arg(count)
                  .arg(count)
                  .arg(applied)
                  .arg(test::median(plain), 0, 'f', 1)
                  .arg(test::median(checked), 0, 'f', 1)
                  .arg(test::median(plainCpu), 0, 'f', 1));
    return applied == count ? 0 : 1;
}
