// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/userscheduler.h"

#include "tools/toolprocess.h"
#include "util/atomicfile.h"
#include "util/commandquoting.h"

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
    Q_DECLARE_TR_FUNCTIONS(pgs::UserScheduler)
};

QString unitPrefix(const QString &family) { return QStringLiteral("pgsteward-%1-").arg(family); }
QString cronMarker(const QString &family) { return QStringLiteral("# pgsteward-%1:").arg(family); }
QString serviceName(const QString &family, const QString &slug) { return unitPrefix(family) + slug + QStringLiteral(".service"); }
QString timerName(const QString &family, const QString &slug) { return unitPrefix(family) + slug + QStringLiteral(".timer"); }

QString unitDirectory()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

// systemd expands % specifiers in Description; a newline would end the line.
QString unitText(const QString &text)
{
    return QString(text).replace(QLatin1Char('%'), QStringLiteral("%%")).replace(QLatin1Char('\n'), QLatin1Char(' '));
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

Status installSystemd(const ScheduledCommand &command)
{
    const ScheduleFiles files = renderScheduledCommand(command);
    const QString dir = unitDirectory();
    const QString service = dir + QLatin1Char('/') + serviceName(command.family, command.slug);
    const QString timer = dir + QLatin1Char('/') + timerName(command.family, command.slug);
    const auto perms = kPrivateFile | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (Status s = writeFileAtomically(service, files.serviceUnit.toUtf8(), perms, Tr::tr("the service unit")); !s)
        return s;
    if (Status s = writeFileAtomically(timer, files.timerUnit.toUtf8(), perms, Tr::tr("the timer unit")); !s)
        return s;
    Status enabled = systemctl({QStringLiteral("daemon-reload")});
    if (enabled)
        enabled = systemctl({QStringLiteral("enable"), QStringLiteral("--now"), timerName(command.family, command.slug)});
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

Status removeSystemd(const QString &family, const QString &slug)
{
    const QString dir = unitDirectory();
    const QString timer = timerName(family, slug);
    const Status disabled = systemctl({QStringLiteral("disable"), QStringLiteral("--now"), timer});
    QFile::remove(dir + QStringLiteral("/timers.target.wants/") + timer);
    const bool removed = QFile::remove(dir + QLatin1Char('/') + timer)
        | QFile::remove(dir + QLatin1Char('/') + serviceName(family, slug));
    (void)systemctl({QStringLiteral("daemon-reload")}); // stale units only linger until the next reload
    if (!removed)
        return Error::of(Tr::tr("No schedule %1 is installed").arg(slug), {}, QStringLiteral("not-found"));
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

QList<InstalledCommand> installedSystemd(const QString &family)
{
    QList<InstalledCommand> commands;
    const QDir dir(unitDirectory());
    const QString prefix = unitPrefix(family);
    for (const QString &name : dir.entryList({prefix + QStringLiteral("*.service")}, QDir::Files, QDir::Name)) {
        InstalledCommand command;
        command.slug = name.mid(prefix.size()).chopped(int(qstrlen(".service")));
        command.commandLine = systemdSplit(unitValue(readText(dir.filePath(name)), QStringLiteral("ExecStart")));
        command.onCalendar = unitValue(readText(dir.filePath(timerName(family, command.slug))), QStringLiteral("OnCalendar"));
        if (!command.commandLine.isEmpty())
            commands << command;
    }
    return commands;
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

// Every line but ours; found tells whether ours was there.
Result<QStringList> crontabWithout(const QString &family, const QString &slug, bool *found)
{
    auto lines = crontabLines();
    if (!lines)
        return lines.error();
    QStringList kept;
    for (const QString &line : lines.value()) {
        if (!line.trimmed().endsWith(cronMarker(family) + slug))
            kept << line;
    }
    if (found)
        *found = kept.size() != lines->size();
    return kept;
}

Status installCron(const ScheduledCommand &command)
{
    const ScheduleFiles files = renderScheduledCommand(command);
    if (files.cronLine.isEmpty())
        return cronTimeFields(command.onCalendar).error();
    auto kept = crontabWithout(command.family, command.slug, nullptr);
    if (!kept)
        return kept.error();
    return writeCrontab(*kept << files.cronLine);
}

Status removeCron(const QString &family, const QString &slug)
{
    bool found = false;
    auto kept = crontabWithout(family, slug, &found);
    if (!kept)
        return kept.error();
    if (!found)
        return Error::of(Tr::tr("No schedule %1 is installed").arg(slug), {}, QStringLiteral("not-found"));
    return writeCrontab(*kept);
}

// The inverse of cronTimeFields().
QString calendarFromCron(const QStringList &fields)
{
    static const QRegularExpression every(QStringLiteral("^\\*/(\\d{1,2})$"));
    static const QRegularExpression number(QStringLiteral("^\\d{1,2}$"));
    if (fields.mid(2) != QStringList{QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*")})
        return {};
    if (fields[0] == QLatin1String("*") && fields[1] == QLatin1String("*"))
        return QStringLiteral("minutely");
    if (const auto m = every.match(fields[0]); m.hasMatch() && fields[1] == QLatin1String("*"))
        return QStringLiteral("*:0/%1").arg(m.captured(1).toInt());
    if (number.match(fields[0]).hasMatch() && number.match(fields[1]).hasMatch())
        return QStringLiteral("*-*-* %1:%2:00").arg(fields[1].toInt(), 2, 10, QLatin1Char('0')).arg(fields[0].toInt(), 2, 10, QLatin1Char('0'));
    return {};
}

QList<InstalledCommand> installedCron(const QString &family)
{
    QList<InstalledCommand> commands;
    const auto lines = crontabLines();
    if (!lines)
        return commands;
    static const QRegularExpression entry(QStringLiteral("^(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(.*)$"));
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    for (const QString &line : lines.value()) {
        const int marker = line.lastIndexOf(cronMarker(family));
        if (marker < 0 || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const auto match = entry.match(line.left(marker).trimmed());
        if (!match.hasMatch())
            continue;
        InstalledCommand command;
        command.slug = line.mid(marker + cronMarker(family).size()).trimmed();
        command.onCalendar = calendarFromCron({match.captured(1), match.captured(2), match.captured(3), match.captured(4),
                                               match.captured(5)});
        command.commandLine = shellSplit(match.captured(6));
        while (!command.commandLine.isEmpty() && assignment.match(command.commandLine.first()).hasMatch())
            command.commandLine.removeFirst(); // the environment of the line
        if (!command.onCalendar.isEmpty() && !command.commandLine.isEmpty())
            commands << command;
    }
    return commands;
}

} // namespace

SchedulerKind detectScheduler()
{
    // An explicit choice: machines with systemd but no user session, and tests.
    const QString forced = qEnvironmentVariable("PGSTEWARD_SCHEDULER");
    if (forced == QLatin1String("cron"))
        return SchedulerKind::Cron;
    if (forced == QLatin1String("systemd"))
        return SchedulerKind::SystemdUser;
    if (QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty())
        return SchedulerKind::Cron;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const bool hasRuntime = (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        || QFileInfo(QStringLiteral("/run/user/%1").arg(::getuid())).isDir();
    return hasRuntime ? SchedulerKind::SystemdUser : SchedulerKind::Cron;
}

Result<QString> cronTimeFields(const QString &onCalendar)
{
    static const QRegularExpression daily(QStringLiteral("^\\*-\\*-\\*\\s+(\\d{1,2}):(\\d{2})(?::00)?$"));
    static const QRegularExpression every(QStringLiteral("^\\*:0/(\\d{1,2})(?::00)?$"));
    const QString calendar = onCalendar.trimmed();
    if (calendar == QLatin1String("minutely"))
        return QStringLiteral("* * * * *");
    if (const auto m = every.match(calendar); m.hasMatch() && m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 30)
        return QStringLiteral("*/%1 * * * *").arg(m.captured(1).toInt());
    const auto match = daily.match(calendar);
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (!match.hasMatch() || hour > 23 || minute > 59) {
        return Error::of(Tr::tr("cron can only run a command daily at a fixed time (\"*-*-* HH:MM:00\") or every N "
                                "minutes (\"*:0/N\"); \"%1\" needs a systemd timer")
                             .arg(onCalendar),
                         {}, QStringLiteral("cron-unsupported-calendar"));
    }
    return QStringLiteral("%1 %2 * * *").arg(minute).arg(hour);
}

QMap<QString, QString> pgstewardEnvironment()
{
    QMap<QString, QString> env;
    for (const char *name : {"PGSTEWARD_CONFIG_DIR", "PGSTEWARD_DATA_DIR"})
        if (qEnvironmentVariableIsSet(name))
            env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    return env;
}

ScheduleFiles renderScheduledCommand(const ScheduledCommand &command)
{
    QStringList systemdArgs;
    QStringList shellArgs;
    for (const QString &arg : command.commandLine) {
        systemdArgs << systemdQuote(arg);
        shellArgs << shellQuote(arg);
    }
    QString environment;
    QStringList shellEnvironment;
    for (auto it = command.environment.cbegin(); it != command.environment.cend(); ++it) {
        environment += QStringLiteral("Environment=%1\n").arg(systemdQuote(it.key() + QLatin1Char('=') + it.value()));
        shellEnvironment << it.key() + QLatin1Char('=') + shellQuote(it.value());
    }
    const QString description = unitText(command.description);
    ScheduleFiles files;
    files.serviceUnit = QStringLiteral("# Written by pgsteward; edit the schedule in pgsteward.\n"
                                       "[Unit]\n"
                                       "Description=pgsteward %1\n"
                                       "\n"
                                       "[Service]\n"
                                       "Type=oneshot\n"
                                       "%2"
                                       "ExecStart=%3\n")
                            .arg(description, environment, systemdArgs.join(QLatin1Char(' ')));
    files.timerUnit = QStringLiteral("# Written by pgsteward; edit the schedule in pgsteward.\n"
                                     "[Unit]\n"
                                     "Description=Timer for the pgsteward %1\n"
                                     "\n"
                                     "[Timer]\n"
                                     "OnCalendar=%2\n"
                                     "Persistent=true\n"
                                     "Unit=%3\n"
                                     "\n"
                                     "[Install]\n"
                                     "WantedBy=timers.target\n")
                          .arg(description, command.onCalendar, serviceName(command.family, command.slug));
    if (const auto fields = cronTimeFields(command.onCalendar)) {
        files.cronLine = fields.value() + QLatin1Char(' ')
                         + (shellEnvironment.isEmpty() ? QString() : shellEnvironment.join(QLatin1Char(' ')) + QLatin1Char(' '))
                         + shellArgs.join(QLatin1Char(' ')) + QLatin1Char(' ') + cronMarker(command.family) + command.slug;
    }
    return files;
}

Status installScheduledCommand(const ScheduledCommand &command, SchedulerKind kind)
{
    return kind == SchedulerKind::SystemdUser ? installSystemd(command) : installCron(command);
}

Status removeScheduledCommand(const QString &family, const QString &slug, SchedulerKind kind)
{
    return kind == SchedulerKind::SystemdUser ? removeSystemd(family, slug) : removeCron(family, slug);
}

QList<InstalledCommand> installedScheduledCommands(const QString &family, SchedulerKind kind)
{
    return kind == SchedulerKind::SystemdUser ? installedSystemd(family) : installedCron(family);
}

QString scheduleSlug(const QString &text, const QString &fallback)
{
    QString slug = text.toLower();
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    slug.replace(unsafe, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? fallback : slug;
}

} // namespace pgs
