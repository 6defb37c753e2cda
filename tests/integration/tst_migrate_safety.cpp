// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratetestenv.h"

#include "migrations/checksums.h"
#include "sql/sqlcatalog.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace pgs;
using namespace pgs::test;

// What the tools get wrong and pgsteward must not: a failing migration rolled back and not
// recorded (golang-migrate never left dirty), changed files reported, CRLF + BOM folders,
// concurrent runs serialized by the advisory lock, CREATE INDEX CONCURRENTLY only when marked,
// dry runs that change nothing, out-of-order versions only on request.
class TstMigrateSafety : public QObject
{
    Q_OBJECT
private:
    MigrateTestEnv m_env;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_env.init(), "the test cluster fixture is not running"); }

    void failingMigrationRollsBackAndIsNotRecorded()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_fail"));
        const QString dir = m_env.folder(QStringLiteral("fail"),
                                         {{"1_ok.up.sql", "CREATE TABLE a (id int);\n"},
                                          {"1_ok.down.sql", "DROP TABLE a;\n"},
                                          {"2_bad.up.sql", "CREATE TABLE b (id int);\n\nINSERT INTO missing_table VALUES (1);\n"},
                                          {"2_bad.down.sql", "DROP TABLE b;\n"}});
        const QStringList fmt{QStringLiteral("--format"), QStringLiteral("golang-migrate")};
        const CliRun up = m_env.migrate(QStringLiteral("up"), db, dir, fmt);
        QCOMPARE(up.exitCode, 1);
        // Names the migration, the line, the statement and the server's message.
        QVERIFY2(up.err().contains(QLatin1String("2 bad")), describeRun(up));
        QVERIFY2(up.err().contains(QLatin1String("line 3")), describeRun(up));
        QVERIFY2(up.err().contains(QLatin1String("INSERT INTO missing_table")), describeRun(up));
        QVERIFY2(up.err().contains(QLatin1String("relation \"missing_table\" does not exist")), describeRun(up));
        // Rolled back: b does not exist, the version stays at 1 and is not dirty.
        QCOMPARE(m_env.value(QStringLiteral("SELECT to_regclass('b') IS NULL")), QStringLiteral("t"));
        QCOMPARE(m_env.rows(QStringLiteral("SELECT version, dirty FROM schema_migrations")), QStringList{"1|f"});
        const auto states = m_env.states(db, dir, fmt);
        QCOMPARE(states.value(QStringLiteral("1")), QStringLiteral("applied"));
        QCOMPARE(states.value(QStringLiteral("2")), QStringLiteral("pending"));
    }

    void dirtyRowLeftByGolangMigrateIsFailed()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_dirty"));
        const QString dir = m_env.folder(QStringLiteral("dirty"), {{"1_a.up.sql", "SELECT 1;\n"}, {"1_a.down.sql", "SELECT 1;\n"},
                                                                   {"2_b.up.sql", "SELECT 2;\n"}, {"2_b.down.sql", "SELECT 2;\n"}});
        QVERIFY(m_env.rows(sql::query(QStringLiteral("migrations/golang_create"))).isEmpty());
        QVERIFY(m_env.rows(QStringLiteral("INSERT INTO schema_migrations VALUES (1, true)")).isEmpty());
        const CliRun validate = m_env.migrate(QStringLiteral("validate"), db, dir);
        QCOMPARE(validate.exitCode, 1);
        QVERIFY2(validate.err().contains(QLatin1String("1 a: failed")) && validate.err().contains(QLatin1String("force")),
                 describeRun(validate));
        const CliRun up = m_env.migrate(QStringLiteral("up"), db, dir);
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err().contains(QLatin1String("failed earlier")), describeRun(up));
    }

    void changedAppliedFileIsReported()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_changed"));
        const QString dir = m_env.folder(QStringLiteral("changed"), {{"V1__one.sql", "CREATE TABLE one (id int);\n"},
                                                                     {"V2__two.sql", "CREATE TABLE two (id int);\n"}});
        QCOMPARE(m_env.migrate(QStringLiteral("up"), db, dir).exitCode, 0);
        QCOMPARE(m_env.migrate(QStringLiteral("validate"), db, dir).exitCode, 0);
        MigrateTestEnv::writeFile(dir + QStringLiteral("/V1__one.sql"), "CREATE TABLE one (id bigint);\n");
        QCOMPARE(m_env.states(db, dir).value(QStringLiteral("1")), QStringLiteral("changed"));
        const CliRun validate = m_env.migrate(QStringLiteral("validate"), db, dir);
        QCOMPARE(validate.exitCode, 1);
        QVERIFY2(validate.err().contains(QLatin1String("1 one: changed")), describeRun(validate));
        QVERIFY2(!validate.err().contains(QLatin1String("2 two")), describeRun(validate));
        // A file recorded but gone is missing-file.
        QFile::remove(dir + QStringLiteral("/V2__two.sql"));
        QCOMPARE(m_env.states(db, dir).value(QStringLiteral("2")), QStringLiteral("missing-file"));
    }

    // Flyway repeatables run after the versioned ones and again whenever their checksum changes.
    void flywayRepeatableRerunsWhenChanged()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_repeat"));
        const QString dir = m_env.folder(QStringLiteral("repeat"), {{"V1__t.sql", "CREATE TABLE t (a int);\n"},
                                                                    {"R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT a FROM t;\n"}});
        QCOMPARE(m_env.migrate(QStringLiteral("up"), db, dir).exitCode, 0);
        QCOMPARE(m_env.rows(QStringLiteral("SELECT coalesce(version, 'R'), script FROM flyway_schema_history ORDER BY installed_rank")),
                 (QStringList{"1|V1__t.sql", "R|R__view.sql"}));
        QCOMPARE(m_env.migrate(QStringLiteral("up"), db, dir).out().trimmed(), QStringLiteral("Nothing to do: the database is up to date."));
        MigrateTestEnv::writeFile(dir + QStringLiteral("/R__view.sql"), "CREATE OR REPLACE VIEW v AS SELECT a, a * 2 AS b FROM t;\n");
        QCOMPARE(m_env.states(db, dir).value(QString()), QStringLiteral("pending"));
        QCOMPARE(m_env.migrate(QStringLiteral("up"), db, dir).exitCode, 0);
        QCOMPARE(m_env.value(QStringLiteral("SELECT count(*) FROM flyway_schema_history WHERE version IS NULL")), QStringLiteral("2"));
        QCOMPARE(m_env.value(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'v'")), QStringLiteral("2"));
        QCOMPARE(m_env.states(db, dir).value(QString()), QStringLiteral("applied"));
    }

    void crlfAndBomFolder()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_crlf"));
        const QByteArray lf = "CREATE TABLE \"crlf table\" (\n  id int\n);\nINSERT INTO \"crlf table\" VALUES (7);\n";
        const QByteArray crlfBom = QByteArray("\xEF\xBB\xBF") + QByteArray(lf).replace("\n", "\r\n");
        const QString dir = m_env.folder(QStringLiteral("crlf"), {{"V1__crlf.sql", crlfBom}});
        const CliRun up = m_env.migrate(QStringLiteral("up"), db, dir);
        QVERIFY2(up.exitCode == 0, describeRun(up));
        QCOMPARE(m_env.value(QStringLiteral("SELECT id FROM \"crlf table\"")), QStringLiteral("7"));
        // Flyway's checksum ignores line endings and the BOM: the same as the LF file's.
        QCOMPARE(m_env.value(QStringLiteral("SELECT checksum FROM flyway_schema_history")),
                 QString::number(migrations::flywayChecksum(lf)));
        QCOMPARE(m_env.migrate(QStringLiteral("validate"), db, dir).exitCode, 0);
        // The same file saved with LF only is still valid for Flyway.
        MigrateTestEnv::writeFile(dir + QStringLiteral("/V1__crlf.sql"), lf);
        QCOMPARE(m_env.migrate(QStringLiteral("validate"), db, dir).exitCode, 0);
    }

    void concurrentRunsAreSerialized()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_concurrent"));
        QVERIFY(m_env.rows(QStringLiteral("CREATE TABLE ran (version int)")).isEmpty());
        const QString dir = m_env.folder(QStringLiteral("concurrent"),
                                         {{"1_a.up.sql", "INSERT INTO ran VALUES (1);\nSELECT pg_sleep(1);\n"},
                                          {"2_b.up.sql", "INSERT INTO ran VALUES (2);\nSELECT pg_sleep(1);\n"},
                                          {"3_c.up.sql", "INSERT INTO ran VALUES (3);\n"}});
        QList<QProcess *> runs;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(m_env.environment());
            p->start(cliPath(), {QStringLiteral("migrate"), QStringLiteral("up"), QStringLiteral("--db"), db,
                                 QStringLiteral("--dir"), dir, QStringLiteral("--lock-timeout"), QStringLiteral("30")});
            runs << p;
        }
        for (QProcess *p : runs) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     QByteArray(p->readAllStandardOutput() + p->readAllStandardError()).constData());
        }
        QCOMPARE(m_env.rows(QStringLiteral("SELECT version, count(*) FROM ran GROUP BY version ORDER BY version")),
                 (QStringList{"1|1", "2|1", "3|1"}));
        QCOMPARE(m_env.value(QStringLiteral("SELECT count(*) FROM pgsteward_migrations WHERE success")), QStringLiteral("3"));
    }

    void lockHeldElsewhereReportsThePid()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_lock"));
        const QString dir = m_env.folder(QStringLiteral("lock"), {{"1_a.up.sql", "SELECT 1;\n"}});
        auto holder = pg::Connection::open(clusterSpec(m_env.database()));
        QVERIFY(holder.ok());
        auto locked = (*holder)->exec(sql::query(QStringLiteral("migrations/lock_try")), {QStringLiteral("pgsteward_migrations")});
        QVERIFY(locked.ok() && locked->toBool(0, "locked"));
        QElapsedTimer timer;
        timer.start();
        const CliRun up = m_env.migrate(QStringLiteral("up"), db, dir, {QStringLiteral("--lock-timeout"), QStringLiteral("1")});
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err().contains(QStringLiteral("pid %1").arg((*holder)->backendPid())), describeRun(up));
        QVERIFY(timer.elapsed() < 20000);
        // Nothing was touched, not even the history table: the lock comes first.
        QCOMPARE(m_env.value(QStringLiteral("SELECT to_regclass('pgsteward_migrations') IS NULL")), QStringLiteral("t"));
    }

    void concurrentIndexNeedsTheMarker_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("unmarked");
        QTest::addColumn<QByteArray>("marked");
        QTest::addColumn<QString>("marker");
        QTest::newRow("dbmate") << "dbmate" << "20240102000000_index.sql"
                                << QByteArray("-- migrate:up\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n")
                                << QByteArray("-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n")
                                << "-- migrate:up transaction:false";
        QTest::newRow("sqlx") << "sqlx" << "2_index.sql" << QByteArray("-- index\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n")
                              << QByteArray("-- no-transaction\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n")
                              << "-- no-transaction";
        QTest::newRow("native") << "native" << "2_index.up.sql" << QByteArray("\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n")
                                << QByteArray("-- pgsteward:no-transaction\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n")
                                << "-- pgsteward:no-transaction";
    }
    void concurrentIndexNeedsTheMarker()
    {
        QFETCH(QString, format);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, unmarked);
        QFETCH(QByteArray, marked);
        QFETCH(QString, marker);
        const QString db = m_env.newDatabase(QStringLiteral("mig_cic"));
        QMap<QString, QByteArray> files{{fileName, unmarked}};
        if (format == QLatin1String("dbmate"))
            files.insert(QStringLiteral("20240101000000_t.sql"), "-- migrate:up\nCREATE TABLE t (a int);\n");
        else
            files.insert(format == QLatin1String("native") ? QStringLiteral("1_t.up.sql") : QStringLiteral("1_t.sql"),
                         "CREATE TABLE t (a int);\n");
        const QString dir = m_env.folder(QStringLiteral("cic-") + format, files);
        const QStringList fmt{QStringLiteral("--format"), format};
        CliRun up = m_env.migrate(QStringLiteral("up"), db, dir, fmt);
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err().contains(marker), describeRun(up));
        QVERIFY2(up.err().contains(QLatin1String("CREATE INDEX CONCURRENTLY")), describeRun(up));
        QVERIFY2(up.err().contains(QLatin1String("line 2")), describeRun(up));
        QCOMPARE(m_env.value(QStringLiteral("SELECT to_regclass('t') IS NULL")), QStringLiteral("t")); // refused before running
        MigrateTestEnv::writeFile(dir + QLatin1Char('/') + fileName, marked);
        up = m_env.migrate(QStringLiteral("up"), db, dir, fmt);
        QVERIFY2(up.exitCode == 0, describeRun(up));
        QCOMPARE(m_env.value(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a'::regclass")), QStringLiteral("t"));
        const auto states = m_env.states(db, dir, fmt);
        for (const QString &state : states)
            QCOMPARE(state, QStringLiteral("applied"));
    }

    void dryRunPrintsTheSqlAndChangesNothing()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_dry"));
        const QString dir = m_env.folder(QStringLiteral("dry"), {{"V1__create.sql", "CREATE TABLE \"dry run\" (id int);\n"},
                                                                 {"V2__seed.sql", "INSERT INTO \"dry run\" VALUES (1);\n"}});
        const CliRun dry = m_env.migrate(QStringLiteral("dry-run"), db, dir);
        QVERIFY2(dry.exitCode == 0, describeRun(dry));
        const QString out = dry.out();
        const qsizetype create = out.indexOf(QLatin1String("CREATE TABLE IF NOT EXISTS flyway_schema_history"));
        const qsizetype first = out.indexOf(QLatin1String("CREATE TABLE \"dry run\" (id int);"));
        const qsizetype firstRow = out.indexOf(QLatin1String("'V1__create.sql'"));
        const qsizetype second = out.indexOf(QLatin1String("INSERT INTO \"dry run\" VALUES (1);"));
        const qsizetype secondRow = out.indexOf(QLatin1String("'V2__seed.sql'"));
        QVERIFY2(create >= 0 && create < first && first < firstRow && firstRow < second && second < secondRow, qPrintable(out));
        QCOMPARE(out.count(QLatin1String("BEGIN;")), 2);
        QCOMPARE(out.count(QLatin1String("COMMIT;")), 2);
        QCOMPARE(m_env.value(QStringLiteral("SELECT to_regclass('flyway_schema_history') IS NULL AND to_regclass('\"dry run\"') IS NULL")),
                 QStringLiteral("t"));
    }

    void outOfOrderNeedsTheOption()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_order"));
        const QString dir = m_env.folder(QStringLiteral("order"), {{"1_a.up.sql", "SELECT 1;\n"}, {"3_c.up.sql", "SELECT 3;\n"}});
        QCOMPARE(m_env.migrate(QStringLiteral("up"), db, dir).exitCode, 0);
        MigrateTestEnv::writeFile(dir + QStringLiteral("/2_b.up.sql"), "CREATE TABLE late (id int);\n");
        QCOMPARE(m_env.states(db, dir).value(QStringLiteral("2")), QStringLiteral("out-of-order"));
        CliRun validate = m_env.migrate(QStringLiteral("validate"), db, dir);
        QCOMPARE(validate.exitCode, 1);
        QVERIFY2(validate.err().contains(QLatin1String("2 b: out-of-order")), describeRun(validate));
        CliRun up = m_env.migrate(QStringLiteral("up"), db, dir);
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err().contains(QLatin1String("--allow-out-of-order")), describeRun(up));
        up = m_env.migrate(QStringLiteral("up"), db, dir, {QStringLiteral("--allow-out-of-order")});
        QVERIFY2(up.exitCode == 0, describeRun(up));
        QCOMPARE(m_env.value(QStringLiteral("SELECT to_regclass('late') IS NOT NULL")), QStringLiteral("t"));
    }

    void downWithoutDownScriptsIsRefused()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_nodown"));
        const QString dir = m_env.folder(QStringLiteral("nodown"), {{"1_first.sql", "CREATE TABLE f (id int);\n"}});
        QCOMPARE(m_env.migrate(QStringLiteral("up"), db, dir).exitCode, 0);
        const CliRun down = m_env.migrate(QStringLiteral("down"), db, dir);
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err().contains(QLatin1String("no down")), describeRun(down));
        QCOMPARE(m_env.value(QStringLiteral("SELECT to_regclass('f') IS NOT NULL")), QStringLiteral("t"));
    }

    // sqlx never records a failed no-transaction script; pgsteward leaves success = false, which
    // sqlx then reports as dirty instead of re-running half of it.
    void failedNonTransactionalSqlxIsRecordedAsFailed()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_notx"));
        const QString dir = m_env.folder(QStringLiteral("notx"), {{"1_broken.sql", "-- no-transaction\nCREATE TABLE n (id int);\nSELECT 1/0;\n"}});
        const CliRun up = m_env.migrate(QStringLiteral("up"), db, dir);
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err().contains(QLatin1String("division by zero")) && up.err().contains(QLatin1String("line 3")), describeRun(up));
        QCOMPARE(m_env.rows(QStringLiteral("SELECT version, success FROM _sqlx_migrations")), QStringList{"1|f"});
        QCOMPARE(m_env.states(db, dir).value(QStringLiteral("1")), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TstMigrateSafety)
#include "tst_migrate_safety.moc"
