// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ctest fixture "cluster":  pgsteward-testcluster start DIR  |  pgsteward-testcluster drop DIR
// start creates the cluster when needed, starts it and loads a small demo data set (scale 0.1
// into pgsteward_demo) so that GUI and CLI tests have real data; it prints the port.
#include "sandbox/demodata.h"
#include "sandbox/sandboxcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <mutex>

namespace {

class StderrSink : public pgs::JobSink
{
public:
    void jobProgress(double, const QString &text) override
    {
        if (!text.isEmpty())
            print(QStringLiteral("... ") + text);
    }
    void jobLog(const QString &line) override { print(QStringLiteral("    ") + line); }

private:
    void print(const QString &line)
    {
        std::lock_guard lock(m_mutex);
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    }
    std::mutex m_mutex;
};

int fail(const QString &what, const pgs::Error &error)
{
    std::fprintf(stderr, "pgsteward-testcluster: %s: %s\n%s\n", what.toLocal8Bit().constData(),
                 error.message.toLocal8Bit().constData(), error.detail.toLocal8Bit().constData());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("start") && args[1] != QLatin1String("drop"))) {
        std::fprintf(stderr, "usage: pgsteward-testcluster start|drop DIR\n");
        return 2;
    }
    StderrSink sink;
    pgs::JobContext ctx(&sink);
    pgs::SandboxCluster cluster(args[2]);
    QElapsedTimer timer;
    timer.start();

    if (args[1] == QLatin1String("drop")) {
        if (auto s = cluster.drop(ctx); !s)
            return fail(QStringLiteral("drop"), s.error());
        std::fprintf(stderr, "dropped %s in %.1f s\n", qPrintable(args[2]), timer.elapsed() / 1000.0);
        return 0;
    }

    if (auto s = cluster.create(ctx); !s)
        return fail(QStringLiteral("create"), s.error());
    if (auto s = cluster.start(ctx); !s)
        return fail(QStringLiteral("start"), s.error());
    if (auto s = pgs::installDemoData(ctx, cluster.connectionSpec(), QStringLiteral("pgsteward_demo"), 0.1); !s)
        return fail(QStringLiteral("demo data"), s.error());
    std::fprintf(stderr, "cluster %s (PostgreSQL %s) ready on socket %s in %.1f s\n", qPrintable(args[2]),
                 qPrintable(cluster.serverVersion()), qPrintable(cluster.socketDirectory()), timer.elapsed() / 1000.0);
    std::printf("%d\n", cluster.port());
    return 0;
}
