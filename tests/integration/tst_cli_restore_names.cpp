// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pgsteward-cli toc / restore on what fault injection found (issue 8): names with spaces, quotes,
// dots and non-ASCII letters owned by the role "John Smith"; a dump cut short by a full disk;
// a FIFO given as the backup; the row comparison covering every table of the manifest.
#include "backupfixture.h"
#include "clitestenv.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pgs;
using namespace pgs::test;

class CliRestoreNamesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_source;
    QString m_backup;
    QStringList m_drop;
    bool m_createdRole = false;

    QString db() const { return conninfoOf(clusterSpec()); }

    // The CLI with a deadline of our own: a source that blocks must not hang the test run.
    CliRun runWithin(const QStringList &args, int msecs, qint64 *elapsed)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        QElapsedTimer timer;
        timer.start();
        p.start(cliPath(), args);
        CliRun run;
        if (!p.waitForFinished(msecs)) {
            p.kill();
            p.waitForFinished();
        } else {
            run.exitCode = p.exitCode();
        }
        *elapsed = timer.elapsed();
        run.standardOutput = p.readAllStandardOutput();
        run.standardError = p.readAllStandardError();
        return run;
    }

    qint64 count(const QString &database, const QString &qualifiedSql)
    {
        auto conn = pg::Connection::open(clusterSpec(database));
        if (!conn)
            return -1;
        auto r = (*conn)->exec(QStringLiteral("SELECT count(*) FROM ") + qualifiedSql);
        return r ? r->toInt64(0, 0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(m_dir.isValid());
        m_env = isolatedCliEnvironment(m_dir);
        auto admin = pg::Connection::open(clusterSpec());
        QVERIFY(admin);
        auto role = (*admin)->exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'John Smith'"));
        QVERIFY(role);
        if (role->rows() == 0) {
            QVERIFY((*admin)->exec(QStringLiteral("CREATE ROLE \"John Smith\"")));
            m_createdRole = true;
        }
        m_source = createScratchDatabase(QStringLiteral("pgs_names_src"));
        QVERIFY(!m_source.isEmpty());
        m_drop << m_source;
        auto conn = pg::Connection::open(clusterSpec(m_source));
        QVERIFY(conn);
        // Six tables, three of them with spaces in their names (and one with a dot).
        const Status loaded = (*conn)->execScript(QStringLiteral(
            "CREATE SCHEMA \"my schema\" AUTHORIZATION \"John Smith\";"
            "CREATE TABLE \"my schema\".\"order items\" (id serial PRIMARY KEY, label text NOT NULL);"
            "ALTER TABLE \"my schema\".\"order items\" OWNER TO \"John Smith\";"
            "INSERT INTO \"my schema\".\"order items\" (label) SELECT 'item ' || g FROM generate_series(1, 5) g;"
            "CREATE INDEX \"label idx\" ON \"my schema\".\"order items\" (label);"
            "CREATE TABLE \"my schema\".\"a.b\" (v text);"
            "INSERT INTO \"my schema\".\"a.b\" VALUES ('dot');"
            "CREATE TABLE public.\"Grüße 表\" (n int PRIMARY KEY, item int REFERENCES \"my schema\".\"order items\");"
            "ALTER TABLE public.\"Grüße 表\" OWNER TO \"John Smith\";"
            "INSERT INTO public.\"Grüße 表\" SELECT g, g FROM generate_series(1, 3) g;"
            "CREATE TABLE public.\"order \"\"quoted\"\"\" (v int);"
            "INSERT INTO public.\"order \"\"quoted\"\"\" SELECT generate_series(1, 4);"
            "CREATE TABLE public.plain (v int);"
            "INSERT INTO public.plain VALUES (1), (2);"
            "CREATE TABLE public.big (id int, payload text);"
            "INSERT INTO public.big SELECT g, md5(g::text) || md5((g * 7)::text) FROM generate_series(1, 20000) g;"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        Result<BackupOutcome> backup = makeBackup(m_source, m_dir.filePath(QStringLiteral("catalog")), DumpFormat::Custom);
        QVERIFY2(backup, qPrintable(backup ? QString() : errorText(backup.error())));
        m_backup = backup->folder;
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_drop))
            dropScratchDatabase(name);
        if (m_createdRole) {
            auto admin = pg::Connection::open(clusterSpec());
            if (admin)
                (void)(*admin)->exec(QStringLiteral("DROP ROLE IF EXISTS \"John Smith\""));
        }
    }

    void restoresATableWhoseSchemaAndNameHaveSpaces()
    {
        const QString target = m_source + QStringLiteral("_one");
        m_drop << target;
        const CliRun run = runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                   target, QStringLiteral("--create"), QStringLiteral("--table"), QStringLiteral("my schema.order items"),
                                   QStringLiteral("--json")},
                                  m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        QCOMPARE(count(target, QStringLiteral("\"my schema\".\"order items\"")), 5);
        auto conn = pg::Connection::open(clusterSpec(target));
        QVERIFY(conn);
        auto owner = (*conn)->exec(QStringLiteral("SELECT tableowner FROM pg_tables WHERE schemaname = 'my schema' AND tablename = 'order items'"));
        QVERIFY(owner && owner->rows() == 1);
        QCOMPARE(owner->text(0, 0), QStringLiteral("John Smith"));
        auto others = (*conn)->exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname IN ('public', 'my schema')"));
        QCOMPARE(others->toInt64(0, 0), 1); // nothing but the selected table
        auto index = (*conn)->exec(QStringLiteral("SELECT 1 FROM pg_indexes WHERE indexname = 'label idx'"));
        QCOMPARE(index->rows(), 1);
        const QJsonObject rows = jsonObjectOf(run).value(QStringLiteral("row_comparison")).toObject();
        QCOMPARE(rows.keys(), QStringList{QStringLiteral("my schema.order items")});

        // The quoted spelling names the same table; a name that is not there is refused.
        const QString quoted = m_source + QStringLiteral("_quoted");
        m_drop << quoted;
        const CliRun again = runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                     quoted, QStringLiteral("--create"), QStringLiteral("--table"),
                                     QStringLiteral("public.Grüße 表"), QStringLiteral("--table"),
                                     QStringLiteral("\"my schema\".\"order items\"")},
                                    m_env);
        QVERIFY2(again.exitCode == 0, describeRun(again).constData());
        QCOMPARE(count(quoted, QStringLiteral("public.\"Grüße 表\"")), 3);
        const CliRun missing = runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                       m_source + QStringLiteral("_none"), QStringLiteral("--create"), QStringLiteral("--table"),
                                       QStringLiteral("my schema.order")},
                                      m_env);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err().contains(QLatin1String("holds no table")), qPrintable(missing.err()));
    }

    void fullRestoreComparesEveryTable()
    {
        const QString target = m_source + QStringLiteral("_all");
        m_drop << target;
        const CliRun run = runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                   target, QStringLiteral("--create"), QStringLiteral("--json")},
                                  m_env);
        QVERIFY2(run.exitCode == 0, describeRun(run).constData());
        const QJsonObject o = jsonObjectOf(run);
        const QJsonObject rows = o.value(QStringLiteral("row_comparison")).toObject();
        const QMap<QString, int> expected = {{QStringLiteral("my schema.order items"), 5}, {QStringLiteral("my schema.a.b"), 1},
                                             {QStringLiteral("public.Grüße 表"), 3},       {QStringLiteral("public.order \"quoted\""), 4},
                                             {QStringLiteral("public.plain"), 2},          {QStringLiteral("public.big"), 20000}};
        QCOMPARE(rows.keys(), QStringList(expected.keys()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QJsonObject row = rows.value(it.key()).toObject();
            QCOMPARE(row.value(QStringLiteral("restored")).toInt(), it.value());
            QCOMPARE(row.value(QStringLiteral("recorded")).toInt(), it.value());
        }
        QVERIFY(o.value(QStringLiteral("rows_not_checked")).toObject().isEmpty());
        QVERIFY(o.value(QStringLiteral("row_mismatches")).toArray().isEmpty());
        const CliRun human = runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                     target + QStringLiteral("_h"), QStringLiteral("--create")},
                                    m_env);
        m_drop << target + QStringLiteral("_h");
        QVERIFY2(human.exitCode == 0, describeRun(human).constData());
        for (const QString &table : expected.keys())
            QVERIFY2(human.out().contains(table), qPrintable(human.out()));
    }

    void tocOfACutShortDumpFails()
    {
        QFile whole(QDir(m_backup).filePath(QStringLiteral("dump.custom")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QVERIFY(bytes.size() > 100000); // the data, not the table of contents, is most of it
        const QString cut = m_dir.filePath(QStringLiteral("cut.custom"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();

        const CliRun toc = runCli({QStringLiteral("toc"), cut}, m_env);
        QCOMPARE(toc.exitCode, 1);
        QVERIFY2(toc.err().contains(cut) && toc.err().contains(QLatin1String("incomplete")), qPrintable(toc.err()));
        QVERIFY2(toc.err().contains(QLatin1String("TABLE DATA")), qPrintable(toc.err()));
        QCOMPARE(runCli({QStringLiteral("toc"), cut, QStringLiteral("--json")}, m_env).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("toc"), QDir(m_backup).filePath(QStringLiteral("dump.custom"))}, m_env).exitCode, 0);

        const QString target = m_source + QStringLiteral("_cut");
        m_drop << target;
        const CliRun restore = runCli({QStringLiteral("restore"), cut, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                       target, QStringLiteral("--create")},
                                      m_env);
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err().contains(QLatin1String("incomplete")), qPrintable(restore.err()));
        auto conn = pg::Connection::open(clusterSpec());
        auto exists = (*conn)->exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {target});
        QCOMPARE(exists->rows(), 0); // refused before anything was created
    }

    void aFifoSourceIsRefusedAtOnce()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("dump.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        qint64 elapsed = 0;
        const CliRun toc = runWithin({QStringLiteral("toc"), fifo}, 20000, &elapsed);
        QVERIFY2(toc.exitCode == 1, describeRun(toc).constData());
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(toc.err().contains(QLatin1String("FIFO")), qPrintable(toc.err()));
        const CliRun restore = runWithin({QStringLiteral("restore"), fifo, QStringLiteral("--db"), db(), QStringLiteral("--target-db"),
                                          m_source + QStringLiteral("_fifo"), QStringLiteral("--create")},
                                         20000, &elapsed);
        QVERIFY2(restore.exitCode == 1, describeRun(restore).constData());
        QVERIFY(elapsed < 10000);
        // A FIFO in place of a backup folder's dump: refused before the checksums are hashed.
        const QString folder = m_dir.filePath(QStringLiteral("fifo-backup"));
        QVERIFY(copyTree(m_backup, folder));
        const QString dump = QDir(folder).filePath(QStringLiteral("dump.custom"));
        QVERIFY(QFile::remove(dump));
        QCOMPARE(::mkfifo(QFile::encodeName(dump).constData(), 0600), 0);
        const CliRun inFolder = runWithin({QStringLiteral("toc"), folder}, 20000, &elapsed);
        QVERIFY2(inFolder.exitCode == 1 && inFolder.err().contains(QLatin1String("FIFO")), describeRun(inFolder).constData());
        QVERIFY(elapsed < 10000);
    }
};

QTEST_GUILESS_MAIN(CliRestoreNamesTest)
#include "tst_cli_restore_names.moc"
