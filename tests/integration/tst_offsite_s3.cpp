// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Off-site copies to a real S3 endpoint (s3rver on 127.0.0.1): the encrypted round trip with the
// local catalog deleted in between, a restore test of the fetched copy, a flipped byte, a wrong
// identity; the S3 keys only in rclone's environment (never argv, files or logs); AWS_CA_BUNDLE
// set for a plain http endpoint; the copy status in the catalog; an upload killed with kill -9.
#include "clitestenv.h"
#include "offsitefixture.h"
#include "s3rverfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class TestOffsiteS3 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString noS3 = m_s3.start();
        if (!noS3.isEmpty()) {
            qWarning("S3 tests skipped: %s", qPrintable(noS3));
            QSKIP(qPrintable(noS3));
        }
        bool skip = false;
        const QString why = m_base.prepare(isolatedCliEnvironment, QStringLiteral("offsite_s3"),
                                           QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, note text);"
                                                          "INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, 4321) g;"),
                                           &skip);
        if (skip)
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_base.env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        m_base.env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        // As on machines with a corporate CA bundle: rclone 1.60 cannot load one for http.
        m_base.env.insert(QStringLiteral("AWS_CA_BUNDLE"), QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
        m_wrongKey = makeAgeKey(m_base.home.filePath(QStringLiteral("wrong.txt")));
        const CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("s3"),
                                   QStringLiteral("s3://%1/offsite").arg(m_s3.bucket()), QStringLiteral("--s3-endpoint"),
                                   m_s3.endpoint(), QStringLiteral("--s3-path-style"), QStringLiteral("--encrypt-to"),
                                   m_base.key.recipient, QStringLiteral("--keep-daily"), QStringLiteral("90")},
                                  m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
    }

    void cleanupTestCase()
    {
        m_s3.stop();
        m_base.tearDown();
    }

    void credentialsFromTheEnvironmentOnly()
    {
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("test"), QStringLiteral("s3")}, m_base.env);
        QCOMPARE(run.exitCode, 1); // no keys in the environment: s3rver refuses
        run = runCli({QStringLiteral("--verbose"), QStringLiteral("destinations"), QStringLiteral("test"), QStringLiteral("s3")},
                     S3rverFixture::withCredentials(m_base.env));
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.err().contains(QLatin1String("AWS_CA_BUNDLE is ignored")), describeRun(run));
        QVERIFY(filesContaining(m_base.home.filePath(QStringLiteral("config")), S3rverFixture::secretKey().toUtf8()).isEmpty());
    }

    void roundTrip()
    {
        const QProcessEnvironment env = S3rverFixture::withCredentials(m_base.env);
        QTemporaryDir catalogDir;
        const QString catalog = catalogDir.filePath(QStringLiteral("catalog"));
        CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()), QStringLiteral("--database"),
                             m_base.db, QStringLiteral("--catalog"), catalog, QStringLiteral("--row-counts")},
                            env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QString backup = run.out().trimmed();
        const QString folder = QFileInfo(backup).fileName();

        // A copy without the keys fails, says why, and the catalog records it.
        run = runCli({QStringLiteral("copy"), backup, QStringLiteral("--to"), QStringLiteral("s3")}, m_base.env);
        QCOMPARE(run.exitCode, 1);
        QString why;
        QCOMPARE(stateAt(copyStatusOf(catalog, folder, env), QStringLiteral("s3"), &why), QStringLiteral("failed"));
        QVERIFY2(!why.isEmpty(), "a failed copy records why");

        QList<QByteArray> cmdlines;
        run = runCliWatched({QStringLiteral("--verbose"), QStringLiteral("copy"), backup, QStringLiteral("--to"), QStringLiteral("s3")},
                            env, &cmdlines);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(!cmdlines.isEmpty(), "no child of the CLI was seen");
        bool sawRclone = false;
        for (const QByteArray &cmdline : std::as_const(cmdlines)) {
            sawRclone = sawRclone || cmdline.contains("rclone");
            QVERIFY2(!cmdline.contains(S3rverFixture::secretKey().toUtf8()), cmdline.constData());
            QVERIFY2(!cmdline.contains(S3rverFixture::accessKey().toUtf8()), cmdline.constData());
            QVERIFY(!cmdline.contains(m_base.key.secret));
        }
        QVERIFY(sawRclone);
        QVERIFY2(!run.standardError.contains(S3rverFixture::secretKey().toUtf8()), "the S3 secret is in the log");
        QCOMPARE(stateAt(copyStatusOf(catalog, folder, env), QStringLiteral("s3")), QStringLiteral("copied"));

        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), QStringLiteral("s3"),
                      QStringLiteral("--json")},
                     env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(jsonArrayOf(run).size(), 1);
        QCOMPARE(jsonArrayOf(run).first().toObject().value(QStringLiteral("folder")).toString(), folder);
        QVERIFY(jsonArrayOf(run).first().toObject().value(QStringLiteral("encrypted")).toBool());
        QVERIFY(filesContaining(m_s3.dataDir(), "PGDMP").isEmpty());
        QVERIFY(filesContaining(m_s3.dataDir(), "CREATE TABLE").isEmpty());

        // The local catalog is gone; the copy brings the backup back.
        QVERIFY(QDir(catalog).removeRecursively());
        QVERIFY(QDir().mkpath(catalog));
        run = runCli({QStringLiteral("--verbose"), QStringLiteral("fetch"), QStringLiteral("s3"), folder,
                      QStringLiteral("--catalog"), catalog, QStringLiteral("--identity"), m_base.key.file},
                     env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(!run.standardError.contains(m_base.key.secret));
        const QString fetched = run.out().trimmed();
        run = runCli({QStringLiteral("verify"), fetched, QStringLiteral("--level"), QStringLiteral("restore"), QStringLiteral("--json")},
                     env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject rows = jsonObjectOf(run).value(QStringLiteral("row_counts")).toObject();
        QVERIFY2(rows.contains(QStringLiteral("public.t")), describeRun(run));
        QCOMPARE(rows.value(QStringLiteral("public.t")).toObject().value(QStringLiteral("restored")).toInteger(), 4321);
        QCOMPARE(rows.value(QStringLiteral("public.t")).toObject().value(QStringLiteral("recorded")).toInteger(), 4321);

        // A wrong identity fails clearly and leaves nothing.
        QTemporaryDir wrong;
        run = runCli({QStringLiteral("fetch"), QStringLiteral("s3"), folder, QStringLiteral("--catalog"), wrong.path(),
                      QStringLiteral("--identity"), m_wrongKey.file},
                     env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("Cannot decrypt")), describeRun(run));
        QVERIFY(QDir(wrong.path()).isEmpty());

        // Nothing secret in our files, the catalog, the logs or the destination.
        for (const QByteArray &secret : {m_base.key.secret, S3rverFixture::secretKey().toUtf8()}) {
            QVERIFY(filesContaining(m_base.home.filePath(QStringLiteral("config")), secret).isEmpty());
            QVERIFY(filesContaining(m_base.home.filePath(QStringLiteral("data")), secret).isEmpty());
            QVERIFY(filesContaining(catalog, secret).isEmpty());
        }
        QVERIFY(filesContaining(m_s3.dataDir(), m_base.key.secret).isEmpty());

        // A flipped byte in the stored object is caught by fetch.
        QFile object(m_s3.objectFile(QStringLiteral("offsite/%1/dump.custom.age").arg(folder)));
        QVERIFY2(object.open(QIODevice::ReadWrite), qPrintable(object.fileName()));
        QVERIFY(object.seek(object.size() / 2));
        char byte = 0;
        QVERIFY(object.getChar(&byte));
        QVERIFY(object.seek(object.size() / 2));
        QVERIFY(object.putChar(char(byte ^ 0x01)));
        object.close();
        QTemporaryDir tampered;
        run = runCli({QStringLiteral("fetch"), QStringLiteral("s3"), folder, QStringLiteral("--catalog"), tampered.path(),
                      QStringLiteral("--identity"), m_base.key.file},
                     env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("damaged")), describeRun(run));
        QVERIFY(QDir(tampered.path()).isEmpty());
    }

private:
    S3rverFixture m_s3;
    OffsiteTestHome m_base;
    AgeKey m_wrongKey;
};

QTEST_GUILESS_MAIN(TestOffsiteS3)
#include "tst_offsite_s3.moc"
