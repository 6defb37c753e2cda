// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "util/result.h"

namespace pgs::migrations {

// Reads a migrations folder in one format (one reader per format, sqlreaders.cpp and
// alembicreader.cpp): the files sorted by version, with their SQL, transaction marker and
// checksum in that tool's algorithm.
Result<MigrationFolder> readFolder(const QString &dir, Format format);

// The marker a format honours for a migration that must run outside a transaction, as the user
// would write it (named by pre-flight refusals).
QString noTransactionMarker(Format format);

// pgsteward's own marker, honoured by native and golang-migrate folders (the latter has none).
inline constexpr char kPgstewardNoTransaction[] = "-- pgsteward:no-transaction";

namespace detail {
Result<MigrationFolder> readNative(const QString &dir, Format format); // native and golang-migrate
Result<MigrationFolder> readFlyway(const QString &dir);
Result<MigrationFolder> readDbmate(const QString &dir);
Result<MigrationFolder> readSqlx(const QString &dir);
Result<MigrationFolder> readAlembic(const QString &dir);
QString alembicVersionsDir(const QString &dir);
} // namespace detail

} // namespace pgs::migrations
