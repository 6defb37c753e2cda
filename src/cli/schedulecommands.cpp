// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pgsteward-cli schedule add|list|remove: recurring backups in the user's scheduler (systemd
// user timers or crontab), the same ones the GUI's schedule dialog installs.
#include "clicontext.h"
#include "commandgroup.h"
#include "commands.h"
#include "textoutput.h"

#include "backup/schedule.h"
#include "connection/profilestore.h"
#include "offsite/destination.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTime>

namespace pgs::cli {

namespace {

struct ScheduleCommands
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::ScheduleCommands)
};

// --scheduler systemd|cron, else what this machine has (PGSTEWARD_SCHEDULER, systemd, cron).
std::optional<SchedulerKind> schedulerOf(const CommandParser &parser, int *exit)
{
    const QString name = parser.value(QStringLiteral("scheduler"));
    if (name.isEmpty())
        return detectScheduler();
    if (name == QLatin1String("systemd"))
        return SchedulerKind::SystemdUser;
    if (name == QLatin1String("cron"))
        return SchedulerKind::Cron;
    *exit = usageError(ScheduleCommands::tr("unknown scheduler \"%1\" (systemd, cron)").arg(name), parser.command());
    return std::nullopt;
}

QCommandLineOption schedulerOption()
{
    return QCommandLineOption(QStringLiteral("scheduler"),
                              ScheduleCommands::tr("systemd (user timers) or cron; default: systemd where it runs, else cron."),
                              QStringLiteral("NAME"));
}

QString schedulerName(SchedulerKind kind)
{
    return kind == SchedulerKind::SystemdUser ? QStringLiteral("systemd") : QStringLiteral("cron");
}

// --at HH:MM (daily) or --on-calendar SPEC (systemd's OnCalendar syntax).
std::optional<QString> calendarOf(const CommandParser &parser, int *exit)
{
    const QString spec = parser.value(QStringLiteral("on-calendar")).trimmed();
    const QString at = parser.value(QStringLiteral("at")).trimmed();
    if (!spec.isEmpty() && !at.isEmpty()) {
        *exit = usageError(ScheduleCommands::tr("give --at or --on-calendar, not both"), parser.command());
        return std::nullopt;
    }
    if (!spec.isEmpty())
        return spec;
    const QTime time = QTime::fromString(at.isEmpty() ? QStringLiteral("02:00") : at, QStringLiteral("H:mm"));
    if (!time.isValid()) {
        *exit = usageError(ScheduleCommands::tr("--at takes a time of day as HH:MM, not \"%1\"").arg(at), parser.command());
        return std::nullopt;
    }
    return QStringLiteral("*-*-* %1:00").arg(time.toString(QStringLiteral("HH:mm")));
}

QJsonObject scheduleJson(const BackupSchedule &s, SchedulerKind kind)
{
    return QJsonObject{{QStringLiteral("slug"), s.slug()},
                       {QStringLiteral("profile"), s.profileName},
                       {QStringLiteral("database"), s.database},
                       {QStringLiteral("catalog"), s.catalogDir},
                       {QStringLiteral("on_calendar"), s.onCalendar},
                       {QStringLiteral("scheduler"), schedulerName(kind)},
                       {QStringLiteral("backup_arguments"), QJsonArray::fromStringList(s.backupArguments)},
                       {QStringLiteral("copy"), s.noCopy ? QStringLiteral("none") : s.copyTo.isEmpty() ? QStringLiteral("catalog")
                                                                                                       : QStringLiteral("only")},
                       {QStringLiteral("copy_to"), QJsonArray::fromStringList(s.copyTo)},
                       {QStringLiteral("keep_last"), s.retention.keepLast},
                       {QStringLiteral("keep_daily"), s.retention.keepDaily},
                       {QStringLiteral("keep_weekly"), s.retention.keepWeekly},
                       {QStringLiteral("keep_monthly"), s.retention.keepMonthly}};
}

int addSchedule(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli schedule add"),
                         ScheduleCommands::tr("Back up a database of a profile on a schedule, pruning the catalog after each run."));
    auto O = [&](const QString &name, const QString &help, const QString &value = {}) {
        parser.addOption(QCommandLineOption(name, help, value));
    };
    O(QStringLiteral("profile"), ScheduleCommands::tr("The profile to back up (schedules name profiles: no password in a unit file)."),
      QStringLiteral("NAME"));
    O(QStringLiteral("database"), ScheduleCommands::tr("The database to back up."), QStringLiteral("DB"));
    O(QStringLiteral("catalog"), ScheduleCommands::tr("The backup catalog directory."), QStringLiteral("DIR"));
    O(QStringLiteral("at"), ScheduleCommands::tr("Every day at this time (HH:MM, default 02:00)."), QStringLiteral("HH:MM"));
    O(QStringLiteral("on-calendar"), ScheduleCommands::tr("Any systemd OnCalendar expression (cron takes daily times and */N minutes)."),
      QStringLiteral("SPEC"));
    O(QStringLiteral("format"), ScheduleCommands::tr("custom (default), directory, tar or plain."), QStringLiteral("FORMAT"));
    O(QStringLiteral("jobs"), ScheduleCommands::tr("Parallel jobs (directory format)."), QStringLiteral("N"));
    O(QStringLiteral("compress"), ScheduleCommands::tr("Compression: none, gzip, lz4, zstd, optionally with :LEVEL."),
      QStringLiteral("METHOD[:LEVEL]"));
    O(QStringLiteral("globals"), ScheduleCommands::tr("Also back up roles and tablespaces."));
    O(QStringLiteral("row-counts"), ScheduleCommands::tr("Record exact row counts."));
    O(QStringLiteral("copy-to"),
      ScheduleCommands::tr("Copy each backup to this off-site destination (repeatable) instead of the catalog's destinations."),
      QStringLiteral("NAME"));
    O(QStringLiteral("no-copy"), ScheduleCommands::tr("No off-site copy, whatever the catalog's destinations."));
    for (const char *keep : {"keep-last", "keep-daily", "keep-weekly", "keep-monthly"})
        O(QString::fromLatin1(keep), ScheduleCommands::tr("Retention after each run (see pgsteward-cli prune)."), QStringLiteral("N"));
    parser.addOption(schedulerOption());
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    for (const char *required : {"profile", "database", "catalog"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty())
            return usageError(ScheduleCommands::tr("--%1 is required").arg(QLatin1String(required)), parser.command());
    }
    int exit = ExitUsage;
    const auto kind = schedulerOf(parser, &exit);
    const auto calendar = kind ? calendarOf(parser, &exit) : std::nullopt;
    if (!calendar)
        return exit;

    ProfileStore store(paths::profilesFile());
    if (Status loaded = loadProfileStore(store); !loaded)
        return reportError(loaded.error());
    const ConnectionProfile *profile = store.find(parser.value(QStringLiteral("profile")));
    if (!profile)
        return reportError(Error::of(ScheduleCommands::tr("No profile named \"%1\"").arg(parser.value(QStringLiteral("profile")))));

    BackupSchedule s;
    s.profileName = profile->name;
    s.database = parser.value(QStringLiteral("database"));
    s.catalogDir = QDir(parser.value(QStringLiteral("catalog"))).absolutePath();
    s.onCalendar = *calendar;
    s.environment = pgstewardEnvironment(); // the schedule finds the same profiles and catalog
    for (const char *valued : {"format", "jobs", "compress"}) {
        const QString name = QString::fromLatin1(valued);
        if (parser.isSet(name))
            s.backupArguments << QStringLiteral("--") + name << parser.value(name);
    }
    for (const char *flag : {"globals", "row-counts"}) {
        if (parser.isSet(QString::fromLatin1(flag)))
            s.backupArguments << QStringLiteral("--") + QLatin1String(flag);
    }
    const std::pair<const char *, int RetentionPolicy::*> keeps[] = {{"keep-last", &RetentionPolicy::keepLast},
                                                                     {"keep-daily", &RetentionPolicy::keepDaily},
                                                                     {"keep-weekly", &RetentionPolicy::keepWeekly},
                                                                     {"keep-monthly", &RetentionPolicy::keepMonthly}};
    for (const auto &[name, field] : keeps) {
        if (!parser.isSet(QString::fromLatin1(name)))
            continue;
        const auto n = parser.intValue(QString::fromLatin1(name), 0, 10000, &exit);
        if (!n)
            return exit;
        s.retention.*field = int(*n);
    }
    s.noCopy = parser.isSet(QStringLiteral("no-copy"));
    s.copyTo = parser.values(QStringLiteral("copy-to"));
    if (s.noCopy && !s.copyTo.isEmpty())
        return usageError(ScheduleCommands::tr("--copy-to and --no-copy exclude each other"), parser.command());
    // A misspelt destination fails now, not at two in the morning.
    for (const QString &name : std::as_const(s.copyTo))
        if (Result<OffsiteDestination> d = DestinationStore().find(name); !d)
            return reportError(d.error());
    if (*kind == SchedulerKind::Cron) {
        if (Result<QString> fields = cronTimeFields(s.onCalendar); !fields)
            return usageError(fields.error().message, parser.command());
    }
    if (Status st = installSchedule(s, QCoreApplication::applicationFilePath(), *kind); !st)
        return reportError(st.error());
    if (parser.json()) {
        printJson(scheduleJson(s, *kind));
        return ExitOk;
    }
    printOut(ScheduleCommands::tr("Scheduled: backup of %1 on %2 (%3) by %4.")
                 .arg(s.database, s.profileName, s.onCalendar,
                      *kind == SchedulerKind::SystemdUser ? ScheduleCommands::tr("a systemd user timer") : ScheduleCommands::tr("cron")));
    return ExitOk;
}

int listSchedules(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli schedule list"), ScheduleCommands::tr("List the scheduled backups."));
    parser.addOption(schedulerOption());
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    int exit = ExitUsage;
    const auto kind = schedulerOf(parser, &exit);
    if (!kind)
        return exit;
    const QList<BackupSchedule> schedules = installedSchedules(*kind);
    if (parser.json()) {
        QJsonArray array;
        for (const BackupSchedule &s : schedules)
            array.append(scheduleJson(s, *kind));
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const BackupSchedule &s : schedules) {
        QStringList options = s.backupArguments;
        if (s.noCopy)
            options << QStringLiteral("--no-copy");
        for (const QString &name : s.copyTo)
            options << QStringLiteral("--copy-to") << name;
        rows.append({s.profileName, s.database, s.onCalendar, s.catalogDir, options.join(QLatin1Char(' '))});
    }
    printTable({ScheduleCommands::tr("PROFILE"), ScheduleCommands::tr("DATABASE"), ScheduleCommands::tr("WHEN"), ScheduleCommands::tr("CATALOG"), ScheduleCommands::tr("OPTIONS")}, rows);
    return ExitOk;
}

int removeScheduleCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli schedule remove"),
                         ScheduleCommands::tr("Remove the scheduled backup of a database of a profile."));
    parser.addOption(QCommandLineOption(QStringLiteral("profile"), ScheduleCommands::tr("The profile."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("database"), ScheduleCommands::tr("The database."), QStringLiteral("DB")));
    parser.addOption(schedulerOption());
    if (auto exit = parser.parse(args))
        return *exit;
    for (const char *required : {"profile", "database"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty())
            return usageError(ScheduleCommands::tr("--%1 is required").arg(QLatin1String(required)), parser.command());
    }
    int exit = ExitUsage;
    const auto kind = schedulerOf(parser, &exit);
    if (!kind)
        return exit;
    BackupSchedule s;
    s.profileName = parser.value(QStringLiteral("profile"));
    s.database = parser.value(QStringLiteral("database"));
    bool found = false;
    for (const BackupSchedule &installed : installedSchedules(*kind))
        found = found || installed.slug() == s.slug();
    if (!found)
        return reportError(Error::of(ScheduleCommands::tr("No scheduled backup of %1 on %2").arg(s.database, s.profileName)));
    if (Status st = removeSchedule(s, *kind); !st)
        return reportError(st.error());
    printOut(ScheduleCommands::tr("Removed the scheduled backup of %1 on %2.").arg(s.database, s.profileName));
    return ExitOk;
}

} // namespace

int runScheduleCommand(const QStringList &args)
{
    const QList<Subcommand> subcommands{
        {QStringLiteral("add"), ScheduleCommands::tr("Schedule a recurring backup"), addSchedule},
        {QStringLiteral("list"), ScheduleCommands::tr("List the scheduled backups"), listSchedules},
        {QStringLiteral("remove"), ScheduleCommands::tr("Remove a scheduled backup"), removeScheduleCommand},
    };
    return runCommandGroup(QStringLiteral("pgsteward-cli schedule"),
                           ScheduleCommands::tr("Recurring backups as systemd user timers or crontab lines."), subcommands, args);
}

} // namespace pgs::cli
