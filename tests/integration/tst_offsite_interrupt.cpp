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
    // "rcat": the dump streams from age through the CLI; "copy": the small files after it.
    return !args.isEmpty() && args.first().endsWith("rclone") && args.size() > 1 && (args.at(1) == "rcat" || args.at(1) == "copy");
}
} // namespace

class TestOffsiteInterrupt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        if (const QString missing = missingOffsiteTools(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        const QString why = m_s3.start();
        if (!why.isEmpty()) {
            qWarning("S3 tests skipped: %s", qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_env = S3rverFixture::withCredentials(isolatedCliEnvironment(m_home));
        // About 40 MB of hex that compresses to about half: an upload that takes a moment.
        m_db = createFilledDatabase(QStringLiteral("offsite_kill"), QStringLiteral("CREATE TABLE big (id int, payload text);"
                                                   "INSERT INTO big SELECT g, (SELECT string_agg(md5(random()::text || g || x), '') "
                                                   "FROM generate_series(1, 16) x) FROM generate_series(1, 80000) g;"));
        QVERIFY(!m_db.isEmpty());
        m_key = makeAgeKey(m_home.filePath(QStringLiteral("key.txt")));
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("s3"),
                             QStringLiteral("s3://%1/kill").arg(m_s3.bucket()), QStringLiteral("--s3-endpoint"), m_s3.endpoint(),
                             QStringLiteral("--s3-path-style"), QStringLiteral("--encrypt-to"), m_key.recipient},
                            m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()), QStringLiteral("--database"), m_db,
                      QStringLiteral("--catalog"), m_catalog.path()},
                     m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        m_backup = run.out().trimmed();
        m_folder = QFileInfo(m_backup).fileName();
    }

    void cleanupTestCase()
    {
        m_s3.stop();
        if (!m_db.isEmpty())
            dropScratchDatabase(m_db);
    }

    void killedUploadNeverCounts()
    {
        const QStringList copy{QStringLiteral("--verbose"), QStringLiteral("copy"), m_backup, QStringLiteral("--to"), QStringLiteral("s3")};
        CliRun run = runCliWatched(copy, m_env, nullptr, [](qint64, const QByteArray &cmdline) {
            if (!isRcloneUpload(cmdline))
                return false;
            QThread::msleep(300); // let some bytes go
            return true;
        });
        QCOMPARE(run.exitCode, -2); // killed, as planned
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), QStringLiteral("s3"),
                      QStringLiteral("--json")},
                     m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(jsonArrayOf(run).size(), 0);
        QCOMPARE(stateAt(copyStatusOf(m_catalog.path(), m_folder, m_env), QStringLiteral("s3")), QStringLiteral("pending"));

        run = runCli(copy, m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.err().contains(QLatin1String("Uploading")), describeRun(run)); // rclone's progress
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), QStringLiteral("s3"),
                      QStringLiteral("--json")},
                     m_env);
        QCOMPARE(jsonArrayOf(run).size(), 1);
        QCOMPARE(jsonArrayOf(run).first().toObject().value(QStringLiteral("folder")).toString(), m_folder);
        QCOMPARE(stateAt(copyStatusOf(m_catalog.path(), m_folder, m_env), QStringLiteral("s3")), QStringLiteral("copied"));
        QVERIFY(!QFileInfo::exists(QDir(m_s3.dataDir()).filePath(m_s3.bucket() + QStringLiteral("/kill/") + m_folder
                                                                 + QStringLiteral(".partial"))));
    }

    void cancelStopsRclone()
    {
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("s3b"),
                             QStringLiteral("s3://%1/cancel").arg(m_s3.bucket()), QStringLiteral("--s3-endpoint"), m_s3.endpoint(),
                             QStringLiteral("--s3-path-style"), QStringLiteral("--encrypt-to"), m_key.recipient},
                            m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QProcess cli;
        cli.setProcessEnvironment(m_env);
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
        QCOMPARE(stateAt(copyStatusOf(m_catalog.path(), m_folder, m_env), QStringLiteral("s3b")), QStringLiteral("pending"));
    }

private:
    S3rverFixture m_s3;
    QTemporaryDir m_home;
    QTemporaryDir m_catalog;
    QProcessEnvironment m_env;
    QString m_db;
    AgeKey m_key;
    QString m_backup;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestOffsiteInterrupt)
#include "tst_offsite_interrupt.moc"
