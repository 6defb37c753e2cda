// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "util/result.h"

#include <QMap>

namespace pgs::pg {
class Connection;
}

namespace pgs::migrations {

// The tools' history tables present in a database: table name -> column name -> type.
using HistoryTables = QMap<QString, QMap<QString, QString>>;
Result<HistoryTables> readHistoryTables(pg::Connection &conn);

// Which format schema_migrations is: golang-migrate's (version bigint, dirty boolean) or
// dbmate's (version varchar); nullopt when it is neither.
std::optional<Format> schemaMigrationsFormat(const QMap<QString, QString> &columns);

struct Detection
{
    Format format = Format::Native;
    QString reason; // translated: which files and which table decided it
};

// From the file names, and the history table present when the names alone are ambiguous
// (NNNN_name.up.sql is native, golang-migrate or sqlx alike).
Result<Detection> detectFormat(const QString &dir, const HistoryTables &tables);

} // namespace pgs::migrations
