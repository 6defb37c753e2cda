// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/finding.h"
#include "migrations/migration.h"
#include "util/result.h"

#include <QHash>

namespace pgs::pg {
class Connection;
}

namespace pgs::migrations {

struct TableSize
{
    QString relation; // as the server names it
    qint64 bytes = 0;
    qint64 estimatedRows = 0;
};
// Keyed by the name as written in the migration (quotes kept, e.g. public."Order Items").
using TableSizes = QHash<QString, TableSize>;

// The tables the statements of these migrations lock or rewrite, as written.
QStringList referencedTables(const QList<MigrationFile> &files);
// Their real sizes on the target; tables that do not exist (yet) are absent.
Result<TableSizes> readTableSizes(pg::Connection &conn, const QStringList &names);

struct LintOptions
{
    qint64 largeTableBytes = 10 * 1024 * 1024; // at or above: warning; below: info
};

// Statements that lock or rewrite an existing table, judged against its size: CREATE INDEX
// without CONCURRENTLY, ALTER COLUMN TYPE, ADD COLUMN with a volatile default, SET NOT NULL,
// ADD FOREIGN KEY / CHECK without NOT VALID, and no lock_timeout set before them. Each finding
// carries the safer form. Tables the migration does not find on the target are not judged.
QList<Finding> lintMigration(const MigrationFile &file, const TableSizes &sizes, const LintOptions &options = {});

} // namespace pgs::migrations
