// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditchecks.h"
#include "pg/connection.h"
#include "util/result.h"

#include <QStringList>

namespace pgs {

// One GRANT or REVOKE of privileges, as the wizard and `pgsteward-cli grant|revoke` describe it.
struct GrantRequest
{
    enum class Target {
        Database, Schema, Table, Sequence, Function,
        AllTablesInSchema, AllSequencesInSchema, AllFunctionsInSchema,
        DefaultTables, DefaultSequences, DefaultFunctions // ALTER DEFAULT PRIVILEGES [FOR ROLE] [IN SCHEMA]
    };
    bool revoke = false;
    QStringList privileges; // upper case: SELECT, USAGE, ALL ...
    Target target = Target::Table;
    QList<QStringList> objects; // each a qualified name split in parts; a function: {schema, "name(args)"}
    QString schema;             // for the "all in schema" and default targets (default: empty = every schema)
    QString forRole;            // default privileges of this role's future objects (empty: the current role)
    QStringList roles;          // grantees; "PUBLIC" means every role
    bool withGrantOption = false;
    bool cascade = false; // revoke: CASCADE
};

// Parses the CLI form after the verb: PRIVILEGES ON OBJECT TO|FROM ROLE[, ROLE] [WITH GRANT OPTION]
// e.g. "select,insert on all tables in schema app to reader", "usage on schema app to \"Mr X\"",
// "select on default tables in schema app for role owner to reader". Names may be double-quoted.
Result<GrantRequest> parseGrantCommand(bool revoke, const QStringList &words);

// Splits a.b."C d" into {a, b, C d} (double quotes, "" for a quote inside).
Result<QStringList> splitQualifiedName(const QString &text);

// The SQL statements (one per object). Functions are resolved on the server (::regprocedure),
// which also checks the argument types; everything else is quoted with libpq's escaping.
Result<QStringList> grantStatements(pg::Connection &conn, const GrantRequest &request);

} // namespace pgs
