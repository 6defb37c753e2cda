// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "util/result.h"

#include <QVariantList>

#include <functional>
#include <memory>

namespace pgs::pg {
class Connection;
class QueryResult;
}

namespace pgs::migrations {

// One statement of a run: the migration's own SQL or a history write, with bound values.
struct SqlStep
{
    QString sql;
    QVariantList params;
    // The text with the values written in as literals, for dry-run output.
    QString rendered(const pg::Connection &conn) const;
};

// A tool's history table: read what is there, create it exactly as the tool does, and write
// rows the tool itself accepts afterwards.
class HistoryAdapter
{
public:
    virtual ~HistoryAdapter() = default;
    virtual Format format() const = 0;
    virtual QString table() const = 0;
    virtual QList<SqlStep> createSteps() const = 0; // empty: never created by us (Alembic)
    virtual Result<QList<HistoryRow>> read(pg::Connection &conn) const = 0;
    // golang-migrate and Alembic keep only the current version(s), not a row per migration.
    virtual bool keepsCurrentVersionOnly() const { return false; }
    virtual bool canWrite() const { return true; }

    // Written with the migration, in its transaction (or after it, when non-transactional).
    virtual QList<SqlStep> recordApplied(const MigrationFile &file, qint64 durationMs) const = 0;
    // Before a non-transactional migration runs: a trace that survives its failure (golang-migrate
    // dirty, sqlx/native success=false). Flyway records failures afterwards instead.
    virtual QList<SqlStep> recordStarted(const MigrationFile &file) const = 0;
    virtual QList<SqlStep> recordFailed(const MigrationFile &file, qint64 durationMs) const;
    // A rollback; previousVersion is what becomes current (empty: none).
    virtual QList<SqlStep> recordReverted(const MigrationFile &file, const QString &previousVersion) const = 0;
};

std::unique_ptr<HistoryAdapter> historyAdapter(Format format);

namespace detail {
// The named statement of resources/sql/migrations with its bound values.
SqlStep step(const char *name, QVariantList params = {});
// Runs the named read and turns each row into a HistoryRow (rank = row number from 1 unless
// fill sets it); the adapters only say which columns mean what.
Result<QList<HistoryRow>> readHistory(pg::Connection &conn, const char *queryName,
                                      const std::function<void(const pg::QueryResult &, int, HistoryRow &)> &fill);

std::unique_ptr<HistoryAdapter> makeNativeHistory();
std::unique_ptr<HistoryAdapter> makeFlywayHistory();
std::unique_ptr<HistoryAdapter> makeGolangHistory();
std::unique_ptr<HistoryAdapter> makeDbmateHistory();
std::unique_ptr<HistoryAdapter> makeSqlxHistory();
std::unique_ptr<HistoryAdapter> makeAlembicHistory();
} // namespace detail

} // namespace pgs::migrations
