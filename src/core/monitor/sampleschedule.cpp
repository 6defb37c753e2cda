// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/sampleschedule.h"

#include <QRegularExpression>

namespace pgs {

namespace {

const QString kFamily = QStringLiteral("sample");

QString slugOf(const QString &profileName) { return scheduleSlug(profileName, QStringLiteral("profile")); }

} // namespace

QString SampleSchedule::slug() const { return slugOf(profileName); }

QString SampleSchedule::onCalendar() const
{
    return everyMinutes <= 1 ? QStringLiteral("minutely") : QStringLiteral("*:0/%1").arg(everyMinutes);
}

ScheduledCommand SampleSchedule::command(const QString &cliPath) const
{
    QStringList args{cliPath, QStringLiteral("sample"), QStringLiteral("--profile"), profileName};
    if (!historyPath.isEmpty())
        args << QStringLiteral("--history") << historyPath;
    return ScheduledCommand{kFamily, slug(), QStringLiteral("history sample of ") + profileName, onCalendar(), args,
                            environment};
}

Status installSampleSchedule(const SampleSchedule &schedule, const QString &cliPath, SchedulerKind kind)
{
    return installScheduledCommand(schedule.command(cliPath), kind);
}

Status removeSampleSchedule(const QString &profileName, SchedulerKind kind)
{
    return removeScheduledCommand(kFamily, slugOf(profileName), kind);
}

std::optional<SampleSchedule> installedSampleSchedule(const QString &profileName, SchedulerKind kind)
{
    const QString slug = slugOf(profileName);
    static const QRegularExpression every(QStringLiteral("^\\*:0/(\\d+)"));
    for (const InstalledCommand &command : installedScheduledCommands(kFamily, kind)) {
        if (command.slug != slug)
            continue;
        SampleSchedule schedule;
        schedule.profileName = profileName;
        const auto m = every.match(command.onCalendar);
        schedule.everyMinutes = m.hasMatch() ? m.captured(1).toInt() : 1;
        const int history = command.commandLine.indexOf(QStringLiteral("--history"));
        if (history > 0 && history + 1 < command.commandLine.size())
            schedule.historyPath = command.commandLine[history + 1];
        return schedule;
    }
    return std::nullopt;
}

} // namespace pgs
