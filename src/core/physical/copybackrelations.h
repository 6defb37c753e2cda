// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "physical/copyback.h"
#include "util/result.h"

namespace pgs::pg {
class Connection;
}

// The relations that travel with a table copied back from a recovered sandbox, and their renaming
// there (runCopyBack's steps).
namespace pgs::copyback {

struct Relation
{
    QString kind, name, newName; // kind: table, partition, index, sequence
    bool isTable() const { return kind == QLatin1String("table") || kind == QLatin1String("partition"); }
};

// The table and its dependents in the sandbox (with a partitioned table, its partitions at every
// level), with their new names; refuses anything but an ordinary or partitioned table, and a
// partition (its dump would attach the copy to the live partitioned table).
Result<QList<Relation>> relationsOf(pg::Connection &conn, const CopyBackTable &t);
QStringList newNames(const QList<Relation> &relations);
// Refuses when a new name is taken in the schema (or the schema is missing, target only).
Status checkNamesFree(pg::Connection &conn, const QString &schema, const QStringList &names, bool target);
// Renames the tables and their dependents in the sandbox (forward: to the new names) in one
// transaction.
Status renameInSandbox(pg::Connection &conn, const QList<CopyBackTable> &tables, const QList<QList<Relation>> &relations, bool forward);

} // namespace pgs::copyback
