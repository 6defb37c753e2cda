// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// prune --destination with the destination's own GFS policy (dry run first, the newest copy
// always kept) and verify --destination (hashes where the copy lies, a restore test from there),
// against a local-path destination.
#include "clitestenv.h"
#include "offsitefixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pgs;
using namespace pgs::test;

class TestOffsiteOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        bool skip = false;
        const QString why = m_base.prepare(isolatedCliEnvironment, QStringLiteral("offsite_ops"),
                                           QStringLiteral("CREATE TABLE t (id int PRIMARY KEY);"
                                                          "INSERT INTO t SELECT generate_series(1, 777);"),
                                           &skip);
        if (skip)
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), conninfoOf(clusterSpec()),
                                   QStringLiteral("--database"), m_base.db, QStringLiteral("--catalog"), m_catalog.path(),
                                   QStringLiteral("--row-counts")},
                                  m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        m_backup = run.out().trimmed();
        m_folder = QFileInfo(m_backup).fileName();
    }

    void cleanupTestCase()
    {
        m_base.tearDown();
    }

    void pruneWithTheDestinationsPolicy()
    {
        QTemporaryDir remote;
        const QString dir = remote.filePath(QStringLiteral("gfs"));
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("gfs"), dir,
                             QStringLiteral("--encrypt-to"), m_base.key.recipient, QStringLiteral("--keep-daily"), QStringLiteral("3")},
                            m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        run = runCli({QStringLiteral("copy"), m_backup, QStringLiteral("--to"), QStringLiteral("gfs")}, m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        // Copies of 1 .. 5 days ago, made from the real one.
        QStringList older;
        for (int days = 1; days <= 5; ++days)
            older << fakeOlderCopy(dir, days);

        // --keep-* belong to the destination.
        run = runCli({QStringLiteral("prune"), QStringLiteral("--destination"), QStringLiteral("gfs"), QStringLiteral("--keep-last"),
                      QStringLiteral("1")},
                     m_base.env);
        QCOMPARE(run.exitCode, 2);

        run = runCli({QStringLiteral("prune"), QStringLiteral("--destination"), QStringLiteral("gfs"), QStringLiteral("--dry-run"),
                      QStringLiteral("--json")},
                     m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QMap<QString, bool> keep;
        for (const QJsonValue &v : jsonObjectOf(run).value(QStringLiteral("decisions")).toArray())
            keep.insert(v.toObject().value(QStringLiteral("folder")).toString(), v.toObject().value(QStringLiteral("keep")).toBool());
        QCOMPARE(keep.size(), 6);
        QVERIFY(keep.value(m_folder));
        QVERIFY(keep.value(older.at(0)));
        QVERIFY(keep.value(older.at(1)));
        for (int i = 2; i < 5; ++i)
            QVERIFY2(!keep.value(older.at(i), true), qPrintable(older.at(i)));
        for (const QString &f : older)
            QVERIFY2(QFileInfo::exists(dir + QLatin1Char('/') + f), "a dry run deleted something");

        run = runCli({QStringLiteral("prune"), QStringLiteral("--destination"), QStringLiteral("gfs")}, m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(run.out().contains(QLatin1String("deleted")));
        QVERIFY(QFileInfo::exists(dir + QLatin1Char('/') + m_folder));
        QVERIFY(QFileInfo::exists(dir + QLatin1Char('/') + older.at(1)));
        for (int i = 2; i < 5; ++i)
            QVERIFY2(!QFileInfo::exists(dir + QLatin1Char('/') + older.at(i)), qPrintable(older.at(i)));
        run = runCli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--destination"), QStringLiteral("gfs"),
                      QStringLiteral("--json")},
                     m_base.env);
        QCOMPARE(jsonArrayOf(run).size(), 3);
    }

    void pruneNeverDeletesTheLastGoodCopy()
    {
        QTemporaryDir remote;
        const QString dir = remote.filePath(QStringLiteral("old"));
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("old"), dir,
                             QStringLiteral("--keep-daily"), QStringLiteral("2")},
                            m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        run = runCli({QStringLiteral("copy"), m_backup, QStringLiteral("--to"), QStringLiteral("old")}, m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QString a = fakeOlderCopy(dir, 40);
        const QString b = fakeOlderCopy(dir, 50);
        QVERIFY(QDir(dir + QLatin1Char('/') + m_folder).removeRecursively()); // only old copies remain
        run = runCli({QStringLiteral("prune"), QStringLiteral("--destination"), QStringLiteral("old")}, m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(QFileInfo::exists(dir + QLatin1Char('/') + a), describeRun(run));
        QVERIFY(!QFileInfo::exists(dir + QLatin1Char('/') + b));
    }

    void verifyWhereTheCopyLies()
    {
        QTemporaryDir remote;
        const QString dir = remote.filePath(QStringLiteral("v"));
        CliRun run = runCli({QStringLiteral("destinations"), QStringLiteral("add"), QStringLiteral("v"), dir,
                             QStringLiteral("--encrypt-to"), m_base.key.recipient},
                            m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        run = runCli({QStringLiteral("copy"), m_backup, QStringLiteral("--to"), QStringLiteral("v")}, m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        run = runCli({QStringLiteral("--verbose"), QStringLiteral("verify"), QStringLiteral("--destination"), QStringLiteral("v"),
                      m_folder, QStringLiteral("--level"), QStringLiteral("checksums")},
                     m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY2(run.err().contains(QLatin1String("by the destination's hash, 0 downloaded")), describeRun(run));

        // The restore test from off-site, row counts compared.
        run = runCli({QStringLiteral("verify"), QStringLiteral("--destination"), QStringLiteral("v"), m_folder,
                      QStringLiteral("--level"), QStringLiteral("restore"), QStringLiteral("--identity"), m_base.key.file,
                      QStringLiteral("--json")},
                     m_base.env);
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject rows = jsonObjectOf(run).value(QStringLiteral("row_counts")).toObject();
        QCOMPARE(rows.value(QStringLiteral("public.t")).toObject().value(QStringLiteral("restored")).toInteger(), 777);

        // Without the identity the higher levels cannot run.
        run = runCli({QStringLiteral("verify"), QStringLiteral("--destination"), QStringLiteral("v"), m_folder,
                      QStringLiteral("--level"), QStringLiteral("contents")},
                     m_base.env);
        QCOMPARE(run.exitCode, 1);

        // A flipped byte there fails the checksums level.
        QFile object(dir + QLatin1Char('/') + m_folder + QStringLiteral("/dump.custom.age"));
        QVERIFY(object.open(QIODevice::ReadWrite));
        QVERIFY(object.seek(40));
        char byte = 0;
        QVERIFY(object.getChar(&byte));
        QVERIFY(object.seek(40));
        QVERIFY(object.putChar(char(byte ^ 0x20)));
        object.close();
        run = runCli({QStringLiteral("verify"), QStringLiteral("--destination"), QStringLiteral("v"), m_folder,
                      QStringLiteral("--level"), QStringLiteral("checksums")},
                     m_base.env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out().contains(QLatin1String("dump.custom.age")), describeRun(run));
    }

private:
    // A copy of the real one at dir, dated days ago, under a folder name of its own.
    QString fakeOlderCopy(const QString &dir, int days)
    {
        const QString folder = QStringLiteral("%1_old%2_%3").arg(m_base.db).arg(days).arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const QString target = dir + QLatin1Char('/') + folder;
        QDir().mkpath(target);
        const QString source = dir + QLatin1Char('/') + m_folder;
        for (const QString &name : QDir(source).entryList(QDir::Files))
            QFile::copy(source + QLatin1Char('/') + name, target + QLatin1Char('/') + name);
        QFile copyFile(target + QStringLiteral("/pgsteward-copy.json"));
        if (!copyFile.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(copyFile.readAll()).object();
        copyFile.close();
        QJsonObject backup = o.value(QStringLiteral("backup")).toObject();
        backup.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        backup.insert(QStringLiteral("started_at"), QDateTime::currentDateTime().addDays(-days).toUTC().toString(Qt::ISODateWithMs));
        backup.insert(QStringLiteral("finished_at"), QDateTime::currentDateTime().addDays(-days).toUTC().toString(Qt::ISODateWithMs));
        backup.remove(QStringLiteral("verifications"));
        o.insert(QStringLiteral("backup"), backup);
        o.insert(QStringLiteral("folder"), folder);
        copyFile.open(QIODevice::WriteOnly | QIODevice::Truncate);
        copyFile.write(QJsonDocument(o).toJson());
        return folder;
    }

    OffsiteTestHome m_base;
    QTemporaryDir m_catalog;
    QString m_backup;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestOffsiteOps)
#include "tst_offsite_ops.moc"
