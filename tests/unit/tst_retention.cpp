// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"
#include "catalog/retention.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pgs;
using Level = BackupManifest::VerifyLevel;
using State = BackupManifest::State;

Q_DECLARE_METATYPE(QList<pgs::CatalogEntry>)
Q_DECLARE_METATYPE(pgs::RetentionPolicy)

namespace {

// Tuesday, 31 March 2026, noon local time: the injected "now" of every plan.
const QDateTime kNow(QDate(2026, 3, 31), QTime(12, 0));

CatalogEntry backup(const QString &database, const QDateTime &started, State status = State::Complete,
                    Level verified = Level::None, const QString &profile = QStringLiteral("prod"))
{
    CatalogEntry e;
    e.manifest.id = QStringLiteral("%1@%2").arg(database, started.toString(QStringLiteral("yyyy-MM-dd_HHmm")));
    e.folder = QStringLiteral("/catalog/") + e.manifest.id;
    e.manifest.profileName = profile;
    e.manifest.database = database;
    e.manifest.startedAt = started;
    e.manifest.finishedAt = started.addSecs(60);
    e.manifest.status = status;
    if (status == State::Complete)
        e.manifest.files.append({QStringLiteral("dump.custom"), 100, QString(64, QLatin1Char('a'))});
    if (verified != Level::None)
        e.manifest.verifications.append({verified, started.addSecs(120), true, {}});
    return e;
}

QDateTime daysAgo(int days, int hour = 1)
{
    return QDateTime(kNow.date().addDays(-days), QTime(hour, 0));
}

// One backup a night at 01:00 for the last `days` days (today included).
QList<CatalogEntry> nightly(const QString &database, int days, const QList<int> &skipDaysAgo = {})
{
    QList<CatalogEntry> list;
    for (int i = 0; i < days; ++i) {
        if (!skipDaysAgo.contains(i))
            list.append(backup(database, daysAgo(i)));
    }
    return list;
}

QString id(const QString &database, int daysAgoValue, int hour = 1)
{
    return QStringLiteral("%1@%2").arg(database, daysAgo(daysAgoValue, hour).toString(QStringLiteral("yyyy-MM-dd_HHmm")));
}

QString idOn(const QString &database, const QDate &date, int hour = 1)
{
    return QStringLiteral("%1@%2").arg(database, QDateTime(date, QTime(hour, 0)).toString(QStringLiteral("yyyy-MM-dd_HHmm")));
}

RetentionPolicy policy(int last, int daily, int weekly, int monthly)
{
    RetentionPolicy p;
    p.keepLast = last;
    p.keepDaily = daily;
    p.keepWeekly = weekly;
    p.keepMonthly = monthly;
    return p;
}

QStringList keptIds(const QList<RetentionDecision> &decisions)
{
    QStringList ids;
    for (const RetentionDecision &d : decisions) {
        if (d.keep)
            ids << d.entry.manifest.id;
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TstRetention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QList<CatalogEntry>>("entries");
        QTest::addColumn<RetentionPolicy>("policy");
        QTest::addColumn<QStringList>("kept");

        const QString db = QStringLiteral("shop");
        const QList<CatalogEntry> ninety = nightly(db, 90);

        QTest::newRow("keep last 3 of 90 nightly") << ninety << policy(3, 0, 0, 0)
                                                   << QStringList{id(db, 0), id(db, 1), id(db, 2)};
        QTest::newRow("daily 7 of 90 nightly")
            << ninety << policy(0, 7, 0, 0)
            << QStringList{id(db, 0), id(db, 1), id(db, 2), id(db, 3), id(db, 4), id(db, 5), id(db, 6)};
        // This week started Monday 30 March; each earlier week keeps its Sunday backup.
        QTest::newRow("weekly 4 of 90 nightly")
            << ninety << policy(0, 0, 4, 0)
            << QStringList{id(db, 0), idOn(db, QDate(2026, 3, 29)), idOn(db, QDate(2026, 3, 22)),
                           idOn(db, QDate(2026, 3, 15))};
        QTest::newRow("monthly 3 of 90 nightly")
            << ninety << policy(0, 0, 0, 3)
            << QStringList{id(db, 0), idOn(db, QDate(2026, 2, 28)), idOn(db, QDate(2026, 1, 31))};
        // 90 nights reach back to 1 January: the fourth month (December) has nothing to keep.
        QTest::newRow("monthly 6 of 90 nightly")
            << ninety << policy(0, 0, 0, 6)
            << QStringList{id(db, 0), idOn(db, QDate(2026, 2, 28)), idOn(db, QDate(2026, 1, 31))};
        QTest::newRow("gfs 2/7/4/3 overlaps")
            << ninety << policy(2, 7, 4, 3)
            << QStringList{id(db, 0), id(db, 1), id(db, 2), id(db, 3), id(db, 4), id(db, 5), id(db, 6),
                           idOn(db, QDate(2026, 3, 22)), idOn(db, QDate(2026, 3, 15)),
                           idOn(db, QDate(2026, 2, 28)), idOn(db, QDate(2026, 1, 31))};

        // Days without a backup use up their daily bucket (calendar days, not "7 backups").
        QTest::newRow("daily 7 with a gap")
            << nightly(db, 30, {1, 2, 3, 4}) << policy(0, 7, 0, 0)
            << QStringList{id(db, 0), id(db, 5), id(db, 6)};
        // Backups stopped 40 days ago: every daily bucket is empty, yet the newest backup stays.
        QList<CatalogEntry> stopped;
        for (int i = 40; i < 50; ++i)
            stopped << backup(db, daysAgo(i));
        QTest::newRow("backups stopped long ago: newest kept") << stopped << policy(0, 7, 0, 0)
                                                               << QStringList{id(db, 40)};
        // The newest backup of a day wins its bucket.
        QList<CatalogEntry> twiceADay = nightly(db, 3);
        twiceADay << backup(db, daysAgo(0, 9)) << backup(db, daysAgo(1, 23));
        QTest::newRow("two a day: newest of each day")
            << twiceADay << policy(0, 2, 0, 0) << QStringList{id(db, 0, 9), id(db, 1, 23)};

        // Each database (and profile) is its own group.
        QList<CatalogEntry> several = nightly(QStringLiteral("shop"), 10) + nightly(QStringLiteral("crm"), 10);
        several << backup(QStringLiteral("shop"), daysAgo(0, 5), State::Complete, Level::None, QStringLiteral("staging"));
        QTest::newRow("several databases and profiles")
            << several << policy(2, 0, 0, 0)
            << QStringList{id(QStringLiteral("shop"), 0), id(QStringLiteral("shop"), 1), id(QStringLiteral("crm"), 0),
                           id(QStringLiteral("crm"), 1), id(QStringLiteral("shop"), 0, 5)};

        // The newest verified backup survives any policy; older verified ones do not.
        QList<CatalogEntry> verified = nightly(db, 20, {10, 15});
        verified << backup(db, daysAgo(10), State::Complete, Level::Checksums)
                 << backup(db, daysAgo(15), State::Complete, Level::Restore);
        QTest::newRow("newest verified kept") << verified << policy(1, 0, 0, 0) << QStringList{id(db, 0), id(db, 10)};
        // A failed verification is not "verified".
        QList<CatalogEntry> failedVerify = nightly(db, 5, {3});
        CatalogEntry badVerify = backup(db, daysAgo(3));
        badVerify.manifest.verifications.append({Level::Checksums, daysAgo(3, 2), false, {QStringLiteral("x")}});
        failedVerify << badVerify;
        QTest::newRow("failed verification not protected") << failedVerify << policy(1, 0, 0, 0) << QStringList{id(db, 0)};

        // Failed, canceled and abandoned folders always go, however new; a live writer stays.
        QList<CatalogEntry> broken = nightly(db, 3);
        broken << backup(db, daysAgo(0, 3), State::Failed) << backup(db, daysAgo(0, 4), State::Canceled)
               << backup(db, daysAgo(0, 5), State::Incomplete);
        CatalogEntry live = backup(db, daysAgo(0, 6), State::Incomplete);
        live.inProgress = true;
        broken << live;
        QTest::newRow("failed, canceled, incomplete pruned; in progress kept")
            << broken << policy(10, 10, 0, 0) << QStringList{id(db, 0), id(db, 1), id(db, 2), id(db, 0, 6)};
        QTest::newRow("empty policy keeps every good backup")
            << broken << RetentionPolicy() << QStringList{id(db, 0), id(db, 1), id(db, 2), id(db, 0, 6)};
    }

    void plan()
    {
        QFETCH(QList<CatalogEntry>, entries);
        QFETCH(RetentionPolicy, policy);
        QFETCH(QStringList, kept);

        // The plan must not depend on the order the catalog listed the entries in.
        QList<CatalogEntry> shuffled = entries;
        std::reverse(shuffled.begin(), shuffled.end());
        for (const QList<CatalogEntry> &input : {entries, shuffled}) {
            const QList<RetentionDecision> decisions = planRetention(input, policy, kNow);
            QCOMPARE(decisions.size(), input.size());
            QCOMPARE(keptIds(decisions), sorted(kept));
            for (const RetentionDecision &d : decisions)
                QVERIFY2(!d.reasons.isEmpty(), qPrintable(d.entry.manifest.id));
        }
    }

    void reasonsNameTheBucket()
    {
        const QList<RetentionDecision> decisions =
            planRetention(nightly(QStringLiteral("shop"), 40), policy(1, 1, 2, 2), kNow);
        const RetentionDecision &newest = *std::find_if(decisions.cbegin(), decisions.cend(), [](const auto &d) {
            return d.entry.manifest.id == id(QStringLiteral("shop"), 0);
        });
        QCOMPARE(newest.reasons, (QStringList{QStringLiteral("last 1"), QStringLiteral("daily 2026-03-31"),
                                              QStringLiteral("weekly 2026-W14"), QStringLiteral("monthly 2026-03")}));
        const RetentionDecision &sunday = *std::find_if(decisions.cbegin(), decisions.cend(), [](const auto &d) {
            return d.entry.manifest.id == idOn(QStringLiteral("shop"), QDate(2026, 3, 29));
        });
        QCOMPARE(sunday.reasons, QStringList{QStringLiteral("weekly 2026-W13")});
    }

    // What prune deletes is exactly what the preview listed, on real folders.
    void pruneDeletesWhatThePreviewSaid()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDate today = QDate::currentDate();
        QStringList folders;
        for (int i = 0; i < 12; ++i) {
            CatalogEntry e = backup(QStringLiteral("shop"), QDateTime(today.addDays(-i), QTime(12, 0)),
                                    i == 4 ? State::Failed : State::Complete, i == 9 ? Level::Readable : Level::None);
            const QString folder = tmp.filePath(QStringLiteral("shop_%1").arg(i));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(e.manifest.save(folder).ok());
            folders << folder;
        }
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral(".partial-crashed"))));

        const BackupCatalog catalog(tmp.path());
        const RetentionPolicy p = policy(2, 4, 0, 0);
        JobContext ctx;
        auto dry = prune(ctx, catalog, p, true);
        QVERIFY(dry.ok());
        QCOMPARE(catalog.list().size(), 13); // dry run: nothing deleted

        QStringList previewDeleted;
        for (const RetentionDecision &d : planRetention(catalog.list(), p)) {
            if (!d.keep)
                previewDeleted << QFileInfo(d.entry.folder).fileName();
        }
        QVERIFY(previewDeleted.contains(QStringLiteral("shop_4")));              // failed
        QVERIFY(previewDeleted.contains(QStringLiteral(".partial-crashed")));    // abandoned
        QVERIFY(!previewDeleted.contains(QStringLiteral("shop_9")));             // newest verified
        QCOMPARE(previewDeleted.size(), 13 - 5);

        auto pruned = prune(ctx, catalog, p, false);
        QVERIFY2(pruned.ok(), pruned.ok() ? "" : qPrintable(pruned.error().message));
        QStringList actuallyDeleted;
        for (const QString &folder : folders + QStringList{tmp.filePath(QStringLiteral(".partial-crashed"))}) {
            if (!QFileInfo::exists(folder))
                actuallyDeleted << QFileInfo(folder).fileName();
        }
        QCOMPARE(sorted(actuallyDeleted), sorted(previewDeleted));
        QCOMPARE(catalog.list().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TstRetention)
#include "tst_retention.moc"
