// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/retention.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace pgs {

// A recurring backup: a systemd user timer (~/.config/systemd/user/pgsteward-backup-<slug>.{service,timer})
// or, where systemd is absent, one line in the user's crontab, both running
// `pgsteward-cli backup --profile P --database D --catalog C ... --prune --keep-...`.
struct BackupSchedule
{
    QString profileName;
    QString database;
    QString catalogDir;
    QString onCalendar = QStringLiteral("*-*-* 02:00:00"); // systemd OnCalendar; cron derived from it when simple
    QStringList backupArguments; // extra pgsteward-cli backup options (--format, --globals ...)
    RetentionPolicy retention;

    QString slug() const; // file-name safe "<profile>-<database>"
    QStringList commandLine(const QString &cliPath) const;
};

enum class SchedulerKind { SystemdUser, Cron };
SchedulerKind detectScheduler();

struct ScheduleFiles
{
    QString serviceUnit, timerUnit; // systemd
    QString cronLine;               // cron
};
ScheduleFiles renderSchedule(const BackupSchedule &schedule, const QString &cliPath);
// The five cron time fields for a simple daily OnCalendar ("*-*-* HH:MM[:00]"): "MM HH * * *".
// Anything else is an Error saying what cron can express.
Result<QString> cronTimeFields(const QString &onCalendar);
Status installSchedule(const BackupSchedule &schedule, const QString &cliPath, SchedulerKind kind);
Status removeSchedule(const BackupSchedule &schedule, SchedulerKind kind);
QList<BackupSchedule> installedSchedules(SchedulerKind kind);

} // namespace pgs
