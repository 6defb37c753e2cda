// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthrun.h"

#include <QDateTime>

#include <optional>

namespace pgs::health {

// What the profile tree shows of a profile's last health run: the worst severity and the counts.
struct RunSummary
{
    QDateTime takenAt;
    int critical = 0;
    int warnings = 0;
    int infos = 0;
    std::optional<Severity> worst; // nullopt: the run found nothing

    // "2 critical, 5 warnings, checked 10:42" (translated; the date too when not today).
    QString text(const QDateTime &now = QDateTime::currentDateTime()) const;
};

RunSummary summarizeRun(const HealthRun &run);

// The summary of the newest stored run of key (a profile id); nullopt without runs or when the
// file cannot be read.
std::optional<RunSummary> lastRunSummary(const QString &key);

} // namespace pgs::health
