// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pgs {

// Recurring pgsteward-cli commands in the user's own scheduler: a systemd user timer
// (~/.config/systemd/user/pgsteward-<family>-<slug>.{service,timer}) or, where systemd is absent,
// one line in the user's crontab marked "# pgsteward-<family>:<slug>". Backups and history
// sampling are the families.
enum class SchedulerKind { SystemdUser, Cron };
// PGSTEWARD_SCHEDULER=cron|systemd decides; else systemd when systemctl and a user runtime
// directory exist, cron otherwise.
SchedulerKind detectScheduler();

struct ScheduledCommand
{
    QString family;      // "backup", "sample"
    QString slug;        // file-name safe, unique within the family
    QString description; // "backup of shop on prod", for the unit's Description
    QString onCalendar;  // systemd OnCalendar; cron derived from it when cron can say it
    QStringList commandLine;
    // Set for the command (PGSTEWARD_CONFIG_DIR, PGSTEWARD_DATA_DIR of the installing process),
    // so a schedule finds the same profiles and catalog as the program that installed it.
    QMap<QString, QString> environment;
};

struct ScheduleFiles
{
    QString serviceUnit, timerUnit; // systemd
    QString cronLine;               // cron; empty when cron cannot express onCalendar
};
ScheduleFiles renderScheduledCommand(const ScheduledCommand &command);

// The cron time fields of what cron can express: daily at a fixed time ("*-*-* HH:MM[:00]" →
// "MM HH * * *"), "minutely", and every N minutes ("*:0/N" → "*/N * * * *"). Anything else is an
// Error saying so.
Result<QString> cronTimeFields(const QString &onCalendar);

// The PGSTEWARD_CONFIG_DIR and PGSTEWARD_DATA_DIR of this process, where set.
QMap<QString, QString> pgstewardEnvironment();

Status installScheduledCommand(const ScheduledCommand &command, SchedulerKind kind);
Status removeScheduledCommand(const QString &family, const QString &slug, SchedulerKind kind);

struct InstalledCommand
{
    QString slug;
    QString onCalendar;
    QStringList commandLine;
};
QList<InstalledCommand> installedScheduledCommands(const QString &family, SchedulerKind kind);

// "Bob's prod/shop" → "bob-s-prod-shop"; fallback when nothing is left.
QString scheduleSlug(const QString &text, const QString &fallback);

} // namespace pgs
