// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/restoretest.h"

#include "restore/restorejob.h"
#include "sandbox/sandboxcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupVerifier)
};

// pg_dumpall scripts (a whole cluster, the globals alone) create every role, the bootstrap
// superuser included, which exists in any cluster: those statements fail, as they would anywhere.
bool isClusterScript(const BackupManifest &m)
{
    return m.options.source != BackupOptions::Source::Database || m.database.isEmpty();
}

RestoreRequest restoreTestRequest(const RestoreSource &source, const BackupManifest &m, const QString &sandboxDir,
                                  const QString &toolsDir)
{
    RestoreRequest request;
    request.toolsDir = toolsDir;
    request.source = source;
    RestoreOptions &o = request.options;
    o.target = RestoreOptions::Target::Sandbox;
    o.sandboxDir = sandboxDir;
    // A cluster script connects to its own databases; it is started from one of ours.
    o.targetDatabase = isClusterScript(m) ? QStringLiteral("pgsteward_restore_test") : m.database;
    if (source.isArchive() && source.kind != RestoreSource::Kind::Tar && m.options.jobs > 1)
        o.jobs = m.options.jobs;
    o.exitOnError = !isClusterScript(m);
    return request;
}
} // namespace

Result<RestoreTestResult> runRestoreTest(JobContext &ctx, const QString &backupDir, const BackupManifest &m,
                                         const QString &toolsDir)
{
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/pgsteward-restore-test-XXXXXX"));
    if (!tmp.isValid())
        return Error::of(Tr::tr("Cannot create a temporary folder for the restore test"), tmp.errorString());
    const QString sandboxDir = tmp.filePath(QStringLiteral("cluster"));
    // Dropped whatever happens (failure, cancel): a context of its own, since ours refuses to run
    // tools once canceled.
    auto dropSandbox = qScopeGuard([&sandboxDir] {
        SandboxCluster cluster(sandboxDir);
        JobContext cleanup;
        (void)cluster.drop(cleanup);
    });

    RestoreTestResult result;
    // The checksums are level 1, verified before this level runs.
    Result<RestoreSource> source = openRestoreSource(ctx, backupDir, false);
    if (!source) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        result.problems << Tr::tr("The restore failed: %1").arg(source.error().message);
        return result;
    }

    ctx.progress(-1, Tr::tr("Restoring %1 into a throwaway PostgreSQL %2 cluster").arg(m.dumpName).arg(m.serverVersionNum / 10000));
    Result<RestoreOutcome> restored = runRestore(ctx, restoreTestRequest(*source, m, sandboxDir, toolsDir));
    if (ctx.isCanceled())
        return JobContext::canceledError();
    if (!restored)
        return restored.error();

    for (const RestoreError &e : std::as_const(restored->errors)) {
        if (isClusterScript(m) && e.message.contains(QLatin1String("already exists")))
            continue;
        const QString where = e.tocEntry.isEmpty() ? QString() : e.tocEntry + QStringLiteral(": ");
        result.problems << Tr::tr("The restore failed: %1").arg(where + e.message);
    }
    result.problems << restored->rowMismatches;
    result.rowComparison = restored->rowComparison;
    if (m.rowCounts.isEmpty() && result.problems.isEmpty())
        result.note = Tr::tr("no row counts recorded: restore succeeded, rows not compared");
    return result;
}

} // namespace pgs
