// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pgsteward-cli backup: exit codes, the printed folder, --json manifest, usage errors, --prune.
#include "clitestenv.h"

#include "catalog/manifest.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class TestCliBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(m_home.isValid());
        m_env = isolatedCliEnvironment(m_home);
        m_db = conninfoOf(clusterSpec());
    }

    void printsFolder()
    {
        QTemporaryDir catalog;
        const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--database"),
                                   demoDatabase(), QStringLiteral("--catalog"), catalog.path(), QStringLiteral("--row-counts")},
                                  m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QString folder = run.out().trimmed();
        QVERIFY2(!folder.contains(QLatin1Char('\n')), qPrintable(run.out()));
        QCOMPARE(QFileInfo(folder).dir().absolutePath(), QDir(catalog.path()).absolutePath());
        Result<BackupManifest> m = BackupManifest::load(folder);
        QVERIFY(m.ok());
        QVERIFY(m->isGood());
        QVERIFY(!m->rowCounts.isEmpty());
    }

    void englishPluralsUnderTheCLocale()
    {
        QTemporaryDir catalog;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const CliRun run = runCli({QStringLiteral("--verbose"), QStringLiteral("backup"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--database"), demoDatabase(), QStringLiteral("--catalog"), catalog.path()},
                                  env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        QVERIFY2(run.err().contains(QLatin1String(" tables in scope")), qPrintable(run.err()));
        QVERIFY2(!run.err().contains(QLatin1String("(s)")), qPrintable(run.err()));
    }

    void json()
    {
        QTemporaryDir catalog;
        const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--database"),
                                   demoDatabase(), QStringLiteral("--catalog"), catalog.path(), QStringLiteral("--format"),
                                   QStringLiteral("directory"), QStringLiteral("--jobs"), QStringLiteral("2"),
                                   QStringLiteral("--schema"), QStringLiteral("ticketing"), QStringLiteral("--json")},
                                  m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QJsonObject o = jsonObjectOf(run);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("directory"));
        QCOMPARE(o.value(QStringLiteral("database")).toString(), demoDatabase());
        QVERIFY(o.value(QStringLiteral("files")).toArray().size() > 2);
        QCOMPARE(o.value(QStringLiteral("options")).toObject().value(QStringLiteral("schemas")).toArray().first().toString(),
                 QStringLiteral("ticketing"));
        QVERIFY(BackupManifest::fromJson(o).ok());
    }

    void failureExitsOne()
    {
        QTemporaryDir catalog;
        const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--database"),
                                   QStringLiteral("no_such_db_for_backup"), QStringLiteral("--catalog"), catalog.path()},
                                  m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out().isEmpty());
        QVERIFY2(run.err().contains(QLatin1String("no_such_db_for_backup")), qPrintable(run.err()));
        QCOMPARE(run.err().trimmed().count(QLatin1Char('\n')), 0);

        // pg_dump 15 has no zstd: refused before anything is written.
        const CliRun zstd = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--database"),
                                    demoDatabase(), QStringLiteral("--catalog"), catalog.path(), QStringLiteral("--compress"),
                                    QStringLiteral("zstd")},
                                   m_env);
        QCOMPARE(zstd.exitCode, 1);
        QVERIFY2(zstd.err().contains(QLatin1String("zstd")), qPrintable(zstd.err()));
        QVERIFY(QDir(catalog.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("schema and data only") << QStringList{"--schema-only", "--data-only"};
        QTest::newRow("jobs without directory") << QStringList{"--jobs", "2"};
        QTest::newRow("jobs with tar") << QStringList{"--format", "tar", "--jobs", "2"};
        QTest::newRow("unknown format") << QStringList{"--format", "zip"};
        QTest::newRow("bad compress level") << QStringList{"--compress", "gzip:x"};
        QTest::newRow("tar compressed") << QStringList{"--format", "tar", "--compress", "gzip"};
        QTest::newRow("keep without prune") << QStringList{"--keep-last", "3"};
        QTest::newRow("prune without keep") << QStringList{"--prune"};
        QTest::newRow("unknown option") << QStringList{"--fast"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir catalog;
        const CliRun run = runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--database"), demoDatabase(), QStringLiteral("--catalog"),
                                              catalog.path()}
                                      + extra,
                                  m_env);
        QVERIFY2(run.exitCode == 2, qPrintable(QString::number(run.exitCode) + run.err()));
        QVERIFY(QDir(catalog.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void missingRequired()
    {
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--catalog"),
                         m_home.filePath(QStringLiteral("c"))}, m_env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--database"),
                         demoDatabase()}, m_env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--database"), demoDatabase(),
                         QStringLiteral("--catalog"), m_home.filePath(QStringLiteral("c"))}, m_env).exitCode, 2);
    }

    void pruneAfterBackup()
    {
        QTemporaryDir catalog;
        const QStringList base{QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--database"),
                               demoDatabase(), QStringLiteral("--catalog"), catalog.path(), QStringLiteral("--schema-only")};
        QStringList folders;
        for (int i = 0; i < 3; ++i) {
            const CliRun run = runCli(base + QStringList{QStringLiteral("--prune"), QStringLiteral("--keep-last"), QStringLiteral("2")}, m_env);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
            folders << run.out().trimmed();
            QTest::qWait(1100); // distinct second in the folder names
        }
        QVERIFY(!QFileInfo::exists(folders[0]));
        QVERIFY(QFileInfo::exists(folders[1]));
        QVERIFY(QFileInfo::exists(folders[2]));
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
