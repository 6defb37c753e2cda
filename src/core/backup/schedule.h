// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/retention.h"
#include "util/result.h"
#include "util/userscheduler.h"

#include <QString>
#include <QStringList>

namespace pgs {

// A recurring backup, the "backup" family of util/userscheduler.h: a systemd user timer
// (pgsteward-backup-<slug>.{service,timer}) or one crontab line, both running
// `pgsteward-cli backup --profile P --database D --catalog C ... [--copy-to N | --no-copy] --prune --keep-...`.
struct BackupSchedule
{
    QString profileName;
    QString database;
    QString catalogDir;
    QString onCalendar = QStringLiteral("*-*-* 02:00:00"); // systemd OnCalendar; cron derived from it when simple
    QStringList backupArguments; // extra pgsteward-cli backup options (--format, --globals ...)
    RetentionPolicy retention;
    // Off-site copies after each run: empty and !noCopy = the catalog's destinations at run time
    // (catalogcopies.h); else only these (--copy-to), or none at all (--no-copy).
    QStringList copyTo;
    bool noCopy = false;
    QMap<QString, QString> environment; // usually pgstewardEnvironment()

    QString slug() const; // file-name safe "<profile>-<database>"
    QStringList commandLine(const QString &cliPath) const;
};

ScheduleFiles renderSchedule(const BackupSchedule &schedule, const QString &cliPath);
Status installSchedule(const BackupSchedule &schedule, const QString &cliPath, SchedulerKind kind);
Status removeSchedule(const BackupSchedule &schedule, SchedulerKind kind);
QList<BackupSchedule> installedSchedules(SchedulerKind kind);

} // namespace pgs
