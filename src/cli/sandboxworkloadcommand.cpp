// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"

#include "sandbox/demoworkload.h"
#include "sandbox/sandboxcluster.h"
#include "util/paths.h"

#include <QJsonObject>
#include <QVariantMap>

namespace pgs::cli {

namespace {
struct SandboxWorkloadCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::SandboxWorkloadCommand)
};
} // namespace

int runSandboxWorkload(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli sandbox workload"),
                         SandboxWorkloadCommand::tr("Run the demo workload on the sandbox's demo database until "
                                                    "the time is up or Ctrl-C, then print a summary."));
    parser.addOption(QCommandLineOption(QStringLiteral("dir"),
                                        SandboxWorkloadCommand::tr("Cluster directory (default: %1).")
                                            .arg(paths::sandboxDir()),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("seconds"),
                                        SandboxWorkloadCommand::tr("Stop after N seconds (default 0: until Ctrl-C)."),
                                        QStringLiteral("N"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("clients"),
                                        SandboxWorkloadCommand::tr("Concurrent clients (default 4)."),
                                        QStringLiteral("N"), QStringLiteral("4")));
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    int exitCode = ExitOk;
    const auto seconds = parser.intValue(QStringLiteral("seconds"), 0, 7 * 86400, &exitCode);
    if (!seconds)
        return exitCode;
    const auto clients = parser.intValue(QStringLiteral("clients"), 1, 64, &exitCode);
    if (!clients)
        return exitCode;

    SandboxCluster cluster(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                               : paths::sandboxDir());
    cluster.loadState();
    if (!cluster.isRunning())
        return reportError(Error::of(SandboxWorkloadCommand::tr("the sandbox cluster in %1 is not running "
                                                                "(start it with: pgsteward-cli sandbox start --demo)")
                                         .arg(cluster.directory()),
                                     {}, QStringLiteral("not-running")));
    if (*seconds == 0)
        printErr(SandboxWorkloadCommand::tr("Running the demo workload with %1 clients; press Ctrl-C to stop.")
                     .arg(*clients));

    JobResult run = runInForeground([&](JobContext &ctx) {
        return runDemoWorkload(ctx, cluster.connectionSpec(QStringLiteral("pgsteward_demo")), int(*clients),
                               int(*seconds));
    });
    if (!run)
        return reportError(run.error());
    const QVariantMap summary = run.value().toMap();
    const qint64 transactions = summary.value(QStringLiteral("transactions")).toLongLong();
    const qint64 rollbacks = summary.value(QStringLiteral("rollbacks")).toLongLong();
    const double elapsed = summary.value(QStringLiteral("seconds")).toDouble();
    if (parser.json()) {
        printJson(QJsonObject::fromVariantMap(summary));
        return ExitOk;
    }
    printOut(SandboxWorkloadCommand::tr("%1 transactions (%2 rolled back) in %3 s: %4 per second")
                 .arg(transactions)
                 .arg(rollbacks)
                 .arg(elapsed, 0, 'f', 1)
                 .arg(elapsed > 0 ? transactions / elapsed : 0.0, 0, 'f', 1));
    return ExitOk;
}

} // namespace pgs::cli
