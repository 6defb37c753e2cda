// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkArchiveComplete on real pg_dump 15 archives (tests/unit/data/archives) and on copies cut
// short at every byte, with data files removed or truncated, and on sources that are no files.
#include "restore/archivecheck.h"
#include "restore/archivestream.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pgs;

namespace {

QString archive(const QString &name)
{
    const QString dir = qEnvironmentVariable("PGSTEWARD_SOURCE_DIR");
    return dir.isEmpty() ? QFINDTESTDATA(QStringLiteral("data/archives/") + name)
                         : dir + QStringLiteral("/tests/unit/data/archives/") + name;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

QString messageOf(const Status &s)
{
    return s ? QStringLiteral("(ok)") : s.error().message + QLatin1Char('\n') + s.error().detail;
}

} // namespace

class ArchiveCheckTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void wholeArchivesPass_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name : {"names.custom", "names_uncompressed.custom", "names_piped.custom", "names.dir",
                                 "names_uncompressed.dir", "names.tar"})
            QTest::newRow(name) << archive(QString::fromLatin1(name));
    }
    void wholeArchivesPass()
    {
        QFETCH(QString, path);
        const Status checked = checkArchiveComplete(path);
        QVERIFY2(checked, qPrintable(messageOf(checked)));
    }

    // Whatever byte a custom-format file is cut at, the check says so and names the file.
    void everyCutOfACustomFileFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("compressed") << QStringLiteral("names.custom");
        QTest::newRow("uncompressed") << QStringLiteral("names_uncompressed.custom");
        QTest::newRow("written to a pipe") << QStringLiteral("names_piped.custom");
    }
    void everyCutOfACustomFileFails()
    {
        QFETCH(QString, name);
        const QByteArray whole = contents(archive(name));
        QVERIFY(whole.size() > 1000);
        const QString cut = m_dir.filePath(name);
        // Every byte of the data blocks at the end, every 5th of the table of contents before them.
        for (qsizetype size = 1; size < whole.size(); size += (size < whole.size() - 400 ? 5 : 1)) {
            QVERIFY(write(cut, whole.left(size)));
            const Status checked = checkArchiveComplete(cut);
            QVERIFY2(!checked, qPrintable(QStringLiteral("cut at %1 passed").arg(size)));
            QVERIFY2(checked.error().message.contains(cut), qPrintable(checked.error().message));
            QVERIFY2(checked.error().code == QLatin1String("archive-incomplete") || size < 6,
                     qPrintable(QStringLiteral("cut at %1: %2 %3").arg(size).arg(checked.error().code, checked.error().message)));
        }
        // Cut inside the data, as the nearly full disk left it: the message says what is missing.
        QVERIFY(write(cut, whole.left(whole.size() - 60)));
        const Status half = checkArchiveComplete(cut);
        QVERIFY(!half);
        QVERIFY2(half.error().message.contains(QLatin1String("TABLE DATA")) || half.error().message.contains(QLatin1String("BLOBS")),
                 qPrintable(half.error().message));
    }

    void everyCutOfATarFileBeforeItsEndFails()
    {
        const QByteArray whole = contents(archive(QStringLiteral("names.tar")));
        qint64 end = 0; // the end-of-archive block
        while (end + 512 <= whole.size() && !isZeroBlock(whole.mid(end, 512)))
            end += 512 + (tarMemberSize(whole.mid(end, 512)) + 511) / 512 * 512;
        QVERIFY(end > 512 && end < whole.size());
        const QString cut = m_dir.filePath(QStringLiteral("cut.tar"));
        for (qsizetype size = 1; size < end + 512; size += (size < 1024 ? 3 : 11)) {
            QVERIFY(write(cut, whole.left(size)));
            const Status checked = checkArchiveComplete(cut);
            QVERIFY2(!checked, qPrintable(QStringLiteral("cut at %1 passed").arg(size)));
            QVERIFY2(checked.error().message.contains(cut), qPrintable(checked.error().message));
        }
        QVERIFY(write(cut, whole.left(end + 512)));
        QVERIFY2(checkArchiveComplete(cut), "a tar cut after its end-of-archive block is whole");
    }

    void missingOrCutDataFilesFail_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("remove"); // else: cut the last byte off
        QTest::addColumn<QString>("expected");
        QTest::newRow("gzip data removed") << "names.dir" << "3360.dat.gz" << true << "3360.dat";
        QTest::newRow("gzip data cut") << "names.dir" << "3361.dat.gz" << false << "3361.dat.gz";
        QTest::newRow("large-object list removed") << "names.dir" << "blobs.toc" << true << "blobs";
        QTest::newRow("large object removed") << "names.dir" << "blob_16415.dat.gz" << true << "blob_16415.dat";
        QTest::newRow("COPY data cut") << "names_uncompressed.dir" << "3360.dat" << false << "3360.dat";
        QTest::newRow("COPY data removed") << "names_uncompressed.dir" << "3363.dat" << true << "3363.dat";
    }
    void missingOrCutDataFilesFail()
    {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QFETCH(bool, remove);
        QFETCH(QString, expected);
        static int copies = 0;
        const QString copy = m_dir.filePath(QStringLiteral("dir-%1").arg(++copies));
        QVERIFY(copyFolder(archive(folder), copy));
        QVERIFY(checkArchiveComplete(copy));
        const QString target = QDir(copy).filePath(file);
        if (remove)
            QVERIFY(QFile::remove(target));
        else
            QVERIFY(write(target, contents(target).chopped(1)));
        const Status checked = checkArchiveComplete(copy);
        QVERIFY2(!checked, qPrintable(file));
        QCOMPARE(checked.error().code, QStringLiteral("archive-incomplete"));
        QVERIFY2(checked.error().message.contains(copy) && checked.error().message.contains(expected), qPrintable(messageOf(checked)));
    }

    void refusesWhatIsNoArchiveFile()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const Status checked = checkArchiveComplete(fifo); // opening it would block until a writer came
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, QStringLiteral("source-not-regular"));
        QVERIFY2(checked.error().message.contains(QLatin1String("FIFO")), qPrintable(checked.error().message));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(checkArchiveComplete(QStringLiteral("/dev/null")).error().code, QStringLiteral("source-not-regular"));
        QCOMPARE(checkArchiveComplete(archive(QStringLiteral("names.sql"))).error().code, QStringLiteral("not-an-archive"));
        QCOMPARE(checkArchiveComplete(m_dir.filePath(QStringLiteral("nope"))).error().code, QStringLiteral("source-missing"));
    }
};

QTEST_GUILESS_MAIN(ArchiveCheckTest)
#include "tst_archivecheck.moc"
