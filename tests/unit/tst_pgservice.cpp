// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/pgservice.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {

bool writeAll(const QString &file, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// "name{k=v,k=v}" per service, in order, for compact comparisons.
QStringList summarize(const QList<ServiceEntry> &entries)
{
    QStringList out;
    for (const ServiceEntry &e : entries) {
        QStringList pairs;
        for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
            pairs << it.key() + QLatin1Char('=') + it.value();
        out << e.name + QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    return out;
}

} // namespace

class TestPgService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("PGSERVICEFILE", m_dir->filePath(QStringLiteral("user/pg_service.conf")).toLocal8Bit());
        qputenv("PGSYSCONFDIR", m_dir->filePath(QStringLiteral("sys")).toLocal8Bit());
    }

    void searchPaths()
    {
        QCOMPARE(PgServiceFile::searchPaths(),
                 (QStringList{m_dir->filePath(QStringLiteral("user/pg_service.conf")),
                              m_dir->filePath(QStringLiteral("sys")) + QStringLiteral("/pg_service.conf")}));
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGSYSCONFDIR");
        QCOMPARE(PgServiceFile::searchPaths(),
                 (QStringList{QDir::homePath() + QStringLiteral("/.pg_service.conf"),
                              QStringLiteral("/etc/postgresql-common/pg_service.conf")}));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("simple") << "[prod]\nhost=db1\nport=5433\n" << QStringList{"prod{host=db1,port=5433}"};
        QTest::newRow("spaces around key and value")
            << "  [prod]  \n  host =  db1  \n\tdbname\t=\tapp\t\n" << QStringList{"prod{dbname=app,host=db1}"};
        QTest::newRow("comments and blank lines")
            << "# top\n\n[a]\n# host=commented\n   # indented comment\nuser=u\n\n" << QStringList{"a{user=u}"};
        QTest::newRow("value with = and spaces inside")
            << "[a]\noptions=-c search_path=app -c work_mem=64MB\n"
            << QStringList{"a{options=-c search_path=app -c work_mem=64MB}"};
        QTest::newRow("empty value") << "[a]\nhost=\n" << QStringList{"a{host=}"};
        QTest::newRow("lines before any section ignored") << "host=nowhere\n[a]\nport=1\n" << QStringList{"a{port=1}"};
        QTest::newRow("line without = ignored") << "[a]\njunk\nport=1\n" << QStringList{"a{port=1}"};
        QTest::newRow("two sections") << "[a]\nport=1\n[b]\nport=2\n" << QStringList{"a{port=1}", "b{port=2}"};
        QTest::newRow("empty section kept") << "[a]\n[b]\nport=2\n" << QStringList{"a{}", "b{port=2}"};
        QTest::newRow("duplicate section: first wins")
            << "[a]\nport=1\n[a]\nport=2\nhost=x\n" << QStringList{"a{port=1}"};
        QTest::newRow("duplicate key: first wins") << "[a]\nport=1\nport=2\n" << QStringList{"a{port=1}"};
        QTest::newRow("CRLF") << "[a]\r\nhost=h\r\n" << QStringList{"a{host=h}"};
        QTest::newRow("text after bracket ignored") << "[a] # note\nport=1\n" << QStringList{"a{port=1}"};
        QTest::newRow("empty name ignored") << "[]\nport=1\n[b]\nport=2\n" << QStringList{"b{port=2}"};
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<ServiceEntry> entries = PgServiceFile::parse(text, QStringLiteral("/x/pg_service.conf"));
        QCOMPARE(summarize(entries), expected);
        for (const ServiceEntry &e : entries)
            QCOMPARE(e.sourceFile, QStringLiteral("/x/pg_service.conf"));
    }

    void discoverPrecedence()
    {
        const QString userFile = m_dir->filePath(QStringLiteral("user/pg_service.conf"));
        const QString sysFile = m_dir->filePath(QStringLiteral("sys/pg_service.conf"));
        QVERIFY(writeAll(userFile, "[shared]\nhost=from-user\n[mine]\nhost=u\n"));
        QVERIFY(writeAll(sysFile, "[shared]\nhost=from-sys\nport=9999\n[system]\nhost=s\n"));

        const QList<ServiceEntry> all = PgServiceFile::discover();
        // The whole service comes from the first file that defines it: no merging of keywords.
        QCOMPARE(summarize(all), (QStringList{"shared{host=from-user}", "mine{host=u}", "system{host=s}"}));
        QCOMPARE(all[0].sourceFile, userFile);
        QCOMPARE(all[2].sourceFile, sysFile);
    }

    void discoverWithMissingFiles()
    {
        QVERIFY(PgServiceFile::discover().isEmpty());
        QVERIFY(writeAll(m_dir->filePath(QStringLiteral("sys/pg_service.conf")), "[only]\nport=1\n"));
        QCOMPARE(summarize(PgServiceFile::discover()), QStringList{"only{port=1}"});
    }

    void readMissingIsError()
    {
        auto result = PgServiceFile::read(m_dir->filePath(QStringLiteral("nope.conf")));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("nope.conf")));
    }

    void toProfile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("appName");
        QTest::addColumn<bool>("passwordFound");

        QTest::newRow("everything")
            << "[svc]\nhost=db.example.com\nport=6432\ndbname=app\nuser=alice\nsslmode=verify-full\n"
               "sslrootcert=/r.crt\nsslcert=/c.crt\nsslkey=/c.key\nconnect_timeout=3\napplication_name=etl\n"
            << "db.example.com" << 6432 << "app" << "alice" << "verify-full" << 3 << "etl" << false;
        QTest::newRow("defaults kept") << "[svc]\n" << "" << 5432 << "" << "" << "prefer" << 10 << "pgsteward" << false;
        QTest::newRow("hostaddr when no host") << "[svc]\nhostaddr=10.0.0.5\n"
                                               << "10.0.0.5" << 5432 << "" << "" << "prefer" << 10 << "pgsteward" << false;
        QTest::newRow("host wins over hostaddr") << "[svc]\nhostaddr=10.0.0.5\nhost=db\n"
                                                 << "db" << 5432 << "" << "" << "prefer" << 10 << "pgsteward" << false;
        QTest::newRow("bad numbers ignored") << "[svc]\nport=abc\nconnect_timeout=-4\n"
                                             << "" << 5432 << "" << "" << "prefer" << 10 << "pgsteward" << false;
        QTest::newRow("password not copied") << "[svc]\nuser=bob\npassword=hunter2\n"
                                             << "" << 5432 << "" << "bob" << "prefer" << 10 << "pgsteward" << true;
    }
    void toProfile()
    {
        QFETCH(QString, text);
        const QList<ServiceEntry> entries = PgServiceFile::parse(text);
        QCOMPARE(entries.size(), 1);
        QFETCH(bool, passwordFound);
        bool found = !passwordFound; // the opposite, so the out-parameter must really be written
        const ConnectionProfile p = PgServiceFile::toProfile(entries.first(), &found);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, sslMode);
        QFETCH(int, timeout);
        QFETCH(QString, appName);
        QCOMPARE(p.name, QStringLiteral("svc"));
        QCOMPARE(p.service, QStringLiteral("svc"));
        QCOMPARE(p.group, QStringLiteral("Imported"));
        QVERIFY(p.id.isEmpty());
        QCOMPARE(p.host, host);
        QCOMPARE(p.port, port);
        QCOMPARE(p.database, database);
        QCOMPARE(p.user, user);
        QCOMPARE(p.sslMode, sslMode);
        QCOMPARE(p.connectTimeoutSeconds, timeout);
        QCOMPARE(p.applicationName, appName);
        QCOMPARE(found, passwordFound);
        // Nothing of the password survives anywhere in the profile.
        QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("hunter2"));
        QVERIFY(p.passwordStorage == PasswordStorage::None);
    }

    void toProfileCertificates()
    {
        const auto entries = PgServiceFile::parse(QStringLiteral("[c]\nsslrootcert=/r.crt\nsslcert=/c.crt\nsslkey=/c.key\n"));
        const ConnectionProfile p = PgServiceFile::toProfile(entries.first());
        QCOMPARE(p.sslRootCert, QStringLiteral("/r.crt"));
        QCOMPARE(p.sslCert, QStringLiteral("/c.crt"));
        QCOMPARE(p.sslKey, QStringLiteral("/c.key"));
    }
};

QTEST_GUILESS_MAIN(TestPgService)
#include "tst_pgservice.moc"
