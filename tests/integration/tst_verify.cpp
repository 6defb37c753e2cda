// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfixture.h"
#include "clitestenv.h"

#include "backup/restoretest.h"
#include "backup/verify.h"

#include <QTemporaryDir>

using namespace pgs;
using namespace pgs::test;
using Level = BackupManifest::VerifyLevel;

Q_DECLARE_METATYPE(pgs::DumpFormat)

namespace {
class LogSink : public JobSink
{
public:
    void jobProgress(double, const QString &) override {}
    void jobLog(const QString &line) override { lines << line; }
    QStringList lines;
};

QByteArray describe(const VerifyReport &r)
{
    return QStringLiteral("reached %1, passed %2: %3")
        .arg(toString(r.reached))
        .arg(r.passed)
        .arg(r.problems.join(QStringLiteral(" | ")))
        .toUtf8();
}
} // namespace

// Real backups of a scratch database (runBackup, real pg_dump), verified at every level, then
// damaged in the ways the issue names: each damage must be caught, at the level it promises.
class TstVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(m_tmp.isValid());
        m_database = createBackupSourceDatabase();
        QVERIFY(!m_database.isEmpty());
        const struct
        {
            DumpFormat format;
            QString compression;
        } kinds[] = {{DumpFormat::Custom, {}},
                     {DumpFormat::Directory, {}},
                     {DumpFormat::Tar, {}},
                     {DumpFormat::Plain, QStringLiteral("gzip")},
                     {DumpFormat::Plain, QStringLiteral("none")}};
        for (const auto &kind : kinds) {
            Result<BackupOutcome> made = makeBackup(m_database, m_tmp.filePath(QStringLiteral("catalog")), kind.format,
                                                    kind.compression);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(errorText(made.error())));
            QVERIFY(made->manifest.isGood());
            QCOMPARE(made->manifest.rowCounts.value(QStringLiteral("public.items")), 1000);
            m_backups.insert(toString(kind.format) + QLatin1Char('/') + kind.compression, made->folder);
        }
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            dropScratchDatabase(m_database);
        dropRolesSource(m_roles);
    }

    // Issue 8: an ordinary database, owned by a login role, a table granted to "John Smith": the
    // throwaway cluster has neither role. They are created before the restore (from the globals
    // when the backup has them, else as NOLOGIN placeholders) and the restore test passes.
    void restoreTestCreatesTheRoles_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("compression");
        QTest::addColumn<bool>("globals");
        QTest::newRow("plain") << int(DumpFormat::Plain) << QStringLiteral("none") << false;
        QTest::newRow("plain .sql.zst") << int(DumpFormat::Plain) << QStringLiteral("zstd") << false;
        QTest::newRow("plain --globals") << int(DumpFormat::Plain) << QStringLiteral("none") << true;
        QTest::newRow("custom") << int(DumpFormat::Custom) << QString() << false;
        QTest::newRow("custom --globals") << int(DumpFormat::Custom) << QString() << true;
        QTest::newRow("directory") << int(DumpFormat::Directory) << QString() << false;
    }
    void restoreTestCreatesTheRoles()
    {
        QFETCH(int, format);
        QFETCH(QString, compression);
        QFETCH(bool, globals);
        if (m_roles.database.isEmpty())
            m_roles = createRolesSourceDatabase();
        QVERIFY(!m_roles.database.isEmpty());
        Result<BackupOutcome> made = makeBackupWithGlobals(m_roles.database, m_tmp.filePath(QStringLiteral("roles")),
                                                           DumpFormat(format), globals, compression);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(errorText(made.error())));
        QCOMPARE(made->manifest.globalsName.isEmpty(), !globals);

        LogSink sink;
        JobContext ctx(&sink);
        Result<VerifyReport> report = verifyBackup(ctx, made->folder, Level::Restore);
        const QString log = sink.lines.join(QLatin1Char('\n'));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(errorText(report.error())));
        QVERIFY2(report->passed, qPrintable(QString::fromUtf8(describe(*report)) + QLatin1Char('\n') + log));
        QCOMPARE(report->rowComparison.value(QStringLiteral("public.items")), qMakePair(qint64(100), qint64(100)));
        QCOMPARE(report->rowComparison.value(QStringLiteral("sales.orders")), qMakePair(qint64(40), qint64(40)));

        auto conn = pg::Connection::open(clusterSpec());
        QVERIFY(conn);
        const QString owner = (*conn)->quoteIdentifier(m_roles.owner);
        const QString grantee = (*conn)->quoteIdentifier(m_roles.grantee);
        const QString defaults = (*conn)->quoteIdentifier(m_roles.defaults);
        // Which roles were created, and from where, is in the log.
        const QString fromGlobals = QStringLiteral("from globals.sql");
        const QString placeholders = QStringLiteral("NOLOGIN placeholders");
        QStringList created;
        for (const QString &line : std::as_const(sink.lines)) {
            if (line.contains(globals ? fromGlobals : placeholders))
                created << line;
        }
        QVERIFY2(!created.isEmpty(), qPrintable(log));
        for (const QString &role : {owner, grantee, defaults})
            QVERIFY2(created.join(QLatin1Char('\n')).contains(role), qPrintable(role + QLatin1Char('\n') + log));
        if (!globals)
            QVERIFY2(!log.contains(fromGlobals), qPrintable(log));

        // The same through the command line, as the issue reported it.
        if (QTest::currentDataTag() == QByteArray("plain")) {
            Result<BackupOutcome> again = makeBackupWithGlobals(m_roles.database, m_tmp.filePath(QStringLiteral("roles")),
                                                                DumpFormat::Plain, false, QStringLiteral("none"));
            QVERIFY(again.ok());
            QTemporaryDir cliDir;
            const CliRun run = runCli({QStringLiteral("verify"), again->folder, QStringLiteral("--level"), QStringLiteral("restore")},
                                      isolatedCliEnvironment(cliDir));
            QVERIFY2(run.exitCode == 0, qPrintable(run.out() + run.err()));
            QVERIFY2(!run.err().contains(QLatin1String("does not exist")), qPrintable(run.err()));
        }
    }

    void allLevelsPass_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("custom") << QStringLiteral("custom/");
        QTest::newRow("directory") << QStringLiteral("directory/");
        QTest::newRow("tar") << QStringLiteral("tar/");
        QTest::newRow("plain .sql.gz") << QStringLiteral("plain/gzip");
        QTest::newRow("plain .sql") << QStringLiteral("plain/none");
    }

    void allLevelsPass()
    {
        QFETCH(QString, kind);
        const QString folder = copy(kind);
        JobContext ctx;
        Result<VerifyReport> report = verifyBackup(ctx, folder, Level::Restore);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(errorText(report.error())));
        QVERIFY2(report->passed, describe(*report));
        QCOMPARE(toString(report->reached), toString(Level::Restore));
        QCOMPARE(report->rowComparison.value(QStringLiteral("public.items")), qMakePair(qint64(1000), qint64(1000)));
        QCOMPARE(report->rowComparison.value(QStringLiteral("sales.orders")), qMakePair(qint64(250), qint64(250)));
        QCOMPARE(report->rowComparison.value(QStringLiteral("public.Mixed Case")), qMakePair(qint64(7), qint64(7)));

        // Every level is recorded in the manifest with its time.
        Result<BackupManifest> after = BackupManifest::load(folder);
        QVERIFY(after.ok());
        QCOMPARE(after->verifications.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(int(after->verifications[i].level), i + 1);
            QVERIFY(after->verifications[i].passed);
            QVERIFY(after->verifications[i].at.isValid());
        }
        QCOMPARE(toString(after->highestPassedLevel()), toString(Level::Restore));
    }

    // A pg_dumpall script creates every role itself, the bootstrap superuser included, which any
    // cluster has: those "already exists" errors say nothing about the backup; the rest must run.
    void globalsOnlyBackupPassesTheRestoreTest()
    {
        QTemporaryDir tmp;
        BackupRequest request;
        request.spec = clusterSpec();
        request.catalogDir = tmp.path();
        request.profileName = QStringLiteral("test");
        request.options.source = BackupOptions::Source::GlobalsOnly;
        JobContext ctx;
        Result<BackupOutcome> made = runBackup(ctx, request);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(errorText(made.error())));
        // Every level: pg_dumpall writes SQL whatever the options' format says.
        Result<VerifyReport> report = verifyBackup(ctx, made->folder, Level::Restore);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(errorText(report.error())));
        QVERIFY2(report->passed, qPrintable(describe(*report)));
    }

    void noRowCountsStillRestores()
    {
        QTemporaryDir tmp;
        Result<BackupOutcome> made = makeBackup(m_database, tmp.path(), DumpFormat::Custom, {}, false);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(errorText(made.error())));
        QVERIFY(made->manifest.rowCounts.isEmpty());
        JobContext ctx;
        Result<VerifyReport> report = verifyBackup(ctx, made->folder, Level::Restore);
        QVERIFY(report.ok());
        QVERIFY2(report->passed, describe(*report));
        QVERIFY(report->rowComparison.isEmpty());
    }

    void damageCaughtByChecksums_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        for (const QString &kind : {QStringLiteral("custom/"), QStringLiteral("tar/"), QStringLiteral("plain/gzip")}) {
            QTest::newRow(qPrintable(kind + QStringLiteral(" flipped byte"))) << kind << QStringLiteral("flip") << QStringLiteral("checksum mismatch");
            QTest::newRow(qPrintable(kind + QStringLiteral(" truncated"))) << kind << QStringLiteral("truncate") << QStringLiteral("bytes, the manifest says");
        }
        QTest::newRow("directory missing file") << QStringLiteral("directory/") << QStringLiteral("remove") << QStringLiteral("missing");
        QTest::newRow("directory flipped byte") << QStringLiteral("directory/") << QStringLiteral("flip") << QStringLiteral("checksum mismatch");
        QTest::newRow("directory extra file") << QStringLiteral("directory/") << QStringLiteral("extra") << QStringLiteral("not in the manifest");
    }

    void damageCaughtByChecksums()
    {
        QFETCH(QString, kind);
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QString folder = copy(kind);
        Result<BackupManifest> m = BackupManifest::load(folder);
        QVERIFY(m.ok());
        // The biggest file: the dump itself, or the largest data file of a directory dump.
        BackupManifest::File victim = m->files.first();
        for (const BackupManifest::File &f : m->files) {
            if (f.size > victim.size)
                victim = f;
        }
        const QString path = QDir(folder).filePath(victim.name);
        if (damage == QLatin1String("flip")) {
            QVERIFY(flipByte(path, victim.size / 2));
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(QFile::resize(path, victim.size - 100));
        } else if (damage == QLatin1String("remove")) {
            QVERIFY(QFile::remove(path));
        } else {
            QFile extra(QDir(folder).filePath(m->dumpName + QStringLiteral("/9999.dat.gz")));
            QVERIFY(extra.open(QIODevice::WriteOnly));
            extra.write("stray");
        }

        JobContext ctx;
        Result<VerifyReport> report = verifyBackup(ctx, folder, Level::Restore);
        QVERIFY(report.ok());
        QVERIFY2(!report->passed, describe(*report));
        QCOMPARE(toString(report->reached), toString(Level::None)); // caught at level 1
        QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(expected), describe(*report));

        // The failure is recorded, and only level 1 ran.
        Result<BackupManifest> after = BackupManifest::load(folder);
        QCOMPARE(after->verifications.size(), 1);
        QVERIFY(!after->verifications.first().passed);
        QCOMPARE(after->verifications.first().problems, report->problems);
    }

    // The checksums are made to match a damaged custom dump: pg_restore must notice.
    void consistentCustomDamageCaughtByPgRestore_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("flipped byte in compressed data") << QStringLiteral("flip");
    }

    void consistentCustomDamageCaughtByPgRestore()
    {
        QFETCH(QString, damage);
        const QString folder = copy(QStringLiteral("custom/"));
        const QString dump = QDir(folder).filePath(QStringLiteral("dump.custom"));
        const qint64 size = QFileInfo(dump).size();
        if (damage == QLatin1String("truncate"))
            QVERIFY(QFile::resize(dump, size * 2 / 3));
        else
            QVERIFY(flipByte(dump, offsetOfItemsData(dump)));
        QVERIFY(rehashManifest(folder));

        JobContext ctx;
        Result<VerifyReport> report = verifyBackup(ctx, folder, Level::Readable);
        QVERIFY(report.ok());
        QVERIFY2(!report->passed, describe(*report));
        QVERIFY2(report->reached == Level::Checksums || report->reached == Level::Contents, describe(*report));
    }

    // A plain dump missing one COPY row, its checksum updated: only the restore test can tell.
    void plainDeletedRowCaughtByRestoreTest()
    {
        const QString folder = copy(QStringLiteral("plain/none"));
        const QString dump = QDir(folder).filePath(QStringLiteral("dump.sql"));
        QFile f(dump);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray sql = f.readAll();
        f.close();
        const qsizetype copyAt = sql.indexOf("COPY sales.orders");
        QVERIFY(copyAt > 0);
        const qsizetype firstRow = sql.indexOf('\n', copyAt) + 1;
        const qsizetype secondRow = sql.indexOf('\n', firstRow) + 1;
        sql.remove(firstRow, secondRow - firstRow);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(sql);
        f.close();
        QVERIFY(rehashManifest(folder));

        JobContext ctx;
        Result<VerifyReport> report = verifyBackup(ctx, folder, Level::Restore);
        QVERIFY(report.ok());
        QVERIFY2(!report->passed, describe(*report));
        QCOMPARE(toString(report->reached), toString(Level::Readable));
        QCOMPARE(report->rowComparison.value(QStringLiteral("sales.orders")), qMakePair(qint64(249), qint64(250)));
        QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QLatin1String("sales.orders")), describe(*report));
        QCOMPARE(report->problems.size(), 1);
    }

    // A plain dump cut short but re-hashed: the missing "dump complete" line gives it away.
    void plainTruncationCaughtByContents()
    {
        const QString folder = copy(QStringLiteral("plain/none"));
        const QString dump = QDir(folder).filePath(QStringLiteral("dump.sql"));
        QVERIFY(QFile::resize(dump, QFileInfo(dump).size() - 300));
        QVERIFY(rehashManifest(folder));
        JobContext ctx;
        Result<VerifyReport> report = verifyBackup(ctx, folder, Level::Contents);
        QVERIFY(report.ok());
        QVERIFY2(!report->passed, describe(*report));
        QCOMPARE(toString(report->reached), toString(Level::Checksums));
    }

    void canceledVerificationIsAnError()
    {
        const QString folder = copy(QStringLiteral("custom/"));
        JobContext ctx;
        ctx.cancel();
        Result<VerifyReport> report = verifyBackup(ctx, folder, Level::Restore);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, JobContext::canceledError().code);
    }

private:
    QString copy(const QString &kind)
    {
        const QString from = m_backups.value(kind);
        if (from.isEmpty())
            return {};
        const QString to = m_tmp.filePath(QStringLiteral("copy-%1").arg(++m_copies));
        return copyTree(from, to) ? to : QString();
    }

    // Somewhere inside the compressed data block of public.items (past the table of contents).
    static qint64 offsetOfItemsData(const QString &dump)
    {
        return QFileInfo(dump).size() * 3 / 4;
    }

    QTemporaryDir m_tmp;
    QString m_database;
    QMap<QString, QString> m_backups;
    int m_copies = 0;
    RolesSource m_roles;
};

QTEST_GUILESS_MAIN(TstVerify)
#include "tst_verify.moc"
