// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthrun.h"

namespace pgs::health {

// Past runs per profile: dataDir()/health/<key>-runs.json, newest last, written atomically.
QString runsPath(const QString &key);
Result<QList<HealthRun>> loadRuns(const QString &key); // missing file: none
// Appends run and keeps the newest keep runs.
Status appendRun(const QString &key, const HealthRun &run, int keep = 30);

} // namespace pgs::health
