// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Off-site copies through the CLI: destinations add, copy (age-encrypted), backups list
// --destination, fetch, verify --level restore; tampering, a wrong identity, an interrupted upload,
// and the secret key kept out of files and stderr. A local-path destination always; SFTP against
// a throwaway sshd on 127.0.0.1 when sshd can be started here.
#include "clitestenv.h"

#include "pg/connection.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pgs;
using namespace pgs::test;

namespace {
QByteArray runTool(const QString &program, const QStringList &args, int *exit = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exit)
        *exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput() + p.readAllStandardError();
}

// Files below dir whose bytes contain needle.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}
} // namespace

class TestOffsite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        for (const char *tool : {"rclone", "age", "age-keygen"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (apt-get install rclone age)").arg(QString::fromLatin1(tool))));
        QVERIFY(m_home.isValid());
        m_env = isolatedCliEnvironment(m_home);
        m_db = createScratchDatabase(QStringLiteral("offsite"));
        QVERIFY(!m_db.isEmpty());
        auto conn = pg::Connection::open(clusterSpec(m_db));
        QVERIFY(conn.ok());
        QVERIFY((*conn)->execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, note text);"
                                                   "INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, 5000) g;"))
                    .ok());
        m_key = m_home.filePath(QStringLiteral("key.txt"));
        m_wrongKey = m_home.filePath(QStringLiteral("wrong.txt"));
        runTool(QStringLiteral("age-keygen"), {QStringLiteral("-o"), m_key});
        runTool(QStringLiteral("age-keygen"), {QStringLiteral("-o"), m_wrongKey});
        QFile key(m_key);
        QVERIFY(key.open(QIODevice::ReadOnly));
        for (const QByteArray &line : key.readAll().split('\n')) {
            if (line.startsWith("# public key: "))
                m_recipient = QString::fromLatin1(line.mid(14).trimmed());
            if (line.startsWith("AGE-SECRET-KEY-"))
                m_secret = line.trimmed();
        }
        QVERIFY(m_recipient.startsWith(QLatin1String("age1")));
        QVERIFY(!m_secret.isEmpty());

        const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()),
                                      QStringLiteral("--database"), m_db, QStringLiteral("--catalog"), m_catalog.path(),
                                      QStringLiteral("--row-counts")},
                                     m_env);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err()));
        m_backup = backup.out().trimmed();
        m_folder = QFileInfo(m_backup).fileName();
    }

    void cleanupTestCase()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.kill();
            m_sshd.waitForFinished();
        }
        if (!m_db.isEmpty())
            dropScratchDatabase(m_db);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("local") << QStringLiteral("local");
        QTest::newRow("sftp") << QStringLiteral("sftp");
    }

    void roundTrip()
    {
        QFETCH(QString, kind);
        QTemporaryDir remote;
        QString url = remote.filePath(QStringLiteral("offsite"));
        QProcessEnvironment env = m_env;
        if (kind == QLatin1String("sftp")) {
            const QString why = startSshd();
            if (!why.isEmpty())
                QSKIP(qPrintable(why));
            url = QStringLiteral("sftp://root@127.0.0.1:%1%2").arg(m_sshPort).arg(url);
            env.insert(QStringLiteral("RCLONE_SFTP_KEY_FILE"), m_userKey);
        }
        const QString name = QStringLiteral("off-") + kind;
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), name, url, QStringLiteral("--encrypt-to"),
                             m_recipient, QStringLiteral("--keep-daily"), QStringLiteral("90")},
                            env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        run = runCli({QStringLiteral("destinations"), QStringLiteral("test"), name}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));

        // An interrupted earlier upload is not listed.
        const QString remoteDir = remote.filePath(QStringLiteral("offsite"));
        QVERIFY(QDir().mkpath(remoteDir + QLatin1Char('/') + m_folder + QStringLiteral(".partial")));
        QFile stray(remoteDir + QLatin1Char('/') + m_folder + QStringLiteral(".partial/dump.custom.age"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("half");
        stray.close();
        QVERIFY(QDir().mkpath(remoteDir + QStringLiteral("/somedb_20260101-000000_deadbeef")));
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), name,
                      QStringLiteral("--json")},
                     env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        QCOMPARE(QJsonDocument::fromJson(run.standardOutput).array().size(), 0);

        run = runCli({QStringLiteral("--verbose"), QStringLiteral("copy"), m_backup, QStringLiteral("--to"), name}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        QVERIFY(!QFileInfo::exists(remoteDir + QLatin1Char('/') + m_folder + QStringLiteral(".partial")));
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), name,
                      QStringLiteral("--json")},
                     env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QJsonArray listed = QJsonDocument::fromJson(run.standardOutput).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("folder")).toString(), m_folder);
        QVERIFY(listed.first().toObject().value(QStringLiteral("encrypted")).toBool());
        // Nothing plain at the destination.
        QVERIFY2(filesContaining(remoteDir, "PGDMP").isEmpty(), qPrintable(filesContaining(remoteDir, "PGDMP").join(u' ')));
        QVERIFY(filesContaining(remoteDir, "CREATE TABLE").isEmpty());

        // Round trip into an empty catalog.
        QTemporaryDir fetched;
        run = runCli({QStringLiteral("--verbose"), QStringLiteral("fetch"), name, m_folder, QStringLiteral("--catalog"),
                      fetched.path(), QStringLiteral("--identity"), m_key},
                     env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        QVERIFY2(!run.standardError.contains(m_secret), "the secret key is in the CLI's stderr");
        const QString local = run.out().trimmed();
        QCOMPARE(QFileInfo(local).fileName(), m_folder);
        run = runCli({QStringLiteral("verify"), local, QStringLiteral("--level"), QStringLiteral("restore")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err() + run.out()));

        // A wrong identity fails clearly and leaves nothing.
        QTemporaryDir wrong;
        run = runCli({QStringLiteral("fetch"), name, m_folder, QStringLiteral("--catalog"), wrong.path(),
                      QStringLiteral("--identity"), m_wrongKey},
                     env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("Cannot decrypt")), qPrintable(run.err()));
        QVERIFY(QDir(wrong.path()).isEmpty());

        // A flipped byte at the destination is caught.
        QFile object(remoteDir + QLatin1Char('/') + m_folder + QStringLiteral("/dump.custom.age"));
        QVERIFY(object.open(QIODevice::ReadWrite));
        QVERIFY(object.seek(object.size() / 2));
        char byte = 0;
        QVERIFY(object.getChar(&byte));
        QVERIFY(object.seek(object.size() / 2));
        QVERIFY(object.putChar(char(byte ^ 0x01)));
        object.close();
        QTemporaryDir tampered;
        run = runCli({QStringLiteral("fetch"), name, m_folder, QStringLiteral("--catalog"), tampered.path(),
                      QStringLiteral("--identity"), m_key},
                     env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("damaged")), qPrintable(run.err()));
        QVERIFY(QDir(tampered.path()).isEmpty());

        // The secret key is in no file of ours.
        QVERIFY(filesContaining(m_home.filePath(QStringLiteral("config")), m_secret).isEmpty());
        QVERIFY(filesContaining(m_home.filePath(QStringLiteral("data")), m_secret).isEmpty());
        QVERIFY(filesContaining(remoteDir, m_secret).isEmpty());
        QVERIFY(filesContaining(fetched.path(), m_secret).isEmpty());
    }

    void backupCopyTo()
    {
        QTemporaryDir remote;
        QTemporaryDir catalog;
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("after-backup"),
                             remote.filePath(QStringLiteral("c")), QStringLiteral("--encrypt-to"), m_recipient},
                            m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QStringList backup{QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()),
                                 QStringLiteral("--database"), m_db, QStringLiteral("--catalog"), catalog.path()};
        // A misspelt destination fails before anything is dumped.
        run = runCli(backup + QStringList{QStringLiteral("--copy-to"), QStringLiteral("no-such-destination")}, m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QDir(catalog.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        run = runCli(backup + QStringList{QStringLiteral("--copy-to"), QStringLiteral("after-backup")}, m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QString folder = QFileInfo(run.out().trimmed()).fileName();
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"),
                      QStringLiteral("after-backup"), QStringLiteral("--json")},
                     m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QJsonArray listed = QJsonDocument::fromJson(run.standardOutput).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("folder")).toString(), folder);
    }

private:
    // "" when sshd runs on m_sshPort, else why not.
    QString startSshd()
    {
        if (m_sshd.state() == QProcess::Running)
            return {};
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        if (!QFileInfo(sshd).isExecutable() || QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            return QStringLiteral("sshd or ssh-keygen is not installed (openssh-server)");
        if (geteuid() != 0)
            return QStringLiteral("a throwaway sshd needs root here");
        const QString dir = m_home.filePath(QStringLiteral("sshd"));
        QDir().mkpath(dir);
        QDir().mkpath(QStringLiteral("/run/sshd"));
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), dir + QStringLiteral("/host")});
        m_userKey = dir + QStringLiteral("/user");
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), m_userKey});
        QFile::copy(m_userKey + QStringLiteral(".pub"), dir + QStringLiteral("/authorized_keys"));
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_sshPort = probe.serverPort();
        probe.close();
        QFile config(dir + QStringLiteral("/sshd_config"));
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host\nAuthorizedKeysFile %2/authorized_keys\n"
                                    "PermitRootLogin prohibit-password\nPasswordAuthentication no\nStrictModes no\n"
                                    "PidFile %2/sshd.pid\nSubsystem sftp internal-sftp\nUsePAM no\n")
                         .arg(m_sshPort)
                         .arg(dir)
                         .toUtf8());
        config.close();
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
        if (!m_sshd.waitForStarted(5000))
            return QStringLiteral("sshd did not start");
        for (int i = 0; i < 50; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_sshPort);
            if (socket.waitForConnected(100))
                return {};
            if (m_sshd.state() != QProcess::Running)
                return QStringLiteral("sshd ended: %1").arg(QString::fromLocal8Bit(m_sshd.readAll()));
            QThread::msleep(100);
        }
        return QStringLiteral("sshd does not accept connections");
    }

    QTemporaryDir m_home;
    QTemporaryDir m_catalog;
    QProcessEnvironment m_env;
    QString m_db;
    QString m_key;
    QString m_wrongKey;
    QString m_recipient;
    QByteArray m_secret;
    QString m_backup;
    QString m_folder;
    QProcess m_sshd;
    quint16 m_sshPort = 0;
    QString m_userKey;
};

QTEST_GUILESS_MAIN(TestOffsite)
#include "tst_offsite.moc"
