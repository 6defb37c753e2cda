// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {
QString errorText(const Status &s)
{
    return s.ok() ? QString() : s.error().message + QLatin1Char('\n') + s.error().detail;
}

QString show(const ConnectionSpec &spec, const QString &setting)
{
    auto conn = pg::Connection::open(spec);
    if (!conn)
        return QStringLiteral("<%1>").arg(conn.error().message);
    auto r = (*conn)->exec(QStringLiteral("SELECT current_setting($1)"), {setting});
    return r ? r->text(0, 0) : QStringLiteral("<%1>").arg(r.error().message);
}
} // namespace

// A second cluster next to the fixture's: the whole life cycle, with the state file in between.
class TstSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A failed check must not leave a server running.
    void cleanup()
    {
        if (m_dir.isEmpty())
            return;
        JobContext ctx;
        (void)SandboxCluster(std::exchange(m_dir, {})).drop(ctx);
    }

    void lifeCycle()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("cluster"));
        m_dir = dir;
        JobContext ctx;
        SandboxCluster cluster(dir);
        QVERIFY(!cluster.exists());
        QVERIFY(!cluster.loadState());

        Status created = cluster.create(ctx);
        QVERIFY2(created.ok(), qPrintable(errorText(created)));
        QVERIFY(cluster.exists());
        QVERIFY(!cluster.isRunning());
        QCOMPARE(cluster.superuser(), SandboxCluster::runsAsRoot() ? QStringLiteral("postgres") : qEnvironmentVariable("USER"));
        if (SandboxCluster::runsAsRoot()) {
            QVERIFY(cluster.dataDirectory().startsWith(QLatin1String("/var/tmp/pgsteward-clusters/")));
            QVERIFY(QFileInfo(cluster.runtimeDirectory()).isDir());
            QCOMPARE(QFileInfo(cluster.runtimeDirectory()).owner(), QStringLiteral("postgres"));
        } else {
            QCOMPARE(cluster.dataDirectory(), dir + QStringLiteral("/data"));
        }

        Status started = cluster.start(ctx);
        QVERIFY2(started.ok(), qPrintable(errorText(started)));
        QVERIFY(cluster.port() > 0);
        QVERIFY(cluster.isRunning());
        QVERIFY(!cluster.serverVersion().isEmpty());
        QVERIFY(cluster.start(ctx).ok()); // starting a running cluster is a no-op

        const ConnectionSpec spec = cluster.connectionSpec();
        QCOMPARE(spec.value(QStringLiteral("host")), cluster.socketDirectory());
        QCOMPARE(spec.value(QStringLiteral("application_name")), QStringLiteral("pgsteward"));
        QCOMPARE(show(spec, QStringLiteral("listen_addresses")), QString());
        QVERIFY(show(spec, QStringLiteral("shared_preload_libraries")).contains(QLatin1String("pg_stat_statements")));
        QCOMPARE(show(spec, QStringLiteral("fsync")), QStringLiteral("off"));
        QCOMPARE(show(spec, QStringLiteral("track_io_timing")), QStringLiteral("on"));
        QCOMPARE(show(spec, QStringLiteral("port")), QString::number(cluster.port()));

        // The state file lets another process find the running cluster.
        QFile stateFile(dir + QStringLiteral("/cluster.json"));
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
        QCOMPARE(state.value(QStringLiteral("port")).toInt(), cluster.port());
        QCOMPARE(state.value(QStringLiteral("data_dir")).toString(), cluster.dataDirectory());
        SandboxCluster reloaded(dir);
        QVERIFY(reloaded.loadState());
        QCOMPARE(reloaded.port(), cluster.port());
        QCOMPARE(reloaded.socketDirectory(), cluster.socketDirectory());
        QCOMPARE(reloaded.binDirectory(), cluster.binDirectory());
        QVERIFY(reloaded.isRunning());
        auto conn = pg::Connection::open(reloaded.connectionSpec());
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
        conn = Error::of(QString()); // close before stopping

        Status stopped = reloaded.stop(ctx);
        QVERIFY2(stopped.ok(), qPrintable(errorText(stopped)));
        QVERIFY(!reloaded.isRunning());
        QVERIFY(!pg::Connection::open(reloaded.connectionSpec()).ok());
        QVERIFY(reloaded.stop(ctx).ok()); // stopping a stopped cluster is a no-op

        Status again = reloaded.start(ctx);
        QVERIFY2(again.ok(), qPrintable(errorText(again)));
        QVERIFY(pg::Connection::open(reloaded.connectionSpec()).ok());

        const QString runtime = reloaded.runtimeDirectory();
        const QString data = reloaded.dataDirectory();
        Status dropped = reloaded.drop(ctx);
        QVERIFY2(dropped.ok(), qPrintable(errorText(dropped)));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!QFileInfo::exists(data));
        if (!runtime.isEmpty())
            QVERIFY(!QFileInfo::exists(runtime));
    }

    void startWithoutClusterFails()
    {
        QTemporaryDir tmp;
        JobContext ctx;
        SandboxCluster cluster(tmp.filePath(QStringLiteral("none")));
        Status started = cluster.start(ctx);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("no-cluster"));
        QVERIFY(cluster.drop(ctx).ok());
    }

private:
    QString m_dir;
};

QTEST_GUILESS_MAIN(TstSandbox)
#include "tst_sandbox.moc"
