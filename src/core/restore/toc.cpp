// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/toc.h"

#include "util/sqlidentifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

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

// Comment-like entries carry "<KIND> <name>" as their tag: "TABLE orders", "COLUMN orders.total",
// the names quoted when they need it ("TABLE \"order items\"").
QString commentedTableName(const TocEntry &entry)
{
    const QString kind = entry.name.section(QLatin1Char(' '), 0, 0);
    if (kind != QLatin1String("TABLE") && kind != QLatin1String("VIEW") && kind != QLatin1String("COLUMN"))
        return {};
    QString rest;
    return leadingSqlIdentifier(entry.name.mid(kind.size() + 1), &rest);
}

QString commentedTable(const TocEntry &entry)
{
    const QString name = commentedTableName(entry);
    return name.isEmpty() ? QString() : key(entry.schema, name);
}

bool isOwningRelation(const QString &type)
{
    return type == QLatin1String("TABLE") || type == QLatin1String("VIEW") || type == QLatin1String("MATERIALIZED VIEW")
           || type == QLatin1String("FOREIGN TABLE");
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
    if (!parentTable.isEmpty())
        return parentTable;
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

void resolveTables(TableOfContents &toc)
{
    QHash<int, qsizetype> index;
    QHash<QString, QList<qsizetype>> relationsBySchema;
    for (qsizetype i = 0; i < toc.entries.size(); ++i) {
        index.insert(toc.entries[i].id, i);
        if (isOwningRelation(toc.entries[i].type))
            relationsBySchema[toc.entries[i].schema].append(i);
    }
    auto entryAt = [&](int id) -> const TocEntry * {
        const qsizetype i = index.value(id, -1);
        return i < 0 ? nullptr : &toc.entries[i];
    };
    for (TocEntry &e : toc.entries) {
        if (isTableMemberType(e.type)) {
            // "<table> <object>": the table is a dependency whose name starts the tag; an archive
            // without dependencies leaves the longest such name among the schema's relations.
            const TocEntry *table = nullptr;
            auto consider = [&](const TocEntry *r) {
                if (r && isOwningRelation(r->type) && r->schema == e.schema && e.name.startsWith(r->name + QLatin1Char(' '))
                    && (!table || r->name.size() > table->name.size()))
                    table = r;
            };
            for (int dep : std::as_const(e.dependencies))
                consider(entryAt(dep));
            if (!table) {
                for (qsizetype i : relationsBySchema.value(e.schema))
                    consider(&toc.entries[i]);
            }
            if (table) {
                e.parentTable = key(table->schema, table->name);
                e.memberName = e.name.mid(table->name.size() + 1);
            }
        } else if (isAnnotationType(e.type)) {
            const QString name = commentedTableName(e);
            if (name.isEmpty())
                continue;
            // A comment or ACL depends on its object; the tag's quoting is only a fallback.
            for (int dep : std::as_const(e.dependencies)) {
                const TocEntry *d = entryAt(dep);
                if (d && isOwningRelation(d->type) && d->name == name) {
                    e.parentTable = key(d->schema, d->name);
                    break;
                }
            }
            if (e.parentTable.isEmpty())
                e.parentTable = key(e.schema, name);
        }
    }
}

QString findTableKey(const TableOfContents &toc, const QString &given)
{
    QSet<QString> keys;
    for (const TocEntry &e : toc.entries) {
        if (isOwningRelation(e.type))
            keys.insert(key(e.schema, e.name));
    }
    if (keys.contains(given))
        return given;
    const QString inPublic = QStringLiteral("public.") + given;
    if (!given.contains(QLatin1Char('.')) || (!given.startsWith(QLatin1Char('"')) && keys.contains(inPublic)))
        return keys.contains(inPublic) ? inPublic : QString();
    // "\"my schema\".\"order items\"": SQL quoting, parts taken as they are.
    QString rest;
    const QString first = leadingSqlIdentifier(given, &rest);
    if (!rest.startsWith(QLatin1Char('.')))
        return {};
    QString tail;
    const QString second = leadingSqlIdentifier(rest.mid(1), &tail);
    const QString quoted = tail.isEmpty() ? key(first, second) : QString();
    return keys.contains(quoted) ? quoted : QString();
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
        const QString found = findTableKey(toc, table);
        if (!found.isEmpty())
            selected.unite(entriesForTable(toc, found));
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
                                    .arg(e.memberName.isEmpty() ? e.name.section(QLatin1Char(' '), 1) : e.memberName,
                                         e.tableKey(), toc.tableOf(*target));
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
