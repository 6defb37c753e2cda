// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pgs {

// The roles a statement names: owners (ALTER ... OWNER TO), grantees and grantors (GRANT ... TO,
// REVOKE ... FROM, GRANTED BY, role memberships), ALTER DEFAULT PRIVILEGES FOR ROLE, policies
// (CREATE POLICY ... TO), user mappings, SET ROLE / SESSION AUTHORIZATION. PUBLIC, CURRENT_USER
// and the like are not roles. Names come unquoted ("John Smith", O"Brien as O"Brien).
QStringList rolesReferencedBy(const QString &statement);

// One statement of a pg_dumpall --globals-only file, as far as a restore into a fresh cluster cares.
struct GlobalsStatement
{
    enum class Kind { CreateRole, AlterRole, Membership, Tablespace, Other };
    Kind kind = Kind::Other;
    QString role;        // CreateRole/AlterRole: the role; Membership: the member (first grantee)
    QStringList roles;   // every role the statement names
    QStringList granted; // Membership: the roles granted (GRANT a, b TO m)
    QString tablespace;  // Tablespace: the tablespace it creates, alters or grants on
    // AlterRole ... WITH: the options as words ("LOGIN", "CONNECTION LIMIT 5"); a PASSWORD becomes
    // "password set" and its value is never kept here.
    QStringList attributes;
};
GlobalsStatement classifyGlobalsStatement(const QString &statement);

} // namespace pgs
