// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QTest>

using namespace pgs;

namespace {
const char *const kPgVariables[] = {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD",
                                    "PGSSLMODE", "PGSERVICE", "PGAPPNAME", "PGCONNECT_TIMEOUT"};

QString keywordsText(const ConnectionSpec &spec)
{
    QStringList pairs;
    for (auto it = spec.keywords().cbegin(); it != spec.keywords().cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    return pairs.join(QLatin1Char(' '));
}
} // namespace

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // describe() falls back to PG* variables: the tests define the whole picture themselves.
        for (const char *variable : kPgVariables)
            qunsetenv(variable);
    }

    void fromConninfo_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("keywords"); // sorted key=value pairs
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("described");

        QTest::newRow("key=value")
            << "host=db.example.com port=6543 dbname=app user=alice password=hunter2 sslmode=require"
            << "dbname=app host=db.example.com port=6543 sslmode=require user=alice" << "hunter2"
            << "alice@db.example.com:6543/app";
        QTest::newRow("quoted value with spaces and quotes")
            << R"(host=h user='o\'neil' password='pa ss\'word' dbname='my db')"
            << "dbname=my db host=h user=o'neil" << "pa ss'word" << "o'neil@h:5432/my db";
        QTest::newRow("uri")
            << "postgresql://alice:s%3Acr%40t@db.example.com:6543/app?sslmode=verify-full&application_name=etl"
            << "application_name=etl dbname=app host=db.example.com port=6543 sslmode=verify-full user=alice"
            << "s:cr@t" << "alice@db.example.com:6543/app";
        QTest::newRow("postgres:// uri, password in query")
            << "postgres://bob@localhost/shop?password=qwerty" << "dbname=shop host=localhost user=bob" << "qwerty"
            << "bob@localhost:5432/shop";
        QTest::newRow("uri with socket dir") << "postgresql://%2Fvar%2Frun%2Fpostgresql/app"
                                             << "dbname=app host=/var/run/postgresql" << ""
                                             << "/var/run/postgresql:5432/app";
        QTest::newRow("service") << "service=billing" << "service=billing" << "" << "localhost:5432 (service billing)";
        QTest::newRow("empty") << "" << "" << "" << "localhost:5432";
    }
    void fromConninfo()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, keywords);
        QFETCH(QString, password);
        QFETCH(QString, described);
        auto spec = ConnectionSpec::fromConninfo(conninfo);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message));
        QCOMPARE(keywordsText(*spec), keywords);
        QCOMPARE(spec->password(), password);
        QCOMPARE(spec->hasPassword(), !password.isEmpty());
        QVERIFY(!spec->keywords().contains(QStringLiteral("password")));
        QCOMPARE(spec->describe(), described);

        if (!password.isEmpty()) {
            QVERIFY(!spec->describe().contains(password));
            const QProcessEnvironment env = spec->toolEnvironment(QProcessEnvironment());
            QVERIFY(!env.contains(QStringLiteral("PGPASSWORD")));
            for (const QString &key : env.keys())
                QVERIFY2(!env.value(key).contains(password), qPrintable(key));
        }
    }

    void badConninfo_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::newRow("missing =") << "host=h password=Secr3tPw dbname";
        QTest::newRow("unknown keyword") << "password=Secr3tPw hots=h";
        QTest::newRow("unterminated quote") << "password=Secr3tPw host='h";
        QTest::newRow("bad uri ipv6") << "postgresql://u:Secr3tPw@[::1/db";
        QTest::newRow("bad percent escape in uri password") << "postgresql://u:Secr3tPw%zz@h/db";
        QTest::newRow("bad percent escape, password in query") << "postgresql://h/db?password=Secr3tPw%zz";
        QTest::newRow("quoted password, bad keyword") << "password='Secr3tPw' nosuch=1";
        QTest::newRow("bad uri parameter") << "postgresql://u:Secr3tPw@h/db?nosuchparam=1";
    }
    void badConninfo()
    {
        QFETCH(QString, conninfo);
        auto spec = ConnectionSpec::fromConninfo(conninfo);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code, QStringLiteral("bad-conninfo"));
        QVERIFY(!spec.error().message.isEmpty());
        QVERIFY2(!spec.error().message.contains(QStringLiteral("Secr3tPw")), qPrintable(spec.error().message));
        QVERIFY(!spec.error().detail.contains(QStringLiteral("Secr3tPw")));
    }

    void fromProfile_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("keywords");

        const QString common = QStringLiteral("application_name=pgsteward connect_timeout=10 dbname=app ");
        QTest::newRow("plain") << "" << 5432 << "prefer"
                               << common + "host=db port=5432 sslcert=/c.crt sslkey=/c.key sslmode=prefer "
                                           "sslrootcert=/r.crt user=alice";
        QTest::newRow("service leaves defaults to the service file")
            << "billing" << 5432 << "prefer"
            << common + "host=db service=billing sslcert=/c.crt sslkey=/c.key sslrootcert=/r.crt user=alice";
        QTest::newRow("service with explicit port and sslmode")
            << "billing" << 6432 << "require"
            << common + "host=db port=6432 service=billing sslcert=/c.crt sslkey=/c.key sslmode=require "
                        "sslrootcert=/r.crt user=alice";
    }
    void fromProfile()
    {
        QFETCH(QString, service);
        QFETCH(int, port);
        QFETCH(QString, sslMode);
        QFETCH(QString, keywords);
        ConnectionProfile p;
        p.name = QStringLiteral("n");
        p.host = QStringLiteral("db");
        p.port = port;
        p.database = QStringLiteral("app");
        p.user = QStringLiteral("alice");
        p.sslMode = sslMode;
        p.sslRootCert = QStringLiteral("/r.crt");
        p.sslCert = QStringLiteral("/c.crt");
        p.sslKey = QStringLiteral("/c.key");
        p.service = service;
        const ConnectionSpec spec = ConnectionSpec::fromProfile(p);
        QCOMPARE(keywordsText(spec), keywords);
        QVERIFY(!spec.hasPassword());
    }

    void fromProfileEmptyFieldsOmitted()
    {
        ConnectionProfile p;
        p.applicationName.clear();
        p.connectTimeoutSeconds = 0;
        const ConnectionSpec spec = ConnectionSpec::fromProfile(p);
        // Empty keywords are not passed, so libpq's own defaults (PG* variables, socket) apply.
        QCOMPARE(keywordsText(spec), QStringLiteral("port=5432 sslmode=prefer"));
    }

    void readOnlyProfileSetsTheOption()
    {
        ConnectionProfile p;
        p.host = QStringLiteral("db");
        QVERIFY(ConnectionSpec::fromProfile(p).value(QStringLiteral("options")).isEmpty());
        p.readOnly = true;
        const ConnectionSpec spec = ConnectionSpec::fromProfile(p);
        QCOMPARE(spec.value(QStringLiteral("options")), QStringLiteral("-c default_transaction_read_only=on"));
        // Child tools (pg_dump …) get it too.
        QCOMPARE(spec.toolEnvironment(QProcessEnvironment()).value(QStringLiteral("PGOPTIONS")),
                 QStringLiteral("-c default_transaction_read_only=on"));
        QVERIFY(!refuseOnReadOnly(p, QStringLiteral("Maintenance")));
        QVERIFY(refuseOnReadOnly(p, QStringLiteral("Maintenance")).error().message.contains(QStringLiteral("read-only")));
        p.readOnly = false;
        QVERIFY(refuseOnReadOnly(p, QStringLiteral("Maintenance")));
    }

    void toolEnvironment_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("variable");
        QTest::newRow("host") << "host" << "PGHOST";
        QTest::newRow("hostaddr") << "hostaddr" << "PGHOSTADDR";
        QTest::newRow("port") << "port" << "PGPORT";
        QTest::newRow("dbname") << "dbname" << "PGDATABASE";
        QTest::newRow("user") << "user" << "PGUSER";
        QTest::newRow("sslmode") << "sslmode" << "PGSSLMODE";
        QTest::newRow("sslrootcert") << "sslrootcert" << "PGSSLROOTCERT";
        QTest::newRow("sslcert") << "sslcert" << "PGSSLCERT";
        QTest::newRow("sslkey") << "sslkey" << "PGSSLKEY";
        QTest::newRow("connect_timeout") << "connect_timeout" << "PGCONNECT_TIMEOUT";
        QTest::newRow("application_name") << "application_name" << "PGAPPNAME";
        QTest::newRow("service") << "service" << "PGSERVICE";
        QTest::newRow("options") << "options" << "PGOPTIONS";
        QTest::newRow("passfile") << "passfile" << "PGPASSFILE";
    }
    void toolEnvironment()
    {
        QFETCH(QString, keyword);
        QFETCH(QString, variable);
        ConnectionSpec spec;
        spec.set(keyword, QStringLiteral("value-of-") + keyword);
        spec.setPassword(QStringLiteral("NeverInEnv1"));
        QProcessEnvironment base;
        base.insert(QStringLiteral("KEEP_ME"), QStringLiteral("1"));
        const QProcessEnvironment env = spec.toolEnvironment(base);
        QCOMPARE(env.value(variable), QStringLiteral("value-of-") + keyword);
        QCOMPARE(env.value(QStringLiteral("KEEP_ME")), QStringLiteral("1"));
        QCOMPARE(env.keys().size(), 2);
        QVERIFY(!env.contains(QStringLiteral("PGPASSWORD")));
    }

    void setEmptyRemoves()
    {
        ConnectionSpec spec;
        spec.set(QStringLiteral("host"), QStringLiteral("h"));
        spec.set(QStringLiteral("host"), QString());
        QVERIFY(spec.keywords().isEmpty());
        const ConnectionSpec other = spec.withDatabase(QStringLiteral("x"));
        QCOMPARE(other.value(QStringLiteral("dbname")), QStringLiteral("x"));
        QVERIFY(spec.value(QStringLiteral("dbname")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
