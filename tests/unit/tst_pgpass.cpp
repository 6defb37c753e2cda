// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionspec.h"
#include "connection/pgpass.h"
#include "pg/connection.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <QtEndian>

#include <optional>

using namespace pgs;

namespace {

// The first steps of a PostgreSQL server, enough to learn which password real libpq picked from
// the password file: it answers the startup packet with AuthenticationCleartextPassword and
// records the PasswordMessage that comes back. libpq only reads pgpass when a server asks.
class PasswordCatcher : public QObject
{
public:
    PasswordCatcher(const QString &socketDir)
    {
        QObject::connect(&m_tcp, &QTcpServer::newConnection, this, [this] { serve(m_tcp.nextPendingConnection()); });
        QObject::connect(&m_local, &QLocalServer::newConnection, this,
                         [this] { serve(m_local.nextPendingConnection()); });
        if (m_tcp.listen(QHostAddress::LocalHost)) {
            port = m_tcp.serverPort();
            m_local.setSocketOptions(QLocalServer::UserAccessOption);
            m_local.listen(socketDir + QStringLiteral("/.s.PGSQL.") + QString::number(port));
        }
    }
    bool listening() const { return m_tcp.isListening() && m_local.isListening(); }

    quint16 port = 0;
    std::optional<QByteArray> password; // what libpq sent; nullopt: it sent none
    bool finished = false;              // the client hung up or sent its password

private:
    void serve(QIODevice *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        auto startupDone = std::make_shared<bool>(false);
        QObject::connect(socket, &QIODevice::readyRead, this, [=, this] {
            *buffer += socket->readAll();
            for (;;) {
                const int header = *startupDone ? 5 : 4;
                if (buffer->size() < header)
                    return;
                const qint32 length = qFromBigEndian<qint32>(buffer->constData() + header - 4);
                if (buffer->size() < header - 4 + length)
                    return;
                const QByteArray message = buffer->left(header - 4 + length);
                buffer->remove(0, message.size());
                if (!*startupDone) {
                    const qint32 code = qFromBigEndian<qint32>(message.constData() + 4);
                    if (code == 80877103 || code == 80877104) { // SSLRequest, GSSENCRequest: "no"
                        socket->write("N");
                        continue;
                    }
                    *startupDone = true;
                    socket->write(QByteArray::fromHex("520000000800000003")); // 'R', 8, cleartext
                } else if (message.startsWith('p')) {
                    password = message.mid(5, message.indexOf('\0', 5) - 5);
                    finished = true;
                    socket->close();
                    return;
                }
            }
        });
        auto hungUp = [this] { finished = true; };
        if (auto *tcp = qobject_cast<QTcpSocket *>(socket))
            QObject::connect(tcp, &QTcpSocket::disconnected, this, hungUp);
        if (auto *local = qobject_cast<QLocalSocket *>(socket))
            QObject::connect(local, &QLocalSocket::disconnected, this, hungUp);
    }

    QTcpServer m_tcp;
    QLocalServer m_local;
};

} // namespace

class TestPgpass : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }
    static void writeAll(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    static QFileDevice::Permissions ownerOnly() { return QFileDevice::ReadOwner | QFileDevice::WriteOwner; }
    static QFileDevice::Permissions modeOf(const QString &file)
    {
        // QFile::permissions() also reports ReadUser/WriteUser; compare the owner/group/other bits only.
        const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return QFile::permissions(file) & mask;
    }

    static QString passwordLibpqSends(PasswordCatcher &catcher, const QString &host, const QString &port,
                                      const QString &database, const QString &user, const QString &passfile)
    {
        ConnectionSpec spec;
        spec.set(QStringLiteral("host"), host);
        spec.set(QStringLiteral("port"), port);
        spec.set(QStringLiteral("dbname"), database);
        spec.set(QStringLiteral("user"), user);
        spec.set(QStringLiteral("passfile"), passfile);
        spec.set(QStringLiteral("sslmode"), QStringLiteral("disable"));
        spec.set(QStringLiteral("gssencmode"), QStringLiteral("disable"));
        spec.set(QStringLiteral("connect_timeout"), QStringLiteral("5"));
        // libpq blocks while connecting; the catcher needs this thread's event loop meanwhile.
        QFuture<bool> opened = QtConcurrent::run([spec] { return pg::Connection::open(spec).ok(); });
        QElapsedTimer timer;
        timer.start();
        while (!(opened.isFinished() && catcher.finished) && timer.elapsed() < 10000)
            QTest::qWait(10);
        if (!opened.isFinished() || opened.result())
            return QStringLiteral("<libpq did not fail as expected>");
        return QString::fromUtf8(catcher.password.value_or(QByteArray()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *variable : {"PGPASSWORD", "PGSERVICE", "PGSSLMODE", "PGHOSTADDR", "PGOPTIONS"})
            qunsetenv(variable);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("fields"); // 5 per entry, flattened

        QTest::newRow("plain") << "db.example.com:5432:app:alice:s3cret"
                               << QStringList{"db.example.com", "5432", "app", "alice", "s3cret"};
        QTest::newRow("escaped colon and backslash")
            << R"(h\:x:5432:d\\b:u:p\:a\\ss)" << QStringList{"h:x", "5432", R"(d\b)", "u", R"(p:a\ss)"};
        QTest::newRow("escaped ordinary char") << R"(h:5432:d:u:\x\y)" << QStringList{"h", "5432", "d", "u", "xy"};
        QTest::newRow("wildcards") << "*:*:*:bob:pw" << QStringList{"*", "*", "*", "bob", "pw"};
        QTest::newRow("comment") << "#h:5432:d:u:p" << QStringList{};
        QTest::newRow("indented hash is an entry") << " #h:5432:d:u:p" << QStringList{" #h", "5432", "d", "u", "p"};
        QTest::newRow("four fields skipped") << "h:5432:d:u" << QStringList{};
        QTest::newRow("three fields skipped") << "h:5432:d" << QStringList{};
        QTest::newRow("escaped colon does not count") << R"(h:5432:d:u\:p)" << QStringList{};
        QTest::newRow("empty password") << "h:5432:d:u:" << QStringList{"h", "5432", "d", "u", ""};
        QTest::newRow("sixth field ignored") << "h:5432:d:u:p:extra" << QStringList{"h", "5432", "d", "u", "p"};
        QTest::newRow("CRLF") << "h:5432:d:u:p\r\n" << QStringList{"h", "5432", "d", "u", "p"};
        QTest::newRow("blank lines") << "\n\nh:1:d:u:p\n\n" << QStringList{"h", "1", "d", "u", "p"};
        QTest::newRow("mixed")
            << "# my servers\nshort:line\na:1:b:c:d\n#x:1:y:z:w\ne:2:f:g:h\n"
            << QStringList{"a", "1", "b", "c", "d", "e", "2", "f", "g", "h"};
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, fields);
        const QList<PgpassEntry> entries = PgpassFile::parse(text);
        QStringList flat;
        for (const PgpassEntry &e : entries)
            flat << e.host << e.port << e.database << e.user << e.password;
        QCOMPARE(flat, fields);
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");

        const QString ordered = "db1:5432:app:alice:first\n*:*:*:alice:wild\ndb1:5432:app:alice:second\n";
        QTest::newRow("first match wins") << ordered << "db1" << "5432" << "app" << "alice" << "first";
        QTest::newRow("wildcard after specific") << ordered << "db2" << "5432" << "app" << "alice" << "wild";
        QTest::newRow("wildcard shadows later") << "*:*:*:*:wild\nh:5432:d:u:specific\n"
                                                << "h" << "5432" << "d" << "u" << "wild";
        QTest::newRow("no match") << ordered << "db1" << "5432" << "app" << "bob" << "";
        QTest::newRow("user is case sensitive") << ordered << "db1" << "5432" << "app" << "Alice" << "";
        QTest::newRow("port mismatch") << "h:5433:d:u:p\n" << "h" << "5432" << "d" << "u" << "";
        QTest::newRow("empty port is 5432") << "h:5432:d:u:p\n" << "h" << "" << "d" << "u" << "p";
        QTest::newRow("empty port not 5433") << "h:5433:d:u:p\n" << "h" << "" << "d" << "u" << "";
        QTest::newRow("socket (empty host) matches localhost")
            << "localhost:5432:d:u:p\n" << "" << "5432" << "d" << "u" << "p";
        QTest::newRow("default socket dir matches localhost")
            << "localhost:5432:d:u:p\n" << "/var/run/postgresql" << "5432" << "d" << "u" << "p";
        // libpq 15 maps only the compiled-in socket directory to "localhost", not any other one.
        QTest::newRow("other socket dir is literal, no localhost")
            << "localhost:5432:d:u:p\n" << "/tmp" << "5432" << "d" << "u" << "";
        QTest::newRow("other socket dir matched literally")
            << "/tmp:5432:d:u:p\n" << "/tmp" << "5432" << "d" << "u" << "p";
        QTest::newRow("localhost line does not match 127.0.0.1")
            << "localhost:5432:d:u:p\n" << "127.0.0.1" << "5432" << "d" << "u" << "";
        QTest::newRow("escaped host") << R"(fe80\:\:1:5432:d:u:p)" << "fe80::1" << "5432" << "d" << "u" << "p";
        QTest::newRow("comment never matches") << "#h:5432:d:u:p\n" << "#h" << "5432" << "d" << "u" << "";
        QTest::newRow("no database: libpq does not look") << "*:*:*:*:p\n" << "h" << "5432" << "" << "u" << "";
        QTest::newRow("no user: libpq does not look") << "*:*:*:*:p\n" << "h" << "5432" << "d" << "" << "";
    }
    void lookup()
    {
        QFETCH(QString, file);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        QCOMPARE(PgpassFile::lookup(PgpassFile::parse(file), host, port, database, user), expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("colon") << "a:b";
        QTest::newRow("backslash") << R"(a\b)";
        QTest::newRow("trailing backslash") << "ab\\";
        QTest::newRow("star") << "*";
        QTest::newRow("hash") << "#start";
        QTest::newRow("spaces") << "  two  spaces  ";
        QTest::newRow("all of them") << R"( :\*#:\\ )";
        QTest::newRow("unicode") << QStringLiteral("pässwörd€");
    }
    void roundTrip()
    {
        QFETCH(QString, password);
        const PgpassEntry entry{"h:o\\st", "5432", "d:b", "u\\s", password};
        const QString line = entry.toLine();
        QVERIFY(!line.contains(QLatin1Char('\n')));
        const QList<PgpassEntry> parsed = PgpassFile::parse(line);
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed[0].host, entry.host);
        QCOMPARE(parsed[0].database, entry.database);
        QCOMPARE(parsed[0].user, entry.user);
        QCOMPARE(parsed[0].password, password);
        QCOMPARE(PgpassFile::lookup(parsed, entry.host, "5432", entry.database, entry.user), password);
    }

    void toLineEscapes()
    {
        const PgpassEntry entry{"a:b", "1", R"(c\d)", "e", R"(f:\g)"};
        QCOMPARE(entry.toLine(), QStringLiteral(R"(a\:b:1:c\\d:e:f\:\\g)"));
    }

    void upsertKeepsOtherLines_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("replace in place")
            << QByteArray("# header comment\n*:*:*:bob:bobpw\ndb:5432:app:alice:old\n  # odd comment \nz:1:z:z:z\n")
            << QByteArray("# header comment\n*:*:*:bob:bobpw\ndb:5432:app:alice:new\\:pw\n  # odd comment \nz:1:z:z:z\n");
        QTest::newRow("replace first of two")
            << QByteArray("db:5432:app:alice:one\ndb:5432:app:alice:two\n")
            << QByteArray("db:5432:app:alice:new\\:pw\ndb:5432:app:alice:two\n");
        QTest::newRow("new line goes before a shadowing wildcard")
            << QByteArray("#c\nx:1:y:z:w\n*:5432:app:alice:wild\n*:*:*:*:any\n")
            << QByteArray("#c\nx:1:y:z:w\ndb:5432:app:alice:new\\:pw\n*:5432:app:alice:wild\n*:*:*:*:any\n");
        QTest::newRow("shadowed exact line moves up")
            << QByteArray("#c\n*:*:app:*:wild\r\nq:1:q:q:q\ndb:5432:app:alice:old\r\n#end\n")
            << QByteArray("#c\ndb:5432:app:alice:new\\:pw\r\n*:*:app:*:wild\r\nq:1:q:q:q\n#end\n");
        QTest::newRow("wildcard after exact line stays after")
            << QByteArray("db:5432:app:alice:old\n*:*:*:*:any\n")
            << QByteArray("db:5432:app:alice:new\\:pw\n*:*:*:*:any\n");
        QTest::newRow("append after missing final newline")
            << QByteArray("#c\nx:1:y:z:w") << QByteArray("#c\nx:1:y:z:w\ndb:5432:app:alice:new\\:pw\n");
        QTest::newRow("keeps CRLF of replaced line and others")
            << QByteArray("a:1:b:c:d\r\ndb:5432:app:alice:old\r\n#x\r\n")
            << QByteArray("a:1:b:c:d\r\ndb:5432:app:alice:new\\:pw\r\n#x\r\n");
        QTest::newRow("short and odd lines untouched")
            << QByteArray("short:line\n\n\ttab:1:2:3:4\ndb:5432:app:alice:x:extra\n")
            << QByteArray("short:line\n\n\ttab:1:2:3:4\ndb:5432:app:alice:new\\:pw\n");
        QTest::newRow("empty file") << QByteArray() << QByteArray("db:5432:app:alice:new\\:pw\n");
    }
    void upsertKeepsOtherLines()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const QString file = path(QTest::currentDataTag());
        writeAll(file, before);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                        | QFileDevice::ReadOther);
        const Status status = PgpassFile::upsert(file, PgpassEntry{"db", "5432", "app", "alice", "new:pw"});
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(readAll(file), after);
        QCOMPARE(modeOf(file), ownerOnly());
        auto entries = PgpassFile::read(file);
        QVERIFY(entries.ok());
        QCOMPARE(PgpassFile::lookup(*entries, "db", "5432", "app", "alice"), QStringLiteral("new:pw"));
    }

    void upsertCreatesFileAndFolder()
    {
        const QString file = m_dir.filePath(QStringLiteral("sub/dir/pgpass"));
        QVERIFY(!QFile::exists(file));
        QVERIFY(PgpassFile::upsert(file, PgpassEntry{"", "5432", "*", "u", "pw"}).ok());
        QCOMPARE(readAll(file), QByteArray(":5432:*:u:pw\n"));
        QCOMPARE(modeOf(file), ownerOnly());
        // An atomic write leaves nothing but the file itself behind.
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("sub/dir"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("pgpass")});
    }

    void removeKeepsOtherLines()
    {
        const QString file = path("remove");
        writeAll(file, "# keep me\ndb:5432:app:alice:a\n*:*:*:*:all\ndb:5432:app:alice:b\nx:1:y:z:w");
        QVERIFY(PgpassFile::remove(file, "db", "5432", "app", "alice").ok());
        QCOMPARE(readAll(file), QByteArray("# keep me\n*:*:*:*:all\nx:1:y:z:w"));
        QCOMPARE(modeOf(file), ownerOnly());
        // Removing what is not there changes nothing and succeeds, also without a file.
        QVERIFY(PgpassFile::remove(file, "nope", "5432", "app", "alice").ok());
        QCOMPARE(readAll(file), QByteArray("# keep me\n*:*:*:*:all\nx:1:y:z:w"));
        QVERIFY(PgpassFile::remove(path("does-not-exist"), "db", "5432", "app", "alice").ok());
        QVERIFY(!QFile::exists(path("does-not-exist")));
    }

    void readMissingFileIsEmpty()
    {
        auto entries = PgpassFile::read(path("missing"));
        QVERIFY(entries.ok());
        QVERIFY(entries->isEmpty());
    }

    // Real libpq reads the same file and must pick the same password as PgpassFile::lookup.
    void libpqAgrees_data()
    {
        QTest::addColumn<QString>("file"); // PORT and SOCK are replaced
        QTest::addColumn<bool>("overSocket");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected"); // empty: libpq sends no password

        QTest::newRow("escapes") << R"(127.0.0.1:PORT:d\:b:u\\x:p\:w\\d)" << false << "d:b" << R"(u\x)" << R"(p:w\d)";
        QTest::newRow("first match wins") << "*:*:*:*:first\n127.0.0.1:PORT:db:u:second\n" << false << "db" << "u"
                                          << "first";
        QTest::newRow("comment and short line skipped")
            << "#127.0.0.1:PORT:db:u:c\n127.0.0.1:PORT:db\n127.0.0.1:PORT:db:u:right\n" << false << "db" << "u"
            << "right";
        QTest::newRow("wildcard port") << "127.0.0.1:*:db:u:wp\n" << false << "db" << "u" << "wp";
        QTest::newRow("no match") << "other:PORT:db:u:x\n" << false << "db" << "u" << "";
        QTest::newRow("empty password") << "127.0.0.1:PORT:db:u:\n*:*:*:*:later\n" << false << "db" << "u" << "";
        QTest::newRow("extra field") << "127.0.0.1:PORT:db:u:pw:extra\n" << false << "db" << "u" << "pw";
        QTest::newRow("spaces hash star") << "127.0.0.1:PORT:db:u: #*x \n" << false << "db" << "u" << " #*x ";
        QTest::newRow("CRLF") << "127.0.0.1:PORT:db:u:crlf\r\n" << false << "db" << "u" << "crlf";
        QTest::newRow("other socket dir is not localhost")
            << "localhost:PORT:db:u:wrong\nSOCK:PORT:db:u:sock\n" << true << "db" << "u" << "sock";
    }
    void libpqAgrees()
    {
        QFETCH(QString, file);
        QFETCH(bool, overSocket);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        QTemporaryDir socketDir;
        QVERIFY(socketDir.isValid());
        PasswordCatcher catcher(socketDir.path());
        QVERIFY(catcher.listening());
        const QString host = overSocket ? socketDir.path() : QStringLiteral("127.0.0.1");
        const QString port = QString::number(catcher.port);
        file.replace(QStringLiteral("PORT"), port).replace(QStringLiteral("SOCK"), socketDir.path());
        const QString passfile = path("libpq-") + QString::fromLatin1(QTest::currentDataTag());
        writeAll(passfile, file.toUtf8());
        QVERIFY(QFile::setPermissions(passfile, ownerOnly()));

        QCOMPARE(catcher.password.value_or(QByteArray()), QByteArray()); // nothing yet
        QCOMPARE(passwordLibpqSends(catcher, host, port, database, user, passfile), expected);
        QCOMPARE(PgpassFile::lookup(PgpassFile::parse(file), host, port, database, user), expected);
    }

    // What upsert writes, libpq reads back, whatever the password contains.
    void libpqReadsUpsert_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("colons and backslashes") << R"(a:b\c\:d\)";
        QTest::newRow("star hash spaces") << " * #x ";
        QTest::newRow("unicode") << QStringLiteral("pässwörd€");
    }
    void libpqReadsUpsert()
    {
        QFETCH(QString, password);
        QTemporaryDir socketDir;
        PasswordCatcher catcher(socketDir.path());
        QVERIFY(catcher.listening());
        const QString port = QString::number(catcher.port);
        const QString passfile = path("libpq-upsert-") + QString::fromLatin1(QTest::currentDataTag());
        writeAll(passfile, "# mine\n*:*:other:*:x\n");
        QVERIFY(PgpassFile::upsert(passfile, PgpassEntry{"127.0.0.1", port, "d:b", "u", password}).ok());
        QCOMPARE(passwordLibpqSends(catcher, "127.0.0.1", port, "d:b", "u", passfile), password);
    }

    // Why upsert insists on 0600: libpq ignores a password file others can read.
    void libpqIgnoresReadableFile()
    {
        QTemporaryDir socketDir;
        PasswordCatcher catcher(socketDir.path());
        QVERIFY(catcher.listening());
        const QString port = QString::number(catcher.port);
        const QString passfile = path("libpq-readable");
        writeAll(passfile, ("127.0.0.1:" + port + ":db:u:pw\n").toUtf8());
        QVERIFY(QFile::setPermissions(passfile, ownerOnly() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(passwordLibpqSends(catcher, "127.0.0.1", port, "db", "u", passfile), QString());
    }

    void defaultPath()
    {
        const QByteArray saved = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", path("custom").toLocal8Bit());
        QCOMPARE(PgpassFile::defaultPath(), path("custom"));
        qunsetenv("PGPASSFILE");
        QCOMPARE(PgpassFile::defaultPath(), QDir::homePath() + QStringLiteral("/.pgpass"));
        if (!saved.isNull())
            qputenv("PGPASSFILE", saved);
    }
};

QTEST_GUILESS_MAIN(TestPgpass)
#include "tst_pgpass.moc"
