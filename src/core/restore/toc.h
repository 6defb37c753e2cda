// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "restore/restoresource.h"

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

namespace pgs {

struct ArchiveToc;

// One entry of an archive's table of contents, read from the archive itself (archivetoc.h) so
// schema, name and owner are exact whatever they contain; `line` is the matching line of
// `pg_restore --list` ("3375; 0 16429 TABLE DATA public orders postgres"), whose dump id at the
// start is all a -L list file needs.
struct TocEntry
{
    int id = 0;       // dump id, the key of a -L list line
    QString type;     // "TABLE", "TABLE DATA", "INDEX", "CONSTRAINT", "FK CONSTRAINT", "SEQUENCE SET" ...
    QString schema;   // "-" in the list becomes empty
    QString name;     // the tag: for constraints/triggers "table name"; for functions "f(integer)"
    QString owner;
    QString line;     // the original line, written back into -L files
    qint64 dataBytes = -1; // for TABLE DATA when known (manifest table sizes), else -1
    QList<int> dependencies; // dump ids this entry depends on, may be empty
    // Constraints, triggers, defaults, policies, rules, comments and ACLs: the table they belong
    // to ("schema.table") and, for the first kinds, their own name without the table's
    // ("orders_pkey"), resolved from the dependencies (resolveTables); empty when not known.
    QString parentTable;
    QString memberName;

    QString tableKey() const; // "schema.table" this entry belongs to, empty when none
    QJsonObject toJson() const; // {id, type, schema, name, owner}
};

struct TableOfContents
{
    QList<TocEntry> entries;
    QString header; // the ";" comment block at the top (archive name, dump version ...)
    QString encoding; // the archive's client_encoding ("UTF8"), empty when not known

    const TocEntry *find(int id) const;
    // "schema.table" an entry belongs to: tableKey(), or for indexes the table they depend on.
    QString tableOf(const TocEntry &entry) const;
    QStringList tables() const; // "schema.table" of every TABLE entry, in archive order
};

// Reads the archive's table of contents from the file (archivetoc.h). Archives newer than the
// reader knows fall back to `pg_restore --list` of a new enough pg_restore (toolsDir: ToolLocator
// override), whose names are exact only when they hold no spaces.
Result<TableOfContents> readTableOfContents(JobContext &ctx, const RestoreSource &source, const QString &toolsDir = {});
TableOfContents tableOfContentsFromArchive(const ArchiveToc &archive);
// The fallback: `pg_restore --list` output, then what `pg_restore -v --schema-only -f -` prints
// about each entry ("-- TOC entry N", "-- Dependencies: a b") and the archive's client_encoding.
TableOfContents parseTableOfContents(const QString &listOutput);
void applyScriptComments(TableOfContents &toc, const QString &scriptOutput);
// Fills parentTable/memberName from the dependencies (or, without them, from the tags).
void resolveTables(TableOfContents &toc);
// A user's "schema.table" (a bare name means public; "\"a.b\".\"c\"" quoted parts are taken
// as they are) to the "schema.table" key of a table, view or foreign table of the archive;
// empty when none matches.
QString findTableKey(const TableOfContents &toc, const QString &given);
// The known multi-word entry types, longest first ("MATERIALIZED VIEW DATA" before "MATERIALIZED VIEW").
const QStringList &tocEntryTypes();

// The table's own entries plus everything that belongs to it: its data, indexes, constraints,
// foreign keys, triggers, rules, defaults, owned sequences (and their SEQUENCE SET), comments,
// ACLs, policies, and the schema's CREATE SCHEMA entry when the schema is not "public".
QSet<int> entriesForTable(const TableOfContents &toc, const QString &schemaTable);
// A -L list: selected entries as they are, every other line commented out with ';'.
QString restoreListFile(const TableOfContents &toc, const QSet<int> &selected);
// Drops foreign keys whose referenced table is not part of the selection (they cannot be created);
// *skipped receives one sentence per dropped constraint.
QSet<int> withoutDanglingForeignKeys(const TableOfContents &toc, const QSet<int> &selected, QStringList *skipped);
// Every entry of the given schemas (-n) plus entriesForTable of each "schema.table" (-t).
QSet<int> entriesForSelection(const TableOfContents &toc, const QStringList &schemas, const QStringList &tables);

} // namespace pgs
