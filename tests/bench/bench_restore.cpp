// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Our restore job against the bare pg_restore with the same options (-j 2 into a new database), on
// a pgbench database of scale 50 dumped once with pg_dump -Fc, in a private sandbox cluster.
// Three runs each, interleaved; prints wall times and the ratio of medians (goal <= 1.02).
#include "benchsupport.h"
#include "restore/restorejob.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pgs;
using test::median;
using test::say;

namespace {

bool sql(const ConnectionSpec &spec, const QString &statement)
{
    JobContext ctx;
    ToolRun run;
    run.program = ToolLocator().find(QStringLiteral("psql"), 15)->path;
    run.arguments = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-c"), statement};
    run.environment = spec.toolEnvironment(QProcessEnvironment::systemEnvironment());
    run.logStderr = false;
    return runTool(ctx, run).ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int scale = qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SCALE") > 0
                          ? qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SCALE") : 50;
    const int runs = 3;
    QTemporaryDir dir;
    JobContext ctx;
    test::ScopedSandbox sandbox(dir.filePath(QStringLiteral("cluster")));
    if (!sandbox.started())
        return 1;
    SandboxCluster &cluster = sandbox.cluster();

    const ConnectionSpec admin = cluster.connectionSpec(QStringLiteral("postgres"));
    const QProcessEnvironment env = admin.toolEnvironment(QProcessEnvironment::systemEnvironment());
    QElapsedTimer t;
    t.start();
    ToolRun init;
    const QString pgbench = QDir(cluster.binDirectory()).filePath(QStringLiteral("pgbench"));
    init.program = QFileInfo::exists(pgbench) ? pgbench : QStringLiteral("/usr/lib/postgresql/15/bin/pgbench");
    init.arguments = {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(scale)};
    init.environment = env;
    init.logStderr = false;
    if (auto r = runTool(ctx, init); !r) {
        say(QStringLiteral("pgbench failed: ") + r.error().message);
        return 1;
    }
    say(QStringLiteral("pgbench -i -s %1: %2 s").arg(scale).arg(t.elapsed() / 1000.0, 0, 'f', 1));

    // The dump lives where the postgres-run server is irrelevant: only our client tools read it.
    const QString dump = dir.filePath(QStringLiteral("pgbench.dump"));
    ToolRun dumpRun;
    dumpRun.program = ToolLocator().find(QStringLiteral("pg_dump"), 15)->path;
    dumpRun.arguments = {QStringLiteral("-Fc"), QStringLiteral("-f"), dump};
    dumpRun.environment = env;
    t.restart();
    if (auto r = runTool(ctx, dumpRun); !r) {
        say(QStringLiteral("pg_dump failed: ") + r.error().message);
        return 1;
    }
    say(QStringLiteral("pg_dump -Fc: %1 s, %2 MB").arg(t.elapsed() / 1000.0, 0, 'f', 1).arg(QFileInfo(dump).size() / 1e6, 0, 'f', 1));

    const QString pgRestore = ToolLocator().find(QStringLiteral("pg_restore"), 15)->path;
    QList<double> bare, ours;
    for (int i = 0; i < runs; ++i) {
        const QString bareDb = QStringLiteral("bare_%1").arg(i);
        sql(admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(bareDb));
        ToolRun run;
        run.program = pgRestore;
        run.arguments = {QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-d"), bareDb, dump};
        run.environment = env;
        run.logStderr = false;
        t.restart();
        auto r = runTool(ctx, run);
        const double seconds = t.elapsed() / 1000.0; // CREATE DATABASE is outside: ours includes it
        if (!r) {
            say(QStringLiteral("pg_restore failed: ") + r.error().message);
            return 1;
        }
        bare << seconds;
        sql(admin, QStringLiteral("DROP DATABASE %1").arg(bareDb));

        JobContext job;
        Result<RestoreSource> source = openRestoreSource(job, dump);
        if (!source) {
            say(QStringLiteral("source failed: ") + source.error().message);
            return 1;
        }
        RestoreRequest request;
        request.spec = admin;
        request.source = *source;
        request.options.target = RestoreOptions::Target::NewDatabase;
        request.options.targetDatabase = QStringLiteral("ours_%1").arg(i);
        request.options.jobs = 2;
        request.options.exitOnError = false; // bare pg_restore does not stop on errors either
        t.restart();
        Result<RestoreOutcome> outcome = runRestore(job, request);
        const double oursSeconds = t.elapsed() / 1000.0;
        if (!outcome || outcome->failed()) {
            say(QStringLiteral("runRestore failed: ") + (outcome ? outcome->errors.value(0).message : outcome.error().message));
            return 1;
        }
        ours << oursSeconds;
        sql(admin, QStringLiteral("DROP DATABASE %1").arg(request.options.targetDatabase));
        say(QStringLiteral("run %1: pg_restore -j 2 %2 s, runRestore jobs=2 %3 s (incl. source detection, TOC read, "
                           "plan, CREATE DATABASE)")
                .arg(i + 1)
                .arg(bare.last(), 0, 'f', 2)
                .arg(oursSeconds, 0, 'f', 2));
    }
    say(QStringLiteral("median: pg_restore %1 s, runRestore %2 s, ratio %3 (goal <= 1.02)")
            .arg(median(bare), 0, 'f', 2)
            .arg(median(ours), 0, 'f', 2)
            .arg(median(ours) / median(bare), 0, 'f', 3));
    return 0;
}
