// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// replication (status, slot create|drop, pause|resume) and promote.
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"
#include "typedconfirm.h"

#include "findings/finding.h"
#include "pg/connection.h"
#include "replication/rebuildadvice.h"
#include "replication/replicationactions.h"
#include "replication/replicationstatus.h"
#include "replication/walrate.h"

#include <QJsonArray>

#include <functional>

namespace pgs::cli {

namespace {

struct ReplicationCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::ReplicationCommand)
};

QString bytes(const std::optional<double> &v) { return v ? humanSize(qint64(*v)) : QStringLiteral("-"); }
QString seconds(const std::optional<double> &v)
{
    return v ? ReplicationCommand::tr("%1 s").arg(*v, 0, 'f', 1) : QStringLiteral("-");
}

void printStatus(const ReplicationStatus &s, const std::optional<WalRate> &walRate, const QList<Finding> &findings)
{
    KeyValues head{{ReplicationCommand::tr("Role"), s.roleName()},
                   {ReplicationCommand::tr("Timeline"), QString::number(s.timeline)},
                   {ReplicationCommand::tr("System identifier"), s.systemIdentifier}};
    if (!s.standby) {
        head.append({ReplicationCommand::tr("WAL position"), s.currentLsn});
        if (walRate)
            head.append({ReplicationCommand::tr("WAL rate"), walRate->describe()});
        head.append({ReplicationCommand::tr("Synchronous"), s.synchronousExplained()});
    }
    if (s.receiver) {
        const ReceiverInfo &r = *s.receiver;
        head.append({ReplicationCommand::tr("Receiver"), r.status});
        head.append({ReplicationCommand::tr("Upstream"), r.senderHost.isEmpty() ? QStringLiteral("-")
                                                                                 : QStringLiteral("%1:%2").arg(r.senderHost).arg(r.senderPort)});
        head.append({ReplicationCommand::tr("Slot"), r.slotName.isEmpty() ? QStringLiteral("-") : r.slotName});
        head.append({ReplicationCommand::tr("Replayed up to"), r.replayLsn});
        head.append({ReplicationCommand::tr("Received, not replayed"), bytes(r.replayGapBytes)});
        head.append({ReplicationCommand::tr("Last replayed commit"), r.replayDelaySeconds ? ReplicationCommand::tr("%1 ago").arg(seconds(r.replayDelaySeconds))
                                                                                        : QStringLiteral("-")});
        head.append({ReplicationCommand::tr("Replay"), r.replayPaused ? ReplicationCommand::tr("PAUSED") : ReplicationCommand::tr("running")});
    }
    printKeyValues(head);
    if (!s.standby) {
        printOut(QString());
        if (s.standbys.isEmpty()) {
            printOut(ReplicationCommand::tr("No standby is connected."));
        } else {
            QList<QStringList> rows;
            for (const StandbyInfo &st : s.standbys)
                rows.append({st.applicationName, st.client, st.state, st.syncState, st.replayLsn, bytes(st.replayLagBytes),
                             seconds(st.replayLagSeconds)});
            printTable({ReplicationCommand::tr("Standby"), ReplicationCommand::tr("Client"), ReplicationCommand::tr("State"),
                        ReplicationCommand::tr("Sync"), ReplicationCommand::tr("Replayed"), ReplicationCommand::tr("Lag"),
                        ReplicationCommand::tr("Lag time")},
                       rows, {5, 6});
        }
    }
    printOut(QString());
    if (s.replicationSlots.isEmpty()) {
        printOut(ReplicationCommand::tr("No replication slots."));
    } else {
        QList<QStringList> rows;
        for (const SlotInfo &slot : s.replicationSlots)
            rows.append({slot.name, slot.type, slot.active ? ReplicationCommand::tr("active") : ReplicationCommand::tr("inactive"),
                         slot.walStatus.isEmpty() ? QStringLiteral("-") : slot.walStatus, bytes(slot.retainedBytes)});
        printTable({ReplicationCommand::tr("Slot"), ReplicationCommand::tr("Type"), ReplicationCommand::tr("State"),
                    ReplicationCommand::tr("WAL status"), ReplicationCommand::tr("Retains")},
                   rows, {4});
    }
    for (const PublicationInfo &p : s.publications)
        printOut(ReplicationCommand::tr("Publication %1: %2").arg(p.name, p.allTables ? ReplicationCommand::tr("all tables")
                                                                                      : ReplicationCommand::tr("%n table(s)", nullptr, p.tableCount)));
    for (const SubscriptionInfo &sub : s.subscriptions) {
        printOut(ReplicationCommand::tr("Subscription %1 (%2): %3, %4 table(s) ready, %5 syncing")
                     .arg(sub.name, sub.publications,
                          !sub.enabled ? ReplicationCommand::tr("disabled")
                                       : (sub.workerPid ? ReplicationCommand::tr("running") : ReplicationCommand::tr("worker not running")))
                     .arg(sub.tablesReady)
                     .arg(sub.tablesSyncing));
        for (const SubscriptionTable &t : sub.tables)
            if (t.state != QLatin1String("ready"))
                printOut(QStringLiteral("  %1: %2").arg(t.table, t.state));
    }
    if (!s.subscriptionsNotChecked.isEmpty())
        printOut(s.subscriptionsNotChecked);
    for (const Finding &f : findings)
        printOut(QStringLiteral("%1 [%2] %3").arg(severityLabel(f.severity), f.code, f.detail));
}

int showStatus(const CommandParser &parser, const ConnectionSpec &spec, const QString &profileId, int rateMsecs)
{
    std::optional<ReplicationStatus> status;
    std::optional<WalRate> walRate;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        ctx.progress(-1, ReplicationCommand::tr("Connecting to %1").arg(spec.describe()));
        return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
            auto s = loadReplicationStatus(conn);
            if (!s)
                return s.error();
            status = *s;
            if (!s->standby) {
                auto rate = walGenerationRate(conn, ctx, profileId, rateMsecs);
                if (!rate)
                    return rate.error();
                walRate = *rate;
            }
            return QVariant();
        });
    });
    if (!done)
        return reportError(done.error());
    const QList<Finding> findings = replicationFindings(*status);
    if (parser.json()) {
        QJsonObject o = status->toJson();
        if (walRate)
            o.insert(QStringLiteral("wal_rate"), walRate->toJson());
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(f.toJson());
        o.insert(QStringLiteral("findings"), array);
        printJson(o);
    } else {
        printStatus(*status, walRate, findings);
    }
    return ExitOk;
}

int runAction(const ConnectionSpec &spec, const std::function<Status(pg::Connection &)> &action, const QString &done)
{
    int exitCode = ExitFailed;
    auto result = runOnTarget<Done>(spec, [&](pg::Connection &conn) -> Result<Done> { return action(conn); }, &exitCode);
    if (!result)
        return exitCode;
    printOut(done);
    return ExitOk;
}

} // namespace

int runReplicationCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli replication"),
                         ReplicationCommand::tr("Standbys, slots, the receiver of a standby, publications and subscriptions. "
                                                "Also: replication slot create|drop NAME [--logical] [--plugin P], "
                                                "replication pause|resume (replay on a standby)."));
    parser.addTargetOptions();
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("logical"), ReplicationCommand::tr("slot create: a logical slot (default physical).")));
    parser.addOption(QCommandLineOption(QStringLiteral("plugin"), ReplicationCommand::tr("slot create --logical: the output plugin (default pgoutput)."),
                                        QStringLiteral("PLUGIN"), QStringLiteral("pgoutput")));
    parser.addOption(QCommandLineOption(QStringLiteral("confirm"), ReplicationCommand::tr("slot drop: the slot's name again, to confirm."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("rate-seconds"),
                                        ReplicationCommand::tr("Without recent history samples, measure the WAL rate of a primary "
                                                               "over this many seconds (default 3; 0: do not measure)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("3")));
    if (auto exit = parser.parse(args, 0, 3))
        return *exit;
    const QStringList words = parser.positionals();
    int exitCode = ExitUsage;
    const auto rateSeconds = parser.intValue(QStringLiteral("rate-seconds"), 0, 60, &exitCode);
    if (!rateSeconds)
        return exitCode;
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    if (words.isEmpty())
        return showStatus(parser, *spec, profile ? profile->id : QString(), int(*rateSeconds * 1000));
    if (auto refused = refusedAsReadOnly(profile, ReplicationCommand::tr("replication %1").arg(words.join(QLatin1Char(' ')))))
        return *refused;
    const QString verb = words.value(0);
    if (verb == QLatin1String("pause") && words.size() == 1)
        return runAction(*spec, pauseReplay, ReplicationCommand::tr("Replay paused."));
    if (verb == QLatin1String("resume") && words.size() == 1)
        return runAction(*spec, resumeReplay, ReplicationCommand::tr("Replay resumed."));
    if (verb == QLatin1String("slot") && words.size() == 3) {
        const QString name = words.value(2);
        if (words.value(1) == QLatin1String("create")) {
            const bool logical = parser.isSet(QStringLiteral("logical"));
            const QString plugin = parser.value(QStringLiteral("plugin"));
            return runAction(*spec, [&](pg::Connection &conn) { return createSlot(conn, name, logical, plugin); },
                             ReplicationCommand::tr("Slot %1 created.").arg(name));
        }
        if (words.value(1) == QLatin1String("drop")) {
            if (parser.value(QStringLiteral("confirm")) != name)
                return usageError(ReplicationCommand::tr("Dropping slot %1 needs --confirm %1.").arg(name), parser.command());
            return runAction(*spec, [&](pg::Connection &conn) { return dropSlot(conn, name); },
                             ReplicationCommand::tr("Slot %1 dropped.").arg(name));
        }
    }
    return usageError(ReplicationCommand::tr("Unknown replication action: %1").arg(words.join(QLatin1Char(' '))), parser.command());
}

int runPromoteCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli promote"),
                         ReplicationCommand::tr("Promote a standby to a primary (pg_promote) and wait for it."));
    parser.addTargetOptions();
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("confirm"),
                                        ReplicationCommand::tr("The profile's name (or, with --db, the database name), typed to confirm."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("wait"), ReplicationCommand::tr("Seconds to wait for the promotion (default 60)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("60")));
    if (auto exit = parser.parse(args))
        return *exit;
    int exitCode = ExitUsage;
    const auto wait = parser.intValue(QStringLiteral("wait"), 1, 3600, &exitCode);
    if (!wait)
        return exitCode;
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    if (auto refused = refusedAsReadOnly(profile, ReplicationCommand::tr("Promotion")))
        return *refused;
    if (auto refused = refuseUnlessConfirmed(parser, profile, *spec, ReplicationCommand::tr("Promotion changes which server accepts writes")))
        return *refused;
    exitCode = ExitFailed;
    const int seconds = int(*wait);
    auto outcome = runOnTarget<PromoteOutcome>(*spec, [seconds](pg::Connection &conn) { return promoteStandby(conn, seconds); }, &exitCode);
    if (!outcome)
        return exitCode;
    OldPrimaryFacts old; // seen from the standby only: its upstream and slot
    old.name = outcome->upstream;
    const RebuildAdvice advice = rebuildAdvice(*spec, old, QString(), outcome->upstreamSlot);
    if (parser.json()) {
        printJson(QJsonObject{{QStringLiteral("promoted"), true},
                              {QStringLiteral("timeline_before"), outcome->timelineBefore},
                              {QStringLiteral("timeline_after"), outcome->timelineAfter},
                              {QStringLiteral("seconds"), outcome->seconds},
                              {QStringLiteral("old_primary"), outcome->upstream},
                              {QStringLiteral("rebuild"), advice.toJson()}});
        return ExitOk;
    }
    printOut(ReplicationCommand::tr("Promoted in %1 s: now a primary on timeline %2 (was %3).")
                 .arg(outcome->seconds, 0, 'f', 1)
                 .arg(outcome->timelineAfter)
                 .arg(outcome->timelineBefore));
    printOut(ReplicationCommand::tr("Next: point the applications and the other standbys of %1 at this server "
                                    "(primary_conninfo = %2); rebuild the old primary before it rejoins.")
                 .arg(outcome->upstream.isEmpty() ? ReplicationCommand::tr("the old primary") : outcome->upstream, advice.newPrimaryConninfo));
    for (const QString &line : advice.lines())
        printOut(line);
    return ExitOk;
}

} // namespace pgs::cli
