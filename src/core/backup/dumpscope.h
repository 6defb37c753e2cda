// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pgs {

// A table whose rows pg_dump writes as one TABLE DATA entry: ordinary tables and the leaf
// partitions of partitioned tables (a partitioned parent holds no rows of its own; pg_dump and
// pg_restore handle each leaf as its own table, so row counts are recorded per leaf).
struct DumpTable
{
    QString schema;
    QString name;
    qint64 totalBytes = 0; // pg_total_relation_size: the weight of the table in progress
    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
};

// The tables pg_dump will dump the data of, following its rules for -t/-n/-N/-T: with -t only
// the matching tables (-n/-N have no effect then), else the tables of the -n schemas (all when
// none) minus the -N schemas; -T always removes. An unqualified -t pattern matches tables
// visible through searchPath, as pg_dump expands patterns with the role's search_path.
QList<DumpTable> selectDumpTables(const QList<DumpTable> &all, const BackupOptions &options,
                                  const QStringList &searchPath);

// One pg_dump/psql name pattern ("public.order*", "\"Mixed\".t?") split into anchored regular
// expressions for the schema (empty when unqualified) and the name.
struct NamePattern
{
    QString schemaRegex;
    QString nameRegex;
};
NamePattern parseNamePattern(const QString &pattern);

} // namespace pgs
