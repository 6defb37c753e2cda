// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthcheck.h"
#include "health/healththresholds.h"
#include "pg/queryresult.h"

namespace pgs::pg {
class Connection;
}

namespace pgs::health {

// What turning a result row into a finding needs: the connection (libpq quoting of identifiers
// and literals in the fix SQL), the database the row came from, the thresholds in force.
struct RowContext
{
    pg::Connection &conn;
    QString database;
    const Thresholds &thresholds;
};

// The object, detail, fix SQL or advice of one row of a check's query. Value, threshold and
// severity are filled from the row's "value" column and the check's limits unless set here.
Finding describeObjectRow(const CheckDef &check, const pg::QueryResult &rows, int row, const RowContext &ctx);
Finding describeServerRow(const CheckDef &check, const pg::QueryResult &rows, int row, const RowContext &ctx);

// A byte count for details: "12.3 MB".
QString healthSize(double bytes);
// A duration for details: "5 min 3 s", "2 h 10 min", "3 d 4 h".
QString healthDuration(double seconds);

} // namespace pgs::health
