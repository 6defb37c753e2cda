// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pgs;

// A history file that is not a usable SQLite database is moved aside (with its -wal and -shm)
// and a new store starts; any other failure leaves the file where it is and names path and cause.
class TstHistoryRecovery : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    QStringList setAside() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files, QDir::Name);
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool writeAll(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    static MetricSample sampleAt(qint64 t, int tables)
    {
        MetricSample s;
        s.takenAt = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        s.currentDatabase = QStringLiteral("app");
        DatabaseCounters d;
        d.datid = 1;
        d.name = QStringLiteral("app");
        d.sizeBytes = 1'000'000 + t;
        s.databases.append(d);
        for (int i = 0; i < tables; ++i)
            s.tables.append({QStringLiteral("public"), QStringLiteral("t%1").arg(i), 8192 + t, 0, 0, 0});
        return s;
    }

    // A real store of some pages, closed (its WAL checkpointed into the file). Written under
    // another name: this process quick-checks a path once, on its first open.
    QByteArray realStore(int samples)
    {
        const QString file = m_dir->filePath(QStringLiteral("source.sqlite"));
        writeRealStore(file, samples);
        [&] { QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal"))); }();
        return readAll(file);
    }
    static void writeRealStore(const QString &file, int samples)
    {
        HistoryStore store(file);
        QVERIFY(store.open().ok());
        for (int i = 0; i < samples; ++i)
            QVERIFY(store.append(QStringLiteral("p"), sampleAt(1'780'000'000 + i * 60, 40), std::nullopt).ok());
    }

    // The store that open() started works and holds nothing of the old file.
    static void verifyFreshStore(HistoryStore &store)
    {
        QVERIFY(store.append(QStringLiteral("p"), sampleAt(1'790'000'000, 1), std::nullopt).ok());
        auto sizes = store.sizeSeries(QStringLiteral("p"), QStringLiteral("app"),
                                      QDateTime::fromSecsSinceEpoch(1'700'000'000), QDateTime::fromSecsSinceEpoch(1'800'000'000));
        QVERIFY(sizes.ok());
        QCOMPARE(sizes->times.size(), 1);
    }

    void verifyKeptAside(const HistoryStore &store, const QByteArray &original)
    {
        const QStringList kept = setAside();
        QVERIFY2(kept.size() >= 1, qPrintable(kept.join(u' ')));
        const QString main = m_dir->filePath(kept.first());
        QCOMPARE(readAll(main), original);
        QVERIFY2(store.setAsideWarning().contains(path()), qPrintable(store.setAsideWarning()));
        QVERIFY2(store.setAsideWarning().contains(main), qPrintable(store.setAsideWarning()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void garbageFileIsSetAsideWithItsWal()
    {
        const QByteArray garbage = QByteArray("this is not SQLite\n").repeated(300);
        QVERIFY(writeAll(path(), garbage));
        QVERIFY(writeAll(path() + QStringLiteral("-wal"), "old wal"));
        QVERIFY(writeAll(path() + QStringLiteral("-shm"), "old shm"));
        QSignalSpy events(HistoryStore::events(), &HistoryStoreEvents::storeSetAside);

        HistoryStore store(path());
        const Status opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        verifyKeptAside(store, garbage);
        QVERIFY2(store.setAsideWarning().contains(QStringLiteral("not a database")), qPrintable(store.setAsideWarning()));
        const QString main = m_dir->filePath(setAside().first());
        QCOMPARE(readAll(main + QStringLiteral("-wal")), QByteArray("old wal"));
        QVERIFY(QFileInfo::exists(main + QStringLiteral("-shm"))); // SQLite has rewritten the index
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.first().first().toString(), store.setAsideWarning());
        verifyFreshStore(store);

        // The next open finds a good store: nothing more is set aside.
        HistoryStore again(path());
        QVERIFY(again.open().ok());
        QVERIFY(again.setAsideWarning().isEmpty());
        QCOMPARE(setAside().size(), 3); // the file, its -wal and its -shm
    }

    void truncatedStoreIsSetAside_data()
    {
        QTest::addColumn<double>("keep"); // the share of the file left
        QTest::newRow("half") << 0.5;
        QTest::newRow("all but a page") << -4096.0;
        QTest::newRow("header only") << -1.0;
    }
    void truncatedStoreIsSetAside()
    {
        QFETCH(double, keep);
        QByteArray data = realStore(200);
        QVERIFY2(data.size() > 64 * 1024, qPrintable(QString::number(data.size())));
        data.truncate(keep > 0 ? qsizetype(data.size() * keep) : keep == -1.0 ? 100 : data.size() + qsizetype(keep));
        QVERIFY(writeAll(path(), data));

        HistoryStore store(path());
        const Status opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        verifyKeptAside(store, data);
        verifyFreshStore(store);
    }

    // Damage inside an intact-looking file: SQLite opens it, PRAGMA quick_check does not pass it.
    void damagedPageFoundByQuickCheck()
    {
        QByteArray data = realStore(400);
        const qsizetype pages = data.size() / 4096;
        QVERIFY(pages > 8);
        for (qsizetype i = (pages / 2) * 4096; i < (pages / 2 + 2) * 4096; ++i)
            data[i] = char(0xA5 ^ (i * 7));
        QVERIFY(writeAll(path(), data));

        HistoryStore store(path());
        const Status opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        verifyKeptAside(store, data);
        verifyFreshStore(store);
    }

    // SQLite defines a zero-length file as an empty database: it becomes the new store in place,
    // there being nothing to keep.
    void zeroLengthFileBecomesTheStore()
    {
        QVERIFY(writeAll(path(), QByteArray()));
        HistoryStore store(path());
        QVERIFY(store.open().ok());
        QVERIFY(store.setAsideWarning().isEmpty());
        QVERIFY(setAside().isEmpty());
        verifyFreshStore(store);
        QVERIFY(QFileInfo(path()).size() > 0);
    }

    // Permission denied is not damage: nothing moves, the error names the file and the cause.
    void readOnlyDirectoryMovesNothing()
    {
        const QString dir = m_dir->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + QStringLiteral("/history.sqlite");
        const QByteArray garbage("not a database either, and in a folder nobody may write to");
        QVERIFY(writeAll(file, garbage));
        {
            HistoryStore good(dir + QStringLiteral("/good.sqlite"));
            QVERIFY(good.open().ok());
        }
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(m_dir->path(), readOnly | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(dir, readOnly));
        const QStringList before = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        QSignalSpy events(HistoryStore::events(), &HistoryStoreEvents::storeSetAside);
        // Root may write anywhere: the opening runs as nobody (both opens, then back to root at once).
        const bool root = geteuid() == 0;
        if (root)
            QVERIFY(seteuid(65534) == 0);
        HistoryStore damaged(file);
        const Status opened = damaged.open();
        const QString warning = damaged.setAsideWarning();
        Status goodOpened = ok();
        {
            HistoryStore good(dir + QStringLiteral("/good.sqlite")); // no WAL can be created beside it
            goodOpened = good.open();
        }
        if (root)
            QVERIFY(seteuid(0) == 0);
        QVERIFY(QFile::setPermissions(dir, readOnly | QFileDevice::WriteOwner));

        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(file), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QStringLiteral("Permission denied")), qPrintable(opened.error().message));
        QVERIFY(warning.isEmpty());
        if (!goodOpened.ok())
            QVERIFY2(goodOpened.error().message.contains(dir), qPrintable(goodOpened.error().message));
        QCOMPARE(events.count(), 0);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), before);
        QCOMPARE(readAll(file), garbage);
    }

    // A file we may not read at all is not damage either.
    void unreadableFileMovesNothing()
    {
        if (geteuid() != 0)
            QSKIP("needs root to open as another user");
        const QByteArray garbage("unreadable");
        QVERIFY(writeAll(path(), garbage));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                         | QFileDevice::ReadOther | QFileDevice::WriteOther
                                                         | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(seteuid(65534) == 0);
        HistoryStore store(path());
        const Status opened = store.open();
        QVERIFY(seteuid(0) == 0);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(path()), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QStringLiteral("Permission denied")), qPrintable(opened.error().message));
        QVERIFY(!opened.error().message.contains(QStringLiteral("damaged")));
        QCOMPARE(readAll(path()), garbage);
        QVERIFY(setAside().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstHistoryRecovery)
#include "tst_historyrecovery.moc"
