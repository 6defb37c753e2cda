// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restorejob.h"

#include "pg/connection.h"
#include "restore/restoretools.h"
#include "restore/sandboxroles.h"
#include "sandbox/sandboxcluster.h"
#include "sql/sqlcatalog.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <optional>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RestoreJob)
};

int majorOf(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

// pg_restore must be at least as new as the pg_dump that wrote the archive.
int toolMajorFor(const RestoreSource &source)
{
    return source.manifest ? majorOf(source.manifest->toolVersion) : 0;
}

Status createDatabase(const ConnectionSpec &admin, const QString &database, const QString &encoding)
{
    auto conn = pg::Connection::open(admin);
    if (!conn)
        return conn.error();
    // CREATE DATABASE takes no parameters: the name is quoted by libpq, the encoding as a literal.
    QString statement = QStringLiteral("CREATE DATABASE ") + (*conn)->quoteIdentifier(database)
                        + QStringLiteral(" TEMPLATE template0");
    if (!encoding.isEmpty())
        statement += QStringLiteral(" ENCODING ") + (*conn)->quoteLiteral(encoding);
    auto created = (*conn)->exec(statement);
    if (!created)
        return created.error();
    return ok();
}

void compareRowCounts(JobContext &ctx, const RestoreRequest &request, const RestorePlan &plan, RestoreOutcome &outcome)
{
    const BackupManifest &m = *request.source.manifest;
    if (request.options.schemaOnly)
        return;
    // The manifest keys tables as "schema.table"; names may hold dots and spaces, so the exact
    // schema and name come from the archive's entries (or, for a plain dump, from the restored
    // database), never from splitting the key.
    struct Table
    {
        QString schema, name;
        bool hasData = false;  // the archive holds its rows
        bool restored = false; // ... and they were part of this restore
    };
    QHash<QString, Table> tables;
    const bool fromArchive = request.source.isArchive() && !plan.toc.entries.isEmpty();
    for (const TocEntry &e : plan.toc.entries) {
        if (e.type != QLatin1String("TABLE") && e.type != QLatin1String("TABLE DATA"))
            continue;
        Table &t = tables[e.schema + QLatin1Char('.') + e.name];
        t.schema = e.schema;
        t.name = e.name;
        if (e.type == QLatin1String("TABLE DATA")) {
            t.hasData = true;
            t.restored = t.restored || plan.entries.isEmpty() || plan.entries.contains(e.id);
        }
    }
    auto conn = pg::Connection::open(outcome.targetSpec);
    if (!conn) {
        outcome.rowMismatches << Tr::tr("Cannot connect to the restored database to count rows: %1").arg(conn.error().message);
        return;
    }
    if (!fromArchive) {
        auto listed = (*conn)->exec(sql::query(QStringLiteral("verify/tables"), (*conn)->serverVersionNum()));
        if (!listed) {
            outcome.rowMismatches << Tr::tr("Cannot list the restored tables to count rows: %1").arg(listed.error().message);
            return;
        }
        for (int row = 0; row < listed->rows(); ++row) {
            const QString schema = listed->text(row, 0), name = listed->text(row, 1);
            tables.insert(schema + QLatin1Char('.') + name, {schema, name, true, true});
        }
    }
    ctx.progress(0.96, Tr::tr("Comparing row counts with the manifest"));
    int outsideSelection = 0;
    for (auto it = m.rowCounts.cbegin(); it != m.rowCounts.cend(); ++it) {
        if (ctx.isCanceled())
            return;
        const auto table = tables.constFind(it.key());
        if (table == tables.cend()) {
            if (fromArchive)
                outcome.rowsNotChecked.insert(it.key(), Tr::tr("not in the archive's table of contents"));
            else
                outcome.rowMismatches << Tr::tr("%1: missing after the restore (the backup recorded %2 rows)").arg(it.key()).arg(it.value());
            continue;
        }
        if (!table->hasData) {
            outcome.rowsNotChecked.insert(it.key(), Tr::tr("the archive holds no data for it"));
            continue;
        }
        if (!table->restored) {
            ++outsideSelection;
            continue;
        }
        auto counted = (*conn)->exec(sql::query(QStringLiteral("verify/count_rows"), (*conn)->serverVersionNum()),
                                     {table->schema, table->name});
        if (!counted) {
            outcome.rowMismatches << Tr::tr("%1: cannot count its rows: %2").arg(it.key(), counted.error().message);
            continue;
        }
        const qint64 rows = counted->toInt64(0, 0);
        outcome.rowComparison.insert(it.key(), {rows, it.value()});
        if (rows != it.value())
            outcome.rowMismatches << Tr::tr("%1: %2 rows restored, the backup recorded %3").arg(it.key()).arg(rows).arg(it.value());
    }
    if (outsideSelection > 0) {
        outcome.notes << Tr::tr("%n table(s) of the backup were outside the selection; their rows were not compared",
                                nullptr, outsideSelection);
    }
}

// After a cancel or failure: what state the target is in, and cleanup of what we created.
QString cleanUpAfterCancel(const RestoreRequest &request, const RestorePlan &plan, const ConnectionSpec &admin,
                           SandboxCluster *sandbox)
{
    using T = RestoreOptions::Target;
    switch (request.options.target) {
    case T::NewDatabase: {
        Status dropped = dropDatabase(admin, plan.targetDatabase);
        return dropped ? Tr::tr("the new database \"%1\" was dropped").arg(plan.targetDatabase)
                       : Tr::tr("the new database \"%1\" could not be dropped (%2); drop it yourself")
                             .arg(plan.targetDatabase, dropped.error().message);
    }
    case T::ExistingDatabase:
        return Tr::tr("the database \"%1\" is left partially restored").arg(plan.targetDatabase);
    case T::Sandbox: {
        JobContext cleanup; // ours refuses to run tools once canceled
        Status dropped = sandbox ? sandbox->drop(cleanup) : ok();
        return dropped ? Tr::tr("the sandbox cluster was dropped")
                       : Tr::tr("the sandbox cluster in %1 could not be dropped (%2)")
                             .arg(request.options.sandboxDir, dropped.error().message);
    }
    }
    return {};
}
// The globals chosen in the wizard, on the target server before the database: the dump's owners
// and grantees must exist by then. A statement that fails is an error of the outcome (by the
// item's label, never the statement: it may hold a password); the restore goes on.
Status createChosenGlobals(JobContext &ctx, const RestoreRequest &request, RestoreOutcome &outcome)
{
    if (request.globals.isEmpty())
        return ok();
    auto conn = pg::Connection::open(request.spec);
    if (!conn)
        return conn.error();
    Result<GlobalsRun> run = runGlobalsSteps(ctx, **conn, request.globals);
    if (!run)
        return run.error();
    for (const GlobalsFailure &failure : std::as_const(run->failures))
        outcome.errors.append({0, failure.label, failure.message});
    if (!run->done.isEmpty())
        outcome.notes << Tr::tr("Created from the globals: %1").arg(run->done.join(QStringLiteral(", ")));
    return ok();
}
} // namespace

Status dropDatabase(const ConnectionSpec &admin, const QString &database)
{
    auto conn = pg::Connection::open(admin);
    if (!conn)
        return conn.error();
    // WITH (FORCE) (PostgreSQL 13 and later) ends pg_restore's parallel workers that may still be
    // connected; before 13 their sessions are ended first.
    const QString name = (*conn)->quoteIdentifier(database);
    if ((*conn)->serverVersionNum() < 130000) {
        auto ended = (*conn)->exec(sql::query(QStringLiteral("restore/end_database_sessions"), (*conn)->serverVersionNum()), {database});
        if (!ended)
            return ended.error();
    }
    auto dropped = (*conn)->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name
                                 + ((*conn)->serverVersionNum() >= 130000 ? QStringLiteral(" WITH (FORCE)") : QString()));
    if (!dropped)
        return dropped.error();
    return ok();
}

Result<RestoreOutcome> runRestore(JobContext &ctx, const RestoreRequest &request)
{
    using T = RestoreOptions::Target;
    if (request.source.isGlobalsOnly()) { // no database: the chosen globals, on the server
        RestoreOutcome outcome;
        outcome.targetDescription = request.spec.describe();
        outcome.targetSpec = request.spec;
        if (request.globals.isEmpty())
            outcome.notes << Tr::tr("Nothing of the globals was chosen to be created");
        if (Status globals = createChosenGlobals(ctx, request, outcome); !globals)
            return globals.error();
        ctx.progress(1.0, outcome.failed() ? Tr::tr("Restore finished with errors") : Tr::tr("Restore complete"));
        return outcome;
    }
    ctx.progress(-1, Tr::tr("Checking the restore target"));
    Result<RestorePlan> planned = planRestore(ctx, request);
    if (!planned)
        return planned.error();
    const RestorePlan &plan = *planned;
    for (const QString &warning : plan.warnings)
        ctx.log(warning);

    RestoreOutcome outcome;
    outcome.targetDatabase = plan.targetDatabase;
    outcome.notes = plan.warnings;
    ConnectionSpec admin = request.spec;
    std::optional<SandboxCluster> sandbox;
    int toolMajor = toolMajorFor(request.source);

    if (request.options.target == T::Sandbox) {
        QString dir = request.options.sandboxDir;
        if (dir.isEmpty())
            dir = paths::dataDir() + QStringLiteral("/restore-sandboxes/") + plan.targetDatabase;
        sandbox.emplace(QDir(dir).absolutePath());
        const int serverMajor = request.source.manifest ? request.source.manifest->serverVersionNum / 10000 : 0;
        ctx.progress(-1, Tr::tr("Creating a sandbox PostgreSQL cluster in %1").arg(sandbox->directory()));
        Status step = sandbox->create(ctx, serverMajor);
        if (step)
            step = sandbox->start(ctx);
        if (!step) {
            if (ctx.isCanceled())
                cleanUpAfterCancel(request, plan, admin, &*sandbox);
            return step.error();
        }
        admin = sandbox->connectionSpec();
        toolMajor = std::max(toolMajor, majorOf(sandbox->serverVersion()));
        outcome.targetDescription = Tr::tr("database %1 in the sandbox cluster %2 (port %3)")
                                        .arg(plan.targetDatabase, sandbox->directory())
                                        .arg(sandbox->port());
        // A fresh cluster has none of the dump's owners and grantees: create them first.
        Result<SandboxRoles> roles = createReferencedRoles(ctx, admin, request.source, plan.toc, toolMajor, request.toolsDir);
        if (!roles && ctx.isCanceled())
            return Error::of(Tr::tr("Canceled: %1").arg(cleanUpAfterCancel(request, plan, admin, &*sandbox)), {},
                             QStringLiteral("canceled"));
        if (!roles)
            ctx.log(Tr::tr("The roles the dump names could not be created: %1").arg(roles.error().message));
        outcome.notes << (roles ? roles->notes : QStringList{roles.error().message});
    } else {
        outcome.targetDescription = Tr::tr("database %1 on %2").arg(plan.targetDatabase, request.spec.withDatabase(plan.targetDatabase).describe());
        if (Status globals = createChosenGlobals(ctx, request, outcome); !globals)
            return globals.error();
    }
    const qsizetype globalsErrors = outcome.errors.size();

    if (request.options.target != T::ExistingDatabase) {
        ctx.progress(-1, Tr::tr("Creating the database %1").arg(plan.targetDatabase));
        Status created = createDatabase(admin, plan.targetDatabase, plan.encoding);
        if (!created) {
            if (sandbox)
                cleanUpAfterCancel(request, plan, admin, &*sandbox);
            return Error::of(Tr::tr("Cannot create the database %1: %2").arg(plan.targetDatabase, created.error().message),
                             created.error().detail, created.error().code);
        }
        ctx.log(Tr::tr("Created the database %1").arg(plan.targetDatabase));
    }
    outcome.targetSpec = admin.withDatabase(plan.targetDatabase);

    Status ran = request.source.isArchive()
                     ? runArchiveRestore(ctx, request, plan, outcome.targetSpec, toolMajor, outcome)
                     : runPlainRestore(ctx, request, outcome.targetSpec, toolMajor, outcome);
    if (ctx.isCanceled()) {
        const QString state = cleanUpAfterCancel(request, plan, admin, sandbox ? &*sandbox : nullptr);
        ctx.log(state);
        return Error::of(Tr::tr("Canceled: %1").arg(state), {}, QStringLiteral("canceled"));
    }
    if (!ran) {
        if (request.options.target != T::ExistingDatabase)
            cleanUpAfterCancel(request, plan, admin, sandbox ? &*sandbox : nullptr);
        return ran.error();
    }

    if (outcome.errors.size() > globalsErrors) {
        outcome.notes << (request.options.target == T::ExistingDatabase
                              ? Tr::tr("The database \"%1\" is left partially restored").arg(plan.targetDatabase)
                              : Tr::tr("The database \"%1\" was kept with what could be restored").arg(plan.targetDatabase));
    } else if (request.source.manifest && !request.source.manifest->rowCounts.isEmpty()) {
        compareRowCounts(ctx, request, plan, outcome);
    }
    ctx.progress(1.0, outcome.failed() ? Tr::tr("Restore finished with errors") : Tr::tr("Restore complete"));
    return outcome;
}

Result<QStringList> restoreGlobals(JobContext &ctx, const ConnectionSpec &spec, const QString &globalsFile,
                                   const QString &toolsDir)
{
    if (!QFileInfo(globalsFile).isReadable())
        return Error::of(Tr::tr("Cannot read %1").arg(globalsFile), {}, QStringLiteral("source-unreadable"));
    Result<ToolInfo> tool = ToolLocator(toolsDir).find(QStringLiteral("psql"));
    if (!tool)
        return tool.error();
    ToolRun run;
    run.program = tool->path;
    // No ON_ERROR_STOP: the roles that exist already (the superuser at least) fail one by one.
    run.arguments = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-f"), globalsFile};
    PassFile passFile(spec);
    run.environment = passFile.apply(spec, run.environment);
    run.stdoutFile = QStringLiteral("/dev/null");
    QStringList notes, failures;
    run.onStderrLine = [&](const QString &line) {
        const qsizetype at = line.indexOf(QLatin1String("ERROR:"));
        if (at < 0)
            return;
        (line.contains(QLatin1String("already exists")) ? notes : failures) << line.mid(at).simplified();
    };
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out)
        return out.error();
    if (!failures.isEmpty()) {
        return Error::of(Tr::tr("%n statement(s) of the globals file failed: %1", nullptr, int(failures.size()))
                             .arg(failures.first()),
                         failures.join(QLatin1Char('\n')), QStringLiteral("globals-failed"));
    }
    return notes;
}

} // namespace pgs
