// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/grantsql.h"

#include "audit/rolesql.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::GrantSql)
};

const QStringList kPrivileges{QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                              QStringLiteral("DELETE"), QStringLiteral("TRUNCATE"), QStringLiteral("REFERENCES"),
                              QStringLiteral("TRIGGER"), QStringLiteral("USAGE"), QStringLiteral("CREATE"),
                              QStringLiteral("CONNECT"), QStringLiteral("TEMPORARY"), QStringLiteral("TEMP"),
                              QStringLiteral("EXECUTE"), QStringLiteral("ALL")};

QString lower(const QString &s) { return s.toLower(); }

// Words, with commas as separators of their own ("select,insert" -> select , insert).
QStringList tokens(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words) {
        QString current;
        bool quoted = false;
        for (QChar c : w) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            if (c == QLatin1Char(',') && !quoted) {
                if (!current.isEmpty())
                    out << current;
                current.clear();
                continue;
            }
            current += c;
        }
        if (!current.isEmpty())
            out << current;
    }
    return out;
}

QString targetKeyword(GrantRequest::Target t)
{
    using T = GrantRequest::Target;
    switch (t) {
    case T::Database: return QStringLiteral("DATABASE");
    case T::Schema: return QStringLiteral("SCHEMA");
    case T::Table: return QStringLiteral("TABLE");
    case T::Sequence: return QStringLiteral("SEQUENCE");
    case T::Function: return QStringLiteral("FUNCTION");
    case T::AllTablesInSchema: case T::DefaultTables: return QStringLiteral("TABLES");
    case T::AllSequencesInSchema: case T::DefaultSequences: return QStringLiteral("SEQUENCES");
    case T::AllFunctionsInSchema: case T::DefaultFunctions: return QStringLiteral("FUNCTIONS");
    }
    return {};
}

} // namespace

Result<QStringList> splitQualifiedName(const QString &text)
{
    QStringList parts;
    QString current;
    bool quoted = false, wasQuoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                current += c;
                ++i;
            } else {
                quoted = !quoted;
                wasQuoted = true;
            }
        } else if (c == QLatin1Char('.') && !quoted) {
            parts << current;
            current.clear();
            wasQuoted = false;
        } else {
            current += quoted || wasQuoted ? c : c.toLower();
        }
    }
    if (quoted)
        return Error::of(Tr::tr("Unbalanced double quote in %1").arg(text));
    parts << current;
    for (const QString &p : parts)
        if (p.isEmpty())
            return Error::of(Tr::tr("Empty name part in %1").arg(text));
    return parts;
}

Result<GrantRequest> parseGrantCommand(bool revoke, const QStringList &words)
{
    using T = GrantRequest::Target;
    GrantRequest r;
    r.revoke = revoke;
    const QStringList t = tokens(words);
    int i = 0;
    const auto at = [&](int k) { return k < t.size() ? lower(t[k]) : QString(); };
    while (i < t.size() && at(i) != QLatin1String("on")) {
        const QString p = t[i].toUpper();
        if (p == QLatin1String("PRIVILEGES") && !r.privileges.isEmpty() && r.privileges.last() == QLatin1String("ALL")) {
            ++i;
            continue;
        }
        if (!kPrivileges.contains(p))
            return Error::of(Tr::tr("Unknown privilege '%1'").arg(t[i]));
        r.privileges << (p == QLatin1String("TEMP") ? QStringLiteral("TEMPORARY") : p);
        ++i;
    }
    if (r.privileges.isEmpty() || at(i) != QLatin1String("on"))
        return Error::of(Tr::tr("Expected: PRIVILEGES ON OBJECT %1 ROLE").arg(revoke ? QStringLiteral("FROM") : QStringLiteral("TO")));
    ++i;
    const QString kind = at(i);
    const auto inSchema = [&](int k) -> bool {
        if (at(k) == QLatin1String("in") && at(k + 1) == QLatin1String("schema") && k + 2 < t.size()) {
            auto name = splitQualifiedName(t[k + 2]);
            if (!name || name->size() != 1)
                return false;
            r.schema = name->first();
            i = k + 3;
            return true;
        }
        return false;
    };
    if (kind == QLatin1String("all") || kind == QLatin1String("default")) {
        const QString what = at(i + 1);
        const bool all = kind == QLatin1String("all");
        if (what == QLatin1String("tables"))
            r.target = all ? T::AllTablesInSchema : T::DefaultTables;
        else if (what == QLatin1String("sequences"))
            r.target = all ? T::AllSequencesInSchema : T::DefaultSequences;
        else if (what == QLatin1String("functions"))
            r.target = all ? T::AllFunctionsInSchema : T::DefaultFunctions;
        else
            return Error::of(Tr::tr("Expected TABLES, SEQUENCES or FUNCTIONS after %1").arg(t[i]));
        i += 2;
        if (!inSchema(i) && all)
            return Error::of(Tr::tr("Expected IN SCHEMA name"));
        if (!all && at(i) == QLatin1String("for") && at(i + 1) == QLatin1String("role") && i + 2 < t.size()) {
            auto name = splitQualifiedName(t[i + 2]);
            if (!name || name->size() != 1)
                return Error::of(Tr::tr("Bad role name %1").arg(t[i + 2]));
            r.forRole = name->first();
            i += 3;
        }
    } else {
        static const QHash<QString, T> kinds{{QStringLiteral("database"), T::Database}, {QStringLiteral("schema"), T::Schema},
                                             {QStringLiteral("table"), T::Table}, {QStringLiteral("sequence"), T::Sequence},
                                             {QStringLiteral("function"), T::Function}};
        if (kinds.contains(kind)) {
            r.target = kinds.value(kind);
            ++i;
        }
        const QString to = revoke ? QStringLiteral("from") : QStringLiteral("to");
        while (i < t.size() && at(i) != to) {
            if (r.target == T::Function) {
                const int paren = t[i].indexOf(QLatin1Char('('));
                auto name = splitQualifiedName(paren < 0 ? t[i] : t[i].left(paren));
                if (!name)
                    return name.error();
                QStringList parts = *name;
                parts.last() += paren < 0 ? QStringLiteral("()") : t[i].mid(paren);
                r.objects << parts;
            } else {
                auto name = splitQualifiedName(t[i]);
                if (!name)
                    return name.error();
                r.objects << *name;
            }
            ++i;
        }
        if (r.objects.isEmpty())
            return Error::of(Tr::tr("No object named after ON"));
    }
    if (at(i) != (revoke ? QLatin1String("from") : QLatin1String("to")))
        return Error::of(Tr::tr("Expected %1 ROLE").arg(revoke ? QStringLiteral("FROM") : QStringLiteral("TO")));
    ++i;
    while (i < t.size()) {
        if (!revoke && at(i) == QLatin1String("with") && at(i + 1) == QLatin1String("grant") && at(i + 2) == QLatin1String("option")) {
            r.withGrantOption = true;
            i += 3;
            continue;
        }
        if (revoke && at(i) == QLatin1String("cascade")) {
            r.cascade = true;
            ++i;
            continue;
        }
        auto name = splitQualifiedName(t[i]);
        if (!name || name->size() != 1)
            return Error::of(Tr::tr("Bad role name %1").arg(t[i]));
        r.roles << (name->first() == QLatin1String("public") && !t[i].startsWith(QLatin1Char('"')) ? QStringLiteral("PUBLIC") : name->first());
        ++i;
    }
    if (r.roles.isEmpty())
        return Error::of(Tr::tr("No role named after %1").arg(revoke ? QStringLiteral("FROM") : QStringLiteral("TO")));
    return r;
}

Result<QStringList> grantStatements(pg::Connection &conn, const GrantRequest &r)
{
    using T = GrantRequest::Target;
    const IdentifierQuoter quote = identifierQuoter(conn);
    QStringList roles;
    for (const QString &role : r.roles)
        roles << (role == QLatin1String("PUBLIC") ? role : quote(role));
    const QString privileges = r.privileges.join(QStringLiteral(", "));
    const QString tail = r.revoke ? QStringLiteral(" FROM %1%2;").arg(roles.join(QStringLiteral(", ")), r.cascade ? QStringLiteral(" CASCADE") : QString())
                                  : QStringLiteral(" TO %1%2;").arg(roles.join(QStringLiteral(", ")),
                                                                    r.withGrantOption ? QStringLiteral(" WITH GRANT OPTION") : QString());
    const QString verb = r.revoke ? QStringLiteral("REVOKE ") : QStringLiteral("GRANT ");
    QStringList out;
    switch (r.target) {
    case T::AllTablesInSchema:
    case T::AllSequencesInSchema:
    case T::AllFunctionsInSchema:
        out << verb + privileges + QStringLiteral(" ON ALL %1 IN SCHEMA %2").arg(targetKeyword(r.target), quote(r.schema)) + tail;
        break;
    case T::DefaultTables:
    case T::DefaultSequences:
    case T::DefaultFunctions: {
        QString head = QStringLiteral("ALTER DEFAULT PRIVILEGES");
        if (!r.forRole.isEmpty())
            head += QStringLiteral(" FOR ROLE ") + quote(r.forRole);
        if (!r.schema.isEmpty())
            head += QStringLiteral(" IN SCHEMA ") + quote(r.schema);
        out << head + QLatin1Char(' ') + verb + privileges + QStringLiteral(" ON ") + targetKeyword(r.target) + tail;
        break;
    }
    default:
        for (const QStringList &parts : r.objects) {
            QString object;
            if (r.target == T::Function) {
                QStringList qualified;
                for (int k = 0; k + 1 < parts.size(); ++k)
                    qualified << quote(parts[k]);
                const QString last = parts.last();
                const int paren = last.indexOf(QLatin1Char('('));
                qualified << quote(last.left(paren));
                auto resolved = conn.exec(sql::query(QStringLiteral("audit/resolve_function")), {QVariant(QString(qualified.join(QLatin1Char('.')) + last.mid(paren)))});
                if (!resolved)
                    return Error::of(Tr::tr("No function %1").arg(parts.join(QLatin1Char('.'))), resolved.error().message);
                object = resolved->text(0, 0);
            } else {
                QStringList qualified;
                for (const QString &p : parts)
                    qualified << quote(p);
                object = qualified.join(QLatin1Char('.'));
            }
            out << verb + privileges + QStringLiteral(" ON %1 %2").arg(targetKeyword(r.target), object) + tail;
        }
    }
    return out;
}

} // namespace pgs
