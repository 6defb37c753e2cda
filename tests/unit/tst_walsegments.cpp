// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WAL segment names, LSNs and the gaps of an archive folder, without a server.
#include "physical/basebackuptar.h"
#include "physical/pitrwindow.h"
#include "physical/walarchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

class TestWalSegments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        const auto seg = WalSegmentName::parse(QStringLiteral("0000000200000001000000FF"));
        QVERIFY(seg);
        QCOMPARE(seg->timeline, 2u);
        QCOMPARE(seg->segment, quint64(0x1FF));
        QCOMPARE(seg->fileName(), QStringLiteral("0000000200000001000000FF"));
        // 16 MiB segments: the low half never reaches 0x100.
        QVERIFY(!WalSegmentName::parse(QStringLiteral("000000010000000000000100")));
        QVERIFY(!WalSegmentName::parse(QStringLiteral("000000010000000000000001.partial")));
        QVERIFY(!WalSegmentName::parse(QStringLiteral("00000002.history")));
        // 64 MiB segments: 64 per 4 GiB.
        QCOMPARE(WalSegmentName::parse(QStringLiteral("00000001000000010000003F"), 64LL << 20)->segment, quint64(64 + 63));
    }
    void lsns()
    {
        QCOMPARE(parseLsn(QStringLiteral("16/B374D848")).value(), (quint64(0x16) << 32) | 0xB374D848);
        QVERIFY(!parseLsn(QStringLiteral("16B374D848")));
        QCOMPARE(formatLsn(0x3000060), QStringLiteral("0/3000060"));
        QCOMPARE(WalSegmentName::forLsn(1, 0x3000060).fileName(), QStringLiteral("000000010000000000000003"));
    }
    void archiveGapsAndNewest()
    {
        QTemporaryDir dir;
        for (const char *name : {"000000010000000000000003", "000000010000000000000004", "000000010000000000000007",
                                 "00000002.history", "000000020000000000000008", "000000010000000000000005.00000028.backup"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto contents = readArchive(dir.path());
        QVERIFY(contents);
        QCOMPARE(contents->segments.value(1), (QList<quint64>{3, 4, 7}));
        QCOMPARE(contents->historyTimelines, QList<quint32>{2});
        QCOMPARE(contents->newestSegment, QStringLiteral("000000020000000000000008"));

        RecoveryWindow w;
        w.gaps = {QStringLiteral("000000010000000000000005"), QStringLiteral("000000010000000000000006")};
        BaseBackupInfo b;
        b.timeline = 1;
        b.stopLsn = QStringLiteral("0/6000100");
        QCOMPARE(w.gapsAfter(b), QStringList{QStringLiteral("000000010000000000000006")});
        QCOMPARE(w.gapsAfter(b, 0x5FFFFFF), QStringList());
        QVERIFY(!readArchive(dir.filePath(QStringLiteral("nope"))));
    }
    void partialSegmentIsTheNewest()
    {
        QTemporaryDir dir;
        const auto touch = [&](const char *name) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::WriteOnly);
        };
        QVERIFY(touch("000000010000000000000003"));
        QVERIFY(touch("000000010000000000000004.partial"));
        auto contents = readArchive(dir.path());
        QVERIFY(contents);
        QCOMPARE(contents->partialSegment, QStringLiteral("000000010000000000000004.partial"));
        QCOMPARE(contents->segments.value(1), QList<quint64>{3});
        // Once the segment is complete its leftover .partial is no longer the newest WAL.
        QVERIFY(touch("000000010000000000000004"));
        QVERIFY(readArchive(dir.path())->partialSegment.isEmpty());
        QVERIFY(restoreCommandFor(dir.path()).contains(QStringLiteral("%f.partial")));
    }
    void bestCompressionFollowsTheLinkedLibraries()
    {
        QTemporaryDir dir;
        const auto fake = [&](const QByteArray &content) {
            QFile f(dir.filePath(QStringLiteral("pg_basebackup")));
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write("\x7f" "ELF...libpq.so.5 " + content);
            return f.fileName();
        };
        QCOMPARE(bestBaseBackupCompression(fake("liblz4.so.1 libzstd.so.1"), 15), QStringLiteral("zstd"));
        QCOMPARE(bestBaseBackupCompression(fake("liblz4.so.1"), 15), QStringLiteral("lz4"));
        QCOMPARE(bestBaseBackupCompression(fake("libz.so.1"), 15), QStringLiteral("gzip"));
        QCOMPARE(bestBaseBackupCompression(fake("libzstd.so.1"), 14), QStringLiteral("gzip"));
        QCOMPARE(compressionArguments(QStringLiteral("zstd"), 15), QStringList{QStringLiteral("--compress=client-zstd")});
        QCOMPARE(compressionArguments(QStringLiteral("gzip"), 14), QStringList{QStringLiteral("--gzip")});
        QVERIFY(compressionArguments(QStringLiteral("none"), 15).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWalSegments)
#include "tst_walsegments.moc"
