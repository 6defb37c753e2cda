// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "jobs/connectedjob.h"
#include "monitor/serveroverview.h"

namespace pgs::cli {

namespace {

struct StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::StatusCommand)
public:
    static void printHuman(const ServerOverview &o, const QString &target);
};

void StatusCommand::printHuman(const ServerOverview &o, const QString &target)
{
    const QString connections = tr("%1 of %2 used (%3 active, %4 reserved)")
                                    .arg(o.connectionsUsed)
                                    .arg(o.connectionsMax)
                                    .arg(o.connectionsActive)
                                    .arg(o.connectionsReserved);
    const QString cache = o.cacheHitRatio ? QStringLiteral("%1 %").arg(*o.cacheHitRatio * 100, 0, 'f', 2)
                                          : tr("unknown");
    printKeyValues({
        {tr("Server"), target},
        {tr("Version"), o.serverVersion},
        {tr("Role"), o.inRecovery ? tr("standby (in recovery)") : tr("primary")},
        {tr("Uptime"), tr("%1 (since %2)").arg(humanDuration(o.uptimeSeconds),
                                               o.startedAt.toLocalTime().toString(Qt::ISODate))},
        {tr("Connections"), connections},
        {tr("Cache hit ratio"), cache},
        {tr("Connected as"), tr("%1 to %2%3").arg(o.currentUser, o.currentDatabase,
                                                 o.ssl ? tr(" (SSL)") : QString())},
    });
    printOut(QString());
    QList<QStringList> rows;
    for (const DatabaseSummary &db : o.databases) {
        rows.append({db.name, db.owner, db.sizeBytes ? humanSize(*db.sizeBytes) : tr("n/a"),
                     QString::number(db.connections), QString::number(db.xidAge),
                     db.isTemplate ? tr("template") : QString()});
    }
    printTable({tr("DATABASE"), tr("OWNER"), tr("SIZE"), tr("CONNS"), tr("XID AGE"), QString()}, rows, {2, 3, 4});
}

} // namespace

int runStatusCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli status"),
                         StatusCommand::tr("Show the server overview: version, uptime, connections, "
                                           "cache hit ratio and databases."));
    parser.addTargetOptions();
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;

    Result<ConnectionSpec> spec = resolveTarget(parser);
    if (!spec)
        return reportTargetError(spec.error(), parser);

    std::optional<ServerOverview> overview;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        ctx.progress(-1, StatusCommand::tr("Connecting to %1").arg(spec->describe()));
        return runConnected(ctx, *spec, [&](pg::Connection &conn) -> JobResult {
            Result<ServerOverview> loaded = loadServerOverview(conn);
            if (!loaded)
                return loaded.error();
            overview = std::move(loaded).value();
            return QVariant();
        });
    });
    if (!done)
        return reportError(done.error());
    if (parser.json())
        printJson(overview->toJson());
    else
        StatusCommand::printHuman(*overview, spec->describe());
    return ExitOk;
}

} // namespace pgs::cli
