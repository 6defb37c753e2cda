// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Atomic writes on a full disk and past a file-size limit: the previous file stays, the reason
// is reported, no temporary file is left. (Qt 6.4's QSaveFile::commit() said true after ENOSPC.)
#include "smallvolume.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace pgs;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Every entry of dir but the ones named.
QStringList othersIn(const QString &dir, const QStringList &expected)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &e : expected)
        names.removeAll(e);
    return names;
}

} // namespace

class TstAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesWithTheGivenMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/profiles.json"));
        QVERIFY(writeFileAtomically(path, "{}", kPrivateFile, QStringLiteral("the file")).ok());
        QCOMPARE(contentOf(path), QByteArray("{}"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QVERIFY(writeFileAtomically(path, "[1]", kPrivateFile, QStringLiteral("the file")).ok());
        QCOMPARE(contentOf(path), QByteArray("[1]"));
        QCOMPARE(othersIn(dir.filePath(QStringLiteral("sub")), {QStringLiteral("profiles.json")}), QStringList());
    }

    void fullDiskKeepsThePreviousFile()
    {
        test::SmallVolume volume(64 * 1024);
        if (!volume.isMounted())
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        const QString path = volume.filePath(QStringLiteral("profiles.json"));
        const QByteArray before = "{\"schema_version\": 1, \"profiles\": [{\"name\": \"prod\"}]}";
        QVERIFY(writeFileAtomically(path, before, kPrivateFile, QStringLiteral("the profiles file")).ok());
        volume.fill();

        const Status st = writeFileAtomically(path, QByteArray(200 * 1024, 'p'), kPrivateFile, QStringLiteral("the profiles file"));
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("No space left on device")), qPrintable(st.error().message));
        QVERIFY(st.error().message.contains(path));
        QCOMPARE(contentOf(path), before);
        QCOMPARE(othersIn(volume.path(), {QStringLiteral("profiles.json"), QStringLiteral("filler")}), QStringList());
    }

    void fileSizeLimitKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("manifest.json"));
        QVERIFY(writeFileAtomically(path, "old", QStringLiteral("the manifest")).ok());

        // Ignored, SIGXFSZ turns into EFBIG from write(2), as pgsteward's executables set it up.
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 8192;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status st = writeFileAtomically(path, QByteArray(100 * 1024, 'm'), QStringLiteral("the manifest"));
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("File too large")), qPrintable(st.error().message));
        QCOMPARE(contentOf(path), QByteArray("old"));
        QCOMPARE(othersIn(dir.path(), {QStringLiteral("manifest.json")}), QStringList());
    }

    void folderThatCannotBeMadeIsAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeFileAtomically(blocker, "a file, not a folder", QStringLiteral("x")).ok());
        const Status st = writeFileAtomically(blocker + QStringLiteral("/profiles.json"), "{}", QStringLiteral("the profiles file"));
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("cannot create the folder")), qPrintable(st.error().message));
    }
    void syncToDiskNamesWhatFailed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dump.custom"));
        QVERIFY(writeFileAtomically(file, "data", QStringLiteral("a dump")).ok());
        QVERIFY(syncToDisk(file).ok());
        QVERIFY(syncToDisk(dir.path()).ok()); // a folder too
        const Status missing = syncToDisk(dir.filePath(QStringLiteral("gone")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("io"));
        QVERIFY2(missing.error().message.contains(QLatin1String("gone")), qPrintable(missing.error().message));
    }
};

QTEST_GUILESS_MAIN(TstAtomicFile)
#include "tst_atomicfile.moc"
