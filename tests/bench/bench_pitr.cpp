// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Base backup and point-in-time recovery of a pgbench database (scale PGSTEWARD_BENCH_SCALE,
// default 50) in a private archiving sandbox: our takeBaseBackup beside the bare pg_basebackup
// with the same arguments (and beside pg_basebackup + pg_verifybackup, which ours includes), in
// plain and in tar/best-compression format; then our recovery to the end of the archive from
// each, with the part its re-verification takes. Prints figures; asserts nothing (goal: ours
// within 5 % of the bare tools doing the same work).
#include "benchsupport.h"
#include "pg/connection.h"
#include "physical/basebackup.h"
#include "physical/basebackuptar.h"
#include "physical/pitrrestore.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

using namespace pgs;
using test::say;

namespace {

bool sql(const SandboxCluster &c, const QString &text)
{
    auto conn = pg::Connection::open(c.connectionSpec());
    if (!conn) {
        say(conn.error().message);
        return false;
    }
    auto r = (*conn)->exec(text);
    if (!r)
        say(r.error().message);
    return bool(r);
}

double seconds(QElapsedTimer &t) { return t.nsecsElapsed() / 1e9; }

// The bare tool with the arguments takeBaseBackup gives it; -1 on failure.
double bareBaseBackup(const SandboxCluster &c, const QString &tool, const QString &dir, const QStringList &formatArgs)
{
    JobContext ctx;
    ToolRun run;
    run.program = tool;
    run.arguments = QStringList{QStringLiteral("-D"), dir} + formatArgs
                    + QStringList{QStringLiteral("--checkpoint=fast"), QStringLiteral("--manifest-checksums=SHA256"), QStringLiteral("--no-password")};
    run.environment = c.connectionSpec().toolEnvironment(QProcessEnvironment::systemEnvironment());
    run.logStderr = false;
    QElapsedTimer t;
    t.start();
    if (auto r = runTool(ctx, run); !r) {
        say(QStringLiteral("pg_basebackup failed: ") + r.error().message);
        return -1;
    }
    return seconds(t);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int scale = qEnvironmentVariableIsSet("PGSTEWARD_BENCH_SCALE") ? qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SCALE") : 50;
    QTemporaryDir dir;
    ::chmod(QFile::encodeName(dir.path()).constData(), 0711);
    const QString archive = dir.filePath(QStringLiteral("archive"));
    const QString catalog = dir.filePath(QStringLiteral("catalog"));
    QDir().mkpath(archive);
    ::chmod(QFile::encodeName(archive).constData(), 0777);
    test::ScopedSandbox sandbox(dir.filePath(QStringLiteral("cluster")));
    if (!sandbox.started())
        return 1;
    SandboxCluster &cluster = sandbox.cluster();
    JobContext ctx;
    if (!sql(cluster, QStringLiteral("ALTER SYSTEM SET archive_mode = on"))
        || !sql(cluster, QStringLiteral("ALTER SYSTEM SET archive_command = 'test ! -f %1/%f && cp %p %1/%f'").arg(archive)))
        return 1;
    (void)cluster.stop(ctx);
    if (!cluster.start(ctx))
        return 1;

    QElapsedTimer t;
    t.start();
    ToolRun init;
    const QString pgbench = QDir(cluster.binDirectory()).filePath(QStringLiteral("pgbench"));
    init.program = QFileInfo::exists(pgbench) ? pgbench : QStringLiteral("/usr/lib/postgresql/15/bin/pgbench");
    init.arguments = {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(scale)};
    init.environment = cluster.connectionSpec().toolEnvironment(QProcessEnvironment::systemEnvironment());
    init.logStderr = false;
    if (auto r = runTool(ctx, init); !r) {
        say(QStringLiteral("pgbench failed: ") + r.error().message);
        return 1;
    }
    say(QStringLiteral("pgbench -i -s %1: %2 s").arg(scale).arg(seconds(t), 0, 'f', 1));
    (void)sql(cluster, QStringLiteral("CHECKPOINT"));

    const auto tool = ToolLocator().find(QStringLiteral("pg_basebackup"), 15);
    const auto verify = ToolLocator().find(QStringLiteral("pg_verifybackup"), 15);
    if (!tool || !verify)
        return 1;
    const QString best = bestBaseBackupCompression(tool->path, tool->majorVersion);

    struct Variant
    {
        QString label;
        BaseBackupOptions options;
        QStringList bareArgs;
    };
    BaseBackupOptions tar;
    tar.tar = true;
    const QList<Variant> variants{
        {QStringLiteral("plain"), BaseBackupOptions{}, {QStringLiteral("-Fp"), QStringLiteral("-X"), QStringLiteral("fetch")}},
        {QStringLiteral("tar+") + best, tar,
         QStringList{QStringLiteral("-Ft"), QStringLiteral("-X"), QStringLiteral("stream")} + compressionArguments(best, tool->majorVersion)}};
    QList<BaseBackupInfo> ours;
    for (const Variant &v : variants) {
        const QString bareDir = dir.filePath(QStringLiteral("bare-") + v.label);
        const double bare = bareBaseBackup(cluster, tool->path, bareDir, v.bareArgs);
        double bareVerify = 0;
        if (!v.options.tar) {
            JobContext vctx;
            ToolRun run;
            run.program = verify->path;
            run.arguments = {bareDir};
            run.logStderr = false;
            t.restart();
            if (auto r = runTool(vctx, run); !r)
                say(QStringLiteral("pg_verifybackup failed: ") + r.error().message);
            bareVerify = seconds(t);
        }
        QDir(bareDir).removeRecursively();
        t.restart();
        auto b = takeBaseBackup(ctx, cluster.connectionSpec(), catalog, v.options);
        const double mine = seconds(t);
        if (!b) {
            say(QStringLiteral("our base backup failed: ") + b.error().message);
            return 1;
        }
        ours.append(*b);
        t.restart();
        (void)verifyBaseBackup(ctx, *b);
        const double ourVerify = seconds(t);
        const double comparable = bare + (v.options.tar ? ourVerify : bareVerify);
        say(QStringLiteral("base backup %1: bare pg_basebackup %2 s, + %3 %4 s = %5 s; ours (with verification) %6 s; "
                           "ratio %7; size %8 MiB")
                .arg(v.label)
                .arg(bare, 0, 'f', 2)
                .arg(v.options.tar ? QStringLiteral("our libarchive verification") : QStringLiteral("pg_verifybackup"))
                .arg(v.options.tar ? ourVerify : bareVerify, 0, 'f', 2)
                .arg(comparable, 0, 'f', 2)
                .arg(mine, 0, 'f', 2)
                .arg(comparable > 0 ? mine / comparable : 0, 0, 'f', 3)
                .arg(double(b->sizeBytes) / (1024.0 * 1024.0), 0, 'f', 1));
    }
    // Some WAL after the backups, archived.
    (void)sql(cluster, QStringLiteral("UPDATE pgbench_branches SET bbalance = bbalance + 1"));
    (void)sql(cluster, QStringLiteral("SELECT pg_switch_wal()"));
    QThread::sleep(2);
    for (const BaseBackupInfo &b : std::as_const(ours)) {
        // Only this backup in the catalog view: move the other aside for the run.
        QDir aside(dir.filePath(QStringLiteral("aside")));
        aside.mkpath(QStringLiteral("."));
        for (const BaseBackupInfo &o : std::as_const(ours))
            if (o.name != b.name)
                QDir().rename(o.folder, aside.filePath(o.name));
        PitrTarget latest;
        const QString target = dir.filePath(QStringLiteral("recovered-") + b.format);
        t.restart();
        auto r = restorePointInTime(ctx, catalog, archive, latest, target);
        const double total = seconds(t);
        t.restart();
        (void)verifyBaseBackup(ctx, b);
        const double verifyPart = seconds(t);
        for (const BaseBackupInfo &o : std::as_const(ours))
            if (o.name != b.name)
                QDir().rename(aside.filePath(o.name), o.folder);
        if (!r) {
            say(QStringLiteral("recovery from %1 failed: %2").arg(b.format, r.error().message));
            continue;
        }
        say(QStringLiteral("recovery to the end from %1 (%2): %3 s, of which re-verifying the base backup %4 s")
                .arg(b.format, b.compression)
                .arg(total, 0, 'f', 2)
                .arg(verifyPart, 0, 'f', 2));
        JobContext drop;
        (void)SandboxCluster(target).drop(drop);
    }
    return 0;
}
