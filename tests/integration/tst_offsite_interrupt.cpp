// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Partial uploads never count: a copy to S3 (s3rver) killed with kill -9 in the middle of the
// upload is not listed at the destination and stays "pending" in the catalog; the rerun clears
// the leftover, completes, and is listed and "copied". A copy canceled with SIGTERM stops rclone
// through the process helper.
#include "clitestenv.h"
#include "offsitefixture.h"
#include "s3rverfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace pgs;
using namespace pgs::test;

namespace {
bool isRcloneUpload(const QByteArray &cmdline)
{
    const QList<QByteArray> args = cmdline.split('\0');
    // The dump (about 20 MB) streams from age through the CLI into rclone rcat; the small files
    // go up after it with rclone copy.
    return !args.isEmpty() && args.first().endsWith("rclone") && args.size() > 1 && args.at(1) == "rcat";
}
} // namespace

class TestOffsiteInterrupt : public QObject
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
        // About 40 MB of hex that compresses to about half: an upload that takes a moment.
        bool skip = false;
        const QString why = m_base.prepare(isolatedCliEnvironment, QStringLiteral("offsite_kill"),
                                           QStringLiteral("CREATE TABLE big (id int, payload text);"
                                                          "INSERT INTO big SELECT g, (SELECT string_agg(md5(random()::text || g || x), '') "
                                                          "FROM generate_series(1, 16) x) FROM generate_series(1, 80000) g;"),
                                           &skip);
        if (skip)
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_base.env = S3rverFixture::withCredentials(m_base.env);
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("s3"),
                             QStringLiteral("s3://%1/kill").arg(m_s3.bucket()), QStringLiteral("--s3-endpoint"), m_s3.endpoint(),
                             QStringLiteral("--s3-path-style"), QStringLiteral("--encrypt-to"), m_base.key.recipient},
                            m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()), QStringLiteral("--database"), m_base.db,
                      QStringLiteral("--catalog"), m_catalog.path()},
                     m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        m_backup = run.out().trimmed();
        m_folder = QFileInfo(m_backup).fileName();
    }

    void cleanupTestCase()
    {
        m_s3.stop();
        m_base.tearDown();
    }

    void killedUploadNeverCounts()
    {
        const QStringList copy{QStringLiteral("--verbose"), QStringLiteral("copy"), m_backup, QStringLiteral("--to"), QStringLiteral("s3")};
        CliRun run = runCliWatched(copy, m_base.env, nullptr, [](qint64, const QByteArray &cmdline) {
            if (!isRcloneUpload(cmdline))
                return false;
            QThread::msleep(300); // let some bytes go
            return true;
        });
        QCOMPARE(run.exitCode, -2); // killed, as planned
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), QStringLiteral("s3"),
                      QStringLiteral("--json")},
                     m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(jsonArrayOf(run).size(), 0);
        QCOMPARE(stateAt(copyStatusOf(m_catalog.path(), m_folder, m_base.env), QStringLiteral("s3")), QStringLiteral("pending"));

        run = runCli(copy, m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.err().contains(QLatin1String("Uploading")), describeRun(run)); // rclone's progress
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), QStringLiteral("s3"),
                      QStringLiteral("--json")},
                     m_base.env);
        QCOMPARE(jsonArrayOf(run).size(), 1);
        QCOMPARE(jsonArrayOf(run).first().toObject().value(QStringLiteral("folder")).toString(), m_folder);
        QCOMPARE(stateAt(copyStatusOf(m_catalog.path(), m_folder, m_base.env), QStringLiteral("s3")), QStringLiteral("copied"));
        // The dump went up streamed (age -> us -> rclone rcat) in one PUT: S3's MD5 of it matches
        // what was sent, so verifying needs no download.
        run = runCli({QStringLiteral("--verbose"), QStringLiteral("verify"), QStringLiteral("--destination"), QStringLiteral("s3"),
                      m_folder, QStringLiteral("--level"), QStringLiteral("checksums")},
                     m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.err().contains(QLatin1String("by the destination's hash, 0 downloaded")), describeRun(run));
        QVERIFY(!QFileInfo::exists(QDir(m_s3.dataDir()).filePath(m_s3.bucket() + QStringLiteral("/kill/") + m_folder
                                                                 + QStringLiteral(".partial"))));
    }

    void cancelStopsRclone()
    {
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("s3b"),
                             QStringLiteral("s3://%1/cancel").arg(m_s3.bucket()), QStringLiteral("--s3-endpoint"), m_s3.endpoint(),
                             QStringLiteral("--s3-path-style"), QStringLiteral("--encrypt-to"), m_base.key.recipient},
                            m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QProcess cli;
        cli.setProcessEnvironment(m_base.env);
        cli.start(cliPath(), {QStringLiteral("copy"), m_backup, QStringLiteral("--to"), QStringLiteral("s3b")});
        QVERIFY(cli.waitForStarted());
        qint64 rclone = 0;
        for (int i = 0; i < 3000 && !rclone && cli.state() == QProcess::Running; ++i) {
            for (const auto &[pid, cmdline] : childrenOf(cli.processId()))
                if (isRcloneUpload(cmdline))
                    rclone = pid;
            cli.waitForFinished(20);
        }
        if (!rclone)
            QSKIP("the upload ended before it could be canceled");
        ::kill(pid_t(cli.processId()), SIGTERM);
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/%1/cmdline").arg(rclone))
                     || QFile(QStringLiteral("/proc/%1/cmdline").arg(rclone)).size() == 0,
                 "rclone outlived the canceled copy");
        QCOMPARE(stateAt(copyStatusOf(m_catalog.path(), m_folder, m_base.env), QStringLiteral("s3b")), QStringLiteral("pending"));
    }

private:
    S3rverFixture m_s3;
    OffsiteTestHome m_base;
    QTemporaryDir m_catalog;
    QString m_backup;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestOffsiteInterrupt)
#include "tst_offsite_interrupt.moc"
