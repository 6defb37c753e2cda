// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestenv.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

// The sandbox life cycle through `pgsteward-cli sandbox ...`, with a profile created on the way.
class TstCliSandbox : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_dir;

    CliRun cli(const QStringList &args) { return runCli(args, m_env); }
    CliRun sandbox(const QString &sub, QStringList extra = {})
    {
        return cli(QStringList{QStringLiteral("sandbox"), sub, QStringLiteral("--dir"), m_dir} + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_env = isolatedCliEnvironment(m_tmp);
        m_dir = m_tmp.filePath(QStringLiteral("sandbox"));
    }

    // A failed check must not leave a server running.
    void cleanupTestCase()
    {
        if (QFileInfo::exists(m_dir))
            sandbox(QStringLiteral("drop"), {QStringLiteral("--confirm")});
    }

    void lifeCycle()
    {
        const CliRun started = sandbox(QStringLiteral("start"), {QStringLiteral("--ensure-profile"),
                                                                 QStringLiteral("--profile-name"), QStringLiteral("T"),
                                                                 QStringLiteral("--json")});
        QVERIFY2(started.exitCode == 0, describeRun(started));
        const QJsonObject info = jsonObjectOf(started);
        const int port = info.value(QStringLiteral("port")).toInt();
        QVERIFY(port > 0);
        QCOMPARE(info.value(QStringLiteral("dir")).toString(), QDir(m_dir).absolutePath());
        QVERIFY(!info.value(QStringLiteral("socket_dir")).toString().isEmpty());
        QVERIFY(!info.value(QStringLiteral("superuser")).toString().isEmpty());
        QCOMPARE(info.value(QStringLiteral("profile")).toString(), QStringLiteral("T"));
        QVERIFY(!info.value(QStringLiteral("database")).toString().isEmpty());

        const CliRun status = sandbox(QStringLiteral("status"), {QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, describeRun(status));
        QCOMPARE(jsonObjectOf(status).value(QStringLiteral("running")).toBool(), true);
        QCOMPARE(jsonObjectOf(status).value(QStringLiteral("port")).toInt(), port);

        const CliRun profile = cli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("T"), QStringLiteral("--json")});
        QVERIFY2(profile.exitCode == 0, describeRun(profile));
        const QJsonObject p = jsonObjectOf(profile);
        QCOMPARE(p.value(QStringLiteral("group")).toString(), QStringLiteral("Local"));
        QCOMPARE(p.value(QStringLiteral("port")).toInt(), port);
        QCOMPARE(p.value(QStringLiteral("host")).toString(), info.value(QStringLiteral("socket_dir")).toString());
        QCOMPARE(p.value(QStringLiteral("production")).toBool(true), false);
        QCOMPARE(p.value(QStringLiteral("password_storage")).toString(), QStringLiteral("none"));

        const CliRun overview = cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("T"),
                                     QStringLiteral("--json")});
        QVERIFY2(overview.exitCode == 0, describeRun(overview));
        QVERIFY(jsonObjectOf(overview).value(QStringLiteral("server_version_num")).toInt() >= 150000);

        // Starting again is a no-op that keeps the port and updates the same profile.
        const CliRun again = sandbox(QStringLiteral("start"), {QStringLiteral("--ensure-profile"),
                                                               QStringLiteral("--profile-name"), QStringLiteral("T"),
                                                               QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, describeRun(again));
        QCOMPARE(jsonObjectOf(again).value(QStringLiteral("port")).toInt(), port);
        const QJsonArray all = jsonArrayOf(cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first()[QStringLiteral("id")].toString(), p.value(QStringLiteral("id")).toString());

        // drop refuses without --confirm, and the server keeps running.
        const CliRun refused = sandbox(QStringLiteral("drop"));
        QVERIFY2(refused.exitCode == 2, describeRun(refused));
        QCOMPARE(sandbox(QStringLiteral("status")).exitCode, 0);

        const CliRun stopped = sandbox(QStringLiteral("stop"));
        QVERIFY2(stopped.exitCode == 0, describeRun(stopped));
        const CliRun down = sandbox(QStringLiteral("status"), {QStringLiteral("--json")});
        QVERIFY2(down.exitCode == 1, describeRun(down));
        QCOMPARE(jsonObjectOf(down).value(QStringLiteral("running")).toBool(true), false);
        QCOMPARE(jsonObjectOf(down).value(QStringLiteral("exists")).toBool(), true);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("T")}).exitCode, 1);

        const CliRun dropped = sandbox(QStringLiteral("drop"), {QStringLiteral("--confirm")});
        QVERIFY2(dropped.exitCode == 0, describeRun(dropped));
        QVERIFY(!QFileInfo::exists(m_dir));
        QCOMPARE(sandbox(QStringLiteral("status")).exitCode, 1);
        QCOMPARE(sandbox(QStringLiteral("stop")).exitCode, 1);
    }

    void demoDataAndWorkload()
    {
        const CliRun started = sandbox(QStringLiteral("start"), {QStringLiteral("--demo"), QStringLiteral("--scale"),
                                                                 QStringLiteral("0.05"), QStringLiteral("--ensure-profile"),
                                                                 QStringLiteral("--json")});
        QVERIFY2(started.exitCode == 0, describeRun(started));
        QCOMPARE(jsonObjectOf(started).value(QStringLiteral("database")).toString(), demoDatabase());
        QCOMPARE(jsonObjectOf(started).value(QStringLiteral("profile")).toString(), QStringLiteral("Local sandbox"));
        const CliRun status = sandbox(QStringLiteral("status"), {QStringLiteral("--json")});
        QCOMPARE(jsonObjectOf(status).value(QStringLiteral("demo_complete")).toBool(), true);

        const CliRun workload = sandbox(QStringLiteral("workload"), {QStringLiteral("--seconds"), QStringLiteral("2"),
                                                                     QStringLiteral("--clients"), QStringLiteral("2"),
                                                                     QStringLiteral("--json")});
        QVERIFY2(workload.exitCode == 0, describeRun(workload));
        QVERIFY2(jsonObjectOf(workload).value(QStringLiteral("transactions")).toDouble() > 0, describeRun(workload));

        QCOMPARE(sandbox(QStringLiteral("workload"), {QStringLiteral("--clients"), QStringLiteral("0")}).exitCode, 2);
        const CliRun dropped = sandbox(QStringLiteral("drop"), {QStringLiteral("--confirm")});
        QVERIFY2(dropped.exitCode == 0, describeRun(dropped));
        // Without a running cluster the workload fails (exit 1), it does not hang.
        QCOMPARE(sandbox(QStringLiteral("workload"), {QStringLiteral("--seconds"), QStringLiteral("1")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TstCliSandbox)
#include "tst_cli_sandbox.moc"
