// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcluster.h"

#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QtDebug>

namespace pgs::test {

QString clusterDir()
{
    return qEnvironmentVariable("PGSTEWARD_TEST_CLUSTER_DIR");
}

ConnectionSpec clusterSpec(const QString &database)
{
    const QString dir = clusterDir();
    if (dir.isEmpty())
        return {};
    SandboxCluster cluster(dir);
    if (!cluster.loadState() || cluster.port() <= 0)
        return {};
    return cluster.connectionSpec(database);
}

bool clusterAvailable()
{
    return !clusterSpec().keywords().isEmpty();
}

QString cliPath()
{
    return QDir(qEnvironmentVariable("PGSTEWARD_BIN_DIR")).filePath(QStringLiteral("pgsteward-cli"));
}

QString createScratchDatabase(const QString &prefix)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("%1_%2_%3_%4")
                             .arg(prefix.toLower())
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QRandomGenerator::global()->bounded(1000000));
    auto conn = pg::Connection::open(clusterSpec());
    if (!conn) {
        qWarning() << "test cluster unreachable:" << conn.error().message;
        return {};
    }
    auto created = (*conn)->exec(QStringLiteral("CREATE DATABASE ") + (*conn)->quoteIdentifier(name));
    if (!created) {
        qWarning() << "CREATE DATABASE failed:" << created.error().message;
        return {};
    }
    return name;
}

bool dropScratchDatabase(const QString &name)
{
    auto conn = pg::Connection::open(clusterSpec());
    if (!conn)
        return false;
    auto dropped = (*conn)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg((*conn)->quoteIdentifier(name)));
    return dropped.ok();
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env);
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000)) {
        run.standardError = process.errorString().toUtf8();
        return run;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        run.standardOutput = process.readAllStandardOutput();
        run.standardError = process.readAllStandardError() + "\n[runCli: timed out after 120 s]";
        return run;
    }
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace pgs::test
