// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace pgs;
using namespace pgs::test;

// `pgsteward-cli profiles ...` on real files in a temporary config dir, and --profile resolution.
class TstCliProfiles : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QProcessEnvironment m_env;

    CliRun cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return runCli(args, m_env, stdinData);
    }
    QString profilesFile() const { return m_tmp->filePath(QStringLiteral("config/profiles.json")); }
    QString pgpassFile() const { return m_env.value(QStringLiteral("PGPASSFILE")); }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    // A profile that reaches the fixture cluster over its socket.
    QStringList clusterProfileArgs(const QString &name)
    {
        const ConnectionSpec spec = clusterSpec(demoDatabase());
        return {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"), name,
                QStringLiteral("--host"), spec.value(QStringLiteral("host")), QStringLiteral("--port"),
                spec.value(QStringLiteral("port")), QStringLiteral("--user"), spec.value(QStringLiteral("user")),
                QStringLiteral("--database"), demoDatabase(), QStringLiteral("--sslmode"), QStringLiteral("disable")};
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_env = isolatedCliEnvironment(*m_tmp);
    }

    void addListShowRemove()
    {
        const CliRun added = cli({QStringLiteral("profiles"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("Billing primary"),
                                  QStringLiteral("--host"), QStringLiteral("db1.example.com"),
                                  QStringLiteral("--port"), QStringLiteral("6543"),
                                  QStringLiteral("--user"), QStringLiteral("alice"),
                                  QStringLiteral("--database"), QStringLiteral("billing"),
                                  QStringLiteral("--group"), QStringLiteral("Production"),
                                  QStringLiteral("--sslmode"), QStringLiteral("verify-full"),
                                  QStringLiteral("--sslrootcert"), QStringLiteral("/etc/ssl/root.crt"),
                                  QStringLiteral("--sslcert"), QStringLiteral("/etc/ssl/client.crt"),
                                  QStringLiteral("--sslkey"), QStringLiteral("/etc/ssl/client.key"),
                                  QStringLiteral("--connect-timeout"), QStringLiteral("7"),
                                  QStringLiteral("--application-name"), QStringLiteral("nightly"),
                                  QStringLiteral("--service"), QStringLiteral("billing"),
                                  QStringLiteral("--production"),
                                  QStringLiteral("--production-color"), QStringLiteral("#ff8800"),
                                  QStringLiteral("--capacity-bytes"), QStringLiteral("107374182400"),
                                  QStringLiteral("--tools-dir"), QStringLiteral("/opt/pg16/bin"),
                                  QStringLiteral("--password-storage"), QStringLiteral("ask")});
        QVERIFY2(added.exitCode == 0, describeRun(added));
        QVERIFY2(added.out().contains(QStringLiteral("Billing primary")), describeRun(added));

        const CliRun list = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, describeRun(list));
        const QJsonArray profiles = jsonArrayOf(list);
        QCOMPARE(profiles.size(), 1);
        const QJsonObject p = profiles.first().toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Billing primary"));
        QCOMPARE(p.value(QStringLiteral("group")).toString(), QStringLiteral("Production"));
        QCOMPARE(p.value(QStringLiteral("host")).toString(), QStringLiteral("db1.example.com"));
        QCOMPARE(p.value(QStringLiteral("port")).toInt(), 6543);
        QCOMPARE(p.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(p.value(QStringLiteral("database")).toString(), QStringLiteral("billing"));
        QCOMPARE(p.value(QStringLiteral("sslmode")).toString(), QStringLiteral("verify-full"));
        QCOMPARE(p.value(QStringLiteral("sslrootcert")).toString(), QStringLiteral("/etc/ssl/root.crt"));
        QCOMPARE(p.value(QStringLiteral("sslcert")).toString(), QStringLiteral("/etc/ssl/client.crt"));
        QCOMPARE(p.value(QStringLiteral("sslkey")).toString(), QStringLiteral("/etc/ssl/client.key"));
        QCOMPARE(p.value(QStringLiteral("connect_timeout")).toInt(), 7);
        QCOMPARE(p.value(QStringLiteral("application_name")).toString(), QStringLiteral("nightly"));
        QCOMPARE(p.value(QStringLiteral("service")).toString(), QStringLiteral("billing"));
        QCOMPARE(p.value(QStringLiteral("production")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("production_color")).toString(), QStringLiteral("#ff8800"));
        QCOMPARE(p.value(QStringLiteral("volume_capacity_bytes")).toDouble(), 107374182400.0);
        QCOMPARE(p.value(QStringLiteral("tools_dir")).toString(), QStringLiteral("/opt/pg16/bin"));
        QCOMPARE(p.value(QStringLiteral("password_storage")).toString(), QStringLiteral("ask"));
        const QString id = p.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        const CliRun table = cli({QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out().contains(QStringLiteral("alice@db1.example.com:6543/billing")), describeRun(table));
        QVERIFY2(table.out().contains(QStringLiteral("PRODUCTION")), describeRun(table));

        const CliRun showJson = cli({QStringLiteral("profiles"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(showJson.exitCode == 0, describeRun(showJson));
        QCOMPARE(jsonObjectOf(showJson), p);
        const CliRun show = cli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Billing primary")});
        QVERIFY2(show.exitCode == 0 && show.out().contains(id), describeRun(show));

        const CliRun removed = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Billing primary")});
        QVERIFY2(removed.exitCode == 0, describeRun(removed));
        const CliRun empty = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(jsonArrayOf(empty).size(), 0);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("show"), id}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), id}).exitCode, 1);
    }

    void duplicateNameNeedsReplace()
    {
        QStringList args{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("dup"),
                         QStringLiteral("--host"), QStringLiteral("h1"), QStringLiteral("--user"), QStringLiteral("u"),
                         QStringLiteral("--database"), QStringLiteral("d")};
        QCOMPARE(cli(args).exitCode, 0);
        const QByteArray before = readAll(profilesFile());
        const QString id = jsonArrayOf(cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}))
                               .first()[QStringLiteral("id")].toString();

        args[5] = QStringLiteral("h2");
        const CliRun again = cli(args);
        QVERIFY2(again.exitCode == 1, describeRun(again));
        QVERIFY2(again.err().contains(QStringLiteral("dup")), describeRun(again));
        QCOMPARE(readAll(profilesFile()), before);

        const CliRun replaced = cli(args + QStringList{QStringLiteral("--replace")});
        QVERIFY2(replaced.exitCode == 0, describeRun(replaced));
        const QJsonArray after = jsonArrayOf(cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first()[QStringLiteral("id")].toString(), id);
        QCOMPARE(after.first()[QStringLiteral("host")].toString(), QStringLiteral("h2"));
    }

    void badValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("sslmode") << QStringList{QStringLiteral("--sslmode"), QStringLiteral("sometimes")};
        QTest::newRow("port 0") << QStringList{QStringLiteral("--port"), QStringLiteral("0")};
        QTest::newRow("port 70000") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("fivefour")};
        QTest::newRow("password storage") << QStringList{QStringLiteral("--password-storage"), QStringLiteral("vault")};
        QTest::newRow("connect timeout") << QStringList{QStringLiteral("--connect-timeout"), QStringLiteral("-3")};
        QTest::newRow("capacity") << QStringList{QStringLiteral("--capacity-bytes"), QStringLiteral("lots")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("red")};
    }

    void badValuesAreUsageErrors()
    {
        QFETCH(QStringList, extra);
        const QStringList args{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("h"),
                               QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--database"),
                               QStringLiteral("d")};
        const CliRun run = cli(args + extra);
        QVERIFY2(run.exitCode == 2, describeRun(run));
        QVERIFY(!QFile::exists(profilesFile()));
        // Missing required options are usage errors too.
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--host"), QStringLiteral("h")}).exitCode, 2);
    }

    void passwordFromStdinGoesToPgpassOnly()
    {
        const QByteArray secret = "Zq9-not-in-any-output";
        QStringList args = clusterProfileArgs(QStringLiteral("with password"));
        args << QStringLiteral("--password-stdin"); // no keychain here, so the default is pgpass
        const CliRun added = cli(args, secret + "\n");
        QVERIFY2(added.exitCode == 0, describeRun(added));
        QVERIFY(!added.standardOutput.contains(secret));
        QVERIFY(!added.standardError.contains(secret));
        QVERIFY(!readAll(profilesFile()).isEmpty());
        QVERIFY(!readAll(profilesFile()).contains(secret));

        const QByteArray pgpass = readAll(pgpassFile());
        QVERIFY2(pgpass.contains(QByteArray(":" + secret)), pgpass.constData());
        QVERIFY(pgpass.contains(QByteArray(":" + demoDatabase().toUtf8() + ":")));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(pgpassFile()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        const CliRun list = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonArrayOf(list).first()[QStringLiteral("password_storage")].toString(), QStringLiteral("pgpass"));
        QVERIFY(!list.standardOutput.contains(secret));

        // Using the profile, even verbosely and even when it fails, never shows the password.
        const CliRun status = cli({QStringLiteral("--verbose"), QStringLiteral("status"), QStringLiteral("--profile"),
                                   QStringLiteral("with password"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, describeRun(status));
        QVERIFY(!status.standardOutput.contains(secret) && !status.standardError.contains(secret));

        // An empty stdin is an error and saves nothing.
        const CliRun noPassword = cli(clusterProfileArgs(QStringLiteral("no password"))
                                      << QStringLiteral("--password-stdin"));
        QCOMPARE(noPassword.exitCode, 1);
        QCOMPARE(jsonArrayOf(cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")})).size(), 1);
    }

    void importService()
    {
        const QString serviceFile = m_tmp->filePath(QStringLiteral("pg_service.conf"));
        writeFile(serviceFile, "# two services\n"
                               "[alpha]\nhost=alpha.example.com\nport=5433\ndbname=app\nuser=app_owner\n\n"
                               "[beta]\nhost=beta.example.com\ndbname=reports\nuser=reader\nsslmode=require\n");
        writeFile(pgpassFile(), "alpha.example.com:5433:app:app_owner:alphapw\nother:*:*:*:x\n");
        QFile::setPermissions(pgpassFile(), QFile::ReadOwner | QFile::WriteOwner);
        m_env.insert(QStringLiteral("PGSERVICEFILE"), serviceFile);

        const CliRun imported = cli({QStringLiteral("profiles"), QStringLiteral("import-service")});
        QVERIFY2(imported.exitCode == 0, describeRun(imported));
        QVERIFY2(imported.out().contains(QStringLiteral("alpha")) && imported.out().contains(QStringLiteral("beta")),
                 describeRun(imported));
        QVERIFY(!imported.standardOutput.contains("alphapw"));

        const QJsonArray profiles = jsonArrayOf(cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(profiles.size(), 2);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : profiles)
            byName.insert(v[QStringLiteral("name")].toString(), v.toObject());
        QVERIFY(byName.contains(QStringLiteral("alpha")) && byName.contains(QStringLiteral("beta")));
        QCOMPARE(byName[QStringLiteral("alpha")][QStringLiteral("host")].toString(), QStringLiteral("alpha.example.com"));
        QCOMPARE(byName[QStringLiteral("alpha")][QStringLiteral("port")].toInt(), 5433);
        QCOMPARE(byName[QStringLiteral("alpha")][QStringLiteral("password_storage")].toString(), QStringLiteral("pgpass"));
        QCOMPARE(byName[QStringLiteral("beta")][QStringLiteral("password_storage")].toString(), QStringLiteral("none"));
        QCOMPARE(byName[QStringLiteral("beta")][QStringLiteral("sslmode")].toString(), QStringLiteral("require"));

        // Again: nothing replaced, each one reported as skipped.
        const CliRun again = cli({QStringLiteral("profiles"), QStringLiteral("import-service"), QStringLiteral("--file"), serviceFile});
        QVERIFY2(again.exitCode == 0, describeRun(again));
        QCOMPARE(again.out().count(QStringLiteral("skipped")), 2);
        QCOMPARE(jsonArrayOf(cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")})).size(), 2);

        const CliRun missing = cli({QStringLiteral("profiles"), QStringLiteral("import-service"),
                                    QStringLiteral("--service"), QStringLiteral("gamma")});
        QVERIFY2(missing.exitCode == 1 && missing.err().contains(QStringLiteral("gamma")), describeRun(missing));
    }

    void statusThroughProfile()
    {
        QCOMPARE(cli(clusterProfileArgs(QStringLiteral("fixture"))).exitCode, 0);
        const CliRun status = cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("fixture"),
                                   QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, describeRun(status));
        QCOMPARE(jsonObjectOf(status).value(QStringLiteral("current_database")).toString(), demoDatabase());
        QVERIFY(jsonObjectOf(status).value(QStringLiteral("server_version_num")).toInt() >= 150000);

        const CliRun unknown = cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("nope")});
        QVERIFY2(unknown.exitCode == 1 && unknown.err().contains(QStringLiteral("nope")), describeRun(unknown));
    }

    void askProfileWithoutTerminal()
    {
        QCOMPARE(cli(clusterProfileArgs(QStringLiteral("asking")) << QStringLiteral("--password-storage")
                                                                   << QStringLiteral("ask")).exitCode, 0);
        // stdin is a pipe here, not a terminal: no prompt, a clear error instead.
        const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("asking")});
        QVERIFY2(run.exitCode == 1, describeRun(run));
        QVERIFY2(run.err().contains(QStringLiteral("PGPASSWORD")), describeRun(run));
        m_env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("whatever-trust-auth"));
        const CliRun withEnv = cli({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("asking")});
        QVERIFY2(withEnv.exitCode == 0, describeRun(withEnv));
    }

    void corruptProfilesFileIsSetAside()
    {
        QDir().mkpath(m_tmp->filePath(QStringLiteral("config")));
        writeFile(profilesFile(), "{ this is not json");
        const CliRun run = cli({QStringLiteral("profiles"), QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.err().contains(QStringLiteral("warning")), describeRun(run));
        const QStringList aside = QDir(m_tmp->filePath(QStringLiteral("config")))
                                      .entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(m_tmp->filePath(QStringLiteral("config/") + aside.first())), QByteArray("{ this is not json"));
    }

    // Issue 8: {"name": 5} was listed as a nameless localhost:5432 profile.
    void wrongShapedEntriesAreSkipped()
    {
        QDir().mkpath(m_tmp->filePath(QStringLiteral("config")));
        const QByteArray content = R"({"schema_version":1,"profiles":[{"name":5},{"name":"kept","host":"db9"},)"
                                   R"({"name":"bad port","port":"x"}]})";
        writeFile(profilesFile(), content);
        const CliRun run = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonArray listed = jsonArrayOf(run);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()[QStringLiteral("name")].toString(), QStringLiteral("kept"));
        QVERIFY2(run.err().contains(QStringLiteral("profiles[0]")) && run.err().contains(QStringLiteral("profiles[2]")),
                 describeRun(run));
        const QStringList aside = QDir(m_tmp->filePath(QStringLiteral("config")))
                                      .entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(m_tmp->filePath(QStringLiteral("config/") + aside.first())), content);
        QCOMPARE(readAll(profilesFile()), content); // rewritten only by the next change
    }
};

QTEST_GUILESS_MAIN(TstCliProfiles)
#include "tst_cli_profiles.moc"
