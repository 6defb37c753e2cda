// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/finding.h"
#include "migrations/migration.h"

namespace pgs::migrations {

// One top-level statement of a migration, and the line of the file it starts on.
struct Statement
{
    QString text;
    int line = 1;
};

// Splits with the shared SQL scanner (dollar quotes, comments, quoted identifiers), lines
// counted from firstLine (dbmate's up section starts below its marker).
QList<Statement> splitStatements(const QString &sql, int firstLine = 1);

// What makes a statement unable to run inside a transaction block ("CREATE INDEX CONCURRENTLY"),
// or empty. serverVersionNum: ALTER TYPE ... ADD VALUE only needs it before PostgreSQL 12.
QString nonTransactionalReason(const QString &statement, int serverVersionNum);

// BEGIN / COMMIT / ROLLBACK / END / START TRANSACTION written into a migration.
bool isTransactionControl(const QString &statement);

// Pre-flight of one migration: a statement that cannot run in a transaction, in a migration that
// runs in one, is a critical finding naming the statement, its line and the marker of the format
// that allows it; so is a COMMIT/BEGIN inside a transactional one. A non-transactional migration
// gets an info note (a failure leaves its earlier statements applied).
QList<Finding> preflight(const MigrationFile &file, Format format, int serverVersionNum);

// "V3 add index" / "20240101 users" for messages.
QString migrationLabel(const MigrationFile &file);

} // namespace pgs::migrations
