// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/historystore.h"

#include <QDateTime>
#include <QString>

// The status and empty-state sentences the history views share.
namespace pgs::historyTexts {

// Nothing was ever sampled for this profile, and how samples come about.
QString noHistoryYet();
// History exists, only not in the chosen range.
QString noSamplesInRange(const QDateTime &lastSampleAt);
// "One point per hour. Last sample: …"
QString rangeSummary(SeriesResolution resolution, const QDateTime &lastSampleAt);

} // namespace pgs::historyTexts
