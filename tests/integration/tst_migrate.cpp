// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratetestenv.h"

#include "migrations/checksums.h"

#include <QCryptographicHash>

using namespace pgs;
using namespace pgs::test;

// Per format, a folder of several migrations through `pgsteward-cli migrate`: up, status, the
// history rows as that tool writes them, down, re-up, down to nothing. The first migration
// creates a table whose name has a space in it (quoted identifiers survive the splitter).
class TstMigrate : public QObject
{
    Q_OBJECT
private:
    MigrateTestEnv m_env;

    using Files = QMap<QString, QByteArray>;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_env.init(), "the test cluster fixture is not running"); }

    void cycle_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<Files>("files");
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<QString>("historyCheck"); // a query over the history table after up
        QTest::addColumn<QStringList>("historyRows");

        const QByteArray create = "CREATE TABLE \"my table\" (id int PRIMARY KEY);\n";
        const QByteArray drop = "DROP TABLE \"my table\";\n";
        const QByteArray addCol = "ALTER TABLE \"my table\"\n  ADD COLUMN \"the name\" text;\n";
        const QByteArray dropCol = "ALTER TABLE \"my table\" DROP COLUMN \"the name\";\n";
        const QByteArray insert = "INSERT INTO \"my table\" VALUES (1, 'semi; colon');\n";
        const QByteArray remove = "DELETE FROM \"my table\";\n";

        QTest::newRow("native") << QStringLiteral("native")
                                << Files{{"0001_create.up.sql", create}, {"0001_create.down.sql", drop},
                                         {"0002_add_name.up.sql", addCol}, {"0002_add_name.down.sql", dropCol},
                                         {"0003_seed.up.sql", insert}, {"0003_seed.down.sql", remove}}
                                << QStringList{"0001", "0002", "0003"}
                                << QStringLiteral("SELECT version, name, success, checksum = encode(sha256(convert_to(sql_text, 'UTF8')), 'hex') "
                                                  "FROM pgsteward_migrations ORDER BY version")
                                << QStringList{"0001|create|t|t", "0002|add_name|t|t", "0003|seed|t|t"};
        QTest::newRow("flyway") << QStringLiteral("flyway")
                                << Files{{"V1__create.sql", create}, {"U1__create.sql", drop},
                                         {"V1.1__add_the_name.sql", addCol}, {"U1.1__add_the_name.sql", dropCol},
                                         {"V2__seed.sql", insert}, {"U2__seed.sql", remove}}
                                << QStringList{"1", "1.1", "2"}
                                << QStringLiteral("SELECT installed_rank, version, description, type, script, checksum, success "
                                                  "FROM flyway_schema_history ORDER BY installed_rank")
                                << QStringList{QStringLiteral("1|1|create|SQL|V1__create.sql|%1|t").arg(migrations::flywayChecksum(create)),
                                               QStringLiteral("2|1.1|add the name|SQL|V1.1__add_the_name.sql|%1|t").arg(migrations::flywayChecksum(addCol)),
                                               QStringLiteral("3|2|seed|SQL|V2__seed.sql|%1|t").arg(migrations::flywayChecksum(insert))};
        QTest::newRow("golang-migrate") << QStringLiteral("golang-migrate")
                                        << Files{{"1_create.up.sql", create}, {"1_create.down.sql", drop},
                                                 {"2_add_name.up.sql", addCol}, {"2_add_name.down.sql", dropCol},
                                                 {"3_seed.up.sql", insert}, {"3_seed.down.sql", remove}}
                                        << QStringList{"1", "2", "3"}
                                        << QStringLiteral("SELECT version, dirty FROM schema_migrations")
                                        << QStringList{"3|f"};
        QTest::newRow("dbmate") << QStringLiteral("dbmate")
                                << Files{{"20240101000000_create.sql", "-- migrate:up\n" + create + "\n-- migrate:down\n" + drop},
                                         {"20240102000000_add_name.sql", "-- migrate:up\n" + addCol + "-- migrate:down\n" + dropCol},
                                         {"20240103000000_seed.sql", "-- migrate:up\n" + insert + "-- migrate:down\n" + remove}}
                                << QStringList{"20240101000000", "20240102000000", "20240103000000"}
                                << QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")
                                << QStringList{"20240101000000", "20240102000000", "20240103000000"};
        QTest::newRow("sqlx") << QStringLiteral("sqlx")
                              << Files{{"1_create.up.sql", create}, {"1_create.down.sql", drop},
                                       {"2_add_the_name.up.sql", addCol}, {"2_add_the_name.down.sql", dropCol},
                                       {"3_seed.up.sql", insert}, {"3_seed.down.sql", remove}}
                              << QStringList{"1", "2", "3"}
                              << QStringLiteral("SELECT version, description, success, encode(checksum, 'hex') FROM _sqlx_migrations ORDER BY version")
                              << QStringList{QStringLiteral("1|create|t|") + QString::fromLatin1(migrations::sqlxChecksum(create).toHex()),
                                             QStringLiteral("2|add the name|t|") + QString::fromLatin1(migrations::sqlxChecksum(addCol).toHex()),
                                             QStringLiteral("3|seed|t|") + QString::fromLatin1(migrations::sqlxChecksum(insert).toHex())};
    }
    void cycle()
    {
        QFETCH(QString, format);
        QFETCH(Files, files);
        QFETCH(QStringList, versions);
        QFETCH(QString, historyCheck);
        QFETCH(QStringList, historyRows);
        const QString db = m_env.newDatabase(QStringLiteral("mig_cycle"));
        QVERIFY(!db.isEmpty());
        const QString dir = m_env.folder(QStringLiteral("cycle-") + format, files);
        const QStringList fmt{QStringLiteral("--format"), format};

        // Everything pending before the first run; the history table does not exist yet.
        QMap<QString, QString> states = m_env.states(db, dir, fmt);
        QCOMPARE(states.keys().size(), versions.size());
        for (const QString &v : versions)
            QCOMPARE(states.value(v), QStringLiteral("pending"));

        CliRun up = m_env.migrate(QStringLiteral("up"), db, dir, fmt);
        QVERIFY2(up.exitCode == 0, describeRun(up));
        states = m_env.states(db, dir, fmt);
        for (const QString &v : versions)
            QCOMPARE(states.value(v), QStringLiteral("applied"));
        QCOMPARE(m_env.rows(historyCheck), historyRows);
        QCOMPARE(m_env.value(QStringLiteral("SELECT id::text || '/' || \"the name\" FROM \"my table\"")), QStringLiteral("1/semi; colon"));
        // Auto-detection agrees with the folder and the table now present.
        const QJsonObject status = jsonObjectOf(m_env.migrate(QStringLiteral("status"), db, dir, {QStringLiteral("--json")}));
        QCOMPARE(status.value(QStringLiteral("format")).toString(), format);
        QVERIFY2(m_env.migrate(QStringLiteral("validate"), db, dir).exitCode == 0, "validate after up");

        // A dry run of the rollback shows the down SQL and changes nothing.
        const CliRun dryDown = m_env.migrate(QStringLiteral("dry-run"), db, dir, fmt + QStringList{QStringLiteral("--down")});
        QVERIFY2(dryDown.exitCode == 0 && dryDown.out().contains(QLatin1String("DELETE FROM \"my table\";")), describeRun(dryDown));
        QCOMPARE(m_env.value(QStringLiteral("SELECT count(*) FROM \"my table\"")), QStringLiteral("1"));
        QCOMPARE(m_env.states(db, dir, fmt).value(versions[2]), QStringLiteral("applied"));

        CliRun down = m_env.migrate(QStringLiteral("down"), db, dir, fmt);
        QVERIFY2(down.exitCode == 0, describeRun(down));
        states = m_env.states(db, dir, fmt);
        QCOMPARE(states.value(versions[2]), QStringLiteral("pending"));
        QCOMPARE(states.value(versions[1]), QStringLiteral("applied"));
        QCOMPARE(m_env.value(QStringLiteral("SELECT count(*) FROM \"my table\"")), QStringLiteral("0"));

        up = m_env.migrate(QStringLiteral("up"), db, dir, fmt);
        QVERIFY2(up.exitCode == 0, describeRun(up));
        QVERIFY2(up.out().contains(versions[2]) && !up.out().contains(versions[1] + QLatin1Char(' ')), describeRun(up));
        QCOMPARE(m_env.states(db, dir, fmt).value(versions[2]), QStringLiteral("applied"));

        down = m_env.migrate(QStringLiteral("down"), db, dir, fmt + QStringList{QStringLiteral("--steps"), QStringLiteral("3")});
        QVERIFY2(down.exitCode == 0, describeRun(down));
        states = m_env.states(db, dir, fmt);
        for (const QString &v : versions)
            QCOMPARE(states.value(v), QStringLiteral("pending"));
        QCOMPARE(m_env.value(QStringLiteral("SELECT to_regclass('\"my table\"') IS NULL")), QStringLiteral("t"));
        if (format == QLatin1String("flyway")) // undo rows as Flyway Teams writes them
            QCOMPARE(m_env.value(QStringLiteral("SELECT count(*) FROM flyway_schema_history WHERE type = 'UNDO_SQL'")), QStringLiteral("4"));
        if (format == QLatin1String("golang-migrate")) // back to no version at all
            QCOMPARE(m_env.value(QStringLiteral("SELECT count(*) FROM schema_migrations")), QStringLiteral("0"));

        // And up to a target only.
        up = m_env.migrate(QStringLiteral("up"), db, dir, fmt + QStringList{QStringLiteral("--target"), versions[1]});
        QVERIFY2(up.exitCode == 0, describeRun(up));
        states = m_env.states(db, dir, fmt);
        QCOMPARE(states.value(versions[1]), QStringLiteral("applied"));
        QCOMPARE(states.value(versions[2]), QStringLiteral("pending"));
    }

    void alembicStatusOnly()
    {
        const QString db = m_env.newDatabase(QStringLiteral("mig_alembic"));
        QVERIFY(!db.isEmpty());
        const QString dir = m_env.folder(QStringLiteral("alembic"),
                                         {{"alembic.ini", "[alembic]\n"},
                                          {"versions/1a_init.py", "\"\"\"init\"\"\"\nrevision = '1a'\ndown_revision = None\n"},
                                          {"versions/2b_users.py", "\"\"\"users\"\"\"\nrevision = '2b'\ndown_revision = '1a'\n"},
                                          {"versions/3c_orders.py", "\"\"\"orders\"\"\"\nrevision = '3c'\ndown_revision = '2b'\n"}});
        QVERIFY(m_env.rows(QStringLiteral("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")).isEmpty());
        QVERIFY(m_env.rows(QStringLiteral("INSERT INTO alembic_version VALUES ('2b')")).isEmpty());
        const QJsonObject status = jsonObjectOf(m_env.migrate(QStringLiteral("status"), db, dir, {QStringLiteral("--json")}));
        QCOMPARE(status.value(QStringLiteral("format")).toString(), QStringLiteral("alembic"));
        QMap<QString, QString> states = m_env.states(db, dir);
        QCOMPARE(states, (QMap<QString, QString>{{"1a", "applied"}, {"2b", "applied"}, {"3c", "pending"}}));
        const CliRun up = m_env.migrate(QStringLiteral("up"), db, dir);
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err().contains(QLatin1String("Alembic"), Qt::CaseInsensitive), describeRun(up));
    }
};

QTEST_GUILESS_MAIN(TstMigrate)
#include "tst_migrate.moc"
