// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pgsteward-cli toc / restore / globals-restore as scripts see them: exit codes 0/1/2, JSON shapes,
// refusals that change nothing and say what to type.
#include "backupfixture.h"
#include "backuptesthelpers.h"
#include "clitestenv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class CliRestoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_source;
    QString m_backup;
    QStringList m_drop;

    QString db() const { return conninfoOf(clusterSpec()); }

    bool exists(const QString &name)
    {
        auto conn = pg::Connection::open(clusterSpec());
        auto r = (*conn)->exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {name});
        return r && r->rows() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(m_dir.isValid());
        m_env = isolatedCliEnvironment(m_dir);
        m_source = createBackupSourceDatabase();
        QVERIFY(!m_source.isEmpty());
        m_drop << m_source;
        Result<BackupOutcome> backup = makeBackup(m_source, m_dir.filePath(QStringLiteral("catalog")), DumpFormat::Custom);
        QVERIFY(backup);
        m_backup = backup->folder;
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_drop))
            dropScratchDatabase(name);
    }

    void tocJson()
    {
        const CliRun run = runCli({QStringLiteral("toc"), m_backup, QStringLiteral("--json")}, m_env);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = jsonArrayOf(run);
        QVERIFY(entries.size() > 5);
        bool sawOrders = false;
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "type", "schema", "name", "owner"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("id")).toInt() > 0);
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("TABLE DATA")
                && o.value(QStringLiteral("schema")).toString() == QLatin1String("sales"))
                sawOrders = o.value(QStringLiteral("name")).toString() == QLatin1String("orders");
        }
        QVERIFY(sawOrders);
        const CliRun human = runCli({QStringLiteral("toc"), m_backup}, m_env);
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out().contains(QLatin1String("TABLE DATA")));
        QCOMPARE(runCli({QStringLiteral("toc"), m_dir.filePath(QStringLiteral("nope"))}, m_env).exitCode, 1);
    }

    void restoreCreateJson()
    {
        const QString target = m_source + QStringLiteral("_cli");
        m_drop << target;
        const CliRun run = runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                   target, QStringLiteral("--create"), QStringLiteral("--jobs"), QStringLiteral("2"),
                                   QStringLiteral("--no-owner"), QStringLiteral("--json")},
                                  m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err()));
        const QJsonObject o = jsonObjectOf(run);
        QCOMPARE(o.value(QStringLiteral("target_database")).toString(), target);
        QVERIFY(o.value(QStringLiteral("entries_total")).toInt() > 5);
        QCOMPARE(o.value(QStringLiteral("entries_done")).toInt(), o.value(QStringLiteral("entries_total")).toInt());
        QVERIFY(o.value(QStringLiteral("errors")).isArray());
        QVERIFY(o.value(QStringLiteral("errors")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("row_mismatches")).toArray().isEmpty());
        const QJsonObject items = o.value(QStringLiteral("row_comparison")).toObject().value(QStringLiteral("public.items")).toObject();
        QCOMPARE(items.value(QStringLiteral("restored")).toInt(), 1000);
        QCOMPARE(items.value(QStringLiteral("recorded")).toInt(), 1000);
        QVERIFY(!run.out().contains(QLatin1String("password")));

        // The same name again with --create: it exists now.
        const CliRun again = runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(),
                                     QStringLiteral("--target-db"), target, QStringLiteral("--create")},
                                    m_env);
        QCOMPARE(again.exitCode, 1);
    }

    void existingNonEmptyNeedsConfirm()
    {
        const QString target = m_source + QStringLiteral("_cli"); // restored by restoreCreateJson
        QVERIFY(exists(target));
        auto conn = pg::Connection::open(clusterSpec(target));
        QVERIFY((*conn)->execScript(QStringLiteral("DELETE FROM public.items WHERE id > 900")));
        const QStringList base = {QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(), QStringLiteral("--target-db"), target};

        const CliRun refused = runCli(base, m_env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err().contains(QStringLiteral("--clean --confirm ") + target), qPrintable(refused.err()));
        QCOMPARE(rowsIn(**conn, QStringLiteral("public.items")), 900);

        const CliRun wrong = runCli(base + QStringList{QStringLiteral("--clean"), QStringLiteral("--confirm"), QStringLiteral("other")}, m_env);
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(rowsIn(**conn, QStringLiteral("public.items")), 900);

        const CliRun confirmed = runCli(base + QStringList{QStringLiteral("--clean"), QStringLiteral("--confirm"), target,
                                                           QStringLiteral("--json")}, m_env);
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err()));
        QCOMPARE(rowsIn(**conn, QStringLiteral("public.items")), 1000);
    }

    void damagedBackupChangesNothing()
    {
        const QString copy = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(copyTree(m_backup, copy));
        QVERIFY(flipByte(QDir(copy).filePath(QStringLiteral("dump.custom")), 200));
        const QString target = m_source + QStringLiteral("_damaged");
        m_drop << target;
        const CliRun run = runCli({QStringLiteral("restore"), copy, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                   target, QStringLiteral("--create")},
                                  m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err().contains(QLatin1String("damaged")), qPrintable(run.err()));
        QVERIFY(!exists(target));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db()}, m_env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--target-db"), QStringLiteral("x"),
                         QStringLiteral("--create")}, m_env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                         QStringLiteral("x"), QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--single-transaction")},
                        m_env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("toc")}, m_env).exitCode, 2);
    }

    void globalsRestore()
    {
        const QString role = QStringLiteral("pgs_cli_role_%1").arg(QCoreApplication::applicationPid());
        auto conn = pg::Connection::open(clusterSpec());
        auto dropRole = qScopeGuard([&] { (void)(*conn)->exec(QStringLiteral("DROP ROLE IF EXISTS ") + (*conn)->quoteIdentifier(role)); });
        const QString file = m_dir.filePath(QStringLiteral("globals.sql"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("CREATE ROLE %1;\nCREATE ROLE %2;\n").arg(role, clusterSpec().value(QStringLiteral("user"))).toUtf8());
        f.close();
        const CliRun ok = runCli({QStringLiteral("globals-restore"), file, QStringLiteral("--db"), db()}, m_env);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err()));
        QVERIFY(ok.err().contains(QLatin1String("already exists")));
        auto r = (*conn)->exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {role});
        QCOMPARE(r->rows(), 1);

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("CREATE ROLLE nonsense;\n");
        f.close();
        const CliRun bad = runCli({QStringLiteral("globals-restore"), file, QStringLiteral("--db"), db()}, m_env);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err().contains(QLatin1String("syntax error")), qPrintable(bad.err()));
    }
};

QTEST_GUILESS_MAIN(CliRestoreTest)
#include "tst_cli_restore.moc"
