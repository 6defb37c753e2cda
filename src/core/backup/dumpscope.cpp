// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/dumpscope.h"

#include <QHash>
#include <QRegularExpression>

namespace pgs {

NamePattern parseNamePattern(const QString &pattern)
{
    // As processSQLNamePattern: unquoted letters fold to lower case, '*' and '?' are wildcards,
    // double quotes keep case and wildcards literal ("" is a quote), a dot outside quotes
    // separates schema from name.
    QStringList parts{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('"')) {
                parts.last() += QRegularExpression::escape(QStringLiteral("\""));
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (!quoted && c == QLatin1Char('.')) {
            parts.append(QString());
        } else if (!quoted && c == QLatin1Char('*')) {
            parts.last() += QStringLiteral(".*");
        } else if (!quoted && c == QLatin1Char('?')) {
            parts.last() += QLatin1Char('.');
        } else {
            parts.last() += QRegularExpression::escape(quoted ? QString(c) : QString(c.toLower()));
        }
    }
    NamePattern out;
    out.nameRegex = QLatin1Char('^') + parts.last() + QLatin1Char('$');
    if (parts.size() >= 2)
        out.schemaRegex = QLatin1Char('^') + parts.at(parts.size() - 2) + QLatin1Char('$');
    return out;
}

namespace {

struct Matcher
{
    QRegularExpression schema; // invalid pattern string (empty): unqualified
    QRegularExpression name;
    bool qualified = false;
};

QList<Matcher> matchers(const QStringList &patterns)
{
    QList<Matcher> out;
    for (const QString &p : patterns) {
        const NamePattern np = parseNamePattern(p);
        Matcher m;
        m.qualified = !np.schemaRegex.isEmpty();
        if (m.qualified)
            m.schema = QRegularExpression(np.schemaRegex);
        m.name = QRegularExpression(np.nameRegex);
        out.append(m);
    }
    return out;
}

// Schema patterns (-n/-N) are names without a dot: match the whole text against the schema.
bool schemaMatches(const QList<Matcher> &schemaMatchers, const QString &schema)
{
    for (const Matcher &m : schemaMatchers) {
        if (m.name.match(schema).hasMatch())
            return true;
    }
    return false;
}

} // namespace

QList<DumpTable> selectDumpTables(const QList<DumpTable> &all, const BackupOptions &options,
                                  const QStringList &searchPath)
{
    // Which schema a bare table name resolves to: the first one on the search path having it.
    QHash<QString, int> firstPathIndex;
    for (const DumpTable &t : all) {
        const int idx = searchPath.indexOf(t.schema);
        if (idx < 0)
            continue;
        auto it = firstPathIndex.find(t.name);
        if (it == firstPathIndex.end() || idx < *it)
            firstPathIndex.insert(t.name, idx);
    }
    auto visible = [&](const DumpTable &t) {
        const int idx = searchPath.indexOf(t.schema);
        return idx >= 0 && firstPathIndex.value(t.name, -1) == idx;
    };
    auto tableMatches = [&](const QList<Matcher> &ms, const DumpTable &t) {
        for (const Matcher &m : ms) {
            if (!m.name.match(t.name).hasMatch())
                continue;
            if (m.qualified ? m.schema.match(t.schema).hasMatch() : visible(t))
                return true;
        }
        return false;
    };

    const QList<Matcher> include = matchers(options.tables);
    const QList<Matcher> exclude = matchers(options.excludeTables);
    const QList<Matcher> schemas = matchers(options.schemas);
    const QList<Matcher> excludeSchemas = matchers(options.excludeSchemas);

    QList<DumpTable> out;
    for (const DumpTable &t : all) {
        bool in;
        if (!include.isEmpty())
            in = tableMatches(include, t);
        else
            in = (schemas.isEmpty() || schemaMatches(schemas, t.schema)) && !schemaMatches(excludeSchemas, t.schema);
        if (in && !tableMatches(exclude, t))
            out.append(t);
    }
    return out;
}

} // namespace pgs
