// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfixture.h"
#include "clitestenv.h"

#include <QTemporaryDir>

using namespace pgs;
using namespace pgs::test;

// pgsteward-cli backups list / verify / prune / bundle / unbundle: exit codes and JSON shapes.
class TstCliCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(m_tmp.isValid());
        m_env = isolatedCliEnvironment(m_tmp);
        m_catalog = m_tmp.filePath(QStringLiteral("catalog"));
        m_database = createBackupSourceDatabase();
        QVERIFY(!m_database.isEmpty());
        for (int i = 0; i < 2; ++i) {
            Result<BackupOutcome> made = makeBackup(m_database, m_catalog, DumpFormat::Custom);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(errorText(made.error())));
            m_folders << made->folder;
        }
        // A failed backup's leftovers, as the engine leaves them.
        const QString failed = m_catalog + QStringLiteral("/broken.failed");
        QVERIFY(copyTree(m_folders.first(), failed));
        Result<BackupManifest> m = BackupManifest::load(failed);
        m->id = QStringLiteral("failed-one");
        m->status = BackupManifest::State::Failed;
        m->files.clear();
        QVERIFY(m->save(failed).ok());
        m_failed = failed;
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            dropScratchDatabase(m_database);
    }

    void listJsonAndText()
    {
        CliRun run = cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog,
                          QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonArray array = jsonArrayOf(run);
        QCOMPARE(array.size(), 3);
        QStringList statuses;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "database", "format", "status", "files", "row_counts", "verifications",
                                    "started_at", "folder", "in_progress"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            statuses << o.value(QStringLiteral("status")).toString();
        }
        statuses.sort();
        QCOMPARE(statuses, (QStringList{QStringLiteral("complete"), QStringLiteral("complete"), QStringLiteral("failed")}));
        QCOMPARE(array.first().toObject().value(QStringLiteral("database")).toString(), m_database);

        run = cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(run.out().contains(QLatin1String("STATUS")));
        QVERIFY(run.out().contains(m_database));
        QVERIFY(run.out().contains(QLatin1String("failed")));
        QVERIFY(run.out().contains(QFileInfo(m_folders.first()).fileName()));
    }

    void listUsageAndMissingCatalog()
    {
        QCOMPARE(cli({QStringLiteral("backups"), QStringLiteral("list")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("backups")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"),
                      m_tmp.filePath(QStringLiteral("nowhere"))}).exitCode, 1);
    }

    void verifyPassesAndRecords()
    {
        const QString folder = m_folders.last();
        CliRun run = cli({QStringLiteral("verify"), folder, QStringLiteral("--level"), QStringLiteral("readable"),
                          QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        const QJsonObject o = jsonObjectOf(run);
        QCOMPARE(o.value(QStringLiteral("passed")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("reached_level")).toString(), QStringLiteral("readable"));
        QCOMPARE(o.value(QStringLiteral("requested_level")).toString(), QStringLiteral("readable"));
        QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(toString(BackupManifest::load(folder)->highestPassedLevel()), QStringLiteral("readable"));

        run = cli({QStringLiteral("verify"), folder, QStringLiteral("--level"), QStringLiteral("checksums")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(run.out().startsWith(QLatin1String("PASSED")));
    }

    void verifyFailsWithProblems()
    {
        const QString damaged = m_tmp.filePath(QStringLiteral("damaged"));
        QVERIFY(copyTree(m_folders.first(), damaged));
        QVERIFY(flipByte(damaged + QStringLiteral("/dump.custom"), 200));
        CliRun run = cli({QStringLiteral("verify"), damaged, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 1, describeRun(run));
        const QJsonObject o = jsonObjectOf(run);
        QCOMPARE(o.value(QStringLiteral("passed")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("reached_level")).toString(), QStringLiteral("none"));
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().first().toString(),
                 QStringLiteral("dump.custom: checksum mismatch"));

        run = cli({QStringLiteral("verify"), damaged});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out().contains(QLatin1String("dump.custom: checksum mismatch")), describeRun(run));
    }

    void verifyUsage()
    {
        QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("verify"), m_folders.first(), QStringLiteral("--level"), QStringLiteral("thorough")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("verify"), m_tmp.filePath(QStringLiteral("nowhere"))}).exitCode, 1);
    }

    void bundleAndUnbundle()
    {
        const QString bundle = m_tmp.filePath(QStringLiteral("offsite.tar.zst"));
        CliRun run = cli({QStringLiteral("bundle"), m_folders.first(), QStringLiteral("--out"), bundle});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(run.out().trimmed(), bundle);
        QVERIFY(QFileInfo(bundle).size() > 0);

        run = cli({QStringLiteral("verify"), bundle, QStringLiteral("--level"), QStringLiteral("contents")});
        QVERIFY2(run.exitCode == 0, describeRun(run));

        const QString other = m_tmp.filePath(QStringLiteral("other-catalog"));
        run = cli({QStringLiteral("unbundle"), bundle, QStringLiteral("--catalog"), other});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QCOMPARE(run.out().trimmed(), QDir(other).filePath(QFileInfo(m_folders.first()).fileName()));
        QVERIFY(BackupManifest::load(run.out().trimmed()).ok());

        QCOMPARE(cli({QStringLiteral("bundle"), m_folders.first()}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("bundle"), m_folders.first(), QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x.zip"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("bundle"), m_failed, QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("f.tar.gz"))}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("unbundle"), bundle}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("unbundle"), m_tmp.filePath(QStringLiteral("none.tar.gz")), QStringLiteral("--catalog"), other}).exitCode, 1);
    }

    void pruneDryRunThenForReal()
    {
        CliRun run = cli({QStringLiteral("prune"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--keep-last"),
                          QStringLiteral("1"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QJsonObject o = jsonObjectOf(run);
        QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
        const QJsonArray decisions = o.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 3);
        QStringList previewDeleted;
        for (const QJsonValue &v : decisions) {
            const QJsonObject d = v.toObject();
            QVERIFY(!d.value(QStringLiteral("reasons")).toArray().isEmpty());
            QCOMPARE(d.value(QStringLiteral("deleted")).toBool(), false);
            if (!d.value(QStringLiteral("keep")).toBool())
                previewDeleted << d.value(QStringLiteral("folder")).toString();
        }
        previewDeleted.sort();
        QStringList expected{m_folders.first(), m_failed};
        expected.sort();
        QCOMPARE(previewDeleted, expected);
        QVERIFY(QFileInfo::exists(m_failed) && QFileInfo::exists(m_folders.first()));

        run = cli({QStringLiteral("prune"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--keep-last"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, describeRun(run));
        QVERIFY(run.out().contains(QLatin1String("deleted")));
        QVERIFY(run.out().contains(QLatin1String("last 1")));
        QVERIFY(!QFileInfo::exists(m_failed));
        QVERIFY(!QFileInfo::exists(m_folders.first()));
        QVERIFY(QFileInfo::exists(m_folders.last()));

        QCOMPARE(cli({QStringLiteral("prune"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--keep-last"),
                      QStringLiteral("many")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("prune")}).exitCode, 2);
    }

private:
    CliRun cli(const QStringList &args) { return runCli(args, m_env); }

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_catalog;
    QString m_database;
    QStringList m_folders; // oldest first
    QString m_failed;
};

QTEST_GUILESS_MAIN(TstCliCatalog)
#include "tst_cli_catalog.moc"
