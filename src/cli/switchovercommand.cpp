// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// switchover: a clean change of primary while the old one is reachable (core: replication/switchover).
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"

#include "connection/profilestore.h"
#include "replication/switchover.h"
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

} // namespace

int runSwitchoverCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli switchover"),
                         SwitchoverCommand::tr("Clean switchover: stop writes on the --primary, wait until this standby "
                                               "(--profile/--db) has replayed everything, promote it. The old primary stays "
                                               "read-only; on failure or Ctrl-C it is made read-write again."));
    parser.addTargetOptions();
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("primary"), SwitchoverCommand::tr("The current primary: a profile name or a conninfo."),
                                        QStringLiteral("PROFILE|CONNINFO")));
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
    if (parser.value(QStringLiteral("primary")).isEmpty())
        return usageError(SwitchoverCommand::tr("--primary is required: the server that is the primary now."), parser.command());
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> standby = resolveTarget(parser, &profile);
    if (!standby)
        return reportTargetError(standby.error(), parser);
    if (auto refused = refusedAsReadOnly(profile, SwitchoverCommand::tr("A switchover")))
        return *refused;
    const QString expected = profile ? profile->name : standby->value(QStringLiteral("dbname"));
    if (!parser.isSet(QStringLiteral("confirm")))
        return usageError(SwitchoverCommand::tr("A switchover changes which server accepts writes: add --confirm \"%1\".").arg(expected),
                          parser.command());
    if (parser.value(QStringLiteral("confirm")) != expected)
        return usageError(SwitchoverCommand::tr("--confirm must be \"%1\" exactly.").arg(expected), parser.command());
    SwitchoverRequest request;
    auto primary = primarySpec(parser.value(QStringLiteral("primary")), &request.primaryName);
    if (!primary) {
        if (primary.error().code == QLatin1String("no-profile"))
            return reportError(primary.error());
        return usageError(primary.error().message, parser.command());
    }
    request.primary = *primary;
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
    if (parser.json()) {
        printJson(QJsonObject{{QStringLiteral("switched_over"), true},
                              {QStringLiteral("timeline_before"), outcome->timelineBefore},
                              {QStringLiteral("timeline_after"), outcome->timelineAfter},
                              {QStringLiteral("final_primary_lsn"), outcome->finalPrimaryLsn},
                              {QStringLiteral("standby_replay_lsn"), outcome->standbyReplayLsn},
                              {QStringLiteral("seconds"), outcome->seconds},
                              {QStringLiteral("ended_sessions"), QJsonArray::fromStringList(outcome->endedSessions)},
                              {QStringLiteral("old_primary_read_only"), true},
                              {QStringLiteral("rebuild"), outcome->advice.toJson()}});
        return ExitOk;
    }
    printOut(SwitchoverCommand::tr("Switched over in %1 s: %2 is the primary on timeline %3 (was %4); %5 is read-only. "
                                   "%2 replayed up to %6, the old primary's final position was %7.")
                 .arg(outcome->seconds, 0, 'f', 1)
                 .arg(request.standbyName)
                 .arg(outcome->timelineAfter)
                 .arg(outcome->timelineBefore)
                 .arg(request.primaryName, outcome->standbyReplayLsn, outcome->finalPrimaryLsn));
    for (const QString &line : outcome->advice.lines())
        printOut(line);
    return ExitOk;
}

} // namespace pgs::cli
