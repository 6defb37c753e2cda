// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/rolesql.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RoleSql)
};

QString flag(const std::optional<bool> &value, const char *on, const char *off)
{
    if (!value)
        return {};
    return QLatin1Char(' ') + QString::fromLatin1(*value ? on : off);
}

QString attributes(const RoleDefinition &r, const IdentifierQuoter &literal)
{
    QString a = flag(r.login, "LOGIN", "NOLOGIN") + flag(r.superuser, "SUPERUSER", "NOSUPERUSER")
                + flag(r.createDb, "CREATEDB", "NOCREATEDB") + flag(r.createRole, "CREATEROLE", "NOCREATEROLE")
                + flag(r.inherit, "INHERIT", "NOINHERIT") + flag(r.replication, "REPLICATION", "NOREPLICATION")
                + flag(r.bypassRls, "BYPASSRLS", "NOBYPASSRLS");
    if (r.connectionLimit)
        a += QStringLiteral(" CONNECTION LIMIT %1").arg(*r.connectionLimit);
    if (r.validUntil)
        a += QStringLiteral(" VALID UNTIL ") + literal(*r.validUntil);
    if (!r.passwordVerifier.isEmpty())
        a += QStringLiteral(" PASSWORD ") + literal(r.passwordVerifier);
    return a;
}

QString names(const QStringList &roles, const IdentifierQuoter &quote)
{
    QStringList q;
    for (const QString &r : roles)
        q << quote(r);
    return q.join(QStringLiteral(", "));
}

} // namespace

Result<QString> scramVerifier(pg::Connection &conn, const QString &role, const QString &password)
{
    const QByteArray pw = password.toUtf8(), user = role.toUtf8();
    char *verifier = PQencryptPasswordConn(conn.native(), pw.constData(), user.constData(), "scram-sha-256");
    if (!verifier)
        return Error::of(Tr::tr("Could not hash the password"), QString::fromUtf8(PQerrorMessage(conn.native())).trimmed());
    const QString out = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return out;
}

QStringList createRoleSql(const RoleDefinition &r, const IdentifierQuoter &quote, const IdentifierQuoter &literal)
{
    QString sql = QStringLiteral("CREATE ROLE %1").arg(quote(r.name));
    const QString attrs = attributes(r, literal);
    if (!attrs.isEmpty())
        sql += QStringLiteral(" WITH") + attrs;
    if (!r.inRoles.isEmpty())
        sql += QStringLiteral(" IN ROLE ") + names(r.inRoles, quote);
    return {sql + QLatin1Char(';')};
}

QStringList alterRoleSql(const RoleDefinition &r, const IdentifierQuoter &quote, const IdentifierQuoter &literal)
{
    QStringList out;
    QString name = quote(r.name);
    if (!r.newName.isEmpty() && r.newName != r.name) {
        out << QStringLiteral("ALTER ROLE %1 RENAME TO %2;").arg(name, quote(r.newName));
        name = quote(r.newName);
    }
    const QString attrs = attributes(r, literal);
    if (!attrs.isEmpty())
        out << QStringLiteral("ALTER ROLE %1 WITH%2;").arg(name, attrs);
    for (const QString &g : r.inRoles)
        out << QStringLiteral("GRANT %1 TO %2;").arg(quote(g), name);
    for (const QString &g : r.leaveRoles)
        out << QStringLiteral("REVOKE %1 FROM %2;").arg(quote(g), name);
    return out;
}

QStringList dropRoleSql(const QString &name, const IdentifierQuoter &quote)
{
    return {QStringLiteral("DROP ROLE %1;").arg(quote(name))};
}

IdentifierQuoter identifierQuoter(pg::Connection &conn)
{
    return [&conn](const QString &s) { return conn.quoteIdentifier(s); };
}

IdentifierQuoter literalQuoter(pg::Connection &conn)
{
    return [&conn](const QString &s) { return conn.quoteLiteral(s); };
}

Status runInTransaction(pg::Connection &conn, const QStringList &statements)
{
    if (auto begin = conn.exec(QStringLiteral("BEGIN")); !begin)
        return begin.error();
    for (const QString &statement : statements) {
        if (auto r = conn.exec(statement); !r) {
            (void)conn.exec(QStringLiteral("ROLLBACK"));
            Error e = r.error();
            e.detail = statement.contains(QLatin1String("PASSWORD")) ? e.detail : statement + QLatin1Char('\n') + e.detail;
            return e;
        }
    }
    if (auto commit = conn.exec(QStringLiteral("COMMIT")); !commit)
        return commit.error();
    return ok();
}

} // namespace pgs
