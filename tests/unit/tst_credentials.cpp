// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/credentials.h"
#include "connection/pgpass.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pgs;

namespace {

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QFileDevice::Permissions modeOf(const QString &file)
{
    const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::permissions(file) & mask;
}

ConnectionProfile profile(PasswordStorage storage)
{
    ConnectionProfile p;
    p.id = QStringLiteral("1f0c8f7e-1111-4c4c-9d3a-2f1f5b6a7c8d");
    p.name = QStringLiteral("p");
    p.port = 5433;
    p.database = QStringLiteral("app");
    p.user = QStringLiteral("alice");
    p.passwordStorage = storage;
    return p;
}

// A private, real dbus-daemon with its own activation folder: nothing of the machine's buses.
class PrivateBus
{
public:
    bool start(const QString &dir)
    {
        QDir().mkpath(dir + QStringLiteral("/services"));
        QFile config(dir + QStringLiteral("/bus.conf"));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        // (Plain literals: moc 6.4 gives up on raw strings in this file.)
        const QString text = QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n"
            "  <type>session</type>\n"
            "  <listen>unix:dir=%1</listen>\n"
            "  <auth>EXTERNAL</auth>\n"
            "  <servicedir>%1/services</servicedir>\n"
            "  <policy context=\"default\">\n"
            "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
            "    <allow eavesdrop=\"true\"/>\n"
            "    <allow own=\"*\"/>\n"
            "  </policy>\n"
            "</busconfig>\n");
        config.write(text.arg(dir).toUtf8());
        config.close();
        m_process.start(QStringLiteral("dbus-daemon"),
                        {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                         QStringLiteral("--print-address=1")});
        if (!m_process.waitForStarted(5000))
            return false;
        while (!m_process.canReadLine() && m_process.waitForReadyRead(5000)) {
        }
        address = QString::fromUtf8(m_process.readLine()).trimmed();
        return !address.isEmpty();
    }
    ~PrivateBus()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString address;

private:
    QProcess m_process;
};

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString pgpassFile() const { return m_dir->filePath(QStringLiteral("pgpass")); }

    static qint64 timeAvailability(bool *answer)
    {
        QElapsedTimer timer;
        timer.start();
        *answer = CredentialStore::keychainAvailable();
        return timer.elapsed();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("PGPASSFILE", pgpassFile().toLocal8Bit());
        qputenv("PGSTEWARD_NO_KEYCHAIN", "1");
        qunsetenv("PGUSER");
    }

    // Order matters below: keychainAvailable() probes the bus once per process and caches it.
    void noKeychainVariableForcesFalse()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pgsteward-test/bus");
        bool available = true;
        const qint64 ms = timeAvailability(&available);
        qInfo("keychainAvailable() with PGSTEWARD_NO_KEYCHAIN=1 and a bogus bus: %lld ms", ms);
        QVERIFY(!available);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QVERIFY(CredentialStore::preferredStorage() == PasswordStorage::Pgpass);
    }

    void noBusAddressIsFalseFast()
    {
        qunsetenv("PGSTEWARD_NO_KEYCHAIN");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        bool available = true;
        const qint64 ms = timeAvailability(&available);
        qInfo("keychainAvailable() without a session bus address: %lld ms", ms);
        QVERIFY(!available);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    }

    void bogusBusAddressIsFalseFast()
    {
        qunsetenv("PGSTEWARD_NO_KEYCHAIN");
        qputenv("DBUS_SESSION_BUS_ADDRESS", ("unix:path=" + m_dir->filePath(QStringLiteral("no-such-bus"))).toLocal8Bit());
        bool available = true;
        const qint64 ms = timeAvailability(&available);
        qInfo("keychainAvailable() with a bogus bus address (first, uncached probe): %lld ms", ms);
        QVERIFY(!available);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        // Cached from now on.
        const qint64 again = timeAvailability(&available);
        QVERIFY(!available);
        QVERIFY2(again < 50, qPrintable(QString::number(again)));
    }

    // A bus that accepts the connection but never answers: libdbus alone would wait 25 seconds.
    void silentBusIsCapped()
    {
        const QString socketPath = m_dir->filePath(QStringLiteral("silent-bus"));
        auto server = std::make_unique<QLocalServer>();
        QVERIFY(server->listen(socketPath));
        qputenv("DBUS_SESSION_BUS_ADDRESS", ("unix:path=" + socketPath).toLocal8Bit());
        QElapsedTimer timer;
        timer.start();
        const bool available = CredentialStore::probeSecretService(900);
        const qint64 ms = timer.elapsed();
        qInfo("secret-service probe against a silent bus: %lld ms", ms);
        QVERIFY(!available);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        // Hang up, so the probe thread still waiting inside libdbus ends now and not in 25 s.
        server.reset();
        QTest::qWait(200);
    }

    void realBus_data()
    {
        QTest::addColumn<QString>("registeredName");
        QTest::addColumn<QString>("activatableName");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty bus") << "" << "" << false;
        QTest::newRow("unrelated name") << "org.example.Unrelated" << "org.example.Other" << false;
        QTest::newRow("gnome keyring running") << "org.freedesktop.secrets" << "" << true;
        QTest::newRow("kwallet5 running") << "org.kde.kwalletd5" << "" << true;
        QTest::newRow("kwallet6 running") << "org.kde.kwalletd6" << "" << true;
        QTest::newRow("secrets activatable") << "" << "org.freedesktop.secrets" << true;
    }
    void realBus()
    {
        QFETCH(QString, registeredName);
        QFETCH(QString, activatableName);
        QFETCH(bool, expected);
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed");
        const QString busDir = m_dir->filePath(QStringLiteral("bus"));
        QDir().mkpath(busDir + QStringLiteral("/services"));
        if (!activatableName.isEmpty()) {
            QFile service(busDir + QStringLiteral("/services/") + activatableName + QStringLiteral(".service"));
            QVERIFY(service.open(QIODevice::WriteOnly));
            service.write("[D-BUS Service]\nName=" + activatableName.toUtf8() + "\nExec=/bin/false\n");
        }
        PrivateBus bus;
        QVERIFY(bus.start(busDir));
        const QString owner = QStringLiteral("owner-") + QString::fromLatin1(QTest::currentDataTag());
        if (!registeredName.isEmpty()) {
            QDBusConnection connection = QDBusConnection::connectToBus(bus.address, owner);
            QVERIFY(connection.isConnected());
            QVERIFY(connection.registerService(registeredName));
        }
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address.toLocal8Bit());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(CredentialStore::probeSecretService(900), expected);
        qInfo("secret-service probe on a private dbus-daemon: %lld ms", timer.elapsed());
        QDBusConnection::disconnectFromBus(owner);
    }

    void pgpassRoundTripAsync()
    {
        QFile seed(pgpassFile());
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write("# my own lines\nother:5432:db:bob:bobs\n");
        seed.close();

        const QString secret = QStringLiteral("p:a\\ss #*");
        CredentialStore store;
        const ConnectionProfile p = profile(PasswordStorage::Pgpass);

        std::optional<Status> written;
        store.writePassword(p, secret, [&](Status s) { written = s; });
        QVERIFY(!written); // answers always come through the event loop
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());
        QCOMPARE(readAll(pgpassFile()), QByteArray("# my own lines\nother:5432:db:bob:bobs\n"
                                                   "localhost:5433:app:alice:p\\:a\\\\ss #*\n"));
        QCOMPARE(modeOf(pgpassFile()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        std::optional<Result<QString>> read;
        store.readPassword(p, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok());
        QCOMPARE(read->value(), secret);
        QCOMPARE(store.readPasswordBlocking(p).value(), secret);

        std::optional<Status> deleted;
        store.deletePassword(p, [&](Status s) { deleted = s; });
        QTRY_VERIFY(deleted.has_value());
        QVERIFY(deleted->ok());
        QCOMPARE(readAll(pgpassFile()), QByteArray("# my own lines\nother:5432:db:bob:bobs\n"));

        read.reset();
        store.readPassword(p, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok());
        QVERIFY(read->value().isEmpty());
    }

    void pgpassKeyFollowsLibpq_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("pguser");
        QTest::addColumn<QString>("line");
        QTest::newRow("socket host") << "" << "app" << "alice" << "" << "localhost:5433:app:alice:pw";
        QTest::newRow("default socket dir") << "/var/run/postgresql" << "app" << "alice" << ""
                                            << "localhost:5433:app:alice:pw";
        QTest::newRow("other socket dir") << "/tmp" << "app" << "alice" << "" << "/tmp:5433:app:alice:pw";
        QTest::newRow("any database") << "db.example.com" << "" << "alice" << ""
                                      << "db.example.com:5433:*:alice:pw";
        QTest::newRow("user from PGUSER") << "h" << "app" << "" << "envuser" << "h:5433:app:envuser:pw";
    }
    void pgpassKeyFollowsLibpq()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, pguser);
        QFETCH(QString, line);
        if (!pguser.isEmpty())
            qputenv("PGUSER", pguser.toLocal8Bit());
        ConnectionProfile p = profile(PasswordStorage::Pgpass);
        p.host = host;
        p.database = database;
        p.user = user;
        CredentialStore store;
        QVERIFY(store.writePasswordBlocking(p, QStringLiteral("pw")).ok());
        QCOMPARE(QString::fromUtf8(readAll(pgpassFile())), line + QLatin1Char('\n'));
        // What libpq itself would find for this connection.
        auto entries = PgpassFile::read(pgpassFile());
        QVERIFY(entries.ok());
        const QString lookupDb = database.isEmpty() ? QStringLiteral("whatever") : database;
        const QString lookupUser = user.isEmpty() ? pguser : user;
        QCOMPARE(PgpassFile::lookup(*entries, host, QStringLiteral("5433"), lookupDb, lookupUser), QStringLiteral("pw"));
    }

    void noneAndAskStoreNothing_data()
    {
        QTest::addColumn<int>("storage");
        QTest::newRow("none") << int(PasswordStorage::None);
        QTest::newRow("ask") << int(PasswordStorage::Ask);
    }
    void noneAndAskStoreNothing()
    {
        QFETCH(int, storage);
        const ConnectionProfile p = profile(PasswordStorage(storage));
        CredentialStore store;
        std::optional<Status> written;
        store.writePassword(p, QStringLiteral("ignored"), [&](Status s) { written = s; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());
        QVERIFY(!QFile::exists(pgpassFile()));
        std::optional<Result<QString>> read;
        store.readPassword(p, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok());
        QVERIFY(read->value().isEmpty());
        QVERIFY(store.readPasswordBlocking(p).value().isEmpty());
        QVERIFY(store.writePasswordBlocking(p, QStringLiteral("ignored")).ok());
        QVERIFY(!QFile::exists(pgpassFile()));
    }

    void keychainUnavailableIsAnError()
    {
        const QString secret = QStringLiteral("KeychainSecret99");
        const ConnectionProfile p = profile(PasswordStorage::Keychain);
        CredentialStore store;
        std::optional<Status> written;
        QElapsedTimer timer;
        timer.start();
        store.writePassword(p, secret, [&](Status s) { written = s; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(!written->ok());
        QCOMPARE(written->error().code, QStringLiteral("no-keychain"));
        QVERIFY(!written->error().message.contains(secret));
        const Status blocking = store.writePasswordBlocking(p, secret);
        QVERIFY(!blocking.ok());
        QVERIFY(!blocking.error().message.contains(secret));
        auto read = store.readPasswordBlocking(p);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("no-keychain"));
        QVERIFY(timer.elapsed() < 5000); // never a D-Bus time-out
        QVERIFY(!QFile::exists(pgpassFile()));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
