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
// "History: 3 samples over 2 minutes, since 14:02." (a date instead of the time when not today);
// samples <= 0: not known (older samples are hourly roll-ups), only the span is said.
QString historyExtent(int samples, const QDateTime &first, const QDateTime &last);
// "One point per hour. Last sample: …"
QString rangeSummary(SeriesResolution resolution, const QDateTime &lastSampleAt);

} // namespace pgs::historyTexts
