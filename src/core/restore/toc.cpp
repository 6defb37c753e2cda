// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/toc.h"

#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::TableOfContents)
};

QString key(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

// Types whose tag is "<table> <object>".
bool isTableMemberType(const QString &type)
{
    static const QStringList types = {QStringLiteral("CONSTRAINT"), QStringLiteral("FK CONSTRAINT"),
                                      QStringLiteral("CHECK CONSTRAINT"), QStringLiteral("TRIGGER"),
                                      QStringLiteral("POLICY"), QStringLiteral("RULE"), QStringLiteral("DEFAULT")};
    return types.contains(type);
}

bool isRelationType(const QString &type)
{
    static const QStringList types = {QStringLiteral("TABLE"), QStringLiteral("TABLE DATA"), QStringLiteral("VIEW"),
                                      QStringLiteral("MATERIALIZED VIEW"), QStringLiteral("MATERIALIZED VIEW DATA"),
                                      QStringLiteral("FOREIGN TABLE"), QStringLiteral("ROW SECURITY"),
                                      QStringLiteral("TABLE ATTACH")};
    return types.contains(type);
}

// Objects a selected table may need and that belong to nobody else's data.
bool isPrerequisiteType(const QString &type)
{
    static const QStringList types = {QStringLiteral("SCHEMA"), QStringLiteral("TYPE"), QStringLiteral("DOMAIN"),
                                      QStringLiteral("SHELL TYPE"), QStringLiteral("COLLATION"),
                                      QStringLiteral("FUNCTION"), QStringLiteral("SEQUENCE"),
                                      QStringLiteral("EXTENSION")};
    return types.contains(type);
}

// Comment-like entries carry "<KIND> <name>" as their tag: "TABLE orders", "COLUMN orders.total".
QString commentedTable(const TocEntry &entry)
{
    const QString kind = entry.name.section(QLatin1Char(' '), 0, 0);
    const QString object = entry.name.section(QLatin1Char(' '), 1);
    if (kind == QLatin1String("TABLE") || kind == QLatin1String("VIEW"))
        return key(entry.schema, object);
    if (kind == QLatin1String("COLUMN"))
        return key(entry.schema, object.section(QLatin1Char('.'), 0, 0));
    return {};
}

bool isAnnotationType(const QString &type)
{
    return type == QLatin1String("COMMENT") || type == QLatin1String("ACL") || type == QLatin1String("SECURITY LABEL");
}
} // namespace

const QStringList &tocEntryTypes()
{
    static const QStringList types = [] {
        QStringList t = {
            QStringLiteral("ACCESS METHOD"), QStringLiteral("ACL"), QStringLiteral("AGGREGATE"), QStringLiteral("BLOB"),
            QStringLiteral("BLOBS"), QStringLiteral("BLOB METADATA"), QStringLiteral("CAST"),
            QStringLiteral("CHECK CONSTRAINT"), QStringLiteral("COLLATION"), QStringLiteral("COMMENT"),
            QStringLiteral("CONSTRAINT"), QStringLiteral("CONVERSION"), QStringLiteral("DATABASE"),
            QStringLiteral("DATABASE PROPERTIES"), QStringLiteral("DEFAULT"), QStringLiteral("DEFAULT ACL"),
            QStringLiteral("DOMAIN"), QStringLiteral("DUMMY TYPE"), QStringLiteral("ENCODING"),
            QStringLiteral("EVENT TRIGGER"), QStringLiteral("EXTENSION"), QStringLiteral("FK CONSTRAINT"),
            QStringLiteral("FOREIGN DATA WRAPPER"), QStringLiteral("FOREIGN SERVER"), QStringLiteral("FOREIGN TABLE"),
            QStringLiteral("FUNCTION"), QStringLiteral("INDEX"), QStringLiteral("INDEX ATTACH"),
            QStringLiteral("LARGE OBJECT"), QStringLiteral("MATERIALIZED VIEW"), QStringLiteral("MATERIALIZED VIEW DATA"),
            QStringLiteral("OPERATOR"), QStringLiteral("OPERATOR CLASS"), QStringLiteral("OPERATOR FAMILY"),
            QStringLiteral("POLICY"), QStringLiteral("PROCEDURAL LANGUAGE"), QStringLiteral("PROCEDURE"),
            QStringLiteral("PUBLICATION"), QStringLiteral("PUBLICATION TABLE"),
            QStringLiteral("PUBLICATION TABLES IN SCHEMA"), QStringLiteral("ROW SECURITY"), QStringLiteral("RULE"),
            QStringLiteral("SCHEMA"), QStringLiteral("SEARCHPATH"), QStringLiteral("SECURITY LABEL"),
            QStringLiteral("SEQUENCE"), QStringLiteral("SEQUENCE OWNED BY"), QStringLiteral("SEQUENCE SET"),
            QStringLiteral("SERVER"), QStringLiteral("SHELL TYPE"), QStringLiteral("STATISTICS"),
            QStringLiteral("STATISTICS DATA"), QStringLiteral("STDSTRINGS"), QStringLiteral("SUBSCRIPTION"),
            QStringLiteral("SUBSCRIPTION TABLE"), QStringLiteral("TABLE"), QStringLiteral("TABLE ATTACH"),
            QStringLiteral("TABLE DATA"), QStringLiteral("TEXT SEARCH CONFIGURATION"),
            QStringLiteral("TEXT SEARCH DICTIONARY"), QStringLiteral("TEXT SEARCH PARSER"),
            QStringLiteral("TEXT SEARCH TEMPLATE"), QStringLiteral("TRANSFORM"), QStringLiteral("TRIGGER"),
            QStringLiteral("TYPE"), QStringLiteral("USER MAPPING"), QStringLiteral("VIEW")};
        std::stable_sort(t.begin(), t.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return t;
    }();
    return types;
}

QString TocEntry::tableKey() const
{
    if (isRelationType(type) || type == QLatin1String("SEQUENCE"))
        return key(schema, name);
    if (isTableMemberType(type))
        return key(schema, name.section(QLatin1Char(' '), 0, 0));
    if (isAnnotationType(type))
        return commentedTable(*this);
    return {};
}

QJsonObject TocEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("schema"), schema},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("owner"), owner}};
    if (dataBytes >= 0)
        o.insert(QStringLiteral("data_bytes"), dataBytes);
    return o;
}

const TocEntry *TableOfContents::find(int id) const
{
    for (const TocEntry &e : entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QString TableOfContents::tableOf(const TocEntry &entry) const
{
    if (entry.type == QLatin1String("INDEX")) {
        for (int dep : entry.dependencies) {
            const TocEntry *owner = find(dep);
            if (owner && (owner->type == QLatin1String("TABLE") || owner->type == QLatin1String("MATERIALIZED VIEW")))
                return key(owner->schema, owner->name);
        }
        return {};
    }
    return entry.tableKey();
}

QStringList TableOfContents::tables() const
{
    QStringList result;
    for (const TocEntry &e : entries) {
        if (e.type == QLatin1String("TABLE"))
            result << key(e.schema, e.name);
    }
    return result;
}

TableOfContents parseTableOfContents(const QString &listOutput)
{
    TableOfContents toc;
    QStringList header;
    static const QRegularExpression linePattern(QStringLiteral("^(\\d+); (\\d+) (\\d+) (.*)$"));
    for (const QString &rawLine : listOutput.split(QLatin1Char('\n'))) {
        const QString line = rawLine.endsWith(QLatin1Char('\r')) ? rawLine.chopped(1) : rawLine;
        if (line.startsWith(QLatin1Char(';'))) {
            if (toc.entries.isEmpty())
                header << line;
            continue;
        }
        const QRegularExpressionMatch m = linePattern.match(line);
        if (!m.hasMatch())
            continue;
        TocEntry e;
        e.id = m.captured(1).toInt();
        e.line = line;
        QString rest = m.captured(4);
        for (const QString &type : tocEntryTypes()) {
            if (rest.startsWith(type + QLatin1Char(' '))) {
                e.type = type;
                break;
            }
        }
        if (e.type.isEmpty()) // a type newer than this table: one word is the best guess
            e.type = rest.section(QLatin1Char(' '), 0, 0);
        rest = rest.mid(e.type.size() + 1);
        const qsizetype schemaEnd = rest.indexOf(QLatin1Char(' '));
        e.schema = schemaEnd < 0 ? rest : rest.left(schemaEnd);
        if (e.schema == QLatin1String("-"))
            e.schema.clear();
        rest = schemaEnd < 0 ? QString() : rest.mid(schemaEnd + 1);
        // pg_restore prints "<tag> <owner>"; an entry without an owner ends in the separating space.
        if (rest.endsWith(QLatin1Char(' '))) {
            e.name = rest.chopped(1);
        } else {
            const qsizetype ownerStart = rest.lastIndexOf(QLatin1Char(' '));
            e.name = ownerStart < 0 ? rest : rest.left(ownerStart);
            e.owner = ownerStart < 0 ? QString() : rest.mid(ownerStart + 1);
        }
        toc.entries.append(e);
    }
    toc.header = header.join(QLatin1Char('\n'));
    return toc;
}

void applyScriptComments(TableOfContents &toc, const QString &scriptOutput)
{
    QHash<int, qsizetype> index;
    for (qsizetype i = 0; i < toc.entries.size(); ++i)
        index.insert(toc.entries[i].id, i);
    static const QRegularExpression tocLine(QStringLiteral("^-- TOC entry (\\d+) "));
    static const QRegularExpression encodingLine(QStringLiteral("^SET client_encoding = '([^']+)';"));
    int current = 0;
    for (const QString &line : scriptOutput.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("--"))) {
            if (toc.encoding.isEmpty() && line.startsWith(QLatin1String("SET client_encoding"))) {
                const QRegularExpressionMatch m = encodingLine.match(line);
                if (m.hasMatch())
                    toc.encoding = m.captured(1);
            }
            continue;
        }
        if (const QRegularExpressionMatch m = tocLine.match(line); m.hasMatch()) {
            current = m.captured(1).toInt();
            continue;
        }
        if (current != 0 && line.startsWith(QLatin1String("-- Dependencies: ")) && index.contains(current)) {
            QList<int> &deps = toc.entries[index.value(current)].dependencies;
            deps.clear();
            for (const QString &id : line.mid(17).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!deps.contains(id.toInt()))
                    deps << id.toInt();
            }
        }
    }
}

Result<TableOfContents> readTableOfContents(JobContext &ctx, const RestoreSource &source, const QString &toolsDir)
{
    if (!source.isArchive()) {
        return Error::of(Tr::tr("A plain SQL dump has no table of contents; it can only be restored as a whole"), {},
                         QStringLiteral("no-toc"));
    }
    const int minMajor = source.manifest ? source.manifest->toolVersion.section(QLatin1Char('.'), 0, 0).toInt() : 0;
    Result<ToolInfo> tool = ToolLocator(toolsDir).find(QStringLiteral("pg_restore"), minMajor);
    if (!tool)
        return tool.error();
    ToolRun list;
    list.program = tool->path;
    list.arguments = {QStringLiteral("--list"), source.dumpPath};
    Result<ToolOutput> listed = runTool(ctx, list);
    if (!listed)
        return listed.error();
    TableOfContents toc = parseTableOfContents(QString::fromUtf8(listed->standardOutput));

    // Dependencies are not in the list; the verbose script names them for every schema entry.
    ToolRun script;
    script.program = tool->path;
    script.arguments = {QStringLiteral("--verbose"), QStringLiteral("--schema-only"), QStringLiteral("--file=-"),
                        source.dumpPath};
    script.logStderr = false;
    QByteArray comments;
    QByteArray pending;
    script.onStdout = [&comments, &pending](const QByteArray &chunk) {
        pending += chunk;
        qsizetype end = pending.lastIndexOf('\n');
        if (end < 0)
            return true;
        for (const QByteArray &line : pending.left(end).split('\n')) {
            if (line.startsWith("-- TOC entry ") || line.startsWith("-- Dependencies: ")
                || line.startsWith("SET client_encoding"))
                comments += line + '\n';
        }
        pending.remove(0, end + 1);
        return true;
    };
    Result<ToolOutput> scripted = runTool(ctx, script);
    if (!scripted)
        return scripted.error();
    applyScriptComments(toc, QString::fromUtf8(comments));

    if (source.manifest) {
        for (TocEntry &e : toc.entries) {
            if (e.type == QLatin1String("TABLE DATA"))
                e.dataBytes = source.manifest->tableBytes.value(key(e.schema, e.name), -1);
        }
    }
    return toc;
}

QSet<int> entriesForTable(const TableOfContents &toc, const QString &schemaTable)
{
    QSet<int> selected;
    const TocEntry *table = nullptr;
    for (const TocEntry &e : toc.entries) {
        if ((e.type == QLatin1String("TABLE") || e.type == QLatin1String("MATERIALIZED VIEW")
             || e.type == QLatin1String("VIEW") || e.type == QLatin1String("FOREIGN TABLE"))
            && key(e.schema, e.name) == schemaTable) {
            table = &e;
            break;
        }
    }
    if (!table)
        return selected;
    selected.insert(table->id);
    for (const TocEntry &e : toc.entries) {
        if (e.type == QLatin1String("SCHEMA") && e.name == table->schema)
            selected.insert(e.id);
    }

    // Entries tied to the table by their tag ("orders orders_pkey", "TABLE orders", data) ...
    for (const TocEntry &e : toc.entries) {
        if (e.type == QLatin1String("INDEX") || isPrerequisiteType(e.type))
            continue;
        if (e.tableKey() == schemaTable)
            selected.insert(e.id);
    }
    // ... then whatever depends on what is selected: indexes, owned sequences and their values,
    // comments and ACLs of those. Other tables' foreign keys depend on our primary key: skipped,
    // since their tag names their own table.
    for (bool grew = true; grew;) {
        grew = false;
        for (const TocEntry &e : toc.entries) {
            if (selected.contains(e.id) || e.type == QLatin1String("TABLE") || e.type == QLatin1String("VIEW")
                || e.type == QLatin1String("MATERIALIZED VIEW") || e.type == QLatin1String("INDEX ATTACH")
                || e.type == QLatin1String("TABLE ATTACH"))
                continue;
            if (isTableMemberType(e.type) && e.tableKey() != schemaTable)
                continue;
            // Everything in a schema depends on it: a shared prerequisite does not make an entry ours.
            const bool dependsOnSelected = std::any_of(e.dependencies.cbegin(), e.dependencies.cend(), [&](int dep) {
                const TocEntry *d = selected.contains(dep) ? toc.find(dep) : nullptr;
                return d && d->type != QLatin1String("SCHEMA") && d->type != QLatin1String("EXTENSION");
            });
            if (!dependsOnSelected)
                continue;
            // A sequence owned by the table depends on it; a shared prerequisite does not.
            if (isPrerequisiteType(e.type) && e.type != QLatin1String("SEQUENCE"))
                continue;
            selected.insert(e.id);
            grew = true;
        }
    }
    // Sequence values are data: no dependencies in the script, tied to their sequence by name.
    for (const TocEntry &e : toc.entries) {
        if (e.type != QLatin1String("SEQUENCE SET"))
            continue;
        for (const TocEntry &seq : toc.entries) {
            if (seq.type == QLatin1String("SEQUENCE") && selected.contains(seq.id) && seq.schema == e.schema
                && seq.name == e.name)
                selected.insert(e.id);
        }
    }
    // What the selected entries need to exist: their schema, types, functions, sequences.
    for (bool grew = true; grew;) {
        grew = false;
        const QSet<int> current = selected;
        for (int id : current) {
            const TocEntry *e = toc.find(id);
            for (int dep : e->dependencies) {
                const TocEntry *needed = toc.find(dep);
                if (needed && !selected.contains(dep) && isPrerequisiteType(needed->type)) {
                    selected.insert(dep);
                    grew = true;
                }
            }
        }
    }
    return selected;
}

QSet<int> entriesForSelection(const TableOfContents &toc, const QStringList &schemas, const QStringList &tables)
{
    QSet<int> selected;
    for (const TocEntry &e : toc.entries) {
        if (schemas.contains(e.schema) || (e.type == QLatin1String("SCHEMA") && schemas.contains(e.name)))
            selected.insert(e.id);
    }
    for (const QString &table : tables) {
        const QString qualified = table.contains(QLatin1Char('.')) ? table : QStringLiteral("public.") + table;
        selected.unite(entriesForTable(toc, qualified));
    }
    return selected;
}

QSet<int> withoutDanglingForeignKeys(const TableOfContents &toc, const QSet<int> &selected, QStringList *skipped)
{
    QSet<int> result = selected;
    for (const TocEntry &e : toc.entries) {
        if (!selected.contains(e.id) || e.type != QLatin1String("FK CONSTRAINT"))
            continue;
        for (int dep : e.dependencies) {
            const TocEntry *target = toc.find(dep);
            if (!target || selected.contains(dep))
                continue;
            if (target->type == QLatin1String("TABLE") || target->type == QLatin1String("CONSTRAINT")
                || target->type == QLatin1String("INDEX")) {
                result.remove(e.id);
                if (skipped) {
                    *skipped << Tr::tr("Foreign key %1 on %2 left out: it references %3, which is not restored")
                                    .arg(e.name.section(QLatin1Char(' '), 1), e.tableKey(), toc.tableOf(*target));
                }
                break;
            }
        }
    }
    return result;
}

QString restoreListFile(const TableOfContents &toc, const QSet<int> &selected)
{
    QString out = toc.header.isEmpty() ? QString() : toc.header + QLatin1Char('\n');
    for (const TocEntry &e : toc.entries)
        out += (selected.contains(e.id) ? QString() : QStringLiteral(";")) + e.line + QLatin1Char('\n');
    return out;
}

} // namespace pgs
