// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "monitor/dashboard/dashboardframe.h"
#include "util/result.h"

#include <QDateTime>

namespace pgs {

// The dashboard's frames of one profile in [from, to] from the history store at historyPath
// (one-minute samples, rates summed over databases), oldest first. Opens its own store: run it
// on a job thread.
Result<QList<DashboardFrame>> loadDashboardHistory(const QString &historyPath, const QString &profileId,
                                                    const QDateTime &from, const QDateTime &to);

// The same as a job function; the result is a QList<DashboardFrame> in a QVariant.
JobFunction dashboardHistoryJob(const QString &historyPath, const QString &profileId, const QDateTime &from,
                                const QDateTime &to);

} // namespace pgs
