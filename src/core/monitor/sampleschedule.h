// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"
#include "util/userscheduler.h"

#include <optional>

namespace pgs {

// History sampling while no window is open: `pgsteward-cli sample --profile P` every N minutes
// from the user's scheduler (the "sample" family of util/userscheduler.h).
struct SampleSchedule
{
    QString profileName;
    int everyMinutes = 1;
    QString historyPath; // empty: the default history in the data directory
    QMap<QString, QString> environment; // usually pgstewardEnvironment()

    QString slug() const;
    QString onCalendar() const; // "minutely" or "*:0/N"
    ScheduledCommand command(const QString &cliPath) const;
};

Status installSampleSchedule(const SampleSchedule &schedule, const QString &cliPath, SchedulerKind kind);
Status removeSampleSchedule(const QString &profileName, SchedulerKind kind);
// The installed schedule of a profile, if any.
std::optional<SampleSchedule> installedSampleSchedule(const QString &profileName, SchedulerKind kind);

} // namespace pgs
