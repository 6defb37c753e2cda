// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pgsteward-cli schedule add|list|remove, through a crontab (a fake crontab binary keeps it in a
// file); the installed line itself is run and must leave a good backup in the catalog.
#include "clitestenv.h"
#include "fakecrontab.h"

#include <QFile>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class TestCliSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        m_env = isolatedCliEnvironment(m_home);
        const QString bin = m_home.filePath(QStringLiteral("fakebin"));
        QVERIFY(writeFakeCrontab(bin));
        m_table = m_home.filePath(QStringLiteral("crontab.txt"));
        m_env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + m_env.value(QStringLiteral("PATH")));
        m_env.insert(QStringLiteral("PGSTEWARD_SCHEDULER"), QStringLiteral("cron"));
        m_env.insert(QStringLiteral("FAKE_CRONTAB_FILE"), m_table);
        const QStringList add = addClusterProfileArgs(QStringLiteral("ops db"), demoDatabase());
        const CliRun added = runCli(add, m_env);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList base{QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--profile"),
                               QStringLiteral("ops db"), QStringLiteral("--database"), demoDatabase(),
                               QStringLiteral("--catalog"), QStringLiteral("/tmp/x")};
        QTest::newRow("no catalog") << QStringList{QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--profile"),
                                                   QStringLiteral("ops db"), QStringLiteral("--database"), demoDatabase()};
        QTest::newRow("bad time") << base + QStringList{QStringLiteral("--at"), QStringLiteral("25:00")};
        QTest::newRow("cron cannot say it") << base + QStringList{QStringLiteral("--on-calendar"), QStringLiteral("Mon *-*-* 02:00:00")};
        QTest::newRow("unknown scheduler") << base + QStringList{QStringLiteral("--scheduler"), QStringLiteral("at")};
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("schedule")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun run = runCli(args, m_env);
        QVERIFY2(run.exitCode == 2, qPrintable(run.err()));
        QVERIFY(!QFile::exists(m_table) || !QFile(m_table).size() || !readTable().contains(QLatin1String("pgsteward-backup")));
    }

    void addListRunRemove()
    {
        QTemporaryDir catalog;
        const CliRun added = runCli({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--profile"),
                                     QStringLiteral("ops db"), QStringLiteral("--database"), demoDatabase(),
                                     QStringLiteral("--catalog"), catalog.path(), QStringLiteral("--at"), QStringLiteral("3:15"),
                                     QStringLiteral("--format"), QStringLiteral("directory"), QStringLiteral("--jobs"),
                                     QStringLiteral("2"), QStringLiteral("--keep-daily"), QStringLiteral("7"), QStringLiteral("--json")},
                                    m_env);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err()));
        const QJsonObject json = jsonObjectOf(added);
        QCOMPARE(json.value(QStringLiteral("profile")).toString(), QStringLiteral("ops db"));
        QCOMPARE(json.value(QStringLiteral("on_calendar")).toString(), QStringLiteral("*-*-* 03:15:00"));
        QCOMPARE(json.value(QStringLiteral("scheduler")).toString(), QStringLiteral("cron"));
        QCOMPARE(json.value(QStringLiteral("keep_daily")).toInt(), 7);

        const QString table = readTable();
        const QString line = table.split(QLatin1Char('\n')).filter(QStringLiteral("pgsteward-backup")).value(0);
        QVERIFY2(line.startsWith(QLatin1String("15 3 * * * ")), qPrintable(table));

        const CliRun listed = runCli({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray schedules = jsonArrayOf(listed);
        QCOMPARE(schedules.size(), 1);
        QCOMPARE(schedules.first()[QStringLiteral("database")].toString(), demoDatabase());
        QCOMPARE(schedules.first()[QStringLiteral("catalog")].toString(), QDir(catalog.path()).absolutePath());
        QVERIFY(schedules.first()[QStringLiteral("backup_arguments")].toArray().contains(QStringLiteral("directory")));
        const CliRun text = runCli({QStringLiteral("schedule"), QStringLiteral("list")}, m_env);
        QVERIFY2(text.out().contains(QLatin1String("ops db")), qPrintable(text.out()));

        QByteArray cronErr;
        QVERIFY2(runCronLine(line, m_env, &cronErr) == 0, cronErr.constData());
        const CliRun backups = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"),
                                       catalog.path(), QStringLiteral("--json")}, m_env);
        const QJsonArray made = jsonArrayOf(backups);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first()[QStringLiteral("status")].toString(), QStringLiteral("complete"));

        const CliRun removed = runCli({QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("--profile"),
                                       QStringLiteral("ops db"), QStringLiteral("--database"), demoDatabase()}, m_env);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err()));
        QVERIFY(!readTable().contains(QLatin1String("pgsteward-backup")));
        const CliRun again = runCli({QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("--profile"),
                                     QStringLiteral("ops db"), QStringLiteral("--database"), demoDatabase()}, m_env);
        QCOMPARE(again.exitCode, 1);
    }

    void unknownProfileFails()
    {
        const CliRun run = runCli({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--profile"),
                                   QStringLiteral("nope"), QStringLiteral("--database"), demoDatabase(),
                                   QStringLiteral("--catalog"), QStringLiteral("/tmp/x")}, m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err().contains(QLatin1String("nope")));
    }

private:
    QString readTable() const
    {
        QFile f(m_table);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_table;
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_cli_schedule.moc"
