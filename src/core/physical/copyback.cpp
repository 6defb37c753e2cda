// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Copy back from a recovered sandbox: the existing backup and restore jobs chained in one job.
#include "physical/copyback.h"

#include "physical/copybackrelations.h"

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

using namespace copyback;

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

// After a copy that restored with errors or with rows that differ from the sandbox's: a new
// database is dropped again, as the tables' single transaction leaves nothing behind, so that a
// failed copy back changes nothing on the live server. Tables whose transaction committed but
// whose rows differ stay, named. Says which it was.
QString undoFailedCopy(const CopyBackRequest &request, const CopyBackOutcome &outcome, const RestoreOutcome &restored)
{
    if (request.databaseMode()) {
        const Status dropped = dropDatabase(request.target, outcome.targetDatabase);
        return dropped ? Tr::tr("the new database \"%1\" was dropped again").arg(outcome.targetDatabase)
                       : Tr::tr("the new database \"%1\" could not be dropped (%2): drop it yourself")
                             .arg(outcome.targetDatabase, dropped.error().message);
    }
    if (!restored.errors.isEmpty())
        return Tr::tr("nothing was created in \"%1\" (the tables are restored in one transaction)").arg(outcome.targetDatabase);
    QStringList names;
    for (const CopyBackTable &t : outcome.tables)
        names << t.qualifiedNewName();
    return Tr::tr("the new tables %1 stay in \"%2\": compare them, or drop them").arg(names.join(QStringLiteral(", ")), outcome.targetDatabase);
}

// A table's rows restored and in the sandbox: those of its leaf partitions for a partitioned
// table (the backup counts the tables that hold rows); -1 when none was counted.
void countRows(const CopyBackOutcome &outcome, CopyBackTable &t, const QList<Relation> &relations)
{
    t.rows = t.rowsInSandbox = -1;
    for (const Relation &r : relations) {
        const auto counted = outcome.rowComparison.constFind(t.schema + QLatin1Char('.') + r.newName);
        if (!r.isTable() || counted == outcome.rowComparison.cend())
            continue;
        t.rows = std::max<qint64>(t.rows, 0) + counted->first;
        t.rowsInSandbox = std::max<qint64>(t.rowsInSandbox, 0) + counted->second;
    }
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
            for (const Relation &rel : std::as_const(*r))
                if (rel.isTable()) // pg_dump takes a partition only when it is named
                    backup.options.tables << quotedPattern(t.schema, rel.newName);
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
        return Error::of(Tr::tr("The copy into %1 failed, and %2: %3")
                             .arg(outcome.targetDescription, undoFailedCopy(request, outcome, *restored), lines.value(0)),
                         lines.join(QLatin1Char('\n')), QStringLiteral("copy-failed"));
    }
    for (qsizetype i = 0; i < outcome.tables.size(); ++i)
        countRows(outcome, outcome.tables[i], relations.value(i));
    ctx.progress(1.0, Tr::tr("Copied back into %1").arg(outcome.targetDescription));
    return outcome;
}

} // namespace pgs
