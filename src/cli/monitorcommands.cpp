// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "jobs/connectedjob.h"
#include "monitor/activity.h"
#include "monitor/capacityreport.h"
#include "monitor/capacityreview.h"
#include "monitor/forecast.h"
#include "monitor/historystore.h"
#include "monitor/rates.h"
#include "monitor/sampler.h"
#include "monitor/sampleschedule.h"
#include "util/atomicfile.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace pgs::cli {

namespace {

struct MonitorCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::MonitorCommand)
};

// The history key of the target: the profile's id, or the connection's description for --db.
QString historyKey(const std::optional<ConnectionProfile> &profile, const ConnectionSpec &spec)
{
    return profile ? profile->id : QStringLiteral("db:") + spec.describe();
}

QCommandLineOption historyOption()
{
    return QCommandLineOption(QStringLiteral("history"),
                              MonitorCommand::tr("The history file (default: history.sqlite in the data directory)."),
                              MonitorCommand::tr("FILE"));
}

// --install-timer / --remove-timer: a schedule names a profile (a --db conninfo could carry a
// password into a unit file).
int runSampleTimerCommand(CommandParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile")))
        return usageError(MonitorCommand::tr("A sampling timer needs --profile."), QStringLiteral("sample"));
    int exitCode = ExitUsage;
    const auto every = parser.intValue(QStringLiteral("every"), 1, 30, &exitCode);
    if (!every)
        return exitCode;
    std::optional<ConnectionProfile> profile;
    if (Result<ConnectionSpec> spec = resolveTarget(parser, &profile); !spec)
        return reportTargetError(spec.error(), parser);
    const SchedulerKind kind = detectScheduler();
    if (parser.isSet(QStringLiteral("remove-timer"))) {
        if (Status st = removeSampleSchedule(profile->name, kind); !st)
            return reportError(st.error());
        printOut(MonitorCommand::tr("Removed the sampling timer of %1.").arg(profile->name));
        return ExitOk;
    }
    SampleSchedule schedule;
    schedule.profileName = profile->name;
    schedule.everyMinutes = int(*every);
    if (parser.isSet(QStringLiteral("history")))
        schedule.historyPath = QFileInfo(parser.value(QStringLiteral("history"))).absoluteFilePath();
    schedule.environment = pgstewardEnvironment();
    if (Status st = installSampleSchedule(schedule, QCoreApplication::applicationFilePath(), kind); !st)
        return reportError(st.error());
    printOut(MonitorCommand::tr("%1 is sampled every %2 minutes by %3.")
                 .arg(profile->name)
                 .arg(*every)
                 .arg(kind == SchedulerKind::SystemdUser ? MonitorCommand::tr("a systemd user timer") : MonitorCommand::tr("cron")));
    return ExitOk;
}

} // namespace

int runSampleCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli sample"),
                         MonitorCommand::tr("Take one history sample and append it to the history file, with rates from the "
                            "previous sample (for a systemd timer or cron)."));
    parser.addTargetOptions();
    parser.addOption(historyOption());
    parser.addOption(QCommandLineOption(QStringLiteral("install-timer"),
                                        MonitorCommand::tr("Instead of sampling now, install a systemd user timer (or a crontab "
                                                           "line) that samples the --profile every --every minutes.")));
    parser.addOption(QCommandLineOption(QStringLiteral("every"), MonitorCommand::tr("Minutes between timer samples (default 1)."),
                                        MonitorCommand::tr("MINUTES"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("remove-timer"),
                                        MonitorCommand::tr("Remove the sampling timer of the --profile.")));
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    if (parser.isSet(QStringLiteral("install-timer")) || parser.isSet(QStringLiteral("remove-timer")))
        return runSampleTimerCommand(parser);
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);

    HistoryStore store(parser.isSet(QStringLiteral("history")) ? parser.value(QStringLiteral("history"))
                                                               : HistoryStore::defaultPath());
    if (Status st = store.open(); !st)
        return reportError(st.error());
    if (!store.setAsideWarning().isEmpty())
        printWarning(store.setAsideWarning());
    const QString key = historyKey(profile, *spec);
    auto previous = store.previousSample(key);
    if (!previous)
        return reportError(previous.error());

    int exitCode = ExitFailed;
    std::optional<MetricSample> sample = runOnTarget<MetricSample>(
        *spec, [](pg::Connection &conn) { return takeSample(conn); }, &exitCode);
    if (!sample)
        return exitCode;
    const std::optional<SampleRates> rates = previous->has_value() ? computeRates(**previous, *sample) : std::nullopt;
    if (Status st = store.append(key, *sample, rates); !st)
        return reportError(st.error());
    if (Status st = store.compact(QDateTime::currentDateTimeUtc()); !st)
        return reportError(st.error());

    if (parser.json()) {
        printJson(QJsonObject{{QStringLiteral("taken_at"), sample->takenAt.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("history"), store.path()},
                              {QStringLiteral("rates"), rates ? QJsonValue(rates->toJson()) : QJsonValue()},
                              {QStringLiteral("statements_available"), sample->statementsAvailable},
                              {QStringLiteral("statements_unavailable_reason"), sample->statementsUnavailableReason}});
        return ExitOk;
    }
    int sessions = 0;
    for (const SessionCount &s : sample->sessions)
        sessions += s.sessions;
    QString line = MonitorCommand::tr("Sampled %1: %2 databases, %3 sessions").arg(spec->describe()).arg(sample->databases.size()).arg(sessions);
    if (rates) {
        double commits = 0;
        for (const DatabaseRates &d : rates->databases)
            commits += d.perSecond.value(QStringLiteral("xact_commit"));
        line += MonitorCommand::tr(", %1 commits/s over %2 s").arg(commits, 0, 'f', 2).arg(rates->elapsedSeconds, 0, 'f', 0);
        if (rates->walBytesPerSecond)
            line += MonitorCommand::tr(", WAL %1/s").arg(humanSize(qint64(*rates->walBytesPerSecond)));
    } else {
        line += MonitorCommand::tr(" (first sample: rates from the next one)");
    }
    printOut(line);
    if (!sample->statementsAvailable)
        printWarning(sample->statementsUnavailableReason);
    return ExitOk;
}

int runCapacityCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli capacity"),
                         MonitorCommand::tr("Capacity review: growth per day of each database over the window (least squares, "
                            "after the last jump in size), days until the volume is full, and days until "
                            "transaction ID wraparound."));
    parser.addTargetOptions();
    parser.addOption(historyOption());
    parser.addOption(QCommandLineOption(QStringLiteral("capacity-bytes"),
                                        MonitorCommand::tr("The volume capacity (default: the profile's)."), MonitorCommand::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("window-days"), MonitorCommand::tr("The fit window in days (default 30)."),
                                        MonitorCommand::tr("D"), QStringLiteral("30")));
    parser.addOption(QCommandLineOption(QStringLiteral("min-history-hours"),
                                        MonitorCommand::tr("Hours of history a growth forecast needs (default 24)."),
                                        MonitorCommand::tr("H"), QString::number(CapacityReviewOptions().minHistoryHours)));
    parser.addOption(QCommandLineOption(QStringLiteral("min-samples"),
                                        MonitorCommand::tr("Samples a growth forecast needs (default 12)."),
                                        MonitorCommand::tr("N"), QString::number(CapacityReviewOptions().minSamples)));
    parser.addOption(QCommandLineOption(QStringLiteral("report"),
                                        MonitorCommand::tr("Also write the capacity review report as HTML to FILE."),
                                        MonitorCommand::tr("FILE")));
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    int exitCode = ExitUsage;
    const auto windowDays = parser.intValue(QStringLiteral("window-days"), 1, 3660, &exitCode);
    if (!windowDays)
        return exitCode;
    const auto minHours = parser.intValue(QStringLiteral("min-history-hours"), 0, 24 * 3660, &exitCode);
    if (!minHours)
        return exitCode;
    const auto minSamples = parser.intValue(QStringLiteral("min-samples"), 2, 1'000'000, &exitCode);
    if (!minSamples)
        return exitCode;
    std::optional<qint64> capacityOption;
    if (parser.isSet(QStringLiteral("capacity-bytes"))) {
        capacityOption = parser.intValue(QStringLiteral("capacity-bytes"), 1, std::numeric_limits<qint64>::max(), &exitCode);
        if (!capacityOption)
            return exitCode;
    }
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    const qint64 capacity = capacityOption ? *capacityOption : profile ? profile->volumeCapacityBytes : 0;

    HistoryStore store(parser.isSet(QStringLiteral("history")) ? parser.value(QStringLiteral("history"))
                                                               : HistoryStore::defaultPath());
    if (Status st = store.open(); !st)
        return reportError(st.error());
    if (!store.setAsideWarning().isEmpty())
        printWarning(store.setAsideWarning());
    CapacityReviewOptions options;
    options.windowDays = int(*windowDays);
    options.capacityBytes = capacity;
    options.minHistoryHours = int(*minHours);
    options.minSamples = int(*minSamples);
    SampleOptions light; // sizes and the XID counter; tables for the table forecasts
    light.statements = false;
    light.topTables = options.topTables;
    exitCode = ExitFailed;
    std::optional<MetricSample> now = runOnTarget<MetricSample>(
        *spec, [&](pg::Connection &conn) { return takeSample(conn, light); }, &exitCode);
    if (!now)
        return exitCode;
    Result<CapacityReview> review = buildCapacityReview(store, historyKey(profile, *spec), *now, options);
    if (!review)
        return reportError(review.error());
    review->server = profile ? profile->name : spec->describe();
    if (parser.isSet(QStringLiteral("report"))) {
        const QString html = capacityReportHtml(*review, svgReportCharts(*review), QDateTime::currentDateTimeUtc());
        if (Status st = writeFileAtomically(parser.value(QStringLiteral("report")), html.toUtf8(), kPrivateFile,
                                           MonitorCommand::tr("the report"));
            !st)
            return reportError(st.error());
    }

    if (parser.json()) {
        printJson(review->toJson());
        return ExitOk;
    }
    auto rowsOf = [](const QList<CapacityItem> &items) {
        QList<QStringList> rows;
        for (const CapacityItem &item : items) {
            const auto growth = item.growthPerDay();
            rows.append({item.name, humanSize(item.sizeBytes), growth ? humanSize(qint64(*growth))
                                  : item.coverage.enough ? MonitorCommand::tr("n/a") : MonitorCommand::tr("collecting"),
                         item.fit.valid ? QString::number(item.fit.r2, 'f', 3) : QString(),
                         item.daysUntilFull ? QString::number(*item.daysUntilFull, 'f', 0) : MonitorCommand::tr("n/a")});
        }
        return rows;
    };
    printTable({MonitorCommand::tr("DATABASE"), MonitorCommand::tr("SIZE"), MonitorCommand::tr("GROWTH/DAY"),
                MonitorCommand::tr("R2"), MonitorCommand::tr("DAYS UNTIL FULL")},
               rowsOf(review->databases), {1, 2, 3, 4});
    if (!review->tables.isEmpty()) {
        printOut(QString());
        QList<QStringList> tableRows = rowsOf(review->tables);
        for (QStringList &row : tableRows)
            row.removeLast(); // a table alone does not fill a volume
        printTable({MonitorCommand::tr("TABLE (%1)").arg(review->database), MonitorCommand::tr("SIZE"),
                    MonitorCommand::tr("GROWTH/DAY"), MonitorCommand::tr("R2")},
                   tableRows, {1, 2, 3});
    }
    printOut(QString());
    const double totalSize = review->totalBytes;
    printKeyValues({
        {MonitorCommand::tr("Capacity"), capacity > 0 ? humanSize(capacity) : MonitorCommand::tr("unknown (use --capacity-bytes)")},
        {MonitorCommand::tr("All databases"), review->totalDaysUntilFull
                                                  ? MonitorCommand::tr("%1, full in %2 days").arg(humanSize(qint64(totalSize))).arg(*review->totalDaysUntilFull, 0, 'f', 0)
                                                  : humanSize(qint64(totalSize))},
        {MonitorCommand::tr("Transaction ID age"), QString::number(review->xidAge)},
        {MonitorCommand::tr("XIDs per day"), review->xidsPerDay ? QString::number(*review->xidsPerDay, 'f', 0) : MonitorCommand::tr("n/a")},
        {MonitorCommand::tr("Days until wraparound"), review->daysUntilWraparound ? QString::number(*review->daysUntilWraparound, 'f', 0) : MonitorCommand::tr("n/a")},
    });
    if (review->collecting()) {
        printOut(QString());
        printOut(review->collectingText());
    }
    for (const QString &warning : review->warnings())
        printWarning(warning);
    return ExitOk;
}

int runActivityCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli activity"),
                         MonitorCommand::tr("Show the sessions of the server with what blocks them."));
    parser.addTargetOptions();
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), MonitorCommand::tr("At most N sessions (default 1000)."), MonitorCommand::tr("N"),
                                        QStringLiteral("1000")));
    parser.addOption(QCommandLineOption(QStringLiteral("sort"),
                                        MonitorCommand::tr("Order by KEY, on the server: %1 (default: active first, then "
                                                           "waiting on a lock, then the oldest query).")
                                            .arg(sessionSortKeys().join(QLatin1String(", "))),
                                        MonitorCommand::tr("KEY")));
    parser.addOption(QCommandLineOption(QStringLiteral("desc"), MonitorCommand::tr("Sort descending (with --sort).")));
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    int exitCode = ExitUsage;
    const auto limit = parser.intValue(QStringLiteral("limit"), 1, 1'000'000, &exitCode);
    if (!limit)
        return exitCode;
    const std::optional<SessionSort> sort = sessionSortFromKey(parser.value(QStringLiteral("sort")));
    if (!sort || (parser.isSet(QStringLiteral("sort")) && *sort == SessionSort::Default))
        return usageError(MonitorCommand::tr("unknown sort key '%1' (one of: %2)")
                              .arg(parser.value(QStringLiteral("sort")), sessionSortKeys().join(QLatin1String(", "))),
                          parser.command());
    if (parser.isSet(QStringLiteral("desc")) && !parser.isSet(QStringLiteral("sort")))
        return usageError(MonitorCommand::tr("--desc needs --sort"), parser.command());
    Result<ConnectionSpec> spec = resolveTarget(parser);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    ActivityOptions options;
    options.limit = int(*limit);
    options.sort = *sort;
    options.descending = parser.isSet(QStringLiteral("desc"));
    exitCode = ExitFailed;
    std::optional<ActivitySnapshot> snap = runOnTarget<ActivitySnapshot>(
        *spec, [&](pg::Connection &conn) { return loadActivity(conn, options); }, &exitCode);
    if (!snap)
        return exitCode;
    if (parser.json()) {
        printJson(snap->toJson());
        return ExitOk;
    }
    QList<QStringList> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SessionActivity &s : snap->sessions) {
        QStringList blockers;
        for (int pid : s.blockedBy)
            blockers << QString::number(pid);
        QString query = s.query.simplified();
        if (query.size() > 60)
            query = query.left(59) + QChar(0x2026);
        rows.append({QString::number(s.pid), s.database, s.user, s.state,
                     s.waitEventType.isEmpty() ? QString() : s.waitEventType + QLatin1Char(':') + s.waitEvent,
                     s.queryStart.isValid() ? humanDuration(s.queryStart.secsTo(now)) : QString(),
                     blockers.join(QLatin1Char(',')), query});
    }
    printTable({MonitorCommand::tr("PID"), MonitorCommand::tr("DATABASE"), MonitorCommand::tr("USER"), MonitorCommand::tr("STATE"), MonitorCommand::tr("WAIT"), MonitorCommand::tr("QUERY TIME"), MonitorCommand::tr("BLOCKED BY"),
                MonitorCommand::tr("QUERY")},
               rows, {0});
    printOut(MonitorCommand::tr("Showing %1 of %2 sessions.").arg(snap->sessions.size()).arg(snap->total));
    return ExitOk;
}

} // namespace pgs::cli
