// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/restoretest.h"

#include "backup/plaindump.h"
#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"
#include "sql/sqlcatalog.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupVerifier)
};

int majorOf(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

struct Sandbox
{
    SandboxCluster &cluster;
    QProcessEnvironment environment; // PG* of the sandbox's superuser
    int toolMajor = 0;
    QString toolsDir;
};

Result<QString> locate(const Sandbox &box, const QString &tool)
{
    Result<ToolInfo> found = ToolLocator(box.toolsDir).find(tool, box.toolMajor);
    if (!found)
        return found.error();
    return found->path;
}

Status runPsqlFile(JobContext &ctx, const Sandbox &box, const QString &database, const QString &file, bool stopOnError)
{
    Result<QString> psql = locate(box, QStringLiteral("psql"));
    if (!psql)
        return psql.error();
    ToolRun run;
    run.program = *psql;
    run.arguments = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=%1").arg(stopOnError ? 1 : 0), QStringLiteral("-d"), database};
    run.environment = box.environment;
    run.stdoutFile = QStringLiteral("/dev/null");
    // Uncompressed dumps go straight to psql; compressed ones are decompressed as psql reads.
    std::shared_ptr<PlainDumpReader> reader;
    if (file.endsWith(QLatin1String(".sql"))) {
        run.stdinFile = file;
    } else {
        reader = std::make_shared<PlainDumpReader>(file);
        Status opened = reader->open();
        if (!opened)
            return opened;
        run.stdinSource = [reader] { return reader->read(); };
    }
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out)
        return out.error();
    return ok();
}

Status createDatabase(const ConnectionSpec &admin, const QString &database)
{
    auto conn = pg::Connection::open(admin);
    if (!conn)
        return conn.error();
    auto present = (*conn)->exec(sql::query(QStringLiteral("verify/database_exists")), {database});
    if (!present)
        return present.error();
    if (present->text(0, 0) == QLatin1String("t"))
        return ok();
    // CREATE DATABASE takes no parameters; the name is quoted by libpq.
    auto created = (*conn)->exec(QStringLiteral("CREATE DATABASE ") + (*conn)->quoteIdentifier(database));
    if (!created)
        return created.error();
    return ok();
}

Status restoreArchive(JobContext &ctx, const Sandbox &box, const BackupManifest &m, const QString &dumpPath,
                      const QString &database, bool haveGlobals)
{
    Result<QString> pgRestore = locate(box, QStringLiteral("pg_restore"));
    if (!pgRestore)
        return pgRestore.error();
    ToolRun run;
    run.program = *pgRestore;
    run.arguments = {QStringLiteral("--exit-on-error"), QStringLiteral("-d"), database};
    // Without the globals the dump's owners and grantees do not exist: their absence says
    // nothing about the backup, so leave ownership and privileges out.
    if (!haveGlobals)
        run.arguments << QStringLiteral("--no-owner") << QStringLiteral("--no-privileges");
    if (m.options.format != DumpFormat::Tar && m.options.jobs > 1)
        run.arguments << QStringLiteral("-j") << QString::number(m.options.jobs);
    run.arguments << dumpPath;
    run.environment = box.environment;
    run.stdoutFile = QStringLiteral("/dev/null");
    Result<ToolOutput> out = runTool(ctx, run);
    if (!out)
        return out.error();
    return ok();
}

void compareRowCounts(const ConnectionSpec &spec, const BackupManifest &m, RestoreTestResult &result)
{
    auto conn = pg::Connection::open(spec);
    if (!conn) {
        result.problems << Tr::tr("Cannot connect to the restored database: %1").arg(conn.error().message);
        return;
    }
    auto tables = (*conn)->exec(sql::query(QStringLiteral("verify/tables")));
    if (!tables) {
        result.problems << Tr::tr("Cannot list the restored tables: %1").arg(tables.error().message);
        return;
    }
    QHash<QString, QPair<QString, QString>> restored;
    for (int row = 0; row < tables->rows(); ++row) {
        const QString schema = tables->text(row, 0);
        const QString table = tables->text(row, 1);
        restored.insert(schema + QLatin1Char('.') + table, {schema, table});
    }
    for (auto it = m.rowCounts.cbegin(); it != m.rowCounts.cend(); ++it) {
        if (!restored.contains(it.key())) {
            result.problems << Tr::tr("table %1: missing after the restore (the manifest counted %2 rows)")
                                   .arg(it.key())
                                   .arg(it.value());
            continue;
        }
        const auto [schema, table] = restored.value(it.key());
        auto counted = (*conn)->exec(sql::query(QStringLiteral("verify/count_rows")), {schema, table});
        if (!counted) {
            result.problems << Tr::tr("table %1: cannot count its rows: %2").arg(it.key(), counted.error().message);
            continue;
        }
        const qint64 rows = counted->toInt64(0, 0);
        result.rowComparison.insert(it.key(), {rows, it.value()});
        if (rows != it.value())
            result.problems << Tr::tr("table %1: %2 rows restored, the manifest says %3").arg(it.key()).arg(rows).arg(it.value());
    }
}
} // namespace

Result<RestoreTestResult> runRestoreTest(JobContext &ctx, const QString &backupDir, const BackupManifest &m,
                                         const QString &toolsDir)
{
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/pgsteward-restore-test-XXXXXX"));
    if (!tmp.isValid())
        return Error::of(Tr::tr("Cannot create a temporary folder for the restore test"), tmp.errorString());
    SandboxCluster cluster(tmp.filePath(QStringLiteral("cluster")));
    // Dropped even when canceled: a context of its own, since ours refuses to run tools then.
    auto dropSandbox = qScopeGuard([&cluster] {
        JobContext cleanup;
        (void)cluster.drop(cleanup);
    });

    const int serverMajor = m.serverVersionNum / 10000; // 150004 -> 15, 90624 -> 9
    ctx.progress(-1, Tr::tr("Creating a throwaway PostgreSQL %1 cluster for the restore test").arg(serverMajor));
    Status step = cluster.create(ctx, serverMajor);
    if (step)
        step = cluster.start(ctx);
    if (!step)
        return step.error();

    const ConnectionSpec admin = cluster.connectionSpec();
    Sandbox box{cluster, admin.toolEnvironment(QProcessEnvironment::systemEnvironment()),
                std::max(majorOf(m.toolVersion), majorOf(cluster.serverVersion())), toolsDir};
    RestoreTestResult result;
    const QDir dir(backupDir);

    const bool haveGlobals = !m.globalsName.isEmpty() && QFileInfo::exists(dir.filePath(m.globalsName));
    if (haveGlobals) {
        ctx.progress(-1, Tr::tr("Restoring roles and tablespaces"));
        // Roles such as the sandbox's own superuser exist already: those errors are expected.
        Status globals = runPsqlFile(ctx, box, QStringLiteral("postgres"), dir.filePath(m.globalsName), false);
        if (!globals) {
            if (ctx.isCanceled())
                return JobContext::canceledError();
            result.problems << Tr::tr("%1 could not be restored: %2").arg(m.globalsName, globals.error().message);
        }
    }

    const bool wholeCluster = m.options.source == BackupOptions::Source::WholeCluster || m.database.isEmpty();
    const QString database = wholeCluster ? QStringLiteral("postgres") : m.database;
    if (!wholeCluster) {
        Status created = createDatabase(admin, database);
        if (!created)
            return Error::of(Tr::tr("Cannot create the database %1 in the sandbox: %2").arg(database, created.error().message));
    }

    ctx.progress(-1, Tr::tr("Restoring %1 into the sandbox").arg(m.dumpName));
    const QString dumpPath = dir.filePath(m.dumpName);
    Status restored = m.options.format == DumpFormat::Plain
                          ? runPsqlFile(ctx, box, database, dumpPath, !wholeCluster)
                          : restoreArchive(ctx, box, m, dumpPath, database, haveGlobals);
    if (ctx.isCanceled())
        return JobContext::canceledError();
    if (!restored) {
        result.problems << Tr::tr("The restore failed: %1").arg(restored.error().message);
        return result;
    }

    if (m.rowCounts.isEmpty()) {
        result.note = Tr::tr("no row counts recorded: restore succeeded, rows not compared");
        return result;
    }
    ctx.progress(-1, Tr::tr("Comparing row counts"));
    compareRowCounts(cluster.connectionSpec(database), m, result);
    return result;
}

} // namespace pgs
