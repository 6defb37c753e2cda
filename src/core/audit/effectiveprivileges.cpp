// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/effectiveprivileges.h"

#include <QCoreApplication>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::EffectivePrivileges)
};

// pg_database_owner's members are, implicitly, the owner of the current database.
const QString kDatabaseOwner = QStringLiteral("pg_database_owner");

} // namespace

MembershipGraph::MembershipGraph(const AuditSnapshot &snapshot) : m_s(snapshot)
{
    m_groups.reserve(snapshot.roles.size());
    for (const AuditMembership &m : snapshot.memberships) {
        m_groups[m.member].append(&m);
        m_members[m.role].append(&m);
    }
}

const QList<const AuditMembership *> &MembershipGraph::directGroups(qint64 role) const
{
    const auto it = m_groups.constFind(role);
    return it == m_groups.cend() ? m_none : *it;
}

const QList<const AuditMembership *> &MembershipGraph::directMembers(qint64 role) const
{
    const auto it = m_members.constFind(role);
    return it == m_members.cend() ? m_none : *it;
}

QHash<qint64, QString> MembershipGraph::groupsOf(qint64 role, bool inheritOnly) const
{
    QHash<qint64, QString> seen;
    QList<qint64> queue{role};
    QHash<qint64, QString> path{{role, m_s.roleName(role)}};
    while (!queue.isEmpty()) {
        const qint64 current = queue.takeFirst();
        for (const AuditMembership *m : directGroups(current)) {
            if (inheritOnly && !m->inherit)
                continue;
            if (seen.contains(m->role) || m->role == role)
                continue;
            const QString p = path.value(current) + QStringLiteral(" → ") + m_s.roleName(m->role);
            seen.insert(m->role, p);
            path.insert(m->role, p);
            queue.append(m->role);
        }
    }
    return seen;
}

QSet<qint64> MembershipGraph::inheritingMembersOf(qint64 group) const
{
    QSet<qint64> out;
    QList<qint64> queue{group};
    while (!queue.isEmpty()) {
        const qint64 current = queue.takeFirst();
        for (const AuditMembership *m : directMembers(current)) {
            if (!m->inherit || out.contains(m->member))
                continue;
            out.insert(m->member);
            queue.append(m->member);
        }
    }
    return out;
}

QList<EffectivePrivilege> privilegesOfRole(const AuditSnapshot &s, const MembershipGraph &graph, qint64 role)
{
    const QHash<qint64, QString> groups = graph.groupsOf(role, true);
    const AuditRole *self = s.role(role);
    const AuditRole *dbOwnerRole = s.roleNamed(kDatabaseOwner);
    QSet<QString> ownedDatabases;
    for (const AuditDatabase &db : s.databases)
        if (self && db.owner == self->name)
            ownedDatabases.insert(db.name);
    QList<EffectivePrivilege> out;
    for (const AuditGrant &g : s.grants) {
        QString via;
        if (g.grantee == role)
            via = Tr::tr("directly");
        else if (g.grantee == 0)
            via = QStringLiteral("PUBLIC");
        else if (const auto it = groups.constFind(g.grantee); it != groups.cend())
            via = Tr::tr("member of %1").arg(*it);
        else if (dbOwnerRole && g.grantee == dbOwnerRole->oid && ownedDatabases.contains(g.database))
            via = Tr::tr("owner of database %1").arg(g.database);
        else
            continue;
        out.append({&g, role, via});
    }
    return out;
}

QList<EffectivePrivilege> accessToObject(const AuditSnapshot &s, const MembershipGraph &graph, const QString &database,
                                         const QString &kind, const QString &schema, const QString &name)
{
    QList<EffectivePrivilege> out;
    QHash<qint64, QSet<qint64>> membersCache;
    for (const AuditGrant &g : s.grants) {
        if (g.database != database || g.schema != schema || g.name != name)
            continue;
        if (g.kind != kind && !(kind == QLatin1String("table") && g.kind == QLatin1String("column")))
            continue;
        if (g.grantee == 0) {
            out.append({&g, 0, Tr::tr("PUBLIC (every role)")});
            continue;
        }
        out.append({&g, g.grantee, Tr::tr("directly")});
        auto it = membersCache.find(g.grantee);
        if (it == membersCache.end())
            it = membersCache.insert(g.grantee, graph.inheritingMembersOf(g.grantee));
        for (qint64 member : std::as_const(*it))
            out.append({&g, member, Tr::tr("member of %1").arg(s.roleName(g.grantee))});
    }
    return out;
}

} // namespace pgs
