// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/schedule.h"

#include "tools/toolprocess.h"
#include "util/commandquoting.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <unistd.h>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupSchedule)
};

const QString kUnitPrefix = QStringLiteral("pgsteward-backup-");
const QString kCronMarker = QStringLiteral("# pgsteward-backup:");

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

// ---- systemd -------------------------------------------------------------------------------

QString unitDirectory()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

QString serviceName(const BackupSchedule &schedule)
{
    return kUnitPrefix + schedule.slug() + QStringLiteral(".service");
}

QString timerName(const BackupSchedule &schedule)
{
    return kUnitPrefix + schedule.slug() + QStringLiteral(".timer");
}

QString describe(const BackupSchedule &schedule)
{
    const QString what = schedule.database.isEmpty() ? schedule.profileName
                                                     : schedule.database + QStringLiteral(" on ") + schedule.profileName;
    return QString(what).replace(QLatin1Char('%'), QStringLiteral("%%")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

Result<ToolOutput> runCommand(const QString &tool, const QStringList &args, const QString &stdinFile = {})
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return Error::of(Tr::tr("%1 was not found in PATH").arg(tool), {}, QStringLiteral("tool-not-found"));
    JobContext ctx;
    ToolRun run;
    run.program = program;
    run.arguments = args;
    run.stdinFile = stdinFile;
    run.logStderr = false;
    run.timeoutMsecs = 60000;
    return runTool(ctx, run);
}

Status systemctl(const QStringList &args)
{
    auto result = runCommand(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + args);
    if (!result) {
        Error error = result.error();
        error.message = Tr::tr("systemctl --user %1 failed: %2").arg(args.join(QLatin1Char(' ')), error.message);
        return error;
    }
    return ok();
}

Status installSystemd(const BackupSchedule &schedule, const QString &cliPath)
{
    const ScheduleFiles files = renderSchedule(schedule, cliPath);
    const QString dir = unitDirectory();
    const QString service = dir + QLatin1Char('/') + serviceName(schedule);
    const QString timer = dir + QLatin1Char('/') + timerName(schedule);
    const auto perms = kPrivateFile | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (Status s = writeFileAtomically(service, files.serviceUnit.toUtf8(), perms, Tr::tr("the service unit")); !s)
        return s;
    if (Status s = writeFileAtomically(timer, files.timerUnit.toUtf8(), perms, Tr::tr("the timer unit")); !s)
        return s;
    Status enabled = systemctl({QStringLiteral("daemon-reload")});
    if (enabled)
        enabled = systemctl({QStringLiteral("enable"), QStringLiteral("--now"), timerName(schedule)});
    if (!enabled) {
        // Nothing half-installed: a unit that exists but never runs would look like a schedule.
        QFile::remove(service);
        QFile::remove(timer);
        Error error = enabled.error();
        error.detail = Tr::tr("Is a systemd user session running (systemctl --user needs a user bus)?\n%1")
                           .arg(error.detail);
        return error;
    }
    return ok();
}

Status removeSystemd(const BackupSchedule &schedule)
{
    const QString dir = unitDirectory();
    const Status disabled = systemctl({QStringLiteral("disable"), QStringLiteral("--now"), timerName(schedule)});
    QFile::remove(dir + QStringLiteral("/timers.target.wants/") + timerName(schedule));
    const bool removed = QFile::remove(dir + QLatin1Char('/') + timerName(schedule))
        | QFile::remove(dir + QLatin1Char('/') + serviceName(schedule));
    (void)systemctl({QStringLiteral("daemon-reload")}); // stale units only linger until the next reload
    if (!removed)
        return Error::of(Tr::tr("No schedule %1 is installed").arg(schedule.slug()), {}, QStringLiteral("not-found"));
    if (!disabled) {
        Error error = disabled.error();
        error.message = Tr::tr("The unit files were removed, but %1").arg(error.message);
        return error;
    }
    return ok();
}

QString unitValue(const QString &text, const QString &key)
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QList<BackupSchedule> installedSystemd()
{
    QList<BackupSchedule> schedules;
    const QDir dir(unitDirectory());
    for (const QString &name : dir.entryList({kUnitPrefix + QStringLiteral("*.service")}, QDir::Files, QDir::Name)) {
        BackupSchedule schedule;
        if (!scheduleFromCommand(systemdSplit(unitValue(readText(dir.filePath(name)), QStringLiteral("ExecStart"))),
                                 &schedule))
            continue;
        const QString timer = QString(name).replace(QStringLiteral(".service"), QStringLiteral(".timer"));
        const QString calendar = unitValue(readText(dir.filePath(timer)), QStringLiteral("OnCalendar"));
        if (!calendar.isEmpty())
            schedule.onCalendar = calendar;
        schedules << schedule;
    }
    return schedules;
}

// ---- cron ----------------------------------------------------------------------------------

Result<QStringList> crontabLines()
{
    auto listed = runCommand(QStringLiteral("crontab"), {QStringLiteral("-l")});
    if (!listed) {
        if (listed.error().detail.contains(QLatin1String("no crontab"), Qt::CaseInsensitive))
            return QStringList();
        return listed.error();
    }
    QStringList lines = QString::fromUtf8(listed->standardOutput).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

Status writeCrontab(const QStringList &lines)
{
    QTemporaryFile file;
    if (!file.open())
        return Error::of(Tr::tr("Could not write a temporary file for crontab"), file.errorString());
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    file.flush();
    auto written = runCommand(QStringLiteral("crontab"), {QStringLiteral("-")}, file.fileName());
    if (!written)
        return written.error();
    return ok();
}

bool isOurCronLine(const QString &line, const QString &slug)
{
    return line.trimmed().endsWith(kCronMarker + slug);
}

Status installCron(const BackupSchedule &schedule, const QString &cliPath)
{
    const ScheduleFiles files = renderSchedule(schedule, cliPath);
    if (files.cronLine.isEmpty())
        return cronTimeFields(schedule.onCalendar).error();
    auto lines = crontabLines();
    if (!lines)
        return lines.error();
    QStringList kept;
    for (const QString &line : lines.value()) {
        if (!isOurCronLine(line, schedule.slug()))
            kept << line;
    }
    kept << files.cronLine;
    return writeCrontab(kept);
}

Status removeCron(const BackupSchedule &schedule)
{
    auto lines = crontabLines();
    if (!lines)
        return lines.error();
    QStringList kept;
    for (const QString &line : lines.value()) {
        if (!isOurCronLine(line, schedule.slug()))
            kept << line;
    }
    if (kept.size() == lines->size())
        return Error::of(Tr::tr("No schedule %1 is installed").arg(schedule.slug()), {}, QStringLiteral("not-found"));
    return writeCrontab(kept);
}

QList<BackupSchedule> installedCron()
{
    QList<BackupSchedule> schedules;
    const auto lines = crontabLines();
    if (!lines)
        return schedules;
    static const QRegularExpression daily(QStringLiteral("^(\\d{1,2})\\s+(\\d{1,2})\\s+\\*\\s+\\*\\s+\\*\\s+(.*)$"));
    for (const QString &line : lines.value()) {
        const int marker = line.lastIndexOf(kCronMarker);
        if (marker < 0 || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const auto match = daily.match(line.left(marker).trimmed());
        BackupSchedule schedule;
        if (!match.hasMatch() || !scheduleFromCommand(shellSplit(match.captured(3)), &schedule))
            continue;
        schedule.onCalendar = QStringLiteral("*-*-* %1:%2:00")
                                  .arg(match.captured(2).toInt(), 2, 10, QLatin1Char('0'))
                                  .arg(match.captured(1).toInt(), 2, 10, QLatin1Char('0'));
        schedules << schedule;
    }
    return schedules;
}

} // namespace

QString BackupSchedule::slug() const
{
    QString text = (profileName + QLatin1Char('-') + (database.isEmpty() ? QStringLiteral("cluster") : database)).toLower();
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    text.replace(unsafe, QStringLiteral("-"));
    while (text.startsWith(QLatin1Char('-')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('-')))
        text.chop(1);
    return text.isEmpty() ? QStringLiteral("backup") : text;
}

QStringList BackupSchedule::commandLine(const QString &cliPath) const
{
    QStringList args{cliPath, QStringLiteral("backup"), QStringLiteral("--profile"), profileName};
    if (!database.isEmpty())
        args << QStringLiteral("--database") << database;
    args << QStringLiteral("--catalog") << catalogDir;
    args += backupArguments;
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

SchedulerKind detectScheduler()
{
    if (QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty())
        return SchedulerKind::Cron;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const bool hasRuntime = (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        || QFileInfo(QStringLiteral("/run/user/%1").arg(::getuid())).isDir();
    return hasRuntime ? SchedulerKind::SystemdUser : SchedulerKind::Cron;
}

Result<QString> cronTimeFields(const QString &onCalendar)
{
    static const QRegularExpression simple(QStringLiteral("^\\*-\\*-\\*\\s+(\\d{1,2}):(\\d{2})(?::00)?$"));
    const auto match = simple.match(onCalendar.trimmed());
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (!match.hasMatch() || hour > 23 || minute > 59) {
        return Error::of(Tr::tr("cron can only run a backup daily at a fixed time (\"*-*-* HH:MM:00\"); "
                                "\"%1\" needs a systemd timer")
                             .arg(onCalendar),
                         {}, QStringLiteral("cron-unsupported-calendar"));
    }
    return QStringLiteral("%1 %2 * * *").arg(minute).arg(hour);
}

ScheduleFiles renderSchedule(const BackupSchedule &schedule, const QString &cliPath)
{
    const QStringList args = schedule.commandLine(cliPath);
    QStringList systemdArgs;
    QStringList shellArgs;
    for (const QString &arg : args) {
        systemdArgs << systemdQuote(arg);
        shellArgs << shellQuote(arg);
    }
    ScheduleFiles files;
    files.serviceUnit = QStringLiteral("# Written by pgsteward; edit the schedule in pgsteward.\n"
                                       "[Unit]\n"
                                       "Description=pgsteward backup of %1\n"
                                       "\n"
                                       "[Service]\n"
                                       "Type=oneshot\n"
                                       "ExecStart=%2\n")
                            .arg(describe(schedule), systemdArgs.join(QLatin1Char(' ')));
    files.timerUnit = QStringLiteral("# Written by pgsteward; edit the schedule in pgsteward.\n"
                                     "[Unit]\n"
                                     "Description=Timer for the pgsteward backup of %1\n"
                                     "\n"
                                     "[Timer]\n"
                                     "OnCalendar=%2\n"
                                     "Persistent=true\n"
                                     "Unit=%3\n"
                                     "\n"
                                     "[Install]\n"
                                     "WantedBy=timers.target\n")
                          .arg(describe(schedule), schedule.onCalendar, serviceName(schedule));
    if (const auto fields = cronTimeFields(schedule.onCalendar)) {
        files.cronLine = fields.value() + QLatin1Char(' ') + shellArgs.join(QLatin1Char(' ')) + QLatin1Char(' ')
            + kCronMarker + schedule.slug();
    }
    return files;
}

Status installSchedule(const BackupSchedule &schedule, const QString &cliPath, SchedulerKind kind)
{
    return kind == SchedulerKind::SystemdUser ? installSystemd(schedule, cliPath) : installCron(schedule, cliPath);
}

Status removeSchedule(const BackupSchedule &schedule, SchedulerKind kind)
{
    return kind == SchedulerKind::SystemdUser ? removeSystemd(schedule) : removeCron(schedule);
}

QList<BackupSchedule> installedSchedules(SchedulerKind kind)
{
    return kind == SchedulerKind::SystemdUser ? installedSystemd() : installedCron();
}

} // namespace pgs
