// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestenv.h"

#include <QRegularExpression>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

// `pgsteward-cli status` against the fixture cluster, plus the exit-code contract of the CLI.
class TstCliStatus : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    ConnectionSpec m_demo;

    CliRun cli(const QStringList &args, const QProcessEnvironment &env = {})
    {
        return runCli(args, env.isEmpty() ? m_env : env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(clusterAvailable(), "the test cluster fixture is not running");
        m_env = isolatedCliEnvironment(m_tmp);
        m_demo = clusterSpec(demoDatabase());
    }

    void statusJson()
    {
        const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(m_demo),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.standardError.isEmpty(), describeRun(run)); // no progress noise without a tty
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(run.standardOutput, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QVERIFY(o.value(QStringLiteral("server_version_num")).toInt() >= 150000);
        QVERIFY(!o.value(QStringLiteral("server_version")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("in_recovery")).toBool(true), false);
        QVERIFY(o.value(QStringLiteral("uptime_seconds")).isDouble());
        QVERIFY(o.value(QStringLiteral("connections")).toObject().value(QStringLiteral("used")).toInt() >= 1);
        QVERIFY(o.value(QStringLiteral("connections")).toObject().value(QStringLiteral("max")).toInt() >= 1);
        QCOMPARE(o.value(QStringLiteral("current_database")).toString(), demoDatabase());
        bool demoFound = false;
        for (const QJsonValue &db : o.value(QStringLiteral("databases")).toArray()) {
            if (db[QStringLiteral("name")].toString() == demoDatabase()) {
                demoFound = true;
                QVERIFY(db[QStringLiteral("size_bytes")].toDouble() > 0);
            }
        }
        QVERIFY2(demoFound, run.standardOutput.constData());
    }

    void statusHuman()
    {
        const CliRun json = cli({QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(m_demo),
                                 QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QString version = jsonObjectOf(json).value(QStringLiteral("server_version")).toString();
        QVERIFY(!version.isEmpty());

        const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(m_demo)});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.out().contains(version), describeRun(run));
        QVERIFY2(run.out().contains(demoDatabase()), describeRun(run));
        QVERIFY2(run.out().contains(QStringLiteral("DATABASE")), describeRun(run));
        // Sizes are human-readable, not raw byte counts.
        QVERIFY2(run.out().contains(QRegularExpression(QStringLiteral("\\d+(\\.\\d)? (MB|kB|KB|GB|MiB|KiB)"))),
                 describeRun(run));
    }

    void unreachableServerFailsWithOneLine()
    {
        ConnectionSpec wrong = m_demo;
        wrong.set(QStringLiteral("port"), QStringLiteral("1"));
        wrong.set(QStringLiteral("connect_timeout"), QStringLiteral("5"));
        const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--db"), conninfoOf(wrong)});
        QVERIFY2(run.exitCode == 1, describeRun(run));
        QVERIFY2(run.standardOutput.isEmpty(), describeRun(run));
        const QStringList lines = run.err().trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() == 1, describeRun(run));
        QVERIFY2(lines.first().startsWith(QStringLiteral("pgsteward-cli: ")), describeRun(run));
        QVERIFY2(lines.first().contains(QStringLiteral(":1")) || lines.first().contains(m_demo.value(QStringLiteral("host"))),
                 describeRun(run));

        // --verbose adds the libpq detail below that line.
        const CliRun verbose = cli({QStringLiteral("--verbose"), QStringLiteral("status"), QStringLiteral("--db"),
                                    conninfoOf(wrong)});
        QCOMPARE(verbose.exitCode, 1);
        QVERIFY2(verbose.err().trimmed().split(QLatin1Char('\n')).size() > 1, describeRun(verbose));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("neither --db nor --profile") << QStringList{QStringLiteral("status")};
        QTest::newRow("both --db and --profile")
            << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("port=1"),
                           QStringLiteral("--profile"), QStringLiteral("x")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("status"), QStringLiteral("--bogus")};
        QTest::newRow("missing option value") << QStringList{QStringLiteral("status"), QStringLiteral("--db")};
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("status")};
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("port=1"),
                           QStringLiteral("extra")};
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("profiles"), QStringLiteral("frob")};
        QTest::newRow("missing subcommand") << QStringList{QStringLiteral("sandbox")};
        QTest::newRow("unparsable --db") << QStringList{QStringLiteral("status"), QStringLiteral("--db"),
                                                        QStringLiteral("host=x nonsense_keyword=1")};
        QTest::newRow("test without target") << QStringList{QStringLiteral("test")};
        QTest::newRow("tools bad --min-version")
            << QStringList{QStringLiteral("tools"), QStringLiteral("--min-version"), QStringLiteral("abc")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun run = cli(args);
        QVERIFY2(run.exitCode == 2, describeRun(run));
        QVERIFY2(run.standardOutput.isEmpty(), describeRun(run));
        QVERIFY2(run.err().startsWith(QStringLiteral("pgsteward-cli: ")), describeRun(run));
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QList<QStringList> commands{
            {},
            {QStringLiteral("status")},
            {QStringLiteral("test")},
            {QStringLiteral("tools")},
            {QStringLiteral("profiles")},
            {QStringLiteral("profiles"), QStringLiteral("list")},
            {QStringLiteral("profiles"), QStringLiteral("show")},
            {QStringLiteral("profiles"), QStringLiteral("add")},
            {QStringLiteral("profiles"), QStringLiteral("remove")},
            {QStringLiteral("profiles"), QStringLiteral("import-service")},
            {QStringLiteral("sandbox")},
            {QStringLiteral("sandbox"), QStringLiteral("start")},
            {QStringLiteral("sandbox"), QStringLiteral("stop")},
            {QStringLiteral("sandbox"), QStringLiteral("status")},
            {QStringLiteral("sandbox"), QStringLiteral("drop")},
            {QStringLiteral("sandbox"), QStringLiteral("workload")},
        };
        for (const QStringList &command : commands) {
            const QString name = (QStringList{QStringLiteral("pgsteward-cli")} + command).join(QLatin1Char(' '));
            QTest::newRow(qPrintable(name)) << (command + QStringList{QStringLiteral("--help")}) << name;
        }
    }

    void helpForEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliRun run = cli(args);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.out().contains(QStringLiteral("Usage: ") + mentions), describeRun(run));
        QVERIFY2(run.standardError.isEmpty(), describeRun(run));
    }

    void mainHelpKeepsNamesApartFromTheirSummaries()
    {
        const CliRun run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out().contains(QLatin1String("  globals-restore  Restore roles")), describeRun(run));
        // Every summary starts in the same column, two spaces after the longest name.
        const QString commands = run.out().section(QLatin1String("Commands:"), 1).section(QLatin1String("Options:"), 0, 0);
        static const QRegularExpression row(QStringLiteral("^  ([a-z-]+)( +)\\S"));
        QList<qsizetype> columns;
        for (const QString &line : commands.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = row.match(line);
            if (m.hasMatch())
                columns << m.capturedEnd(2);
        }
        QVERIFY(columns.size() > 10);
        for (qsizetype c : columns)
            QVERIFY2(c == columns.first(), describeRun(run));
    }

    void version()
    {
        const CliRun run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out().startsWith(QStringLiteral("pgsteward-cli ")));
    }

    // What --db leaves out, libpq takes from PG* variables.
    void environmentVariablesAreHonoured()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("PGHOST"), m_demo.value(QStringLiteral("host")));
        env.insert(QStringLiteral("PGUSER"), m_demo.value(QStringLiteral("user")));
        env.insert(QStringLiteral("PGDATABASE"), demoDatabase());

        QProcessEnvironment withPort = env;
        withPort.insert(QStringLiteral("PGPORT"), m_demo.value(QStringLiteral("port")));
        const CliRun empty = cli({QStringLiteral("status"), QStringLiteral("--db"), QString(), QStringLiteral("--json")},
                                 withPort);
        QVERIFY2(empty.exitCode == 0, describeRun(empty));
        QCOMPARE(jsonObjectOf(empty).value(QStringLiteral("current_database")).toString(), demoDatabase());

        const CliRun portOnly = cli({QStringLiteral("status"), QStringLiteral("--db"),
                                     QStringLiteral("port=") + m_demo.value(QStringLiteral("port")),
                                     QStringLiteral("--json")},
                                    env);
        QVERIFY2(portOnly.exitCode == 0, describeRun(portOnly));
        QCOMPARE(jsonObjectOf(portOnly).value(QStringLiteral("current_database")).toString(), demoDatabase());

        // And they really are used: a PGDATABASE that does not exist makes it fail.
        QProcessEnvironment wrongDb = withPort;
        wrongDb.insert(QStringLiteral("PGDATABASE"), QStringLiteral("no_such_database_here"));
        const CliRun failing = cli({QStringLiteral("status"), QStringLiteral("--db"), QString()}, wrongDb);
        QVERIFY2(failing.exitCode == 1, describeRun(failing));
        QVERIFY2(failing.err().contains(QStringLiteral("no_such_database_here")), describeRun(failing));
    }

    void testCommand()
    {
        const CliRun ok = cli({QStringLiteral("test"), QStringLiteral("--db"), conninfoOf(m_demo), QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, describeRun(ok));
        QCOMPARE(jsonObjectOf(ok).value(QStringLiteral("ok")).toBool(), true);

        ConnectionSpec wrong = m_demo;
        wrong.set(QStringLiteral("dbname"), QStringLiteral("no_such_database_here"));
        const CliRun bad = cli({QStringLiteral("test"), QStringLiteral("--db"), conninfoOf(wrong), QStringLiteral("--json")});
        QVERIFY2(bad.exitCode == 1, describeRun(bad));
        const QJsonObject o = jsonObjectOf(bad);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("no-database"));
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCliStatus)
#include "tst_cli_status.moc"
