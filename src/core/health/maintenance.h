// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgs {
class ConnectionSpec;
}
namespace pgs::pg {
class Connection;
}

namespace pgs::health {

enum class MaintenanceOp { Vacuum, Analyze, Reindex, Cluster };
enum class IndexCleanup { Auto, On, Off };

std::optional<MaintenanceOp> maintenanceOpFromName(const QString &name); // vacuum|analyze|reindex|cluster
QString maintenanceOpName(MaintenanceOp op);

struct MaintenanceOptions
{
    bool full = false;       // VACUUM FULL: rewrites, exclusive lock
    bool freeze = false;
    bool analyze = false;    // VACUUM (ANALYZE)
    bool skipLocked = false;
    IndexCleanup indexCleanup = IndexCleanup::Auto;
    int parallel = -1;       // VACUUM (PARALLEL n); < 0: the server decides
    bool concurrently = true; // REINDEX CONCURRENTLY (PostgreSQL 12+, not in a transaction)
};

struct TableRef
{
    QString schema;
    QString name;
    QString display() const { return schema + QLatin1Char('.') + name; }
    // "schema.table" or "table" (public); a quoted part may hold dots: "my.schema"."t"
    static std::optional<TableRef> parse(const QString &text);
};

struct MaintenanceRequest
{
    MaintenanceOp op = MaintenanceOp::Vacuum;
    MaintenanceOptions options;
    QList<TableRef> tables; // empty: the whole database
};

// The statements a request runs, one per table, identifiers quoted by conn. An option that
// does not apply (PARALLEL with FULL) is an error.
Result<QStringList> maintenanceStatements(const MaintenanceRequest &request, pg::Connection &conn);

// pg_repack, the online alternative to VACUUM FULL and CLUSTER: not on the server, available
// there (CREATE EXTENSION pg_repack would make it usable), or installed in this database.
enum class RepackState { Missing, Available, Installed };

// What the user should know before starting: VACUUM FULL and CLUSTER lock the table exclusively
// (pg_repack does it online: suggested with what it takes to use it here).
QStringList maintenanceWarnings(const MaintenanceRequest &request, RepackState repack);

// One reading of the progress views while a statement ran.
struct ProgressSample
{
    QString command; // VACUUM, CREATE INDEX, REINDEX CONCURRENTLY, CLUSTER, VACUUM FULL, ANALYZE
    QString phase;
    qint64 done = 0;
    qint64 total = 0;
};

struct MaintenanceReport
{
    QStringList statements;
    QList<ProgressSample> samples; // the distinct (command, phase) readings, in order
    QStringList notices;
    qint64 elapsedMs = 0;
};

// Runs the statements one by one on a work connection while a second connection polls
// pg_stat_progress_* for the work backend every pollMs; progress goes to ctx. Cancel sends
// PQcancel to the running statement.
Result<MaintenanceReport> runMaintenance(JobContext &ctx, const ConnectionSpec &spec, const MaintenanceRequest &request,
                                         int pollMs = 100);

// The tables to choose from, with dead rows, last (auto)vacuum and size.
struct MaintenanceTable
{
    TableRef table;
    qint64 deadRows = 0;
    qint64 liveRows = 0;
    QDateTime lastVacuum;
    QDateTime lastAnalyze;
    qint64 totalBytes = 0;
    QString autovacuumOptions;
};
Result<QList<MaintenanceTable>> loadMaintenanceTables(pg::Connection &conn, int limit = 2000);
Result<RepackState> repackState(pg::Connection &conn);

} // namespace pgs::health
