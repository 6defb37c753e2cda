// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditdata.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace pgs {

// Who is in which role, effectively: the membership graph of a snapshot indexed once (hash maps),
// then walked per question. A role's privileges come from itself, from every role it inherits
// from (INHERIT per grant on 16+, the member's rolinherit before) and from PUBLIC.
class MembershipGraph
{
public:
    explicit MembershipGraph(const AuditSnapshot &snapshot);

    // Groups the role is in, directly or through others, with how: (group, path "a → b → group").
    // inheritOnly: only the ones whose privileges it uses without SET ROLE.
    QHash<qint64, QString> groupsOf(qint64 role, bool inheritOnly) const;
    // Roles that use the privileges of group (members inheriting, transitively).
    QSet<qint64> inheritingMembersOf(qint64 group) const;
    const QList<const AuditMembership *> &directGroups(qint64 role) const;
    const QList<const AuditMembership *> &directMembers(qint64 role) const;

private:
    const AuditSnapshot &m_s;
    QHash<qint64, QList<const AuditMembership *>> m_groups;  // member -> its grants
    QHash<qint64, QList<const AuditMembership *>> m_members; // group -> its grants
    QList<const AuditMembership *> m_none;
};

struct EffectivePrivilege
{
    const AuditGrant *grant = nullptr;
    qint64 role = 0;   // who has it (for objectAccess); the role asked about otherwise
    QString via;       // "directly", "PUBLIC", "member of a → b", "owner of database"
};

// Everything a role may do on the server, through itself, its groups and PUBLIC (default
// privileges included, as entries of kind "default ..."). A superuser may do everything; the
// list then still shows the explicit grants.
QList<EffectivePrivilege> privilegesOfRole(const AuditSnapshot &s, const MembershipGraph &graph, qint64 role);

// Who may do what on one object (matched on database, kind, schema, name; sub empty = any).
QList<EffectivePrivilege> accessToObject(const AuditSnapshot &s, const MembershipGraph &graph, const QString &database,
                                         const QString &kind, const QString &schema, const QString &name);

} // namespace pgs
