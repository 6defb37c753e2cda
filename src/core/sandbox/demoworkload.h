// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"

namespace pgs {

// A light, realistic load on the demo database (see installDemoData) so that the monitors have
// something to show: ticket purchases in a transaction, wallet top-ups, ticket scans, a few
// reports and occasional rollbacks (abandoned checkouts, empty wallets). Each client runs on its
// own thread and connection; together they make roughly 20-100 transactions a second.
// seconds 0 runs until canceled. Stopping by Cancel is the normal end of an open-ended run, so
// the summary is returned then too: {transactions, rollbacks, seconds}. An unexpected SQL
// error stops every client and is returned as the error.
JobResult runDemoWorkload(JobContext &ctx, const ConnectionSpec &demoDbSpec, int clients = 4, int seconds = 0);

} // namespace pgs
