// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/dumproles.h"

#include <QList>

namespace pgs {

namespace {
struct Token
{
    enum class Kind { Word, Quoted, Literal, Symbol };
    Kind kind = Kind::Symbol;
    QString text;
    int depth = 0; // parentheses around it
};

QList<Token> tokenize(const QString &s)
{
    QList<Token> tokens;
    int depth = 0;
    const qsizetype n = s.size();
    qsizetype i = 0;
    auto add = [&tokens, &depth](Token::Kind kind, const QString &text) { tokens.append({kind, text, depth}); };
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const bool escapes = c == QLatin1Char('\'') && !tokens.isEmpty() && tokens.last().kind == Token::Kind::Word
                                 && tokens.last().text.compare(QLatin1String("E"), Qt::CaseInsensitive) == 0;
            if (escapes)
                tokens.removeLast();
            QString text;
            for (++i; i < n; ++i) {
                if (escapes && s.at(i) == QLatin1Char('\\') && i + 1 < n) {
                    text += s.at(++i);
                } else if (s.at(i) == c) {
                    if (i + 1 < n && s.at(i + 1) == c)
                        text += s.at(++i);
                    else
                        break;
                } else {
                    text += s.at(i);
                }
            }
            ++i;
            add(c == QLatin1Char('"') ? Token::Kind::Quoted : Token::Kind::Literal, text);
        } else if (c == QLatin1Char('$') && (i + 1 < n) && (s.at(i + 1) == QLatin1Char('$') || s.at(i + 1).isLetter())) {
            const qsizetype tagEnd = s.indexOf(QLatin1Char('$'), i + 1);
            QString tag = tagEnd < 0 ? QString() : s.mid(i, tagEnd - i + 1);
            for (qsizetype k = 1; k + 1 < tag.size(); ++k) {
                if (!tag.at(k).isLetterOrNumber() && tag.at(k) != QLatin1Char('_'))
                    tag.clear();
            }
            const qsizetype close = tag.isEmpty() ? -1 : s.indexOf(tag, tagEnd + 1);
            if (close < 0) {
                add(Token::Kind::Symbol, c);
                ++i;
                continue;
            }
            add(Token::Kind::Literal, s.mid(tagEnd + 1, close - tagEnd - 1));
            i = close + tag.size();
        } else if (c.isLetterOrNumber() || c == QLatin1Char('_') || c.unicode() >= 0x80) {
            const qsizetype start = i;
            while (i < n && (s.at(i).isLetterOrNumber() || s.at(i) == QLatin1Char('_') || s.at(i) == QLatin1Char('$')
                             || s.at(i).unicode() >= 0x80))
                ++i;
            add(Token::Kind::Word, s.mid(start, i - start));
        } else {
            if (c == QLatin1Char(')'))
                depth = std::max(0, depth - 1);
            add(Token::Kind::Symbol, c);
            if (c == QLatin1Char('('))
                ++depth;
            ++i;
        }
    }
    return tokens;
}

bool isWord(const QList<Token> &t, qsizetype i, const char *word)
{
    return i >= 0 && i < t.size() && t[i].kind == Token::Kind::Word && t[i].text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// The first top-level occurrence of word at or after from, or -1.
qsizetype indexOfWord(const QList<Token> &t, const char *word, qsizetype from)
{
    for (qsizetype i = std::max<qsizetype>(0, from); i < t.size(); ++i) {
        if (t[i].depth == 0 && isWord(t, i, word))
            return i;
    }
    return -1;
}

// An unquoted name is folded to lower case (ASCII only, as the server does); the role
// specifications that are no role (PUBLIC, CURRENT_USER ...) give nothing.
QString roleName(const Token &token)
{
    if (token.kind == Token::Kind::Quoted || token.kind == Token::Kind::Literal)
        return token.text;
    if (token.kind != Token::Kind::Word)
        return {};
    QString name = token.text;
    for (QChar &ch : name) {
        if (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'))
            ch = QChar(ch.unicode() + 32);
    }
    static const QStringList notRoles = {QStringLiteral("public"), QStringLiteral("current_user"),
                                         QStringLiteral("session_user"), QStringLiteral("current_role"),
                                         QStringLiteral("none"), QStringLiteral("default")};
    return notRoles.contains(name) ? QString() : name;
}

void addRole(QStringList &roles, const QString &name)
{
    if (!name.isEmpty() && !roles.contains(name))
        roles << name;
}

// "a, GROUP b, "C d"" from i; returns the index after the list.
qsizetype parseRoleList(const QList<Token> &t, qsizetype i, QStringList &roles)
{
    while (i >= 0 && i < t.size()) {
        if (isWord(t, i, "GROUP"))
            ++i;
        if (i >= t.size() || (t[i].kind != Token::Kind::Word && t[i].kind != Token::Kind::Quoted))
            break;
        addRole(roles, roleName(t[i]));
        ++i;
        if (i < t.size() && t[i].kind == Token::Kind::Symbol && t[i].text == QLatin1String(","))
            ++i;
        else
            break;
    }
    return i;
}

void grantedBy(const QList<Token> &t, qsizetype from, QStringList &roles)
{
    const qsizetype at = indexOfWord(t, "GRANTED", from);
    if (at >= 0 && isWord(t, at + 1, "BY"))
        parseRoleList(t, at + 2, roles);
}

// GRANT ... TO list (start: the GRANT) or REVOKE ... FROM list; without ON it is a role membership
// and the granted roles are roles too.
void grantOrRevoke(const QList<Token> &t, qsizetype start, bool grant, QStringList &roles)
{
    const qsizetype to = indexOfWord(t, grant ? "TO" : "FROM", start + 1);
    if (to < 0)
        return;
    const qsizetype on = indexOfWord(t, "ON", start + 1);
    if (on < 0 || on > to) {
        qsizetype first = start + 1;
        if (!grant && isWord(t, first + 1, "OPTION") && isWord(t, first + 2, "FOR"))
            first += 3; // REVOKE ADMIN OPTION FOR r FROM m
        parseRoleList(t, first, roles);
    }
    grantedBy(t, parseRoleList(t, to + 1, roles), roles);
}

QStringList referencedRoles(const QList<Token> &t)
{
    QStringList roles;
    if (t.isEmpty())
        return roles;
    if (isWord(t, 0, "GRANT") || isWord(t, 0, "REVOKE")) {
        grantOrRevoke(t, 0, isWord(t, 0, "GRANT"), roles);
    } else if (isWord(t, 0, "ALTER") && isWord(t, 1, "DEFAULT") && isWord(t, 2, "PRIVILEGES")) {
        if (isWord(t, 3, "FOR") && (isWord(t, 4, "ROLE") || isWord(t, 4, "USER")))
            parseRoleList(t, 5, roles);
        for (qsizetype i = 3; i < t.size(); ++i) {
            if (t[i].depth == 0 && (isWord(t, i, "GRANT") || isWord(t, i, "REVOKE"))) {
                grantOrRevoke(t, i, isWord(t, i, "GRANT"), roles);
                break;
            }
        }
    } else if (isWord(t, 0, "ALTER")) {
        for (qsizetype i = indexOfWord(t, "OWNER", 1); i >= 0; i = indexOfWord(t, "OWNER", i + 1)) {
            if (isWord(t, i + 1, "TO")) {
                parseRoleList(t, i + 2, roles);
                break;
            }
        }
    } else if (isWord(t, 0, "CREATE") && isWord(t, 1, "POLICY")) {
        const qsizetype to = indexOfWord(t, "TO", indexOfWord(t, "ON", 2) + 1);
        if (to > 0)
            parseRoleList(t, to + 1, roles);
    } else if (isWord(t, 0, "CREATE") && isWord(t, 1, "USER") && isWord(t, 2, "MAPPING") && isWord(t, 3, "FOR")) {
        parseRoleList(t, 4, roles);
    } else if (isWord(t, 0, "CREATE") && isWord(t, 1, "SCHEMA")) {
        const qsizetype at = indexOfWord(t, "AUTHORIZATION", 2);
        if (at > 0)
            parseRoleList(t, at + 1, roles);
    } else if (isWord(t, 0, "SET")) {
        for (qsizetype i = 1; i < std::min<qsizetype>(4, t.size() - 1); ++i) {
            if (isWord(t, i, "ROLE") || isWord(t, i, "AUTHORIZATION")) {
                addRole(roles, roleName(t[i + 1]));
                break;
            }
        }
    }
    return roles;
}
// The options after ALTER ROLE name WITH, as words; the password's value is left out.
QStringList roleAttributes(const QList<Token> &t)
{
    QStringList attributes;
    const qsizetype with = indexOfWord(t, "WITH", 3);
    if (with != 3)
        return attributes;
    for (qsizetype i = with + 1; i < t.size(); ++i) {
        if (isWord(t, i, "PASSWORD")) {
            if (!isWord(t, i + 1, "NULL"))
                attributes << QStringLiteral("password set");
            ++i;
        } else if ((isWord(t, i, "CONNECTION") && isWord(t, i + 1, "LIMIT")) || (isWord(t, i, "VALID") && isWord(t, i + 1, "UNTIL"))) {
            if (i + 2 < t.size())
                attributes << t[i].text.toUpper() + u' ' + t[i + 1].text.toUpper() + u' ' + t[i + 2].text;
            i += 2;
        } else if (isWord(t, i, "ENCRYPTED")) {
            continue;
        } else if (t[i].kind == Token::Kind::Word) {
            attributes << t[i].text.toUpper();
        }
    }
    return attributes;
}
} // namespace

QStringList rolesReferencedBy(const QString &statement)
{
    return referencedRoles(tokenize(statement));
}

GlobalsStatement classifyGlobalsStatement(const QString &statement)
{
    const QList<Token> t = tokenize(statement);
    GlobalsStatement g;
    g.roles = referencedRoles(t);
    const bool roleKeyword = isWord(t, 1, "ROLE") || isWord(t, 1, "USER") || isWord(t, 1, "GROUP");
    if (isWord(t, 0, "CREATE") && roleKeyword && t.size() > 2) {
        g.kind = GlobalsStatement::Kind::CreateRole;
        g.role = roleName(t[2]);
    } else if (isWord(t, 0, "ALTER") && roleKeyword && t.size() > 2 && !isWord(t, 2, "ALL")) {
        g.kind = GlobalsStatement::Kind::AlterRole;
        g.role = roleName(t[2]);
        g.attributes = roleAttributes(t);
    } else if (isWord(t, 0, "COMMENT") && isWord(t, 1, "ON") && isWord(t, 2, "ROLE") && t.size() > 3) {
        g.kind = GlobalsStatement::Kind::AlterRole;
        g.role = roleName(t[3]);
    } else if (const qsizetype at = indexOfWord(t, "TABLESPACE", 0); at >= 0) {
        g.kind = GlobalsStatement::Kind::Tablespace;
        if (at + 1 < t.size() && t[at + 1].kind != Token::Kind::Symbol)
            g.tablespace = t[at + 1].kind == Token::Kind::Word ? roleName(t[at + 1]) : t[at + 1].text;
    } else if (isWord(t, 0, "GRANT") && indexOfWord(t, "TO", 1) > 0
               && (indexOfWord(t, "ON", 1) < 0 || indexOfWord(t, "ON", 1) > indexOfWord(t, "TO", 1))) {
        g.kind = GlobalsStatement::Kind::Membership;
        QStringList members;
        parseRoleList(t, indexOfWord(t, "TO", 1) + 1, members);
        g.role = members.value(0);
        parseRoleList(t, 1, g.granted);
    }
    if (!g.role.isEmpty())
        addRole(g.roles, g.role);
    return g;
}

} // namespace pgs
