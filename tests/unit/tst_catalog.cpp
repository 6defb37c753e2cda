// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using State = BackupManifest::State;

namespace {

BackupManifest manifest(const QString &id, const QDateTime &started, State status)
{
    BackupManifest m;
    m.id = id;
    m.database = QStringLiteral("shop");
    m.startedAt = started;
    m.finishedAt = started.addSecs(30);
    m.status = status;
    if (status == State::Complete)
        m.files.append({QStringLiteral("dump.custom"), 3, QString(64, QLatin1Char('0'))});
    return m;
}

bool writeFolder(const QString &dir, const BackupManifest &m)
{
    return QDir().mkpath(dir) && m.save(dir).ok();
}

// The pid of a process that has exited: a writer that crashed.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForFinished();
    return p.processId() ? p.processId() : 999999; // processId() is 0 once it ended on some Qt versions
}

const CatalogEntry *entryNamed(const QList<CatalogEntry> &entries, const QString &name)
{
    for (const CatalogEntry &e : entries) {
        if (QFileInfo(e.folder).fileName() == name)
            return &e;
    }
    return nullptr;
}

} // namespace

class TstCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryKindOfFolder()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir dir(tmp.path());
        const QDateTime t0 = QDateTime::currentDateTime().addDays(-3);
        QVERIFY(writeFolder(dir.filePath(QStringLiteral("shop_good")), manifest(QStringLiteral("good"), t0, State::Complete)));
        QVERIFY(writeFolder(dir.filePath(QStringLiteral("shop_new")),
                            manifest(QStringLiteral("new"), t0.addDays(1), State::Complete)));
        QVERIFY(writeFolder(dir.filePath(QStringLiteral("shop_x.failed")),
                            manifest(QStringLiteral("failed"), t0.addSecs(60), State::Failed)));
        QVERIFY(writeFolder(dir.filePath(QStringLiteral("shop_y.canceled")),
                            manifest(QStringLiteral("canceled"), t0.addSecs(120), State::Canceled)));

        // A crashed writer: its lock names a process that is gone.
        const QString crashed = dir.filePath(QStringLiteral(".partial-crashed"));
        QVERIFY(QDir().mkpath(crashed));
        {
            QFile lock(crashed + QStringLiteral("/writer.lock"));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QByteArray::number(deadPid()) + "\npgsteward-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        }
        // A crashed writer that had even written a "complete" manifest before the rename.
        const QString crashedLate = dir.filePath(QStringLiteral(".partial-late"));
        QVERIFY(writeFolder(crashedLate, manifest(QStringLiteral("late"), t0, State::Complete)));
        // A live writer: this test holds the lock.
        const QString live = dir.filePath(QStringLiteral(".partial-live"));
        QVERIFY(QDir().mkpath(live));
        QLockFile liveLock(live + QStringLiteral("/writer.lock"));
        QVERIFY(liveLock.tryLock(0));
        // An unreadable manifest, and a folder that is not a backup at all.
        const QString broken = dir.filePath(QStringLiteral("shop_broken"));
        QVERIFY(QDir().mkpath(broken));
        {
            QFile f(broken + QStringLiteral("/manifest.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ \"id\": ");
        }
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("holiday-photos"))));

        const BackupCatalog catalog(tmp.path());
        const QList<CatalogEntry> entries = catalog.list();
        QCOMPARE(entries.size(), 8);
        QVERIFY(!entryNamed(entries, QStringLiteral("holiday-photos")));

        const CatalogEntry *good = entryNamed(entries, QStringLiteral("shop_good"));
        QVERIFY(good);
        QCOMPARE(pgs::toString(good->manifest.status), pgs::toString(State::Complete));
        QVERIFY(good->manifest.isGood());
        QVERIFY(!good->inProgress);
        QVERIFY(good->problem.isEmpty());
        QCOMPARE(pgs::toString(entryNamed(entries, QStringLiteral("shop_x.failed"))->manifest.status), pgs::toString(State::Failed));
        QCOMPARE(pgs::toString(entryNamed(entries, QStringLiteral("shop_y.canceled"))->manifest.status), pgs::toString(State::Canceled));

        for (const QString &name : {QStringLiteral(".partial-crashed"), QStringLiteral(".partial-late")}) {
            const CatalogEntry *e = entryNamed(entries, name);
            QVERIFY2(e, qPrintable(name));
            QCOMPARE(pgs::toString(e->manifest.status), pgs::toString(State::Incomplete));
            QVERIFY2(!e->manifest.isGood(), qPrintable(name));
            QVERIFY2(!e->inProgress, qPrintable(name));
            QVERIFY(!e->problem.isEmpty());
        }
        const CatalogEntry *liveEntry = entryNamed(entries, QStringLiteral(".partial-live"));
        QVERIFY(liveEntry);
        QVERIFY(liveEntry->inProgress);
        QCOMPARE(pgs::toString(liveEntry->manifest.status), pgs::toString(State::Incomplete));
        QCOMPARE(liveEntry->manifest.id, QStringLiteral("live"));
        QVERIFY(QFile::exists(live + QStringLiteral("/writer.lock"))); // listing did not take the lock

        const CatalogEntry *brokenEntry = entryNamed(entries, QStringLiteral("shop_broken"));
        QVERIFY(brokenEntry);
        QCOMPARE(pgs::toString(brokenEntry->manifest.status), pgs::toString(State::Incomplete));
        QVERIFY(brokenEntry->problem.contains(QLatin1String("manifest")));

        // Newest first by start time (folders without one sort by their modification time).
        QVERIFY(entryNamed(entries, QStringLiteral("shop_new")) < entryNamed(entries, QStringLiteral("shop_y.canceled")));
        QVERIFY(entryNamed(entries, QStringLiteral("shop_y.canceled")) < entryNamed(entries, QStringLiteral("shop_good")));
        for (int i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].manifest.startedAt >= entries[i].manifest.startedAt);

        // find() by id and by folder name; remove() refuses a live writer and deletes the rest.
        QCOMPARE(catalog.find(QStringLiteral("good"))->folder, good->folder);
        QCOMPARE(catalog.find(QStringLiteral("shop_new"))->manifest.id, QStringLiteral("new"));
        QVERIFY(!catalog.find(QStringLiteral("nope")).ok());
        QVERIFY(!catalog.remove(*liveEntry).ok());
        QVERIFY(QFileInfo::exists(live));
        QVERIFY(catalog.remove(*good).ok());
        QVERIFY(!QFileInfo::exists(good->folder));

        // Once the writer lets go, the same folder is an abandoned one.
        liveLock.unlock();
        const QList<CatalogEntry> after = catalog.list();
        const CatalogEntry *released = entryNamed(after, QStringLiteral(".partial-live"));
        QVERIFY(released);
        QVERIFY(!released->inProgress);
    }

    void refusesFoldersOutsideTheCatalog()
    {
        QTemporaryDir a, b;
        QVERIFY(writeFolder(b.filePath(QStringLiteral("x")), manifest(QStringLiteral("x"), QDateTime::currentDateTime(), State::Failed)));
        CatalogEntry foreign;
        foreign.folder = b.filePath(QStringLiteral("x"));
        QVERIFY(!BackupCatalog(a.path()).remove(foreign).ok());
        QVERIFY(QFileInfo::exists(foreign.folder));
    }

    void defaultDirectoryIsUnderTheDataDir()
    {
        QTemporaryDir tmp;
        qputenv("PGSTEWARD_DATA_DIR", tmp.path().toUtf8());
        QCOMPARE(BackupCatalog::defaultDirectory(), tmp.path() + QStringLiteral("/backups"));
    }
};

QTEST_GUILESS_MAIN(TstCatalog)
#include "tst_catalog.moc"
