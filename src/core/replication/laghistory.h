// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/historystore.h"
#include "util/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace pgs {

// Replay lag in seconds of every standby the history has seen for a profile (the samples the
// dashboard and `sample` take), keyed by the standby's application name. Opens the default
// history store on the calling thread.
Result<QMap<QString, TimeSeries>> loadReplayLagHistory(const QString &profileId, const QDateTime &from, const QDateTime &to);

} // namespace pgs
