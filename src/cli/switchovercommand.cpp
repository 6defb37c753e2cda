// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// switchover: a clean change of primary while the old one is reachable (core: replication/switchover).
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"

#include "typedconfirm.h"

#include "connection/profilestore.h"
#include "replication/switchover.h"
#include "sandbox/demostandby.h"
#include "sandbox/sandboxcluster.h"
#include "sandbox/sandboxprofile.h"
#include "util/paths.h"

#include <QJsonArray>

namespace pgs::cli {

namespace {

struct SwitchoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::SwitchoverCommand)
};

// --primary takes a profile name or a conninfo/URI (anything with '=' or a postgres:// scheme).
Result<ConnectionSpec> primarySpec(const QString &value, QString *name)
{
    if (value.contains(QLatin1Char('=')) || value.startsWith(QLatin1String("postgres://"))
        || value.startsWith(QLatin1String("postgresql://"))) {
        auto spec = ConnectionSpec::fromConninfo(value);
        if (spec)
            *name = spec->describe();
        return spec;
    }
    ProfileStore store(paths::profilesFile());
    if (Status loaded = loadProfileStore(store); !loaded)
        return loaded.error();
    const ConnectionProfile *profile = store.find(value);
    if (!profile)
        return Error::of(SwitchoverCommand::tr("no profile named '%1' in %2").arg(value, store.filePath()), {}, QStringLiteral("no-profile"));
    *name = profile->name;
    return specForProfile(*profile);
}

// The sandbox directories a --fence shutdown may mean without --primary-dir: the GUI's sandbox
// and its demo standby (after one switchover the standby is the primary).
QStringList defaultSandboxDirs() { return {paths::sandboxDir(), demoStandbyDirectory(paths::sandboxDir())}; }

void printOutcome(const SwitchoverRequest &request, const SwitchoverOutcome &outcome)
{
    if (outcome.fence == SwitchoverFence::Shutdown)
        printOut(SwitchoverCommand::tr("Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 was stopped at its "
                                       "shutdown checkpoint %6, which %2 replayed (up to %7).")
                     .arg(outcome.seconds, 0, 'f', 1)
                     .arg(request.standbyName)
                     .arg(outcome.timelineAfter)
                     .arg(outcome.timelineBefore)
                     .arg(request.primaryName, outcome.shutdownCheckpointLsn, outcome.standbyReplayLsn));
    else
        printOut(SwitchoverCommand::tr("Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 is read-only. "
                                       "%2 replayed up to %6, the old primary's final position was %7.")
                     .arg(outcome.seconds, 0, 'f', 1)
                     .arg(request.standbyName)
                     .arg(outcome.timelineAfter)
                     .arg(outcome.timelineBefore)
                     .arg(request.primaryName, outcome.standbyReplayLsn, outcome.finalPrimaryLsn));
    for (const QString &line : outcome.advice.lines())
        printOut(line);
}

} // namespace

int runSwitchoverCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli switchover"),
                         SwitchoverCommand::tr("Clean switchover: stop writes on the --primary, wait until this standby "
                                               "(--profile/--db) has replayed everything, promote it. --fence sql (default): the "
                                               "old primary stays read-only; on failure or Ctrl-C it is made read-write again. "
                                               "--fence shutdown (a local sandbox): the old primary is stopped (pg_ctl stop -m fast), "
                                               "the standby replays its shutdown checkpoint; with --rejoin the old primary then "
                                               "follows the new one as a standby; on failure or Ctrl-C it is started again."));
    parser.addTargetOptions();
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("primary"),
                                        SwitchoverCommand::tr("The current primary: a profile name or a conninfo (with --fence shutdown "
                                                              "it may be left out: the sandbox of --primary-dir)."),
                                        QStringLiteral("PROFILE|CONNINFO")));
    parser.addOption(QCommandLineOption(QStringLiteral("fence"),
                                        SwitchoverCommand::tr("How writes stop on the primary: sql (read-only, sessions ended; any server) "
                                                              "or shutdown (fast shutdown of a local sandbox)."),
                                        QStringLiteral("sql|shutdown"), QStringLiteral("sql")));
    parser.addOption(QCommandLineOption(QStringLiteral("primary-dir"),
                                        SwitchoverCommand::tr("--fence shutdown: the primary's sandbox directory (as given to sandbox "
                                                              "start --dir; default: the GUI's sandbox or its demo standby)."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("standby-dir"),
                                        SwitchoverCommand::tr("--fence shutdown: the standby's sandbox directory, when it is one (its "
                                                              "record of whom it follows is updated)."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("rejoin"),
                                        SwitchoverCommand::tr("--fence shutdown: restart the old primary as a standby of the new one "
                                                              "(standby.signal, primary_conninfo, a slot; no pg_rewind).")));
    parser.addOption(QCommandLineOption(QStringLiteral("confirm"),
                                        SwitchoverCommand::tr("The standby's profile name (or, with --db, its database name), typed to confirm."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("wait"),
                                        SwitchoverCommand::tr("Seconds to wait for the standby to catch up, and for the promotion (default 60)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("60")));
    if (auto exit = parser.parse(args))
        return *exit;
    int exitCode = ExitUsage;
    const auto wait = parser.intValue(QStringLiteral("wait"), 1, 3600, &exitCode);
    if (!wait)
        return exitCode;
    const QString fence = parser.value(QStringLiteral("fence"));
    if (fence != QLatin1String("sql") && fence != QLatin1String("shutdown"))
        return usageError(SwitchoverCommand::tr("--fence is sql or shutdown, not %1").arg(fence), parser.command());
    const bool shutdown = fence == QLatin1String("shutdown");
    if (!shutdown && (parser.isSet(QStringLiteral("rejoin")) || parser.isSet(QStringLiteral("primary-dir"))
                      || parser.isSet(QStringLiteral("standby-dir"))))
        return usageError(SwitchoverCommand::tr("--rejoin, --primary-dir and --standby-dir go with --fence shutdown"), parser.command());
    if (!shutdown && parser.value(QStringLiteral("primary")).isEmpty())
        return usageError(SwitchoverCommand::tr("--primary is required: the server that is the primary now."), parser.command());
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> standby = resolveTarget(parser, &profile);
    if (!standby)
        return reportTargetError(standby.error(), parser);
    if (auto refused = refusedAsReadOnly(profile, SwitchoverCommand::tr("A switchover")))
        return *refused;
    if (auto refused = refuseUnlessConfirmed(parser, profile, *standby,
                                             SwitchoverCommand::tr("A switchover changes which server accepts writes")))
        return *refused;
    SwitchoverRequest request;
    if (shutdown) {
        request.fence = SwitchoverFence::Shutdown;
        request.rejoin = parser.isSet(QStringLiteral("rejoin"));
        request.primarySandboxDir = parser.value(QStringLiteral("primary-dir"));
        if (!parser.value(QStringLiteral("primary")).isEmpty()) {
            auto primary = primarySpec(parser.value(QStringLiteral("primary")), &request.primaryName);
            if (!primary)
                return primary.error().code == QLatin1String("no-profile") ? reportError(primary.error())
                                                                            : usageError(primary.error().message, parser.command());
            request.primary = *primary;
            if (request.primarySandboxDir.isEmpty())
                request.primarySandboxDir = sandboxDirectoryServing(defaultSandboxDirs(), primary->value(QStringLiteral("host")),
                                                                    primary->value(QStringLiteral("port")).toInt());
        }
        if (request.primarySandboxDir.isEmpty())
            return usageError(SwitchoverCommand::tr("--fence shutdown needs --primary-dir DIR: the primary's local sandbox directory."),
                              parser.command());
        SandboxCluster sandbox(request.primarySandboxDir);
        if (!sandbox.loadState())
            return usageError(SwitchoverCommand::tr("%1 is no sandbox directory (no cluster.json).").arg(request.primarySandboxDir),
                              parser.command());
        if (parser.value(QStringLiteral("primary")).isEmpty()) {
            request.primary = sandbox.connectionSpec();
            request.primaryName = request.primary.describe();
        }
        request.standbySandboxDir = parser.value(QStringLiteral("standby-dir"));
        if (request.standbySandboxDir.isEmpty())
            request.standbySandboxDir = sandboxDirectoryServing({demoStandbyDirectory(request.primarySandboxDir)},
                                                                standby->value(QStringLiteral("host")),
                                                                standby->value(QStringLiteral("port")).toInt());
    } else {
        auto primary = primarySpec(parser.value(QStringLiteral("primary")), &request.primaryName);
        if (!primary) {
            if (primary.error().code == QLatin1String("no-profile"))
                return reportError(primary.error());
            return usageError(primary.error().message, parser.command());
        }
        request.primary = *primary;
    }
    request.standby = *standby;
    request.standbyName = profile ? profile->name : standby->describe();
    request.waitSeconds = int(*wait);

    std::optional<SwitchoverOutcome> outcome;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        auto r = runSwitchover(ctx, request);
        if (!r)
            return r.error();
        outcome = *r;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    const bool sqlFence = outcome->fence == SwitchoverFence::Sql;
    if (parser.json()) {
        printJson(QJsonObject{{QStringLiteral("switched_over"), true},
                              {QStringLiteral("fence"), fenceName(outcome->fence)},
                              {QStringLiteral("timeline_before"), outcome->timelineBefore},
                              {QStringLiteral("timeline_after"), outcome->timelineAfter},
                              {QStringLiteral("final_primary_lsn"), outcome->finalPrimaryLsn},
                              {QStringLiteral("shutdown_checkpoint_lsn"), outcome->shutdownCheckpointLsn},
                              {QStringLiteral("standby_replay_lsn"), outcome->standbyReplayLsn},
                              {QStringLiteral("seconds"), outcome->seconds},
                              {QStringLiteral("ended_sessions"), QJsonArray::fromStringList(outcome->endedSessions)},
                              {QStringLiteral("old_primary_read_only"), sqlFence},
                              {QStringLiteral("old_primary_stopped"), !sqlFence && !outcome->rejoined},
                              {QStringLiteral("old_primary_rejoined"), outcome->rejoined},
                              {QStringLiteral("rejoin_error"), outcome->rejoinError},
                              {QStringLiteral("rebuild"), outcome->advice.toJson()}});
    } else {
        printOutcome(request, *outcome);
    }
    if (!outcome->rejoinError.isEmpty()) {
        printErr(SwitchoverCommand::tr("pgsteward-cli: the switchover is done, but %1 did not rejoin as a standby: %2")
                     .arg(request.primaryName, outcome->rejoinError));
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace pgs::cli
