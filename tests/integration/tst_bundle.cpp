// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfixture.h"

#include "catalog/bundle.h"
#include "catalog/catalog.h"
#include "backup/verify.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

using namespace pgs;
using namespace pgs::test;

namespace {

QStringList entryNames(const QString &bundle)
{
    QStringList names;
    archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (archive_read_open_filename(a, QFile::encodeName(bundle).constData(), 65536) == ARCHIVE_OK) {
        archive_entry *e = nullptr;
        while (archive_read_next_header(a, &e) == ARCHIVE_OK)
            names << QString::fromUtf8(archive_entry_pathname(e));
    }
    archive_read_free(a);
    return names;
}

struct Member
{
    QByteArray path;
    QByteArray data;
    mode_t type = AE_IFREG;
    QByteArray linkTarget;
};

// A hand-made tar.gz, for entries no backup folder would ever produce.
bool writeTarGz(const QString &file, const QList<Member> &members)
{
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_gzip(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(file).constData()) == ARCHIVE_OK;
    for (const Member &m : members) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.path.constData());
        archive_entry_set_filetype(e, m.type);
        archive_entry_set_perm(e, 0644);
        if (m.type == AE_IFLNK)
            archive_entry_set_symlink(e, m.linkTarget.constData());
        archive_entry_set_size(e, m.type == AE_IFREG ? m.data.size() : 0);
        ok = ok && archive_write_header(a, e) == ARCHIVE_OK;
        if (m.type == AE_IFREG)
            ok = ok && archive_write_data(a, m.data.constData(), m.data.size()) == m.data.size();
        archive_entry_free(e);
    }
    ok = ok && archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok;
}

QStringList folderNames(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

QByteArray validManifestJson()
{
    BackupManifest m;
    m.id = QStringLiteral("evil");
    m.status = BackupManifest::State::Complete;
    m.startedAt = QDateTime::currentDateTime();
    m.dumpName = QStringLiteral("dump.custom");
    m.files.append({QStringLiteral("dump.custom"), 5, QString(64, QLatin1Char('0'))});
    return QJsonDocument(m.toJson()).toJson();
}

} // namespace

class TstBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(m_tmp.isValid());
        m_database = createBackupSourceDatabase();
        QVERIFY(!m_database.isEmpty());
        for (DumpFormat format : {DumpFormat::Custom, DumpFormat::Directory}) {
            Result<BackupOutcome> made = makeBackup(m_database, m_tmp.filePath(QStringLiteral("source")), format);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(errorText(made.error())));
            m_backups << made->folder;
        }
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            dropScratchDatabase(m_database);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("backup");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("custom tar.zst") << 0 << QStringLiteral(".tar.zst");
        QTest::newRow("custom tar.gz") << 0 << QStringLiteral(".tar.gz");
        QTest::newRow("directory tar.zst") << 1 << QStringLiteral(".tar.zst");
        QTest::newRow("directory tgz") << 1 << QStringLiteral(".tgz");
    }

    void roundTrip()
    {
        QFETCH(int, backup);
        QFETCH(QString, suffix);
        const QString source = m_backups.value(backup);
        const QString name = QFileInfo(source).fileName();
        QTemporaryDir out;
        const QString bundle = out.filePath(QStringLiteral("offsite") + suffix);
        JobContext ctx;
        Status exported = exportBundle(ctx, source, bundle);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(errorText(exported.error())));
        QVERIFY(QFileInfo(bundle).size() > 0);
        QVERIFY(!QFile::exists(bundle + QStringLiteral(".partial")));

        // One top-level folder named like the backup, manifest.json first, every file inside.
        const QStringList names = entryNames(bundle);
        QCOMPARE(names.first(), name + QStringLiteral("/manifest.json"));
        Result<BackupManifest> original = BackupManifest::load(source);
        QVERIFY(original.ok());
        for (const BackupManifest::File &f : original->files)
            QVERIFY2(names.contains(name + QLatin1Char('/') + f.name), qPrintable(f.name));
        for (const QString &n : names)
            QVERIFY2(n.startsWith(name + QLatin1Char('/')), qPrintable(n));

        // Verifying the bundle works on a temporary copy and leaves the bundle untouched.
        const QByteArray before = sha256OfFile(bundle)->toLatin1();
        Result<VerifyReport> verified = verifyBackup(ctx, bundle, BackupManifest::VerifyLevel::Contents);
        QVERIFY(verified.ok());
        QVERIFY2(verified->passed, qPrintable(verified->problems.join(QLatin1Char('\n'))));
        QCOMPARE(sha256OfFile(bundle)->toLatin1(), before);

        // Import: verified, renamed to the folder name inside, a second import gets "-2".
        const QString catalog = out.filePath(QStringLiteral("catalog"));
        Result<QString> imported = importBundle(ctx, bundle, catalog);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(errorText(imported.error())));
        QCOMPARE(*imported, QDir(catalog).filePath(name));
        Result<BackupManifest> copy = BackupManifest::load(*imported);
        QVERIFY(copy.ok());
        QCOMPARE(copy->id, original->id);
        QCOMPARE(copy->files.size(), original->files.size());
        QCOMPARE(toString(copy->highestPassedLevel()), QStringLiteral("checksums"));
        Result<VerifyReport> recheck = verifyBackup(ctx, *imported, BackupManifest::VerifyLevel::Readable);
        QVERIFY(recheck.ok() && recheck->passed);

        Result<QString> again = importBundle(ctx, bundle, catalog);
        QVERIFY(again.ok());
        QCOMPARE(*again, QDir(catalog).filePath(name + QStringLiteral("-2")));
        QCOMPARE(folderNames(catalog), (QStringList{name, name + QStringLiteral("-2")}));
        const QList<CatalogEntry> listed = BackupCatalog(catalog).list();
        QCOMPARE(listed.size(), 2);
        QVERIFY(listed.first().manifest.isGood());
    }

    void corruptedBundleRefused_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("tar.zst") << QStringLiteral(".tar.zst");
        QTest::newRow("tar.gz") << QStringLiteral(".tar.gz");
    }

    void corruptedBundleRefused()
    {
        QFETCH(QString, suffix);
        QTemporaryDir out;
        const QString bundle = out.filePath(QStringLiteral("b") + suffix);
        JobContext ctx;
        QVERIFY(exportBundle(ctx, m_backups.first(), bundle).ok());
        QVERIFY(flipByte(bundle, QFileInfo(bundle).size() / 2));
        const QString catalog = out.filePath(QStringLiteral("catalog"));
        Result<QString> imported = importBundle(ctx, bundle, catalog);
        QVERIFY(!imported.ok());
        QCOMPARE(folderNames(catalog), QStringList());
    }

    // A backup whose dump was damaged after its manifest was written: the bundle is well-formed,
    // the import's checksum verification must refuse it.
    void damagedBackupInsideRefused()
    {
        QTemporaryDir out;
        const QString damaged = out.filePath(QStringLiteral("damaged"));
        QVERIFY(copyTree(m_backups.first(), damaged));
        QVERIFY(flipByte(QDir(damaged).filePath(QStringLiteral("dump.custom")), 100));
        const QString bundle = out.filePath(QStringLiteral("d.tar.zst"));
        JobContext ctx;
        QVERIFY(exportBundle(ctx, damaged, bundle).ok());
        const QString catalog = out.filePath(QStringLiteral("catalog"));
        Result<QString> imported = importBundle(ctx, bundle, catalog);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QStringLiteral("verify-failed"));
        QVERIFY(imported.error().detail.contains(QLatin1String("dump.custom: checksum mismatch")));
        QCOMPARE(folderNames(catalog), QStringList());
    }

    void unsafeEntriesRefused_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("link");
        QTest::newRow("dot-dot") << QByteArray("top/../../escaped.txt") << int(AE_IFREG) << QByteArray();
        QTest::newRow("absolute") << QByteArray("/tmp/pgsteward-escaped.txt") << int(AE_IFREG) << QByteArray();
        QTest::newRow("symlink") << QByteArray("top/link") << int(AE_IFLNK) << QByteArray("/etc/passwd");
        QTest::newRow("fifo") << QByteArray("top/fifo") << int(AE_IFIFO) << QByteArray();
        QTest::newRow("second top folder") << QByteArray("other/x.txt") << int(AE_IFREG) << QByteArray();
    }

    void unsafeEntriesRefused()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, type);
        QFETCH(QByteArray, link);
        QTemporaryDir out;
        const QString catalog = out.filePath(QStringLiteral("deep/er/catalog"));
        const QString bundle = out.filePath(QStringLiteral("evil.tar.gz"));
        QVERIFY(writeTarGz(bundle, {{"top/manifest.json", validManifestJson(), AE_IFREG, {}},
                                    {path, "pwned", mode_t(type), link},
                                    {"top/dump.custom", "12345", AE_IFREG, {}}}));
        JobContext ctx;
        Result<QString> imported = importBundle(ctx, bundle, catalog);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QStringLiteral("bundle-unsafe"));
        QCOMPARE(folderNames(catalog), QStringList());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("deep/escaped.txt"))));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pgsteward-escaped.txt")));
        QCOMPARE(folderNames(out.filePath(QStringLiteral("deep"))), QStringList{QStringLiteral("er")});
    }

    void canceledExportLeavesNothing()
    {
        QTemporaryDir out;
        const QString bundle = out.filePath(QStringLiteral("c.tar.zst"));
        JobContext ctx;
        ctx.cancel();
        Status exported = exportBundle(ctx, m_backups.first(), bundle);
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().code, JobContext::canceledError().code);
        QCOMPARE(folderNames(out.path()), QStringList());
    }

    void refusesUnknownSuffixAndIncompleteBackups()
    {
        QTemporaryDir out;
        JobContext ctx;
        QVERIFY(!exportBundle(ctx, m_backups.first(), out.filePath(QStringLiteral("x.zip"))).ok());
        const QString failed = out.filePath(QStringLiteral("failed"));
        QVERIFY(copyTree(m_backups.first(), failed));
        Result<BackupManifest> m = BackupManifest::load(failed);
        m->status = BackupManifest::State::Failed;
        QVERIFY(m->save(failed).ok());
        QVERIFY(!exportBundle(ctx, failed, out.filePath(QStringLiteral("f.tar.gz"))).ok());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("f.tar.gz"))));
    }

private:
    QTemporaryDir m_tmp;
    QString m_database;
    QStringList m_backups;
};

QTEST_GUILESS_MAIN(TstBundle)
#include "tst_bundle.moc"
