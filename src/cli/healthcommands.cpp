// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pgsteward-cli health: the health checks over every database; maintain: VACUUM, ANALYZE,
// REINDEX, CLUSTER with progress.
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "health/healthhistory.h"
#include "health/healthrun.h"
#include "health/maintenance.h"

#include <QJsonArray>
#include <QSet>

namespace pgs::cli {

namespace {

struct HealthCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::HealthCommand)
};

QString targetKey(const std::optional<ConnectionProfile> &profile, const ConnectionSpec &spec)
{
    return profile ? profile->id : QStringLiteral("db:") + spec.describe();
}

QJsonArray findingsJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(f.toJson());
    return out;
}

} // namespace

int runHealthCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli health"),
                         HealthCommand::tr("Run the health checks on every database of the server: bloat, dead tuples, "
                                           "autovacuum, indexes, constraints, sequences, wraparound, sessions, locks, "
                                           "connections, replication, checkpoints, archiving, partitions."));
    parser.addTargetOptions();
    parser.addOption(QCommandLineOption(QStringLiteral("check"),
                                        HealthCommand::tr("Run only this check (repeatable): %1").arg(health::checkCodes().join(QLatin1String(", "))),
                                        HealthCommand::tr("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("threshold"),
                                        HealthCommand::tr("Override a threshold for this run (repeatable), e.g. "
                                                          "idle-in-transaction.seconds=60. Ratios are in percent."),
                                        HealthCommand::tr("CODE.NAME=VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("fail-on"),
                                        HealthCommand::tr("Exit 1 when a finding is at or above LEVEL (warning or critical)."),
                                        HealthCommand::tr("LEVEL")));
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;

    health::HealthOptions options;
    for (const QString &code : parser.values(QStringLiteral("check"))) {
        if (!health::findCheck(code))
            return usageError(HealthCommand::tr("unknown check '%1' (one of: %2)").arg(code, health::checkCodes().join(QLatin1String(", "))),
                              parser.command());
        options.checks << code;
    }
    health::Thresholds overrides;
    for (const QString &text : parser.values(QStringLiteral("threshold")))
        if (Status st = overrides.parseOverride(text); !st)
            return usageError(st.error().message, parser.command());
    std::optional<Severity> failOn;
    if (parser.isSet(QStringLiteral("fail-on"))) {
        failOn = severityFromName(parser.value(QStringLiteral("fail-on")));
        if (!failOn || *failOn == Severity::Info)
            return usageError(HealthCommand::tr("--fail-on takes warning or critical (got '%1')").arg(parser.value(QStringLiteral("fail-on"))),
                              parser.command());
    }

    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    const QString key = targetKey(profile, *spec);
    auto saved = health::loadThresholds(key);
    if (!saved)
        printWarning(saved.error().message);
    else
        options.thresholds = *saved;
    options.thresholds.apply(overrides);
    options.historyKey = key; // the key `sample` stores the history under

    std::optional<health::HealthRun> run;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        auto r = health::runHealthChecks(ctx, *spec, options);
        if (!r)
            return r.error();
        run = std::move(r).value();
        return QVariant();
    });
    if (!done)
        return reportError(done.error());

    // What is new since the last run, comparing only the checks this run made.
    auto past = health::loadRuns(key);
    if (!past)
        printWarning(past.error().message);
    std::optional<QDateTime> previousAt;
    FindingsDiff diff;
    if (past && !past->isEmpty()) {
        health::addWraparoundForecast(*run, past->last());
        previousAt = past->last().takenAt;
        diff = health::diffRuns(past->last(), *run);
    }
    const QList<Finding> current = run->plainFindings();
    if (Status st = health::appendRun(key, *run); !st)
        printWarning(st.error().message);
    for (const QString &problem : run->problems)
        printWarning(problem);

    if (parser.json()) {
        QJsonArray findings;
        for (const health::HealthFinding &h : run->findings)
            findings.append(h.toJson());
        printJson(QJsonObject{{QStringLiteral("server"), run->server},
                              {QStringLiteral("databases"), QJsonArray::fromStringList(run->databases)},
                              {QStringLiteral("findings"), findings},
                              {QStringLiteral("new"), findingsJson(diff.added)},
                              {QStringLiteral("resolved"), findingsJson(diff.resolved)},
                              {QStringLiteral("previous_run"), previousAt ? QJsonValue(previousAt->toString(Qt::ISODateWithMs)) : QJsonValue()},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(run->problems)},
                              {QStringLiteral("elapsed_ms"), double(run->elapsedMs)}});
    } else {
        QList<QStringList> rows;
        for (const health::HealthFinding &h : run->findings)
            rows.append({severityName(h.finding.severity), h.finding.code, h.finding.object, h.finding.detail});
        if (rows.isEmpty())
            printOut(HealthCommand::tr("No findings on %1 (%n databases checked).", nullptr, int(run->databases.size())).arg(run->server));
        else
            printTable({HealthCommand::tr("SEVERITY"), HealthCommand::tr("CHECK"), HealthCommand::tr("OBJECT"), HealthCommand::tr("DETAIL")}, rows);
        if (previousAt)
            printOut(HealthCommand::tr("%1 new and %2 resolved since the last run (%3).")
                         .arg(diff.added.size())
                         .arg(diff.resolved.size())
                         .arg(previousAt->toLocalTime().toString(Qt::ISODate)));
    }
    if (failOn && anyAtOrAbove(current, *failOn))
        return ExitFailed;
    return ExitOk;
}

int runMaintainCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli maintain"),
                         HealthCommand::tr("Run VACUUM, ANALYZE, REINDEX or CLUSTER on chosen tables (or the whole "
                                           "database) with progress from pg_stat_progress_* on stderr."));
    parser.addPositional(QStringLiteral("operation"), HealthCommand::tr("vacuum, analyze, reindex or cluster"),
                         QStringLiteral("vacuum|analyze|reindex|cluster"));
    parser.addTargetOptions();
    parser.addOption(QCommandLineOption(QStringLiteral("table"), HealthCommand::tr("A table to work on (repeatable; default: all)."),
                                        HealthCommand::tr("SCHEMA.TABLE")));
    parser.addOption(QCommandLineOption(QStringLiteral("full"), HealthCommand::tr("VACUUM FULL: rewrite the table (exclusive lock).")));
    parser.addOption(QCommandLineOption(QStringLiteral("freeze"), HealthCommand::tr("VACUUM (FREEZE).")));
    parser.addOption(QCommandLineOption(QStringLiteral("analyze"), HealthCommand::tr("VACUUM (ANALYZE).")));
    parser.addOption(QCommandLineOption(QStringLiteral("skip-locked"), HealthCommand::tr("Skip tables another session locks.")));
    parser.addOption(QCommandLineOption(QStringLiteral("index-cleanup"), HealthCommand::tr("VACUUM INDEX_CLEANUP auto, on or off."),
                                        HealthCommand::tr("MODE"), QStringLiteral("auto")));
    parser.addOption(QCommandLineOption(QStringLiteral("parallel"), HealthCommand::tr("VACUUM (PARALLEL N)."), HealthCommand::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("concurrently"),
                                        HealthCommand::tr("REINDEX CONCURRENTLY (the default; writes go on).")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-concurrently"), HealthCommand::tr("REINDEX with a write lock instead.")));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    const auto op = health::maintenanceOpFromName(parser.positionals().first());
    if (!op)
        return usageError(HealthCommand::tr("unknown operation '%1' (vacuum, analyze, reindex or cluster)").arg(parser.positionals().first()),
                          parser.command());
    health::MaintenanceRequest request;
    request.op = *op;
    for (const QString &text : parser.values(QStringLiteral("table"))) {
        auto table = health::TableRef::parse(text);
        if (!table)
            return usageError(HealthCommand::tr("'%1' is not SCHEMA.TABLE").arg(text), parser.command());
        request.tables << *table;
    }
    health::MaintenanceOptions &o = request.options;
    o.full = parser.isSet(QStringLiteral("full"));
    o.freeze = parser.isSet(QStringLiteral("freeze"));
    o.analyze = parser.isSet(QStringLiteral("analyze"));
    o.skipLocked = parser.isSet(QStringLiteral("skip-locked"));
    o.concurrently = !parser.isSet(QStringLiteral("no-concurrently"));
    const QString cleanup = parser.value(QStringLiteral("index-cleanup")).toLower();
    if (cleanup != QLatin1String("auto") && cleanup != QLatin1String("on") && cleanup != QLatin1String("off"))
        return usageError(HealthCommand::tr("--index-cleanup takes auto, on or off"), parser.command());
    o.indexCleanup = cleanup == QLatin1String("on") ? health::IndexCleanup::On
                     : cleanup == QLatin1String("off") ? health::IndexCleanup::Off : health::IndexCleanup::Auto;
    int exitCode = ExitUsage;
    if (parser.isSet(QStringLiteral("parallel"))) {
        const auto n = parser.intValue(QStringLiteral("parallel"), 0, 1024, &exitCode);
        if (!n)
            return exitCode;
        o.parallel = int(*n);
    }
    if (*op != health::MaintenanceOp::Vacuum && (o.full || o.freeze || o.analyze || o.parallel >= 0))
        return usageError(HealthCommand::tr("--full, --freeze, --analyze and --parallel are VACUUM options"), parser.command());
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    if (auto refused = refusedAsReadOnly(profile, HealthCommand::tr("Maintenance")))
        return *refused;

    setVerbose(true); // progress always goes to stderr: maintenance runs long
    std::optional<health::MaintenanceReport> report;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        auto r = health::runMaintenance(ctx, *spec, request);
        if (!r)
            return r.error();
        report = std::move(r).value();
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    for (const health::ProgressSample &s : report->samples)
        printErr(HealthCommand::tr("progress: %1 %2 (%3 of %4)").arg(s.command, s.phase).arg(s.done).arg(s.total));
    printOut(HealthCommand::tr("%n statements done in %1 ms.", nullptr, int(report->statements.size())).arg(report->elapsedMs));
    return ExitOk;
}

} // namespace pgs::cli
