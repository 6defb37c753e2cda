// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "sandbox/sandboxcluster.h"
#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pgs {

// One table to copy back: schema.name in the sandbox becomes schema.newName in the target.
struct CopyBackTable
{
    QString schema, name, newName;
    qint64 rows = -1;          // filled in by the copy: the rows restored into newName (with its partitions)
    qint64 rowsInSandbox = -1; // and those the dump found in the sandbox
    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    QString qualifiedNewName() const { return schema + QLatin1Char('.') + newName; }
};

// From a recovered sandbox cluster back to a live server under new names: chosen tables into an
// existing database (the same schema, new table names), or a whole database as a new database.
struct CopyBackRequest
{
    QString sandboxDir;        // the recovered cluster (cluster.json)
    ConnectionSpec target;     // the live server; tables: its database receives them
    QString toolsDir;
    bool productionProfile = false;
    bool readOnlyProfile = false;

    QList<CopyBackTable> tables;   // table mode
    QString sourceDatabase;        // table mode: the sandbox's database (empty: the target's name)
    QString database, newDatabase; // database mode: the sandbox's database, created as newDatabase
    QString confirmName;           // must equal the database written into (typed confirmation)

    bool databaseMode() const { return !database.isEmpty(); }
};

struct CopyBackOutcome
{
    QString targetDatabase;
    QString targetDescription;
    QList<CopyBackTable> tables;  // with their restored rows (table mode)
    QMap<QString, QPair<qint64, qint64>> rowComparison; // new table -> (restored, in the sandbox)
    QStringList notes;

    QJsonObject toJson() const;
};

// The recovered cluster in sandboxDir, started when it was stopped.
Result<SandboxCluster> openRecoveredSandbox(JobContext &ctx, const QString &sandboxDir);

// What a recovered sandbox offers to copy: its databases and the tables of one of them.
struct CopyBackSource
{
    QStringList databases;
    QString database;            // the one whose tables are listed
    QList<CopyBackTable> tables; // schema, name; rows: the planner's estimate (-1 unknown)
};
Result<CopyBackSource> listCopyBackSource(JobContext &ctx, const QString &sandboxDir, const QString &database);

// text without its last characters until it fits maxBytes of UTF-8.
QString clipToIdentifierBytes(QString text, int maxBytes = 63);
// "orders" + "_at_1042" -> "orders_at_1042", cut to PostgreSQL's 63 bytes keeping the suffix.
QString copyBackName(const QString &name, const QString &suffix);
// "_at_1042" from a recovered-to time ("2026-12-02T10:42:13.5Z"), "_copy" when there is none.
QString suggestedCopyBackSuffix(const QString &recoveredTo);
// The recovered_to of the sandbox's pitr.json (written by restorePointInTime), empty when none.
QString recoveredToOf(const QString &sandboxDir);
// "schema.table" or "table" (public), SQL-quoted parts allowed; empty schema when unparsable.
CopyBackTable parseCopyBackTable(const QString &text, const QString &suffix);

// The guard, checked before anything is touched (also by the GUI's dialog before it starts):
// read-only target profile, typed confirmation (refused as the production guard on production
// profiles), names: the tables exist in the sandbox as ordinary tables, their new names (and
// those of their indexes and sequences) are free in the target, or the new database does not
// exist. Returns the planned tables (indexes and sequences listed in notes).
Result<CopyBackOutcome> planCopyBack(JobContext &ctx, const CopyBackRequest &request);

// planCopyBack, then one job: in the sandbox, the tables (with their indexes and owned
// sequences) are renamed to their new names, dumped (pg_dump, row counts from the dump's
// snapshot) and renamed back; the dump is restored into the target (pg_restore, foreign keys to
// live tables left out) and the restored rows compared with the sandbox's. Database mode: a
// dump of the whole database restored as the new database. Progress: dump 0-45 %, restore
// 45-100 %. Cancel stops either tool. Tables are restored in one transaction (all or none); a
// new database that was canceled, or restored with errors or with rows that differ from the
// sandbox's, is dropped again. The error says which state the target is in.
Result<CopyBackOutcome> runCopyBack(JobContext &ctx, const CopyBackRequest &request);

} // namespace pgs

Q_DECLARE_METATYPE(pgs::CopyBackOutcome)
Q_DECLARE_METATYPE(pgs::CopyBackSource)
