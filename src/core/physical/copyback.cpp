// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Copy back from a recovered sandbox: the existing backup and restore jobs chained in one job.
#include "physical/copyback.h"

#include "backup/backupjob.h"
#include "pg/connection.h"
#include "restore/restorejob.h"
#include "restore/toc.h"
#include "sandbox/sandboxcluster.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::CopyBack)
};

constexpr int kMaxIdentifierBytes = 63;

// Forwards a step's progress into its share [from, to] of the whole job, and its log.
class ShareSink : public JobSink
{
public:
    ShareSink(JobContext &parent, double from, double to) : m_parent(parent), m_from(from), m_to(to) {}
    void jobProgress(double fraction, const QString &text) override
    {
        m_parent.progress(fraction < 0 ? -1 : m_from + fraction * (m_to - m_from), text);
    }
    void jobLog(const QString &line) override { m_parent.log(line); }

private:
    JobContext &m_parent;
    double m_from, m_to;
};

// A step of the chain in its own context, canceled with the whole job.
template<typename F>
auto runStep(JobContext &ctx, double from, double to, F &&step)
{
    ShareSink sink(ctx, from, to);
    JobContext sub(&sink);
    auto guard = ctx.onCancel([&sub] { sub.cancel(); });
    return step(sub);
}

// The new name of a relation that travels with a table: "orders_pkey" -> "orders_at_1042_pkey".
QString dependentName(const QString &name, const CopyBackTable &t)
{
    const QString renamed = name.startsWith(t.name) ? QString(t.newName + name.mid(t.name.size())) : QString(name + QLatin1Char('_') + t.newName);
    return clipToIdentifierBytes(renamed, kMaxIdentifierBytes); // a clash of clipped names is found by the name check
}

struct Relation
{
    QString kind, name, newName; // kind: table, index, sequence
};

// The table and its dependents in the sandbox, with their new names; refuses anything but an
// ordinary table.
Result<QList<Relation>> relationsOf(pg::Connection &conn, const CopyBackTable &t)
{
    auto r = conn.exec(sql::query(QStringLiteral("physical/copyback_relations"), conn.serverVersionNum()), {t.schema, t.name});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::of(Tr::tr("The recovered cluster has no table %1 in the database %2.").arg(t.qualifiedName(), conn.database()), {},
                         QStringLiteral("no-such-table"));
    const QString relkind = r->text(0, "relkind");
    if (relkind == QLatin1String("p"))
        return Error::of(Tr::tr("%1 is a partitioned table: copy its partitions one by one.").arg(t.qualifiedName()), {},
                         QStringLiteral("not-a-table"));
    if (relkind != QLatin1String("r"))
        return Error::of(Tr::tr("%1 is not a table (only tables can be copied back).").arg(t.qualifiedName()), {},
                         QStringLiteral("not-a-table"));
    QList<Relation> out;
    for (int row = 0; row < r->rows(); ++row) {
        const QString kind = r->text(row, "kind"), name = r->text(row, "name");
        out.append({kind, name, kind == QLatin1String("table") ? t.newName : dependentName(name, t)});
    }
    return out;
}

QStringList newNames(const QList<Relation> &relations)
{
    QStringList names;
    for (const Relation &r : relations)
        names << r.newName;
    return names;
}

// Refuses when a new name is taken in the schema (or the schema is missing, target only).
Status checkNamesFree(pg::Connection &conn, const QString &schema, const QStringList &names, bool target)
{
    auto r = conn.exec(sql::query(QStringLiteral("physical/copyback_names_taken"), conn.serverVersionNum()), {schema, names});
    if (!r)
        return r.error();
    if (target && !r->toBool(0, "schema_exists"))
        return Error::of(Tr::tr("The schema %1 does not exist in the database %2 of the target: create it first.").arg(schema, conn.database()),
                         {}, QStringLiteral("no-such-schema"));
    const QString taken = r->text(0, "taken");
    if (taken.isEmpty())
        return ok();
    return Error::of(target ? Tr::tr("%1 already exists in the schema %2 of the database %3 on the target: choose another name; nothing was changed.")
                                  .arg(taken, schema, conn.database())
                            : Tr::tr("%1 already exists in the schema %2 of the recovered cluster: choose another name.").arg(taken, schema),
                     {}, QStringLiteral("name-taken"));
}

// Renames the tables and their dependents in the sandbox (forward: to the new names) in one
// transaction.
Status renameInSandbox(pg::Connection &conn, const QList<CopyBackTable> &tables, const QList<QList<Relation>> &relations, bool forward)
{
    QString script = QStringLiteral("BEGIN;\n");
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString schema = conn.quoteIdentifier(tables[i].schema) + QLatin1Char('.');
        for (const Relation &r : relations[i]) {
            const QString from = forward ? r.name : r.newName, to = forward ? r.newName : r.name;
            const QString what = r.kind == QLatin1String("table") ? QStringLiteral("TABLE")
                                 : r.kind == QLatin1String("index") ? QStringLiteral("INDEX")
                                                                    : QStringLiteral("SEQUENCE");
            script += QStringLiteral("ALTER %1 %2 RENAME TO %3;\n").arg(what, schema + conn.quoteIdentifier(from), conn.quoteIdentifier(to));
        }
    }
    script += QStringLiteral("COMMIT;");
    Status done = conn.execScript(script);
    if (!done)
        (void)conn.exec(QStringLiteral("ROLLBACK"));
    return done;
}

QString quotedPattern(const QString &schema, const QString &name)
{
    const auto q = [](QString s) -> QString { return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    return q(schema) + QLatin1Char('.') + q(name);
}

Error refused(const CopyBackRequest &r, const QString &database)
{
    if (r.productionProfile)
        return Error::of(Tr::tr("Refusing to copy into \"%1\" on a production profile without the typed confirmation: confirm with the "
                                "database name \"%1\".").arg(database),
                         r.confirmName.isEmpty() ? QString() : Tr::tr("\"%1\" does not match.").arg(r.confirmName),
                         QStringLiteral("production-guard"));
    return Error::of(Tr::tr("Copying back writes into \"%1\": confirm with the database name \"%1\".").arg(database),
                     r.confirmName.isEmpty() ? QString() : Tr::tr("\"%1\" does not match.").arg(r.confirmName),
                     QStringLiteral("confirm-required"));
}

} // namespace

Result<CopyBackOutcome> planCopyBack(JobContext &ctx, const CopyBackRequest &request)
{
    if (request.readOnlyProfile)
        return Error::of(Tr::tr("The target profile is read-only: copying back writes into it."), {}, QStringLiteral("read-only-profile"));
    if (request.databaseMode() == !request.tables.isEmpty())
        return Error::of(Tr::tr("Choose tables or a whole database to copy back."), {}, QStringLiteral("bad-request"));
    CopyBackOutcome plan;
    Result<SandboxCluster> sandbox = openRecoveredSandbox(ctx, request.sandboxDir);
    if (!sandbox)
        return sandbox.error();
    auto target = pg::Connection::open(request.target);
    if (!target)
        return target.error();

    if (request.databaseMode()) {
        plan.targetDatabase = request.newDatabase;
        if (request.newDatabase.isEmpty() || request.newDatabase.toUtf8().size() > kMaxIdentifierBytes)
            return Error::of(Tr::tr("Give the new database a name of 1 to 63 bytes."), {}, QStringLiteral("bad-name"));
        if (request.confirmName != plan.targetDatabase)
            return refused(request, plan.targetDatabase);
        auto source = pg::Connection::open(sandbox->connectionSpec(request.database));
        if (!source)
            return Error::of(Tr::tr("The recovered cluster has no database %1: %2").arg(request.database, source.error().message), {},
                             QStringLiteral("no-such-database"));
        auto exists = (*target)->exec(sql::query(QStringLiteral("restore/database_info"), (*target)->serverVersionNum()), {plan.targetDatabase});
        if (!exists)
            return exists.error();
        if (exists->rows() > 0)
            return Error::of(Tr::tr("The database \"%1\" already exists on the target: choose another name; nothing was changed.")
                                 .arg(plan.targetDatabase),
                             {}, QStringLiteral("name-taken"));
        plan.targetDescription = request.target.withDatabase(plan.targetDatabase).describe();
        return plan;
    }

    plan.targetDatabase = (*target)->database();
    plan.targetDescription = request.target.withDatabase(plan.targetDatabase).describe();
    if (request.confirmName != plan.targetDatabase)
        return refused(request, plan.targetDatabase);
    const QString sourceDb = request.sourceDatabase.isEmpty() ? plan.targetDatabase : request.sourceDatabase;
    auto source = pg::Connection::open(sandbox->connectionSpec(sourceDb));
    if (!source)
        return Error::of(Tr::tr("The recovered cluster has no database %1: %2").arg(sourceDb, source.error().message), {},
                         QStringLiteral("no-such-database"));
    auto recovering = (*source)->exec(QStringLiteral("SELECT pg_is_in_recovery()"));
    if (recovering && recovering->toBool(0, 0))
        return Error::of(Tr::tr("The recovered cluster is paused in recovery: resume it (promote) before copying tables back."), {},
                         QStringLiteral("sandbox-in-recovery"));
    QSet<QString> seen;
    for (const CopyBackTable &t : request.tables) {
        if (t.schema.isEmpty() || t.name.isEmpty() || t.newName.isEmpty())
            return Error::of(Tr::tr("Name each table as schema.table."), {}, QStringLiteral("bad-name"));
        if (t.newName == t.name)
            return Error::of(Tr::tr("%1 would keep its name: give a suffix or a new name.").arg(t.qualifiedName()), {}, QStringLiteral("bad-name"));
        if (seen.contains(t.qualifiedNewName()))
            return Error::of(Tr::tr("%1 is given twice.").arg(t.qualifiedNewName()), {}, QStringLiteral("bad-name"));
        seen.insert(t.qualifiedNewName());
        Result<QList<Relation>> relations = relationsOf(**source, t);
        if (!relations)
            return relations.error();
        const QStringList names = newNames(*relations);
        if (Status free = checkNamesFree(**target, t.schema, names, true); !free)
            return free.error();
        if (Status free = checkNamesFree(**source, t.schema, names, false); !free)
            return free.error();
        plan.tables.append(t);
        for (const Relation &r : std::as_const(*relations)) {
            if (r.kind != QLatin1String("table"))
                plan.notes << Tr::tr("%1 %2.%3 becomes %2.%4").arg(r.kind, t.schema, r.name, r.newName);
        }
    }
    return plan;
}

Result<CopyBackOutcome> runCopyBack(JobContext &ctx, const CopyBackRequest &request)
{
    ctx.progress(-1, Tr::tr("Checking names and the target"));
    Result<CopyBackOutcome> planned = planCopyBack(ctx, request);
    if (!planned)
        return planned.error();
    CopyBackOutcome outcome = *planned;
    Result<SandboxCluster> sandbox = openRecoveredSandbox(ctx, request.sandboxDir);
    if (!sandbox)
        return sandbox.error();
    const QString sourceDb = request.databaseMode() ? request.database
                             : request.sourceDatabase.isEmpty() ? outcome.targetDatabase
                                                                : request.sourceDatabase;

    QTemporaryDir work(request.sandboxDir + QStringLiteral("/copy-back-XXXXXX"));
    if (!work.isValid())
        return Error::of(Tr::tr("Cannot create a work folder in %1: %2").arg(request.sandboxDir, work.errorString()), {},
                         QStringLiteral("io-error"));
    BackupRequest backup;
    backup.spec = sandbox->connectionSpec(sourceDb);
    backup.profileName = Tr::tr("Recovered sandbox %1").arg(request.sandboxDir);
    backup.catalogDir = work.path();
    backup.options.database = sourceDb;
    backup.options.recordRowCounts = true;
    backup.options.withGlobals = false;

    std::unique_ptr<pg::Connection> sandboxConn;
    QList<QList<Relation>> relations;
    if (!request.databaseMode()) {
        auto conn = pg::Connection::open(sandbox->connectionSpec(sourceDb));
        if (!conn)
            return conn.error();
        sandboxConn = std::move(*conn);
        for (const CopyBackTable &t : std::as_const(outcome.tables)) {
            Result<QList<Relation>> r = relationsOf(*sandboxConn, t);
            if (!r)
                return r.error();
            relations.append(*r);
            backup.options.tables << quotedPattern(t.schema, t.newName);
        }
        if (Status renamed = renameInSandbox(*sandboxConn, outcome.tables, relations, true); !renamed)
            return Error::of(Tr::tr("Cannot rename the tables in the recovered cluster: %1").arg(renamed.error().message),
                             renamed.error().detail, renamed.error().code);
        ctx.log(Tr::tr("Renamed in the recovered cluster for the dump: %1").arg(backup.options.tables.join(QStringLiteral(", "))));
    }

    ctx.progress(0, Tr::tr("Dumping from the recovered cluster"));
    Result<BackupOutcome> dumped = runStep(ctx, 0.0, 0.45, [&](JobContext &sub) { return runBackup(sub, backup); });
    if (sandboxConn) { // the sandbox keeps its original names, whatever happened to the dump
        if (Status back = renameInSandbox(*sandboxConn, outcome.tables, relations, false); !back)
            outcome.notes << Tr::tr("The tables could not be renamed back in the recovered cluster: %1").arg(back.error().message);
    }
    if (!dumped)
        return ctx.isCanceled() ? JobContext::canceledError() : dumped.error();

    Result<RestoreSource> source = openRestoreSource(ctx, dumped->folder);
    if (!source)
        return source.error();
    RestoreRequest restore;
    restore.spec = request.target;
    restore.toolsDir = request.toolsDir;
    restore.productionProfile = request.productionProfile;
    restore.source = *source;
    restore.options.confirmName = request.confirmName;
    restore.options.liftProductionGuard = request.confirmName == outcome.targetDatabase; // checked by planCopyBack
    restore.options.targetDatabase = outcome.targetDatabase;
    if (request.databaseMode()) {
        restore.options.target = RestoreOptions::Target::NewDatabase;
    } else {
        restore.options.target = RestoreOptions::Target::ExistingDatabase;
        restore.options.singleTransaction = true; // all the tables or none
        // Foreign keys would tie the copy to today's rows of the live tables they reference.
        Result<TableOfContents> toc = readTableOfContents(ctx, *source, request.toolsDir);
        if (!toc)
            return toc.error();
        for (const TocEntry &e : toc->entries) {
            if (e.type == QLatin1String("FK CONSTRAINT"))
                outcome.notes << Tr::tr("Foreign key %1 on %2 left out: the copy stays independent of the live tables.")
                                     .arg(e.memberName.isEmpty() ? e.name.section(QLatin1Char(' '), 1) : e.memberName, e.tableKey());
            else
                restore.options.selectedEntries.insert(e.id);
        }
    }
    ctx.progress(0.45, Tr::tr("Restoring into %1").arg(outcome.targetDescription));
    Result<RestoreOutcome> restored = runStep(ctx, 0.45, 1.0, [&](JobContext &sub) { return runRestore(sub, restore); });
    if (!restored)
        return ctx.isCanceled() ? JobContext::canceledError() : restored.error();
    outcome.notes << restored->notes;
    outcome.rowComparison = restored->rowComparison;
    if (restored->failed()) {
        QStringList lines;
        for (const RestoreError &e : restored->errors)
            lines << e.message;
        lines << restored->rowMismatches;
        return Error::of(Tr::tr("The copy into %1 failed: %2").arg(outcome.targetDescription, lines.value(0)), lines.join(QLatin1Char('\n')),
                         QStringLiteral("copy-failed"));
    }
    for (CopyBackTable &t : outcome.tables)
        t.rows = outcome.rowComparison.value(t.qualifiedNewName(), {-1, -1}).first;
    ctx.progress(1.0, Tr::tr("Copied back into %1").arg(outcome.targetDescription));
    return outcome;
}

} // namespace pgs
