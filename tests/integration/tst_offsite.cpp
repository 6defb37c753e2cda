// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Off-site copies through the CLI: destinations add, copy (age-encrypted), backups list
// --destination, fetch, verify --level restore; tampering, a wrong identity, an interrupted upload,
// and the secret key kept out of files and stderr. A local-path destination always; SFTP against
// a throwaway sshd on 127.0.0.1 when sshd can be started here, where a key sshd does not know is
// refused clearly and nothing counts as copied. The dump is large enough to stream (rcat).
#include "clitestenv.h"
#include "offsitefixture.h"
#include "sshdfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class TestOffsite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        bool skip = false;
        const QString why = m_base.prepare(isolatedCliEnvironment, QStringLiteral("offsite"),
                                           // "big" makes a dump of about 11 MB: over the 8 MiB from which
                                           // a file streams from age into rclone rcat.
                                           QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, note text);"
                                                          "INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, 5000) g;"
                                                          "CREATE TABLE big (id int, payload text);"
                                                          "INSERT INTO big SELECT g, (SELECT string_agg(md5(g || '.' || x), '') "
                                                          "FROM generate_series(1, 16) x) FROM generate_series(1, 40000) g;"),
                                           &skip);
        if (skip)
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_wrongKey = makeAgeKey(m_base.home.filePath(QStringLiteral("wrong.txt"))).file;

        const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()),
                                      QStringLiteral("--database"), m_base.db, QStringLiteral("--catalog"), m_catalog.path(),
                                      QStringLiteral("--row-counts")},
                                     m_base.env);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err()));
        m_backup = backup.out().trimmed();
        m_folder = QFileInfo(m_backup).fileName();
    }

    void cleanupTestCase()
    {
        m_sshd.stop();
        m_base.tearDown();
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
        QProcessEnvironment env = m_base.env;
        if (kind == QLatin1String("sftp")) {
            const QString why = m_sshd.start();
            if (!why.isEmpty())
                QSKIP(qPrintable(why));
            url = m_sshd.url(url);
            env.insert(QStringLiteral("RCLONE_SFTP_KEY_FILE"), m_sshd.userKey());
        }
        const QString name = QStringLiteral("off-") + kind;
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), name, url, QStringLiteral("--encrypt-to"),
                             m_base.key.recipient, QStringLiteral("--keep-daily"), QStringLiteral("90")},
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

        QList<QByteArray> children;
        run = runCliWatched({QStringLiteral("--verbose"), QStringLiteral("copy"), m_backup, QStringLiteral("--to"), name}, env,
                            &children);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        // The dump went up streamed (age -> us -> rclone rcat), the small files with rclone copy.
        const auto ran = [&](const QByteArray &what) {
            return std::any_of(children.cbegin(), children.cend(), [&](const QByteArray &c) { return c.contains(what); });
        };
        QVERIFY2(ran(QByteArray("rcat\0--size\0", 12)), "no rclone rcat was started");
        QVERIFY(ran(QByteArray("copy\0", 5)));
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
                      fetched.path(), QStringLiteral("--identity"), m_base.key.file},
                     env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        QVERIFY2(!run.standardError.contains(m_base.key.secret), "the secret key is in the CLI's stderr");
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
                      QStringLiteral("--identity"), m_base.key.file},
                     env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("damaged")), qPrintable(run.err()));
        QVERIFY(QDir(tampered.path()).isEmpty());

        // The secret key is in no file of ours.
        QVERIFY(filesContaining(m_base.home.filePath(QStringLiteral("config")), m_base.key.secret).isEmpty());
        QVERIFY(filesContaining(m_base.home.filePath(QStringLiteral("data")), m_base.key.secret).isEmpty());
        QVERIFY(filesContaining(remoteDir, m_base.key.secret).isEmpty());
        QVERIFY(filesContaining(fetched.path(), m_base.key.secret).isEmpty());
    }

    void backupCopyTo()
    {
        QTemporaryDir remote;
        QTemporaryDir catalog;
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("after-backup"),
                             remote.filePath(QStringLiteral("c")), QStringLiteral("--encrypt-to"), m_base.key.recipient},
                            m_base.env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QStringList backup{QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()),
                                 QStringLiteral("--database"), m_base.db, QStringLiteral("--catalog"), catalog.path()};
        // A misspelt destination fails before anything is dumped.
        run = runCli(backup + QStringList{QStringLiteral("--copy-to"), QStringLiteral("no-such-destination")}, m_base.env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QDir(catalog.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        run = runCli(backup + QStringList{QStringLiteral("--copy-to"), QStringLiteral("after-backup")}, m_base.env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QString folder = QFileInfo(run.out().trimmed()).fileName();
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"),
                      QStringLiteral("after-backup"), QStringLiteral("--json")},
                     m_base.env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QJsonArray listed = QJsonDocument::fromJson(run.standardOutput).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("folder")).toString(), folder);
    }

    // s3rver checks no signature, so the refusal of a wrong credential is proven here: sshd
    // refuses a key it does not know, and nothing counts as copied.
    void sftpRefusesAWrongKey()
    {
        const QString why = m_sshd.start();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QTemporaryDir remote;
        QProcessEnvironment right = m_base.env;
        right.remove(QStringLiteral("SSH_AUTH_SOCK")); // no agent offering another key
        QProcessEnvironment wrong = right;
        right.insert(QStringLiteral("RCLONE_SFTP_KEY_FILE"), m_sshd.userKey());
        wrong.insert(QStringLiteral("RCLONE_SFTP_KEY_FILE"), m_sshd.strangerKey());
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("strict"),
                             m_sshd.url(remote.filePath(QStringLiteral("strict"))), QStringLiteral("--encrypt-to"), m_base.key.recipient},
                            right);
        QVERIFY2(run.exitCode == 0, describeRun(run));

        run = runCli({QStringLiteral("destinations"), QStringLiteral("test"), QStringLiteral("strict")}, wrong);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("refused the login")), describeRun(run));
        run = runCli({QStringLiteral("copy"), m_backup, QStringLiteral("--to"), QStringLiteral("strict")}, wrong);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("refused the login")), describeRun(run));
        QString error;
        QCOMPARE(stateAt(copyStatusOf(m_catalog.path(), m_folder, m_base.env), QStringLiteral("strict"), &error), QStringLiteral("failed"));
        QVERIFY2(error.contains(QLatin1String("refused the login")), qPrintable(error));
        // Listing with the wrong key fails too, instead of showing an empty destination.
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), QStringLiteral("strict")},
                     wrong);
        QCOMPARE(run.exitCode, 1);

        // The same destination with the accepted key: reachable, and nothing was copied there.
        run = runCli({QStringLiteral("destinations"), QStringLiteral("test"), QStringLiteral("strict")}, right);
        QVERIFY2(run.exitCode == 0, QByteArray(describeRun(run) + m_sshd.log()).constData());
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), QStringLiteral("strict"),
                      QStringLiteral("--json")},
                     right);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(jsonArrayOf(run).size(), 0);
    }

private:
    OffsiteTestHome m_base;
    QTemporaryDir m_catalog;
    QString m_wrongKey;
    QString m_backup;
    QString m_folder;
    SshdFixture m_sshd;
};

QTEST_GUILESS_MAIN(TestOffsite)
#include "tst_offsite.moc"
