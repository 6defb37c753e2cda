// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Copy back from a recovered sandbox, on its own primary: recover to a moment, copy a table back
// into the live primary under a new name (rows of that moment, the original untouched), a
// partitioned table with its partitions, refusals
// (a taken name, no confirmation on production, a read-only profile), a whole database as a new
// one, and dropped again when its copy fails; read-only profiles refuse writes on the server itself.
#include "clitestenv.h"
#include "connection/profile.h"
#include "jobs/jobcontext.h"
#include "physical/copyback.h"
#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"
#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace pgs;
using namespace pgs::test;

class TestPitrCopyBack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void copiesATableBackUnderANewName();
    void refusesATakenNameAndChangesNothing();
    void copiesAPartitionedTableWithItsPartitions();
    void refusesWithoutConfirmationOnProduction();
    void copiesAWholeDatabaseAsANewOne();
    void dropsANewDatabaseWhoseCopyFailed();
    void readOnlyProfileRefusesWrites();

private:
    CliRun cli(const QStringList &args) { return runCli(args, m_env); }
    QString exec(const QString &dir, const QString &sql, const QString &db = QStringLiteral("postgres"));
    QString primaryConninfo(const QString &db = QStringLiteral("postgres")) const
    {
        SandboxCluster c(m_primary);
        c.loadState();
        return conninfoOf(c.connectionSpec(db));
    }
    QStringList copyBack(const QStringList &more) const
    {
        return QStringList{QStringLiteral("pitr"), QStringLiteral("copy-back"), QStringLiteral("--from-dir"), m_recovered} + more;
    }
    QStringList addProfile(const QString &name, const QStringList &more) const
    {
        SandboxCluster c(m_primary);
        c.loadState();
        return QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"), name, QStringLiteral("--host"),
                           c.socketDirectory(), QStringLiteral("--port"), QString::number(c.port()), QStringLiteral("--user"),
                           c.superuser(), QStringLiteral("--database"), QStringLiteral("shop"), QStringLiteral("--sslmode"),
                           QStringLiteral("disable")}
               + more;
    }
    QString relationCount() { return exec(m_primary, QStringLiteral("SELECT count(*) FROM pg_class"), QStringLiteral("shop")); }

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_primary, m_archive, m_catalog, m_recovered;
};

QString TestPitrCopyBack::exec(const QString &dir, const QString &sql, const QString &db)
{
    SandboxCluster c(dir);
    c.loadState();
    auto conn = pg::Connection::open(c.connectionSpec(db));
    if (!conn)
        return QStringLiteral("ERROR ") + conn.error().message;
    if (sql.contains(QLatin1Char(';'))) {
        const Status script = (*conn)->execScript(sql);
        return script ? QString() : QStringLiteral("ERROR ") + script.error().message;
    }
    auto r = (*conn)->exec(sql);
    if (!r)
        return QStringLiteral("ERROR ") + r.error().message;
    return r->rows() > 0 && r->columns() > 0 ? r->text(0, 0) : QString();
}

void TestPitrCopyBack::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = isolatedCliEnvironment(m_tmp);
    m_primary = m_tmp.filePath(QStringLiteral("primary"));
    m_archive = m_tmp.filePath(QStringLiteral("archive"));
    m_catalog = m_tmp.filePath(QStringLiteral("catalog"));
    m_recovered = m_tmp.filePath(QStringLiteral("recovered"));
    QVERIFY(QDir().mkpath(m_archive));
    ::chmod(QFile::encodeName(m_tmp.path()).constData(), 0711);
    ::chmod(QFile::encodeName(m_archive).constData(), 0777);
    JobContext ctx;
    SandboxCluster primary(m_primary);
    QVERIFY2(primary.create(ctx), "create");
    QVERIFY2(primary.start(ctx), "start");
    QCOMPARE(exec(m_primary, QStringLiteral("ALTER SYSTEM SET archive_mode = on")), QString());
    QCOMPARE(exec(m_primary, QStringLiteral("ALTER SYSTEM SET archive_command = 'test ! -f %1/%f && cp %p %1/%f'").arg(m_archive)), QString());
    QVERIFY(primary.stop(ctx));
    QVERIFY(primary.start(ctx));
    QCOMPARE(exec(m_primary, QStringLiteral("CREATE DATABASE shop")), QString());
    // A serial key, an index and a foreign key: the names that must travel with the copy.
    QCOMPARE(exec(m_primary,
                  QStringLiteral("CREATE TABLE customers(id int PRIMARY KEY); INSERT INTO customers SELECT generate_series(1, 3);"
                                 "CREATE TABLE orders(id serial PRIMARY KEY, customer int REFERENCES customers, total numeric);"
                                 "CREATE INDEX orders_customer_idx ON orders(customer);"
                                 "INSERT INTO orders(customer, total) SELECT 1 + i % 3, i FROM generate_series(1, 40) i"),
                  QStringLiteral("shop")),
             QString());
    CliRun backup = cli({QStringLiteral("basebackup"), QStringLiteral("--db"), primaryConninfo(), QStringLiteral("--catalog"), m_catalog});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err()));
    QCOMPARE(exec(m_primary, QStringLiteral("INSERT INTO orders(customer, total) SELECT 1, i FROM generate_series(41, 52) i"),
                  QStringLiteral("shop")),
             QString());
    QThread::msleep(50);
    const QString moment = exec(m_primary, QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
    QThread::msleep(50);
    // After the moment: most orders deleted, the ones left changed.
    QCOMPARE(exec(m_primary, QStringLiteral("DELETE FROM orders WHERE id > 5; UPDATE orders SET total = 0"), QStringLiteral("shop")), QString());
    const QString segment = exec(m_primary, QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
    for (int i = 0; i < 300 && !QFile::exists(QDir(m_archive).filePath(segment)); ++i)
        QThread::msleep(100);
    QVERIFY(QFile::exists(QDir(m_archive).filePath(segment)));

    CliRun restored = cli({QStringLiteral("pitr"), QStringLiteral("restore"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--archive"),
                           m_archive, QStringLiteral("--target-time"), moment, QStringLiteral("--dir"), m_recovered});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err()));
    QCOMPARE(exec(m_recovered, QStringLiteral("SELECT count(*) FROM orders"), QStringLiteral("shop")), QStringLiteral("52"));
}

void TestPitrCopyBack::cleanupTestCase()
{
    JobContext ctx;
    (void)SandboxCluster(m_recovered).drop(ctx);
    (void)SandboxCluster(m_primary).drop(ctx);
}

void TestPitrCopyBack::copiesATableBackUnderANewName()
{
    const QString before = exec(m_primary, QStringLiteral("SELECT count(*) || ':' || sum(total) FROM orders"), QStringLiteral("shop"));
    QCOMPARE(before, QStringLiteral("5:0"));
    CliRun run = cli(copyBack({QStringLiteral("--db"), primaryConninfo(QStringLiteral("shop")), QStringLiteral("--table"),
                               QStringLiteral("public.orders"), QStringLiteral("--suffix"), QStringLiteral("_at_moment"),
                               QStringLiteral("--confirm"), QStringLiteral("shop"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, describeRun(run).constData());
    const QJsonObject out = jsonObjectOf(run);
    QCOMPARE(out.value(QStringLiteral("target_database")).toString(), QStringLiteral("shop"));
    const QJsonObject table = out.value(QStringLiteral("tables")).toArray().first().toObject();
    QCOMPARE(table.value(QStringLiteral("copied_as")).toString(), QStringLiteral("public.orders_at_moment"));
    QCOMPARE(table.value(QStringLiteral("rows")).toInt(), 52);
    QCOMPARE(table.value(QStringLiteral("rows_in_sandbox")).toInt(), 52);

    // The rows of that moment (sum 1..52), the live table untouched.
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) || ':' || sum(total) FROM orders_at_moment"), QStringLiteral("shop")),
             QStringLiteral("52:1378"));
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) || ':' || sum(total) FROM orders"), QStringLiteral("shop")), before);
    // Its own index, key and sequence names; no foreign key into today's customers.
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relname LIKE 'orders_at_moment%'"),
                  QStringLiteral("shop")),
             QStringLiteral("orders_at_moment,orders_at_moment_customer_idx,orders_at_moment_id_seq,orders_at_moment_pkey"));
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'orders_at_moment'::regclass AND contype = 'f'"),
                  QStringLiteral("shop")),
             QStringLiteral("0"));
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT pg_get_serial_sequence('orders_at_moment', 'id')"), QStringLiteral("shop")),
             QStringLiteral("public.orders_at_moment_id_seq"));
    QVERIFY2(out.value(QStringLiteral("notes")).toVariant().toStringList().join(QLatin1Char('\n')).contains(QStringLiteral("Foreign key")),
             describeRun(run).constData());
    // The recovered cluster keeps its own names.
    QCOMPARE(exec(m_recovered, QStringLiteral("SELECT to_regclass('orders') IS NOT NULL AND to_regclass('orders_at_moment') IS NULL"),
                  QStringLiteral("shop")),
             QStringLiteral("t"));
}

void TestPitrCopyBack::refusesATakenNameAndChangesNothing()
{
    const QString relations = relationCount();
    CliRun again = cli(copyBack({QStringLiteral("--db"), primaryConninfo(QStringLiteral("shop")), QStringLiteral("--table"),
                                 QStringLiteral("orders"), QStringLiteral("--table"), QStringLiteral("customers"), QStringLiteral("--suffix"),
                                 QStringLiteral("_at_moment"), QStringLiteral("--confirm"), QStringLiteral("shop")}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err().contains(QStringLiteral("orders_at_moment")) && again.err().contains(QStringLiteral("already exists"))
                 && again.err().contains(QStringLiteral("nothing was changed")),
             describeRun(again).constData());
    QCOMPARE(relationCount(), relations);
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT to_regclass('customers_at_moment') IS NULL"), QStringLiteral("shop")), QStringLiteral("t"));

    CliRun missing = cli(copyBack({QStringLiteral("--db"), primaryConninfo(QStringLiteral("shop")), QStringLiteral("--table"),
                                   QStringLiteral("public.nothing"), QStringLiteral("--confirm"), QStringLiteral("shop")}));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err().contains(QStringLiteral("no table public.nothing")), describeRun(missing).constData());
    CliRun usage = cli(copyBack({QStringLiteral("--db"), primaryConninfo(QStringLiteral("shop"))}));
    QCOMPARE(usage.exitCode, 2);
}

// A partitioned table travels with its partitions (and theirs), indexes and identity sequence,
// all under new names, attached to the copy and not to the live table of the same name. A single
// partition is refused: its dump would attach it to the live partitioned table.
void TestPitrCopyBack::copiesAPartitionedTableWithItsPartitions()
{
    const QString events = QStringLiteral(
        "CREATE TABLE events(id bigint GENERATED ALWAYS AS IDENTITY, at date NOT NULL, kind text NOT NULL, PRIMARY KEY (id, at, kind))"
        " PARTITION BY RANGE (at);"
        "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
        "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);"
        "CREATE TABLE \"events 2026 \"\"a\"\"\" PARTITION OF events_2026 FOR VALUES IN ('a');" // quotes and spaces travel too
        "CREATE TABLE events_2026_other PARTITION OF events_2026 DEFAULT;"
        "CREATE INDEX events_kind_idx ON events(kind);");
    QCOMPARE(exec(m_recovered, events + QStringLiteral("INSERT INTO events(at, kind) SELECT date '2025-06-01' + i * 3, "
                                                       "CASE WHEN i % 2 = 0 THEN 'a' ELSE 'b' END FROM generate_series(1, 100) i"),
                  QStringLiteral("shop")),
             QString());
    QCOMPARE(exec(m_primary, events + QStringLiteral("INSERT INTO events(at, kind) VALUES ('2026-02-01', 'live')"), QStringLiteral("shop")),
             QString());
    // What the dialog offers: the partitioned table (its rows summed over the leaves), not its partitions.
    QCOMPARE(exec(m_recovered, QStringLiteral("ANALYZE events"), QStringLiteral("shop")), QString());
    JobContext ctx;
    const Result<CopyBackSource> offered = listCopyBackSource(ctx, m_recovered, QStringLiteral("shop"));
    QVERIFY2(offered, offered ? "" : qPrintable(offered.error().message));
    QStringList names;
    qint64 estimated = -2;
    for (const CopyBackTable &t : offered->tables) {
        names << t.qualifiedName();
        if (t.name == QLatin1String("events"))
            estimated = t.rows;
    }
    QVERIFY2(names.contains(QStringLiteral("public.events")) && names.contains(QStringLiteral("public.orders"))
                 && !names.contains(QStringLiteral("public.events_2025")) && !names.contains(QStringLiteral("public.events 2026 \"a\"")),
             qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(estimated, 100);

    CliRun run = cli(copyBack({QStringLiteral("--db"), primaryConninfo(QStringLiteral("shop")), QStringLiteral("--table"),
                               QStringLiteral("events"), QStringLiteral("--suffix"), QStringLiteral("_back"), QStringLiteral("--confirm"),
                               QStringLiteral("shop"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, describeRun(run).constData());
    const QJsonObject table = jsonObjectOf(run).value(QStringLiteral("tables")).toArray().first().toObject();
    QCOMPARE(table.value(QStringLiteral("copied_as")).toString(), QStringLiteral("public.events_back"));
    QCOMPARE(table.value(QStringLiteral("rows")).toInt(), 100);
    QCOMPARE(table.value(QStringLiteral("rows_in_sandbox")).toInt(), 100);
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) || ':' || count(*) FILTER (WHERE kind = 'a') FROM events_back"), QStringLiteral("shop")),
             QStringLiteral("100:50"));
    QCOMPARE(exec(m_primary,
                  QStringLiteral("SELECT string_agg(c.relname || '<' || p.relname, ',' ORDER BY c.relname COLLATE \"C\") FROM pg_inherits i "
                                 "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE c.relkind IN ('r', 'p') "
                                 "AND c.relname LIKE 'events_back%'"),
                  QStringLiteral("shop")),
             QStringLiteral("events_back 2026 \"a\"<events_back_2026,events_back_2025<events_back,events_back_2026<events_back,"
                            "events_back_2026_other<events_back_2026"));
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT pg_get_serial_sequence('events_back', 'id')"), QStringLiteral("shop")),
             QStringLiteral("public.events_back_id_seq"));
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT to_regclass('events_back_kind_idx') IS NOT NULL"), QStringLiteral("shop")), QStringLiteral("t"));
    // The live table keeps its own row and partitions; the sandbox its names.
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) || ':' || (SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass) "
                                            "FROM events"),
                  QStringLiteral("shop")),
             QStringLiteral("1:2"));
    QCOMPARE(exec(m_recovered, QStringLiteral("SELECT to_regclass('\"events 2026 \"\"a\"\"\"') IS NOT NULL AND to_regclass('events_back') IS NULL"),
                  QStringLiteral("shop")),
             QStringLiteral("t"));

    const QString relations = relationCount();
    CliRun partition = cli(copyBack({QStringLiteral("--db"), primaryConninfo(QStringLiteral("shop")), QStringLiteral("--table"),
                                     QStringLiteral("events_2025"), QStringLiteral("--suffix"), QStringLiteral("_alone"), QStringLiteral("--confirm"),
                                     QStringLiteral("shop")}));
    QCOMPARE(partition.exitCode, 1);
    QVERIFY2(partition.err().contains(QStringLiteral("is a partition")), describeRun(partition).constData());
    QCOMPARE(relationCount(), relations);
}

void TestPitrCopyBack::refusesWithoutConfirmationOnProduction()
{
    CliRun added = cli(addProfile(QStringLiteral("live"), {QStringLiteral("--production")}));
    QVERIFY2(added.exitCode == 0, describeRun(added).constData());
    const QString relations = relationCount();
    const QStringList base{QStringLiteral("--profile"), QStringLiteral("live"), QStringLiteral("--table"), QStringLiteral("public.orders"),
                           QStringLiteral("--suffix"), QStringLiteral("_second")};
    CliRun refused = cli(copyBack(base));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err().contains(QStringLiteral("production")), describeRun(refused).constData());
    CliRun wrong = cli(copyBack(base + QStringList{QStringLiteral("--confirm"), QStringLiteral("shopp")}));
    QCOMPARE(wrong.exitCode, 1);
    QCOMPARE(relationCount(), relations);

    CliRun confirmed = cli(copyBack(base + QStringList{QStringLiteral("--confirm"), QStringLiteral("shop")}));
    QVERIFY2(confirmed.exitCode == 0, describeRun(confirmed).constData());
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) FROM orders_second"), QStringLiteral("shop")), QStringLiteral("52"));
}

void TestPitrCopyBack::copiesAWholeDatabaseAsANewOne()
{
    CliRun run = cli(copyBack({QStringLiteral("--db"), primaryConninfo(), QStringLiteral("--database"), QStringLiteral("shop"),
                               QStringLiteral("--as"), QStringLiteral("shop_at_moment"), QStringLiteral("--confirm"),
                               QStringLiteral("shop_at_moment"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, describeRun(run).constData());
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) || ':' || sum(total) FROM orders"), QStringLiteral("shop_at_moment")),
             QStringLiteral("52:1378"));
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) FROM orders"), QStringLiteral("shop")), QStringLiteral("5"));
    // The same again: the database exists now.
    CliRun again = cli(copyBack({QStringLiteral("--db"), primaryConninfo(), QStringLiteral("--database"), QStringLiteral("shop"),
                                 QStringLiteral("--as"), QStringLiteral("shop_at_moment"), QStringLiteral("--confirm"),
                                 QStringLiteral("shop_at_moment")}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err().contains(QStringLiteral("already exists")), describeRun(again).constData());
}

// A table owned by a role only the recovered cluster has: pg_restore fails on its owner, and the
// half-made copy does not stay behind on the live server.
void TestPitrCopyBack::dropsANewDatabaseWhoseCopyFailed()
{
    QCOMPARE(exec(m_recovered, QStringLiteral("CREATE DATABASE odd")), QString());
    QCOMPARE(exec(m_recovered,
                  QStringLiteral("CREATE ROLE only_in_the_sandbox; CREATE TABLE kept(i int); INSERT INTO kept VALUES (1);"
                                 "ALTER TABLE kept OWNER TO only_in_the_sandbox"),
                  QStringLiteral("odd")),
             QString());
    CliRun run = cli(copyBack({QStringLiteral("--db"), primaryConninfo(), QStringLiteral("--database"), QStringLiteral("odd"),
                               QStringLiteral("--as"), QStringLiteral("odd_copy"), QStringLiteral("--confirm"), QStringLiteral("odd_copy")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err().contains(QStringLiteral("\"odd_copy\" was dropped again")) && run.err().contains(QStringLiteral("only_in_the_sandbox")),
             describeRun(run).constData());
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'odd_copy'")), QStringLiteral("0"));
}

void TestPitrCopyBack::readOnlyProfileRefusesWrites()
{
    SandboxCluster primary(m_primary);
    primary.loadState();
    ConnectionProfile p;
    p.host = primary.socketDirectory();
    p.port = primary.port();
    p.user = primary.superuser();
    p.database = QStringLiteral("shop");
    p.sslMode = QStringLiteral("disable");
    p.readOnly = true;
    auto conn = pg::Connection::open(ConnectionSpec::fromProfile(p));
    QVERIFY2(conn, conn ? "" : qPrintable(conn.error().message));
    auto read = (*conn)->exec(QStringLiteral("SELECT count(*) FROM orders"));
    QVERIFY(read);
    QCOMPARE(read->text(0, 0), QStringLiteral("5"));
    auto write = (*conn)->exec(QStringLiteral("CREATE TABLE not_allowed(i int)"));
    QVERIFY(!write);
    QCOMPARE(write.error().code, QStringLiteral("25006")); // read_only_sql_transaction
    auto update = (*conn)->exec(QStringLiteral("UPDATE orders SET total = 1"));
    QVERIFY(!update);
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT max(total) FROM orders"), QStringLiteral("shop")), QStringLiteral("0"));

    // A read-only profile is no copy-back (or restore) target.
    CliRun added = cli(addProfile(QStringLiteral("lookonly"), {QStringLiteral("--read-only")}));
    QVERIFY2(added.exitCode == 0, describeRun(added).constData());
    CliRun refused = cli(copyBack({QStringLiteral("--profile"), QStringLiteral("lookonly"), QStringLiteral("--table"), QStringLiteral("orders"),
                                   QStringLiteral("--suffix"), QStringLiteral("_ro"), QStringLiteral("--confirm"), QStringLiteral("shop")}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err().contains(QStringLiteral("read-only")), describeRun(refused).constData());
    QCOMPARE(exec(m_primary, QStringLiteral("SELECT to_regclass('orders_ro') IS NULL"), QStringLiteral("shop")), QStringLiteral("t"));
    // Nor of the CLI's other write actions: refused where they start, before any SQL.
    CliRun promote = cli({QStringLiteral("promote"), QStringLiteral("--profile"), QStringLiteral("lookonly"), QStringLiteral("--confirm"),
                          QStringLiteral("lookonly")});
    QCOMPARE(promote.exitCode, 1);
    QVERIFY2(promote.err().contains(QStringLiteral("Promotion is refused")) && promote.err().contains(QStringLiteral("read-only")),
             describeRun(promote).constData());
}

QTEST_GUILESS_MAIN(TestPitrCopyBack)
#include "tst_pitr_copyback.moc"
