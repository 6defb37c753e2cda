// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/metrics.h"
#include "util/result.h"

namespace pgs {
namespace pg {
class Connection;
}

struct SampleOptions
{
    int topTables = 20;      // largest tables of the connected database
    int topStatements = 50;  // per ranking (total time, calls)
    bool tables = true; // the largest tables' sizes
    bool databaseSizes = true;
    bool statements = true;
};

// One sampling round on conn (run it on a job thread). Never resets any statistics.
Result<MetricSample> takeSample(pg::Connection &conn, const SampleOptions &options = {});

} // namespace pgs
