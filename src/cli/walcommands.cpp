// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// wal status: the server's archiving and the archive folder; wal receive: pg_receivewal through a
// replication slot into the folder, in the foreground or as a user service.
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "pg/connection.h"
#include "physical/walarchive.h"
#include "physical/walprune.h"
#include "physical/walreceiver.h"

#include <QDir>
#include <QJsonObject>

namespace pgs::cli {

namespace {

// The context of pitrcommands.cpp, where wal status lived first: its translations stay valid.
struct WalCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::PitrCommand)
};

QString mib(qint64 bytes)
{
    return bytes < 0 ? WalCommand::tr("unknown") : WalCommand::tr("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

int statusCommand(const CommandParser &parser, const ConnectionSpec &spec)
{
    int exitCode = ExitFailed;
    const QString archive = parser.value(QStringLiteral("archive"));
    const QString slot = parser.value(QStringLiteral("slot"));
    auto status = runOnTarget<WalArchiveStatus>(
        spec, [&](pg::Connection &conn) { return loadWalArchiveStatus(conn, archive, slot); }, &exitCode);
    if (!status)
        return exitCode;
    if (parser.json()) {
        printJson(status->toJson());
    } else {
        QList<QPair<QString, QString>> rows{
            {WalCommand::tr("archive_mode"), status->archiveMode},
            {WalCommand::tr("archive_command"), status->archiveCommand},
            {WalCommand::tr("Archived"), QString::number(status->archivedCount)},
            {WalCommand::tr("Last archived"), status->lastArchivedWal + QLatin1Char(' ') + status->lastArchivedTime},
            {WalCommand::tr("In the folder"), status->lastArchivedInFolder ? WalCommand::tr("yes") : WalCommand::tr("no")},
            {WalCommand::tr("Failed"), QString::number(status->failedCount)},
            {WalCommand::tr("Last failed"), status->lastFailedWal + QLatin1Char(' ') + status->lastFailedTime}};
        if (!status->slot.isEmpty()) {
            const QJsonObject s = status->slot;
            rows.append({WalCommand::tr("Slot"), s.value(QStringLiteral("name")).toString()});
            rows.append({WalCommand::tr("Receiver connected"),
                         s.value(QStringLiteral("active")).toBool() ? WalCommand::tr("yes") : WalCommand::tr("no")});
            rows.append({WalCommand::tr("WAL retained by the slot"), mib(s.value(QStringLiteral("retained_bytes")).toInteger(-1))});
        }
        printKeyValues(rows);
        for (const QString &p : std::as_const(status->problems))
            printOut(p);
    }
    return status->problems.isEmpty() ? ExitOk : ExitFailed;
}

int receiveCommand(const CommandParser &parser, const ConnectionSpec &spec, const std::optional<ConnectionProfile> &profile)
{
    WalReceiveOptions options;
    options.archiveDir = QDir(parser.value(QStringLiteral("archive"))).absolutePath();
    options.slot = parser.value(QStringLiteral("slot"));
    if (options.slot.isEmpty())
        options.slot = defaultReceiverSlot(options.archiveDir);
    options.createSlot = parser.isSet(QStringLiteral("create-slot"));
    options.keepAlive = parser.isSet(QStringLiteral("keep-alive"));
    const bool install = parser.isSet(QStringLiteral("install-service"));
    const bool remove = parser.isSet(QStringLiteral("remove-service"));
    if (install && remove)
        return usageError(WalCommand::tr("Give --install-service or --remove-service, not both."), parser.command());
    if ((install || remove) && !profile)
        return usageError(WalCommand::tr("A service names a profile (--profile P): a password never goes into a unit file."),
                          parser.command());
    const SchedulerKind kind = detectScheduler();
    if (install || remove) {
        const ScheduledCommand service = walReceiveService(profile->name, options.archiveDir, options.slot,
                                                           QCoreApplication::applicationFilePath());
        if (remove) {
            if (Status s = removeScheduledCommand(service.family, service.slug, kind); !s)
                return reportError(s.error());
            printOut(WalCommand::tr("Removed the WAL receiver service %1; the slot %2 stays (drop it on the server when it is "
                                    "no longer wanted, or it keeps WAL).")
                         .arg(service.slug, options.slot));
            return ExitOk;
        }
        if (options.createSlot) {
            // The slot exists from now on: WAL written before the service's first run is kept for it.
            JobResult created = runInForeground([&](JobContext &ctx) -> JobResult {
                Status s = ensureReceiverSlot(ctx, spec, options.slot, true);
                return s ? JobResult(QVariant()) : JobResult(s.error());
            });
            if (!created)
                return reportError(created.error());
        }
        if (Status s = installScheduledCommand(service, kind); !s)
            return reportError(s.error());
        printOut(WalCommand::tr("Installed the WAL receiver service %1 (%2): it streams into %3 through slot %4 and is restarted "
                                "within a minute when it stops.")
                     .arg(service.slug, kind == SchedulerKind::SystemdUser ? QStringLiteral("systemd") : QStringLiteral("cron"),
                          options.archiveDir, options.slot));
        return ExitOk;
    }
    bool alreadyRunning = false;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Status s = receiveWal(ctx, spec, options, &alreadyRunning);
        return s ? JobResult(QVariant()) : JobResult(s.error());
    });
    if (!done)
        return reportError(done.error());
    if (!alreadyRunning)
        printErr(WalCommand::tr("WAL receiver stopped."));
    return ExitOk;
}

int pruneCommand(const CommandParser &parser)
{
    const QString catalog = parser.value(QStringLiteral("catalog"));
    if (catalog.isEmpty())
        return usageError(WalCommand::tr("wal prune needs --catalog DIR (the base backups) and --archive DIR."), parser.command());
    int exit = ExitOk;
    qint64 keep = 0;
    if (parser.isSet(QStringLiteral("keep-base"))) {
        const auto k = parser.intValue(QStringLiteral("keep-base"), 1, 100000, &exit);
        if (!k)
            return exit;
        keep = *k;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    std::optional<WalPruneResult> out;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        auto r = pruneWalArchive(ctx, catalog, parser.value(QStringLiteral("archive")), int(keep), dryRun);
        if (!r)
            return r.error();
        out = *r;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    if (parser.json()) {
        QJsonObject o = out->toJson();
        o.insert(QStringLiteral("dry_run"), dryRun);
        printJson(o);
        return ExitOk;
    }
    for (const QString &b : std::as_const(out->removedBackups))
        printOut((dryRun ? WalCommand::tr("would remove base backup %1") : WalCommand::tr("removed base backup %1")).arg(b));
    printOut((dryRun ? WalCommand::tr("Would remove %1 WAL files (%2); kept from %3, the start of %4.")
                     : WalCommand::tr("Removed %1 WAL files (%2); kept from %3, the start of %4."))
                 .arg(out->removedWal.size())
                 .arg(mib(out->freedBytes), out->keptFromSegment, out->oldestKeptBackup));
    return ExitOk;
}

} // namespace

int runWalCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli wal"),
                         WalCommand::tr("wal status: the server's WAL archiving (or the receiver's slot) and the archive folder.\n"
                                        "wal receive: stream WAL with pg_receivewal through a replication slot into the archive "
                                        "folder until Ctrl-C or SIGTERM, or install/remove that as a user service.\n"
                                        "wal prune --catalog DIR --archive DIR [--keep-base N] [--dry-run]: keep the newest N base "
                                        "backups (default: all) and remove only the WAL older than the start of the oldest kept one."));
    parser.addTargetOptions(false);
    parser.addOption(QCommandLineOption(QStringLiteral("catalog"), WalCommand::tr("prune: the catalog with the base backups."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep-base"), WalCommand::tr("prune: keep the newest N good base backups."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), WalCommand::tr("prune: only list what would be removed.")));
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("archive"), WalCommand::tr("The WAL archive folder."), QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("slot"),
                                        WalCommand::tr("The physical replication slot (default: pgsteward_<archive folder name>)."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("create-slot"), WalCommand::tr("receive: create the slot when it is missing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("install-service"),
                                        WalCommand::tr("receive: run the receiver from the user scheduler (systemd user timer or cron).")));
    parser.addOption(QCommandLineOption(QStringLiteral("remove-service"), WalCommand::tr("receive: remove that service again.")));
    QCommandLineOption keepAlive(QStringLiteral("keep-alive"),
                                 WalCommand::tr("receive: end quietly when a receiver already streams into the folder."));
    keepAlive.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(keepAlive);
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    const QString verb = parser.positionals().value(0);
    if (verb != QLatin1String("status") && verb != QLatin1String("receive") && verb != QLatin1String("prune"))
        return usageError(WalCommand::tr("Unknown wal action: %1").arg(verb), parser.command());
    if (parser.value(QStringLiteral("archive")).isEmpty())
        return usageError(WalCommand::tr("--archive DIR is required."), parser.command());
    if (verb == QLatin1String("prune"))
        return pruneCommand(parser);
    if (!parser.isSet(QStringLiteral("profile")) && !parser.isSet(QStringLiteral("db")))
        return usageError(WalCommand::tr("Give --profile P or --db CONNINFO."), parser.command());
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    return verb == QLatin1String("status") ? statusCommand(parser, *spec) : receiveCommand(parser, *spec, profile);
}

} // namespace pgs::cli
