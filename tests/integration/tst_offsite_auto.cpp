// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Copies after every backup: a catalog attached to destinations (destinations attach|detach
// --catalog) has every `pgsteward-cli backup` into it copied there, to a local path and to S3
// (s3rver, when installed); an unreachable destination leaves the local backup listed good, the
// copy "failed" with why, and exit 1 explained. --copy-to and --no-copy override the catalog, and
// a schedule's --copy-to reaches the command cron runs.
#include "clitestenv.h"
#include "fakecrontab.h"
#include "offsite/catalogcopies.h"
#include "offsitefixture.h"
#include "s3rverfixture.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class TestOffsiteAuto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        bool skip = false;
        const QString why = m_base.prepare(isolatedCliEnvironment, QStringLiteral("offsite_auto"),
                                           QStringLiteral("CREATE TABLE t (id int PRIMARY KEY);"
                                                          "INSERT INTO t SELECT generate_series(1, 321);"),
                                           &skip);
        if (skip)
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        addDestination({QStringLiteral("nas"), m_remote.filePath(QStringLiteral("nas")), QStringLiteral("--encrypt-to"), m_base.key.recipient});
        addDestination({QStringLiteral("nas2"), m_remote.filePath(QStringLiteral("nas2")), QStringLiteral("--encrypt-to"), m_base.key.recipient});
        // Nothing listens on this port: the SFTP server is unreachable (with a key to log in
        // with, so that the connection is what fails).
        const QString sshKey = m_base.home.filePath(QStringLiteral("ssh-key"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), sshKey});
        QVERIFY2(keygen.waitForFinished(30000) && keygen.exitCode() == 0, "ssh-keygen (openssh-client) is needed");
        m_base.env.insert(QStringLiteral("RCLONE_SFTP_KEY_FILE"), sshKey);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = probe.serverPort();
        probe.close();
        addDestination({QStringLiteral("down"), QStringLiteral("sftp://nobody@127.0.0.1:%1/backups").arg(closed),
                        QStringLiteral("--encrypt-to"), m_base.key.recipient});
        if (const QString noS3 = m_s3.start(); noS3.isEmpty()) {
            m_base.env = S3rverFixture::withCredentials(m_base.env);
            addDestination({QStringLiteral("s3"), QStringLiteral("s3://%1/auto").arg(m_s3.bucket()), QStringLiteral("--s3-endpoint"),
                            m_s3.endpoint(), QStringLiteral("--s3-path-style"), QStringLiteral("--encrypt-to"), m_base.key.recipient});
        } else {
            qWarning("the S3 part is skipped: %s", qPrintable(noS3));
        }
    }

    void cleanupTestCase()
    {
        m_s3.stop();
        m_base.tearDown();
    }

    void everyBackupIsCopiedToTheCatalogsDestinations()
    {
        QTemporaryDir catalogDir;
        const QString catalog = catalogDir.filePath(QStringLiteral("catalog"));
        QStringList attached{QStringLiteral("nas"), QStringLiteral("down")};
        if (hasS3())
            attached << QStringLiteral("s3");
        for (const QString &name : std::as_const(attached)) {
            const CliRun run = cli({QStringLiteral("destinations"), QStringLiteral("attach"), name, QStringLiteral("--catalog"), catalog});
            QVERIFY2(run.exitCode == 0, describeRun(run));
        }
        CliRun run = cli({QStringLiteral("destinations"), QStringLiteral("attach"), QStringLiteral("no-such"), QStringLiteral("--catalog"), catalog});
        QCOMPARE(run.exitCode, 1);
        run = cli({QStringLiteral("destinations"), QStringLiteral("attach"), QStringLiteral("nas")});
        QCOMPARE(run.exitCode, 2); // --catalog is required
        run = cli({QStringLiteral("destinations"), QStringLiteral("list"), QStringLiteral("--catalog"), catalog, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        for (const QJsonValue &v : jsonArrayOf(run)) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            QCOMPARE(v.toObject().value(QStringLiteral("attached")).toBool(), attached.contains(name));
        }

        // One backup: copied to nas (and s3); down fails, the backup itself stays good.
        run = backup(catalog);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("The copy to down failed (the local backup is good)")), describeRun(run));
        QVERIFY2(run.err().contains(QLatin1String("cannot be reached")), describeRun(run));
        const QString folder = QFileInfo(run.out().trimmed()).fileName();
        QVERIFY2(!folder.isEmpty(), describeRun(run));
        QCOMPARE(statusOf(catalog, folder), QStringLiteral("complete"));
        const QJsonArray copies = copyStatusOf(catalog, folder, m_base.env);
        QCOMPARE(stateAt(copies, QStringLiteral("nas")), QStringLiteral("copied"));
        QString why;
        QCOMPARE(stateAt(copies, QStringLiteral("down"), &why), QStringLiteral("failed"));
        QVERIFY2(why.contains(QLatin1String("cannot be reached")), qPrintable(why));
        QCOMPARE(stateAt(copies, QStringLiteral("nas2")), QStringLiteral("none"));
        QCOMPARE(listedAt(QStringLiteral("nas")), QStringList{folder});
        if (hasS3()) {
            QCOMPARE(stateAt(copies, QStringLiteral("s3")), QStringLiteral("copied"));
            QCOMPARE(listedAt(QStringLiteral("s3")), QStringList{folder});
        }
        run = cli({QStringLiteral("verify"), QDir(catalog).filePath(folder), QStringLiteral("--level"), QStringLiteral("checksums")});
        QVERIFY2(run.exitCode == 0, describeRun(run));

        // Detached, the unreachable one is left alone: the next backup succeeds. Removed with
        // --catalog, it is detached from that catalog as well.
        run = cli({QStringLiteral("destinations"), QStringLiteral("detach"), QStringLiteral("down"), QStringLiteral("--catalog"), catalog});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        run = cli({QStringLiteral("destinations"), QStringLiteral("attach"), QStringLiteral("down"), QStringLiteral("--catalog"), catalog});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        // A catalog whose setting is corrupt is named and left as it is; the others are still detached.
        const QString corrupt = catalogDir.filePath(QStringLiteral("corrupt"));
        QVERIFY(QDir().mkpath(corrupt));
        QFile bad(QDir(corrupt).filePath(catalogSettingsFileName()));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"copy_to\": [\"down\"");
        bad.close();
        run = cli({QStringLiteral("destinations"), QStringLiteral("remove"), QStringLiteral("down"), QStringLiteral("--catalog"), corrupt,
                   QStringLiteral("--catalog"), catalog});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out().contains(QLatin1String("no longer copied to down")) && run.err().contains(QLatin1String("not a catalog settings file")),
                 describeRun(run));
        QVERIFY(bad.open(QIODevice::ReadOnly));
        QCOMPARE(bad.readAll(), QByteArray("{\"copy_to\": [\"down\""));
        QVERIFY(!attachedDestinations(catalog)->contains(QStringLiteral("down")));
        QVERIFY(attachedDestinations(catalog)->contains(QStringLiteral("nas")));
        run = backup(catalog);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QString second = QFileInfo(run.out().trimmed()).fileName();
        QCOMPARE(stateAt(copyStatusOf(catalog, second, m_base.env), QStringLiteral("nas")), QStringLiteral("copied"));
        QCOMPARE(stateAt(copyStatusOf(catalog, second, m_base.env), QStringLiteral("down")), QStringLiteral("none"));
        QCOMPARE(listedAt(QStringLiteral("nas")).size(), 2);

        // The run's own choice wins over the catalog's.
        run = backup(catalog, {QStringLiteral("--no-copy")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(copyStatusOf(catalog, QFileInfo(run.out().trimmed()).fileName(), m_base.env).isEmpty());
        run = backup(catalog, {QStringLiteral("--copy-to"), QStringLiteral("nas2")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonArray only = copyStatusOf(catalog, QFileInfo(run.out().trimmed()).fileName(), m_base.env);
        QCOMPARE(only.size(), 1);
        QCOMPARE(stateAt(only, QStringLiteral("nas2")), QStringLiteral("copied"));
        run = backup(catalog, {QStringLiteral("--copy-to"), QStringLiteral("nas2"), QStringLiteral("--no-copy")});
        QCOMPARE(run.exitCode, 2);
    }

    void aScheduleCopiesWhereItSays()
    {
        QTemporaryDir catalogDir;
        const QString catalog = catalogDir.filePath(QStringLiteral("catalog"));
        CliRun run = cli({QStringLiteral("destinations"), QStringLiteral("attach"), QStringLiteral("nas"), QStringLiteral("--catalog"), catalog});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QProcessEnvironment env = m_base.env;
        const QString bin = m_base.home.filePath(QStringLiteral("fakebin"));
        QVERIFY(writeFakeCrontab(bin));
        const QString table = m_base.home.filePath(QStringLiteral("crontab.txt"));
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("PGSTEWARD_SCHEDULER"), QStringLiteral("cron"));
        env.insert(QStringLiteral("FAKE_CRONTAB_FILE"), table);
        run = runCli(addClusterProfileArgs(QStringLiteral("auto"), m_base.db), env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QStringList add{QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--profile"), QStringLiteral("auto"),
                              QStringLiteral("--database"), m_base.db, QStringLiteral("--catalog"), catalog};
        run = runCli(add + QStringList{QStringLiteral("--copy-to"), QStringLiteral("no-such")}, env);
        QCOMPARE(run.exitCode, 1); // a misspelt destination fails now, not at night
        run = runCli(add + QStringList{QStringLiteral("--copy-to"), QStringLiteral("nas2"), QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(jsonObjectOf(run).value(QStringLiteral("copy")).toString(), QStringLiteral("only"));
        run = runCli({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(jsonArrayOf(run).size(), 1);
        QCOMPARE(jsonArrayOf(run).first().toObject().value(QStringLiteral("copy_to")).toArray().first().toString(), QStringLiteral("nas2"));

        // What cron runs: nas2 instead of the catalog's nas.
        QFile file(table);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString line;
        for (const QString &l : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
            if (l.contains(QLatin1String("pgsteward-cli")) && !l.startsWith(QLatin1Char('#')))
                line = l;
        QVERIFY2(line.contains(QLatin1String("--copy-to nas2")), qPrintable(line));
        QByteArray errors;
        QCOMPARE(runCronLine(line, env, &errors), 0);
        const QStringList folders = QDir(catalog).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        const QJsonArray copies = copyStatusOf(catalog, folders.first(), m_base.env);
        QCOMPARE(stateAt(copies, QStringLiteral("nas2")), QStringLiteral("copied"));
        QCOMPARE(stateAt(copies, QStringLiteral("nas")), QStringLiteral("none"));
    }

private:
    bool hasS3() const { return m_base.env.contains(QStringLiteral("AWS_ACCESS_KEY_ID")); }
    CliRun cli(const QStringList &args) const { return runCli(args, m_base.env); }
    void addDestination(const QStringList &args)
    {
        const CliRun run = cli(QStringList{QStringLiteral("destinations"), QStringLiteral("add")} + args);
        QVERIFY2(run.exitCode == 0, describeRun(run));
    }
    CliRun backup(const QString &catalog, const QStringList &more = {}) const
    {
        return cli(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()), QStringLiteral("--database"),
                               m_base.db, QStringLiteral("--catalog"), catalog}
                   + more);
    }
    QString statusOf(const QString &catalog, const QString &folder) const
    {
        const CliRun run = cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"), catalog, QStringLiteral("--json")});
        for (const QJsonValue &v : jsonArrayOf(run))
            if (QFileInfo(v.toObject().value(QStringLiteral("folder")).toString()).fileName() == folder)
                return v.toObject().value(QStringLiteral("status")).toString();
        return {};
    }
    QStringList listedAt(const QString &destination) const
    {
        const CliRun run = cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), destination,
                                QStringLiteral("--json")});
        QStringList folders;
        for (const QJsonValue &v : jsonArrayOf(run))
            folders << v.toObject().value(QStringLiteral("folder")).toString();
        return folders;
    }

    OffsiteTestHome m_base;
    QTemporaryDir m_remote;
    S3rverFixture m_s3;
};

QTEST_GUILESS_MAIN(TestOffsiteAuto)
#include "tst_offsite_auto.moc"
