// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "restore/globalsselection.h"
#include "restore/restoresource.h"
#include "restore/toc.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace pgs {

struct RestoreOptions
{
    enum class Target { NewDatabase, ExistingDatabase, Sandbox };
    Target target = Target::NewDatabase;
    QString targetDatabase;  // NewDatabase: created by us (must not exist); default "<db>_restore_<yyyyMMdd>"
    QString sandboxDir;      // Sandbox: a throwaway cluster created there (kept running for inspection)

    QSet<int> selectedEntries;   // empty: everything (archives only)
    QStringList schemas;         // -n (CLI --schema)
    QStringList tables;          // -t as "schema.table" (CLI --table), with their indexes/constraints
    int jobs = 1;
    bool noOwner = false;
    bool noPrivileges = false;
    QString role;                // --role
    bool dataOnly = false;
    bool schemaOnly = false;
    bool singleTransaction = false; // not with jobs > 1
    bool exitOnError = true;
    bool disableTriggers = false;   // data only
    bool clean = false;             // --clean --if-exists, existing database only
    QString confirmName;            // must equal targetDatabase to touch a non-empty existing database
    bool liftProductionGuard = false;
};

struct RestoreRequest
{
    ConnectionSpec spec;  // the server (any database to connect to for CREATE DATABASE)
    QString toolsDir;
    bool productionProfile = false;
    bool readOnlyProfile = false; // refused unless into a sandbox
    RestoreSource source;
    RestoreOptions options;
    // Chosen from the backup's globals file (the wizard's globals page): run on spec before the
    // database is created; a failed one is an error of the outcome, the restore goes on.
    // Not for a sandbox target, which gets the globals' roles by itself.
    QList<GlobalsStep> globals;
};

// The restore guard, checked before anything is touched: target exists/empty (any user object,
// not just tables: a view, a function, a large object ...), typed confirmation,
// production refusal, jobs vs single transaction, options valid for the source kind. For an
// existing database with --clean, objectsToDrop lists what --clean --if-exists will drop.
struct RestorePlan
{
    bool targetExists = false;
    int targetTableCount = 0;   // user tables (ordinary, partitioned, foreign)
    int targetObjectCount = 0;  // every user object, tables included: the target is not empty when > 0
    QStringList targetObjects;  // what makes it non-empty: "2 tables", "1 view", "3 large objects"
    QStringList objectsToDrop;  // "TABLE ticketing.orders", what --clean --if-exists drops
    QStringList warnings;
    QString targetDatabase;     // options.targetDatabase, or the suggested name when that was empty
    TableOfContents toc;        // archives: the whole table of contents (empty for plain dumps)
    QSet<int> entries;          // archives: what will be restored (-L); empty: everything
    QString encoding;           // the archive's encoding, for CREATE DATABASE (empty: server default)
};
Result<RestorePlan> planRestore(JobContext &ctx, const RestoreRequest &request);

struct RestoreError
{
    int tocId = 0;        // 0 when not attributable
    QString tocEntry;     // "TABLE DATA public orders"
    QString message;
};

struct RestoreOutcome
{
    QString targetDatabase;
    QString targetDescription; // "database orders_restore_20261122 on host:port" / sandbox path
    int entriesDone = 0, entriesTotal = 0;
    QList<RestoreError> errors;
    QMap<QString, QPair<qint64, qint64>> rowComparison; // table -> (restored, manifest), when the manifest has counts
    QStringList rowMismatches;
    // Tables of the manifest's counts in the restore's scope whose rows could not be compared,
    // with why (not in the archive, no data in it); never silently left out.
    QMap<QString, QString> rowsNotChecked;
    ConnectionSpec targetSpec; // to connect to the result (sandbox target especially)
    QStringList notes;         // skipped foreign keys, ignored options, what was left behind on failure

    // The job fails when any error occurred (pg_restore without --exit-on-error goes on and
    // reports "errors ignored on restore: N") or a restored row count differs from the manifest.
    bool failed() const { return !errors.isEmpty() || !rowMismatches.isEmpty(); }
};

// planRestore, then the chosen globals (request.globals), then CREATE DATABASE (new target) or the sandbox (with the roles the dump names:
// createReferencedRoles), then pg_restore with a -L file
// (archives) or psql -v ON_ERROR_STOP=1 fed by our streaming decompression (plain), progress by TOC
// entries weighted by data size (archives) or bytes read (plain), live log, Cancel (kills the tool;
// the outcome's error says what state the target is in: a new database is dropped, an existing one
// is left partially restored and said so).
// An Error when the restore was refused, could not start or was canceled; otherwise the outcome,
// whose errors list what pg_restore/psql reported (see RestoreOutcome::failed()).
Result<RestoreOutcome> runRestore(JobContext &ctx, const RestoreRequest &request);

// psql -f globals.sql (roles, tablespaces); "already exists" errors are returned as notes, any
// other ERROR fails with every such line in the detail.
Result<QStringList> restoreGlobals(JobContext &ctx, const ConnectionSpec &spec, const QString &globalsFile,
                                   const QString &toolsDir = {});

// DROP DATABASE of one this product created (a new restore target, a copy back), its sessions ended.
Status dropDatabase(const ConnectionSpec &admin, const QString &database);

QString suggestedRestoreName(const QString &database, const QDate &date);

} // namespace pgs

Q_DECLARE_METATYPE(pgs::RestoreOutcome)
