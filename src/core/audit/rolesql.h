// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditchecks.h"
#include "pg/connection.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pgs {

// A role to create, or the changes to one (unset optionals stay as they are on ALTER).
struct RoleDefinition
{
    QString name;
    QString newName; // alter: rename
    std::optional<bool> login, superuser, createDb, createRole, inherit, replication, bypassRls;
    std::optional<int> connectionLimit; // -1: no limit
    std::optional<QString> validUntil;  // a timestamp, or "infinity"
    QString passwordVerifier;           // SCRAM verifier from scramVerifier(); never the password
    QStringList inRoles;                // create: IN ROLE; alter: GRANT ... TO
    QStringList leaveRoles;             // alter: REVOKE ... FROM
};

// Hashes the password on the client (PQencryptPasswordConn, SCRAM-SHA-256), so the plain text
// never reaches the server, its logs or pg_stat_statements. The verifier is salted: two calls
// give different strings, both valid.
Result<QString> scramVerifier(pg::Connection &conn, const QString &role, const QString &password);

// The statements, one per entry; identifiers through quote (libpq's PQescapeIdentifier),
// literals through literal (PQescapeLiteral).
QStringList createRoleSql(const RoleDefinition &role, const IdentifierQuoter &quote, const IdentifierQuoter &literal);
QStringList alterRoleSql(const RoleDefinition &role, const IdentifierQuoter &quote, const IdentifierQuoter &literal);
QStringList dropRoleSql(const QString &name, const IdentifierQuoter &quote);

// The quoting functions of a connection.
IdentifierQuoter identifierQuoter(pg::Connection &conn);
IdentifierQuoter literalQuoter(pg::Connection &conn);

// Runs the statements in one transaction: all or none.
Status runInTransaction(pg::Connection &conn, const QStringList &statements);

} // namespace pgs
