// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connecterror.h"
#include "connection/connectionspec.h"
#include "pg/connection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {
const QString kSecret = QStringLiteral("Pa55:w0rd-Secret");

ConnectionSpec specWithPassword()
{
    ConnectionSpec spec;
    spec.set(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    spec.set(QStringLiteral("port"), QStringLiteral("5432"));
    spec.set(QStringLiteral("user"), QStringLiteral("x"));
    spec.set(QStringLiteral("dbname"), QStringLiteral("nope"));
    spec.setPassword(kSecret);
    return spec;
}
} // namespace

class TestConnectError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *variable : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSERVICE"})
            qunsetenv(variable);
    }

    // Texts as libpq 15 and a PostgreSQL 15 server produce them.
    void classify_data()
    {
        QTest::addColumn<QString>("libpqMessage");
        QTest::addColumn<QString>("code");

        QTest::newRow("password failed")
            << "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed "
               "for user \"x\""
            << "auth-failed";
        QTest::newRow("peer failed") << "connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: "
                                        "FATAL:  Peer authentication failed for user \"x\""
                                     << "auth-failed";
        QTest::newRow("no password supplied")
            << "connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no password supplied"
            << "password-required";
        QTest::newRow("no database")
            << "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"nope\" does not exist"
            << "no-database";
        QTest::newRow("no role") << "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  role \"ghost\" "
                                    "does not exist"
                                 << "no-role";
        QTest::newRow("refused") << "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n"
                                    "\tIs the server running on that host and accepting TCP/IP connections?"
                                 << "unreachable";
        QTest::newRow("no socket") << "connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: No such file or "
                                      "directory\n\tIs the server running locally and accepting connections on that "
                                      "socket?"
                                   << "unreachable";
        QTest::newRow("timeout") << "timeout expired" << "timeout";
        QTest::newRow("timeout with prefix")
            << "connection to server at \"10.255.255.1\", port 5432 failed: timeout expired" << "timeout";
        QTest::newRow("hba no encryption")
            << "connection to server at \"10.0.0.1\", port 5432 failed: FATAL:  no pg_hba.conf entry for host "
               "\"10.0.0.2\", user \"x\", database \"nope\", no encryption"
            << "ssl-required";
        QTest::newRow("hba with ssl") << "connection to server at \"10.0.0.1\", port 5432 failed: FATAL:  no "
                                         "pg_hba.conf entry for host \"10.0.0.2\", user \"x\", database \"nope\", SSL "
                                         "encryption"
                                      << "hba-rejected";
        QTest::newRow("ssl unsupported") << "connection to server at \"127.0.0.1\", port 5432 failed: server does not "
                                            "support SSL, but SSL was required"
                                         << "ssl-unsupported";
        QTest::newRow("root cert missing")
            << "connection to server at \"127.0.0.1\", port 5432 failed: root certificate file "
               "\"/root/.postgresql/root.crt\" does not exist\nEither provide the file or change sslmode to disable "
               "server certificate verification."
            << "certificate";
        QTest::newRow("host name") << "could not translate host name \"x\" to address: Name or service not known"
                                   << "unreachable";
        QTest::newRow("too many clients") << "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  sorry, "
                                             "too many clients already"
                                          << "too-many-connections";
        QTest::newRow("starting up") << "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  the "
                                        "database system is starting up"
                                     << "starting-up";
        QTest::newRow("unknown") << "connection to server at \"127.0.0.1\", port 5432 failed: SCRAM exchange went "
                                    "sideways"
                                 << "connect-failed";
    }
    void classify()
    {
        QFETCH(QString, libpqMessage);
        QFETCH(QString, code);
        const Error error = classifyConnectError(libpqMessage, specWithPassword(), true);
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(!error.message.contains(kSecret), qPrintable(error.message));
        QVERIFY(!error.detail.contains(kSecret));
        QCOMPARE(error.detail, libpqMessage.trimmed());
        // The sentence names the target, so the user knows which server it is about.
        if (code != QLatin1String("certificate"))
            QVERIFY2(error.message.contains(QStringLiteral("x@127.0.0.1:5432/nope")), qPrintable(error.message));
    }

    // The same path with real libpq failures that need no server: the message texts are libpq's own.
    void realLibpqFailures_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("code");
        QTest::newRow("tcp port refused") << "127.0.0.1" << "1" << "unreachable";
        QTest::newRow("socket missing") << "SOCKETDIR" << "5432" << "unreachable";
    }
    void realLibpqFailures()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, code);
        QTemporaryDir emptySocketDir;
        QVERIFY(emptySocketDir.isValid());
        if (host == QLatin1String("SOCKETDIR"))
            host = emptySocketDir.path();
        ConnectionSpec spec = specWithPassword();
        spec.set(QStringLiteral("host"), host);
        spec.set(QStringLiteral("port"), port);
        spec.set(QStringLiteral("connect_timeout"), QStringLiteral("3"));
        auto connection = pg::Connection::open(spec);
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().code, code);
        QVERIFY(!connection.error().message.contains(kSecret));
        QVERIFY(!connection.error().detail.contains(kSecret));
    }
};

QTEST_GUILESS_MAIN(TestConnectError)
#include "tst_connecterror.moc"
