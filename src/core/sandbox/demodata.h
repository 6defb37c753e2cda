// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QString>

namespace pgs {

namespace pg {
class Connection;
}

// The demo database: a ticketing business in schema "ticketing" (resources/sql/demo/*.sql) with a
// partitioned ledger, an audit log, and a few deliberate flaws for the health checks (an unused
// index, a duplicate index, a table full of dead rows). scale 1.0 is a few tens of MB.
// adminSpec: a superuser connection to any database of the server; the demo database is
// created there when missing and then (re)loaded, unless a complete load is already present.
Status installDemoData(JobContext &ctx, const ConnectionSpec &adminSpec,
                       const QString &database = QStringLiteral("pgsteward_demo"), double scale = 1.0);

// True when the connected database holds a completely loaded demo schema.
bool demoDataPresent(pg::Connection &conn);

} // namespace pgs
