// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestenv.h"
#include "healthfixture.h"

#include <QTest>

using namespace pgs;
using namespace pgs::test;

// pgsteward-cli health and maintain as scripts use them: exit codes, the JSON field names,
// what is new since the last run, and maintenance progress on stderr.
class TstCliHealth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
    QString m_conninfo;

    CliRun health(const QStringList &more)
    {
        return runCli(QStringList{QStringLiteral("health"), QStringLiteral("--db"), m_conninfo} + more, m_env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster fixture is not running");
        m_env = isolatedCliEnvironment(m_dir);
        m_db = createScratchDatabase(QStringLiteral("cli_health"));
        QVERIFY(!m_db.isEmpty());
        m_conninfo = conninfoOf(clusterSpec(m_db));
        auto conn = pg::Connection::open(clusterSpec(m_db));
        QVERIFY(conn);
        const QString built = buildHealthFixture(**conn);
        QVERIFY2(built.isEmpty(), qPrintable(built));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown check") << QStringList{QStringLiteral("--check"), QStringLiteral("no-such-check")}
                                       << QStringLiteral("unknown check 'no-such-check'");
        QTest::newRow("unknown threshold") << QStringList{QStringLiteral("--threshold"), QStringLiteral("dead-tuples.days=3")}
                                           << QStringLiteral("has no threshold 'days'");
        QTest::newRow("threshold of unknown check") << QStringList{QStringLiteral("--threshold"), QStringLiteral("nope.seconds=3")}
                                                    << QStringLiteral("unknown check 'nope'");
        QTest::newRow("bad threshold value") << QStringList{QStringLiteral("--threshold"), QStringLiteral("idle-in-transaction.seconds=soon")}
                                             << QStringLiteral("is not a number");
        QTest::newRow("bad fail-on") << QStringList{QStringLiteral("--fail-on"), QStringLiteral("info")}
                                     << QStringLiteral("--fail-on takes warning or critical");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = health(args);
        QVERIFY2(run.exitCode == 2, describeRun(run).constData());
        QVERIFY2(run.err().contains(message), describeRun(run).constData());
    }

    void jsonAndFailOn()
    {
        const QStringList seq{QStringLiteral("--check"), QStringLiteral("sequence-exhaustion"), QStringLiteral("--json")};
        CliRun run = health(seq);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData()); // findings alone do not fail
        const QJsonArray findings = jsonObjectOf(run).value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.first().toObject();
        for (const char *key : {"code", "severity", "object", "detail", "value", "threshold", "fix_sql"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f.value(QStringLiteral("code")).toString(), QStringLiteral("sequence-exhaustion"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(f.value(QStringLiteral("value")).toDouble(), 95.0);
        QCOMPARE(f.value(QStringLiteral("threshold")).toDouble(), 90.0);
        QVERIFY(f.value(QStringLiteral("fix_sql")).toString().startsWith(QStringLiteral("ALTER SEQUENCE")));

        run = health(seq + QStringList{QStringLiteral("--fail-on"), QStringLiteral("critical")});
        QVERIFY2(run.exitCode == 1, describeRun(run).constData());
        // raising the limit above the measured 95 % makes it a warning, and critical no longer fails
        run = health(seq + QStringList{QStringLiteral("--fail-on"), QStringLiteral("critical"), QStringLiteral("--threshold"),
                                       QStringLiteral("sequence-exhaustion.critical_percent=96")});
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        run = health(seq + QStringList{QStringLiteral("--fail-on"), QStringLiteral("warning"), QStringLiteral("--threshold"),
                                       QStringLiteral("sequence-exhaustion.percent=99")});
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        QCOMPARE(jsonObjectOf(run).value(QStringLiteral("findings")).toArray().size(), 0);
    }

    void newSinceLastRun()
    {
        const QStringList args{QStringLiteral("--check"), QStringLiteral("unvalidated-constraint"), QStringLiteral("--json")};
        CliRun run = health(args);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        run = health(args);
        QCOMPARE(jsonObjectOf(run).value(QStringLiteral("new")).toArray().size(), 0);
        QVERIFY(!jsonObjectOf(run).value(QStringLiteral("previous_run")).isNull());
        auto conn = pg::Connection::open(clusterSpec(m_db));
        QVERIFY(conn);
        QVERIFY((*conn)->execScript(QStringLiteral("CREATE TABLE later (x int); ALTER TABLE later ADD CONSTRAINT later_x CHECK (x > 0) NOT VALID")).ok());
        run = health(args);
        const QJsonArray added = jsonObjectOf(run).value(QStringLiteral("new")).toArray();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().toObject().value(QStringLiteral("object")).toString(), m_db + QStringLiteral(".public.later.later_x"));
        // a run of all checks after a run of one: only that check is compared, nothing else is "new"
        run = health({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        QCOMPARE(jsonObjectOf(run).value(QStringLiteral("new")).toArray().size(), 0);
        QVERIFY(jsonObjectOf(run).value(QStringLiteral("findings")).toArray().size() > 3);
        // text output says so too
        QVERIFY(health({QStringLiteral("--check"), QStringLiteral("unvalidated-constraint")}).out().contains(QStringLiteral("0 new and 0 resolved")));
    }

    void profileThresholdsApply()
    {
        CliRun add = runCli(addClusterProfileArgs(QStringLiteral("hp"), m_db), m_env);
        QVERIFY2(add.exitCode == 0, describeRun(add).constData());
        // a per-profile settings file raises the sequence limit above 95 %
        const QString dataDir = m_env.value(QStringLiteral("PGSTEWARD_DATA_DIR"));
        CliRun list = runCli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("hp"), QStringLiteral("--json")}, m_env);
        const QString id = jsonObjectOf(list).value(QStringLiteral("id")).toString();
        QVERIFY2(!id.isEmpty(), describeRun(list).constData());
        QDir().mkpath(dataDir + QStringLiteral("/health"));
        QFile file(dataDir + QStringLiteral("/health/") + id + QStringLiteral("-thresholds.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"thresholds":{"sequence-exhaustion.percent":97}})");
        file.close();
        CliRun run = runCli({QStringLiteral("health"), QStringLiteral("--profile"), QStringLiteral("hp"), QStringLiteral("--check"),
                             QStringLiteral("sequence-exhaustion"), QStringLiteral("--fail-on"), QStringLiteral("warning")}, m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        // and --threshold wins over the profile's file
        run = runCli({QStringLiteral("health"), QStringLiteral("--profile"), QStringLiteral("hp"), QStringLiteral("--check"),
                      QStringLiteral("sequence-exhaustion"), QStringLiteral("--fail-on"), QStringLiteral("warning"),
                      QStringLiteral("--threshold"), QStringLiteral("sequence-exhaustion.percent=50")}, m_env);
        QVERIFY2(run.exitCode == 1, describeRun(run).constData());
    }

    void maintainShowsProgress()
    {
        // SCHEMA.TABLE with SQL quoting where a name holds quotes or dots
        const auto quoted = [](QString name) -> QString { return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
        const QString table = quoted(hostileSchema()) + QLatin1Char('.') + quoted(hostileTable());
        CliRun run = runCli({QStringLiteral("maintain"), QStringLiteral("vacuum"), QStringLiteral("--db"), m_conninfo,
                             QStringLiteral("--table"), table, QStringLiteral("--full")}, m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        QVERIFY2(run.err().contains(QStringLiteral("ACCESS EXCLUSIVE")), describeRun(run).constData());
        QVERIFY2(run.err().contains(QStringLiteral("VACUUM (FULL)")), describeRun(run).constData());
        run = runCli({QStringLiteral("maintain"), QStringLiteral("reindex"), QStringLiteral("--db"), m_conninfo,
                      QStringLiteral("--table"), table}, m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        QVERIFY2(run.err().contains(QStringLiteral("REINDEX TABLE CONCURRENTLY")), describeRun(run).constData());
        run = runCli({QStringLiteral("maintain"), QStringLiteral("defrag"), QStringLiteral("--db"), m_conninfo}, m_env);
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("maintain"), QStringLiteral("analyze"), QStringLiteral("--db"), m_conninfo, QStringLiteral("--full")}, m_env);
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("maintain"), QStringLiteral("vacuum"), QStringLiteral("--db"), m_conninfo,
                      QStringLiteral("--table"), QStringLiteral("public.no_such_table")}, m_env);
        QVERIFY2(run.exitCode == 1, describeRun(run).constData());
    }

    void cleanupTestCase()
    {
        if (!m_db.isEmpty())
            dropScratchDatabase(m_db);
    }
};

QTEST_GUILESS_MAIN(TstCliHealth)
#include "tst_cli_health.moc"
