// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings about roles and about what PUBLIC may do.
#include "audit/auditchecks.h"
#include "audit/effectiveprivileges.h"

#include <QCoreApplication>
#include <QMap>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AuditChecks)
};

constexpr qint64 kBootstrapRole = 10; // the role initdb created

bool needsPassword(const QString &method)
{
    return method == QLatin1String("md5") || method == QLatin1String("scram-sha-256") || method == QLatin1String("password");
}

// Does an hba rule's user list name the role (all, the name, or +group it is a member of)?
bool hbaNamesRole(const AuditHbaRule &rule, const AuditRole &role, const QHash<qint64, QString> &groups, const AuditSnapshot &s)
{
    for (const QString &user : rule.user.split(QLatin1Char(','))) {
        if (user == QLatin1String("all") || user == role.name)
            return true;
        if (user.startsWith(QLatin1Char('+'))) {
            const AuditRole *group = s.roleNamed(user.mid(1));
            if (group && (group->oid == role.oid || groups.contains(group->oid)))
                return true;
        }
    }
    return false;
}

} // namespace

void checkRoles(const AuditSnapshot &s, const AuditPolicy &policy, const IdentifierQuoter &quote, AuditFindingSink &sink)
{
    const MembershipGraph graph(s);
    QSet<qint64> owners;
    for (const AuditOwned &o : s.owned)
        owners.insert(o.owner);
    for (const AuditDatabase &db : s.databases)
        if (const AuditRole *owner = s.roleNamed(db.owner))
            owners.insert(owner->oid);
    bool everyDatabaseRead = true;
    for (const AuditDatabase &db : s.databases)
        everyDatabaseRead = everyDatabaseRead && db.checked;
    QList<const AuditHbaRule *> passwordRules;
    for (const AuditHbaRule &rule : s.hba)
        if (rule.error.isEmpty() && needsPassword(rule.method))
            passwordRules << &rule;

    for (const AuditRole &r : s.roles) {
        if (r.predefined)
            continue;
        const QString q = quote(r.name);
        const bool bootstrap = r.oid == kBootstrapRole;
        if (r.superuser && r.login && !bootstrap)
            sink.add(QStringLiteral("superuser-login"), Severity::Warning, r.name,
                     Tr::tr("%1 can log in as a superuser; only the bootstrap role should.").arg(r.name),
                     QStringLiteral("ALTER ROLE %1 NOSUPERUSER;").arg(q));
        if (r.passwordMethod == QLatin1String("md5"))
            sink.add(QStringLiteral("password-md5"), Severity::Warning, r.name,
                     Tr::tr("The password of %1 is stored as an MD5 hash.").arg(r.name), {},
                     Tr::tr("Set password_encryption to scram-sha-256 and give the role a new password (the role "
                            "dialog and 'pgsteward-cli role alter --password-stdin' hash it on the client)."));
        if (r.passwordMethod == QLatin1String("plain"))
            sink.add(QStringLiteral("password-plain"), Severity::Critical, r.name,
                     Tr::tr("The password of %1 is stored in plain text.").arg(r.name), {},
                     Tr::tr("Give the role a new password; it is then stored as a SCRAM verifier."));
        const bool hasPassword = !r.passwordMethod.isEmpty() && r.passwordMethod != QLatin1String("none");
        if (r.login && hasPassword && r.validUntil.isEmpty() && !bootstrap) {
            const QString until = QDate::currentDate().addDays(policy.passwordLifetimeDays).toString(Qt::ISODate);
            sink.add(QStringLiteral("login-no-password-expiry"), policy.requirePasswordExpiry ? Severity::Warning : Severity::Info,
                     r.name, Tr::tr("The password of %1 never expires.").arg(r.name),
                     QStringLiteral("ALTER ROLE %1 VALID UNTIL '%2';").arg(q, until));
        }
        if (r.login && r.passwordMethod == QLatin1String("none") && !passwordRules.isEmpty()) {
            const QHash<qint64, QString> groups = graph.groupsOf(r.oid, false);
            for (const AuditHbaRule *rule : std::as_const(passwordRules)) {
                if (!hbaNamesRole(*rule, r, groups, s))
                    continue;
                sink.add(QStringLiteral("role-no-password-login"), Severity::Warning, r.name,
                         Tr::tr("%1 can log in but has no password, and pg_hba.conf line %2 asks for one.").arg(r.name).arg(rule->line),
                         {}, Tr::tr("Give the role a password, or remove LOGIN if nobody uses it."));
                break;
            }
        }
        if (r.createRole && !r.superuser)
            sink.add(QStringLiteral("createrole-nonsuper"), Severity::Warning, r.name,
                     Tr::tr("%1 may create and alter roles (close to superuser power).").arg(r.name),
                     QStringLiteral("ALTER ROLE %1 NOCREATEROLE;").arg(q));
        if (r.bypassRls && !r.superuser)
            sink.add(QStringLiteral("bypassrls"), Severity::Warning, r.name,
                     Tr::tr("%1 bypasses every row-level security policy.").arg(r.name),
                     QStringLiteral("ALTER ROLE %1 NOBYPASSRLS;").arg(q));
        if (r.replication && r.login && !r.superuser)
            sink.add(QStringLiteral("replication-role-login"), Severity::Warning, r.name,
                     Tr::tr("%1 can log in with REPLICATION and so read every table's data from the WAL stream.").arg(r.name),
                     {}, Tr::tr("Use it only for standbys and backups, allow it only from their hosts in pg_hba.conf, "
                                "and remove REPLICATION (ALTER ROLE ... NOREPLICATION) if nothing streams with it."));
        if (!r.login && !bootstrap && everyDatabaseRead && graph.directMembers(r.oid).isEmpty() && !owners.contains(r.oid))
            sink.add(QStringLiteral("unused-role"), Severity::Info, r.name,
                     Tr::tr("%1 cannot log in, has no members and owns nothing.").arg(r.name),
                     QStringLiteral("DROP ROLE %1;").arg(q));
    }
}

void checkPrivileges(const AuditSnapshot &s, const IdentifierQuoter &quote, AuditFindingSink &sink)
{
    // table object -> (database, what kind, privileges), in a stable order
    struct PublicGrant
    {
        QString database, kind, objectSql;
        QStringList privileges;
        QStringList columnFixes; // REVOKE ALL ON TABLE leaves column privileges in place
    };
    QMap<QString, PublicGrant> publicObjects;
    for (const AuditGrant &g : s.grants) {
        if (g.grantee != 0 || g.fromExtension) // an extension's own grants (pg_stat_statements ...) are its design
            continue;
        if (g.kind == QLatin1String("schema") && g.privilege == QLatin1String("CREATE")) {
            const QString object = g.database + QStringLiteral(": ") + g.schema;
            sink.add(QStringLiteral("public-schema-create"), Severity::Warning, object,
                     Tr::tr("Every role may create objects in schema %1 of database %2.").arg(g.schema, g.database),
                     QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC;").arg(quote(g.schema)), {}, g.database);
        } else if (g.kind == QLatin1String("table") || g.kind == QLatin1String("sequence") || g.kind == QLatin1String("column")) {
            const QString objectSql = quote(g.schema) + QLatin1Char('.') + quote(g.name);
            PublicGrant &p = publicObjects[g.database + QStringLiteral(": ") + g.schema + QLatin1Char('.') + g.name];
            p.database = g.database;
            p.kind = g.kind == QLatin1String("sequence") ? QStringLiteral("SEQUENCE") : QStringLiteral("TABLE");
            p.objectSql = objectSql;
            const QString privilege = g.kind == QLatin1String("column") ? g.privilege + QStringLiteral(" (") + g.sub + QLatin1Char(')') : g.privilege;
            if (!p.privileges.contains(privilege))
                p.privileges << privilege;
            if (g.kind == QLatin1String("column"))
                p.columnFixes << QStringLiteral("REVOKE %1 (%2) ON TABLE %3 FROM PUBLIC;").arg(g.privilege, quote(g.sub), objectSql);
        }
    }
    for (auto it = publicObjects.cbegin(); it != publicObjects.cend(); ++it) {
        QStringList fix = QStringList{QStringLiteral("REVOKE ALL ON %1 %2 FROM PUBLIC;").arg(it->kind, it->objectSql)} + it->columnFixes;
        fix.removeDuplicates();
        Finding &f = sink.add(QStringLiteral("public-table-privileges"), Severity::Warning, it.key(),
                              Tr::tr("Every role has %1 on %2 in database %3.")
                                  .arg(it->privileges.join(QStringLiteral(", ")), it.key().section(QStringLiteral(": "), 1), it->database),
                              fix.join(QLatin1Char('\n')), {}, it->database);
        f.value = it->privileges.size();
    }
}

} // namespace pgs
