// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/schedule.h"

namespace pgs {

namespace {

const QString kFamily = QStringLiteral("backup");

// ---- command line <-> schedule -------------------------------------------------------------

// The inverse of commandLine(): what installedSchedules() reads back from a unit or cron line.
bool scheduleFromCommand(const QStringList &args, BackupSchedule *schedule)
{
    if (args.size() < 2 || args[1] != QLatin1String("backup"))
        return false;
    for (int i = 2; i < args.size(); ++i) {
        const QString &arg = args[i];
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        auto takeInt = [&](int *target) {
            *target = value.toInt();
            ++i;
        };
        if (arg == QLatin1String("--profile")) {
            schedule->profileName = value;
            ++i;
        } else if (arg == QLatin1String("--database")) {
            schedule->database = value;
            ++i;
        } else if (arg == QLatin1String("--catalog")) {
            schedule->catalogDir = value;
            ++i;
        } else if (arg == QLatin1String("--prune")) {
            continue;
        } else if (arg == QLatin1String("--copy-to")) {
            schedule->copyTo << value;
            ++i;
        } else if (arg == QLatin1String("--no-copy")) {
            schedule->noCopy = true;
        } else if (arg == QLatin1String("--keep-last")) {
            takeInt(&schedule->retention.keepLast);
        } else if (arg == QLatin1String("--keep-daily")) {
            takeInt(&schedule->retention.keepDaily);
        } else if (arg == QLatin1String("--keep-weekly")) {
            takeInt(&schedule->retention.keepWeekly);
        } else if (arg == QLatin1String("--keep-monthly")) {
            takeInt(&schedule->retention.keepMonthly);
        } else {
            schedule->backupArguments << arg;
        }
    }
    return !schedule->profileName.isEmpty();
}

ScheduledCommand toCommand(const BackupSchedule &schedule, const QString &cliPath)
{
    const QString what = schedule.database.isEmpty() ? schedule.profileName
                                                     : schedule.database + QStringLiteral(" on ") + schedule.profileName;
    return ScheduledCommand{kFamily, schedule.slug(), QStringLiteral("backup of ") + what, schedule.onCalendar,
                            schedule.commandLine(cliPath), schedule.environment};
}

} // namespace

QString BackupSchedule::slug() const
{
    return scheduleSlug(profileName + QLatin1Char('-') + (database.isEmpty() ? QStringLiteral("cluster") : database),
                        QStringLiteral("backup"));
}

QStringList BackupSchedule::commandLine(const QString &cliPath) const
{
    QStringList args{cliPath, QStringLiteral("backup"), QStringLiteral("--profile"), profileName};
    if (!database.isEmpty())
        args << QStringLiteral("--database") << database;
    args << QStringLiteral("--catalog") << catalogDir;
    args += backupArguments;
    if (noCopy)
        args << QStringLiteral("--no-copy");
    for (const QString &name : copyTo)
        args << QStringLiteral("--copy-to") << name;
    if (!retention.isEmpty()) {
        args << QStringLiteral("--prune");
        const std::pair<const char *, int> keeps[] = {{"--keep-last", retention.keepLast},
                                                      {"--keep-daily", retention.keepDaily},
                                                      {"--keep-weekly", retention.keepWeekly},
                                                      {"--keep-monthly", retention.keepMonthly}};
        for (const auto &[option, count] : keeps) {
            if (count > 0)
                args << QString::fromLatin1(option) << QString::number(count);
        }
    }
    return args;
}

ScheduleFiles renderSchedule(const BackupSchedule &schedule, const QString &cliPath)
{
    return renderScheduledCommand(toCommand(schedule, cliPath));
}

Status installSchedule(const BackupSchedule &schedule, const QString &cliPath, SchedulerKind kind)
{
    return installScheduledCommand(toCommand(schedule, cliPath), kind);
}

Status removeSchedule(const BackupSchedule &schedule, SchedulerKind kind)
{
    return removeScheduledCommand(kFamily, schedule.slug(), kind);
}

QList<BackupSchedule> installedSchedules(SchedulerKind kind)
{
    QList<BackupSchedule> schedules;
    for (const InstalledCommand &command : installedScheduledCommands(kFamily, kind)) {
        BackupSchedule schedule;
        if (!scheduleFromCommand(command.commandLine, &schedule))
            continue;
        if (!command.onCalendar.isEmpty())
            schedule.onCalendar = command.onCalendar;
        schedules << schedule;
    }
    return schedules;
}

} // namespace pgs
