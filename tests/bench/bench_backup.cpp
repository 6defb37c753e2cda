// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Our backup job against the bare pg_dump with the same options, on pgbench databases of scale
// 10 and 50 in a private sandbox cluster, with where our fixed time goes; and our SHA-256 against
// sha256sum on the same dump file. Prints figures; asserts nothing (goals: wall-time ratio
// <= 1.05 at scale 10 and <= 1.02 at scale 50, without row counts).
#include "benchsupport.h"
#include "backup/backupjob.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pgs;
using test::median;
using test::say;

namespace {

// Timestamps the job's own milestones, so the fixed cost around pg_dump can be split up.
class PhaseClock : public JobSink
{
public:
    PhaseClock() { m_clock.start(); }
    void jobProgress(double, const QString &text) override { mark(text); }
    void jobLog(const QString &line) override { mark(line); }
    // Milliseconds from the start to the first message starting with prefix, -1 when none.
    double at(const QString &prefix) const
    {
        for (const auto &[ns, text] : m_marks)
            if (text.startsWith(prefix))
                return ns / 1e6;
        return -1;
    }

private:
    void mark(const QString &text) { m_marks.append({m_clock.nsecsElapsed(), text}); }
    QElapsedTimer m_clock;
    QList<QPair<qint64, QString>> m_marks;
};

constexpr int kRuns = 10; // five with each going first

struct Phases
{
    QList<double> prepare, scope, dump, check, checksums, finish;
};

void recordPhases(const PhaseClock &clock, double totalMs, Phases &p)
{
    const double written = clock.at(QStringLiteral("Writing the backup into"));
    const double dumping = clock.at(QStringLiteral("pg_dump "));
    const double checking = clock.at(QStringLiteral("Checking that the archive is whole"));
    const double summing = clock.at(QStringLiteral("Computing checksums"));
    const double complete = clock.at(QStringLiteral("Backup complete"));
    p.prepare << written;              // locate pg_dump, folder (our connection runs beside pg_dump)
    p.scope << dumping - written;      // folder, lock, interim manifests, tables in scope
    p.dump << checking - dumping;      // pg_dump itself
    p.check << summing - checking;     // the archive is whole
    p.checksums << complete - summing; // fsync of the dump beside its SHA-256, final manifest, rename
    p.finish << totalMs - complete;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> scales{10, 50};
    if (qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SCALE") > 0)
        scales = {qEnvironmentVariableIntValue("PGSTEWARD_BENCH_SCALE")};
    QTemporaryDir dir;
    JobContext ctx;
    test::ScopedSandbox sandbox(dir.filePath(QStringLiteral("cluster")));
    if (!sandbox.started())
        return 1;
    SandboxCluster &cluster = sandbox.cluster();

    const ConnectionSpec spec = cluster.connectionSpec(QStringLiteral("postgres"));
    const QProcessEnvironment env = spec.toolEnvironment(QProcessEnvironment::systemEnvironment());
    const QString pgbench = QDir(cluster.binDirectory()).filePath(QStringLiteral("pgbench"));
    QElapsedTimer t;
    QString lastDump;
    for (const int scale : scales) {
        t.start();
        ToolRun init;
        init.program = QFileInfo::exists(pgbench) ? pgbench : QStringLiteral("/usr/lib/postgresql/15/bin/pgbench");
        init.arguments = {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(scale)};
        init.environment = env;
        init.logStderr = false;
        if (auto r = runTool(ctx, init); !r) {
            say(QStringLiteral("pgbench failed: ") + r.error().message);
            return 1;
        }
        say(QStringLiteral("pgbench -i -s %1: %2 s").arg(scale).arg(t.elapsed() / 1000.0, 0, 'f', 1));

        const auto pgDump = ToolLocator().find(QStringLiteral("pg_dump"), 15);
        if (!pgDump) {
            say(pgDump.error().message);
            return 1;
        }
        BackupOptions options;
        options.database = QStringLiteral("postgres");
        options.format = DumpFormat::Custom;

        QList<double> bare, ours;
        Phases phases;
        QString failure;
        double dumpMegabytes = 0;
        QList<double> pairRatios, pairExtraMs;
        auto runBare = [&](int i) {
            const QString out = dir.filePath(QStringLiteral("bare-%1.custom").arg(i));
            QProcess p;
            p.setProcessEnvironment(env);
            t.restart();
            p.start(pgDump->path, {QStringLiteral("-Fc"), QStringLiteral("-f"), out});
            p.waitForFinished(-1);
            bare << t.elapsed() / 1000.0;
            if (p.exitCode() != 0)
                failure = QStringLiteral("pg_dump failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
            QFile::remove(out);
        };
        auto runOurs = [&](int i) {
            BackupRequest request;
            request.spec = spec;
            request.catalogDir = dir.filePath(QStringLiteral("catalog"));
            request.options = options;
            PhaseClock clock;
            JobContext job(&clock);
            t.restart();
            auto done = runBackup(job, request);
            ours << t.elapsed() / 1000.0;
            recordPhases(clock, ours.last() * 1000.0, phases);
            if (!done) {
                failure = QStringLiteral("backup failed: ") + done.error().message;
                return;
            }
            lastDump = QDir(done->folder).filePath(done->manifest.dumpName);
            dumpMegabytes = QFileInfo(lastDump).size() / 1e6;
            if (i < kRuns - 1)
                QDir(done->folder).removeRecursively();
        };
        // Alternating which goes first (ABBA...): the second of a pair finds the caches warmer.
        for (int i = 0; i < kRuns && failure.isEmpty(); ++i) {
            if (i % 2 == 0) {
                runBare(i);
                runOurs(i);
            } else {
                runOurs(i);
                runBare(i);
            }
            if (!failure.isEmpty())
                break;
            say(QStringLiteral("run %1 (%2 first): pg_dump -Fc %3 s, runBackup %4 s (%5 MB)")
                    .arg(i + 1)
                    .arg(i % 2 == 0 ? QStringLiteral("pg_dump") : QStringLiteral("runBackup"))
                    .arg(bare.last(), 0, 'f', 2)
                    .arg(ours.last(), 0, 'f', 2)
                    .arg(dumpMegabytes, 0, 'f', 1));
            pairRatios << ours.last() / bare.last();
            pairExtraMs << (ours.last() - bare.last()) * 1000.0;
        }
        if (!failure.isEmpty()) {
            say(failure);
            return 1;
        }
        say(QStringLiteral("scale %1 median: pg_dump -Fc %2 s, runBackup %3 s, ratio %4, median of the pairs' ratios %6 (goal <= %5)")
                .arg(scale)
                .arg(median(bare), 0, 'f', 2)
                .arg(median(ours), 0, 'f', 2)
                .arg(median(ours) / median(bare), 0, 'f', 3)
                .arg(scale <= 10 ? QStringLiteral("1.05") : QStringLiteral("1.02"))
                .arg(median(pairRatios), 0, 'f', 3));
        // Host noise only ever adds time, so the best runs and the pairs' differences show the
        // fixed cost with less of it than the medians do.
        say(QStringLiteral("scale %1 best of %2: pg_dump -Fc %3 s, runBackup %4 s, ratio %5; median extra time of a "
                           "pair %6 ms (%7 % of the bare median)")
                .arg(scale)
                .arg(kRuns)
                .arg(*std::min_element(bare.begin(), bare.end()), 0, 'f', 3)
                .arg(*std::min_element(ours.begin(), ours.end()), 0, 'f', 3)
                .arg(*std::min_element(ours.begin(), ours.end()) / *std::min_element(bare.begin(), bare.end()), 0,
                     'f', 3)
                .arg(median(pairExtraMs), 0, 'f', 1)
                .arg(100.0 * median(pairExtraMs) / (1000.0 * median(bare)), 0, 'f', 1));
        say(QStringLiteral("scale %1 where runBackup's time goes (median ms): before pg_dump (tool, folder; without row "
                           "counts our connection runs beside pg_dump) %2, interim manifest %3, pg_dump %4, archive "
                           "check %5, fsync of the dump (pg_dump runs with --no-sync) beside the checksums + final manifest + rename %6, rest %7")
                .arg(scale)
                .arg(median(phases.prepare), 0, 'f', 1)
                .arg(median(phases.scope), 0, 'f', 1)
                .arg(median(phases.dump), 0, 'f', 1)
                .arg(median(phases.check), 0, 'f', 1)
                .arg(median(phases.checksums), 0, 'f', 1)
                .arg(median(phases.finish), 0, 'f', 1));
    }

    const double mb = QFileInfo(lastDump).size() / 1e6;
    QList<double> mine, theirs;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        auto sum = sha256OfFile(lastDump);
        mine << t.elapsed() / 1000.0;
        t.restart();
        QProcess p;
        p.start(QStringLiteral("sha256sum"), {lastDump});
        p.waitForFinished(-1);
        theirs << t.elapsed() / 1000.0;
        if (!sum || QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0) != *sum) {
            say(QStringLiteral("checksums differ!"));
            return 1;
        }
    }
    say(QStringLiteral("sha256 of %1 MB: ours %2 MB/s, sha256sum %3 MB/s")
            .arg(mb, 0, 'f', 1)
            .arg(mb / median(mine), 0, 'f', 0)
            .arg(mb / median(theirs), 0, 'f', 0));
    return 0;
}
