// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Real replication on one machine: a primary sandbox, a streaming standby made by
// `sandbox start --standby-of`, and a third sandbox subscribing to a publication of the primary.
#include "clitestenv.h"
#include "pg/connection.h"
#include "replication/replicationstatus.h"
#include "sandbox/sandboxcluster.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class TestReplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void standbyIsListedStreaming();
    void walRateIsMeasuredOrFromHistory();
    void pausedReplayShowsGrowingLag();
    void inactiveSlotRetainsWalAndIsAFinding();
    void activeSlotCannotBeDropped();
    void logicalSubscriptionShowsItsState();
    void promotionNeedsConfirmationAndEndsRecovery();

private:
    QJsonObject status(const QString &dir, const QString &database = QStringLiteral("postgres"));
    std::unique_ptr<pg::Connection> connect(const QString &dir, const QString &database = QStringLiteral("postgres"));
    QString conninfo(const QString &dir) const;
    CliRun cli(const QStringList &args) { return runCli(args, m_env); }
    // Polls until check() holds on a fresh status (10 s), then returns the last status.
    QJsonObject waitFor(const QString &dir, const std::function<bool(const QJsonObject &)> &check);

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_primary, m_standby, m_subscriber;
};

void TestReplication::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = isolatedCliEnvironment(m_tmp);
    m_primary = m_tmp.filePath(QStringLiteral("primary"));
    m_standby = m_tmp.filePath(QStringLiteral("standby one"));
    m_subscriber = m_tmp.filePath(QStringLiteral("subscriber"));
    CliRun primary = cli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"), m_primary});
    QVERIFY2(primary.exitCode == 0, qPrintable(primary.err()));
    // --standby-of without a directory of its own is a usage error; with one, a standby.
    QCOMPARE(cli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--standby-of"), m_primary}).exitCode, 2);
    CliRun standby = cli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"), m_standby,
                          QStringLiteral("--standby-of"), m_primary, QStringLiteral("--json")});
    QVERIFY2(standby.exitCode == 0, qPrintable(standby.err()));
    QCOMPARE(QJsonDocument::fromJson(standby.standardOutput).object().value(QStringLiteral("standby_of")).toString(),
             QDir(m_primary).absolutePath());
}

void TestReplication::cleanupTestCase()
{
    for (const QString &dir : {m_subscriber, m_standby, m_primary})
        (void)cli({QStringLiteral("sandbox"), QStringLiteral("drop"), QStringLiteral("--dir"), dir, QStringLiteral("--confirm")});
}

QString TestReplication::conninfo(const QString &dir) const
{
    SandboxCluster cluster(dir);
    cluster.loadState();
    return conninfoOf(cluster.connectionSpec());
}

std::unique_ptr<pg::Connection> TestReplication::connect(const QString &dir, const QString &database)
{
    SandboxCluster cluster(dir);
    cluster.loadState();
    auto conn = pg::Connection::open(cluster.connectionSpec(database));
    if (!conn) {
        qWarning("%s", qPrintable(conn.error().message));
        return nullptr;
    }
    return std::move(conn).value();
}

QJsonObject TestReplication::status(const QString &dir, const QString &database)
{
    SandboxCluster cluster(dir);
    cluster.loadState();
    CliRun run = cli({QStringLiteral("replication"), QStringLiteral("--db"), conninfoOf(cluster.connectionSpec(database)),
                      QStringLiteral("--json"), QStringLiteral("--rate-seconds"), QStringLiteral("0")});
    if (run.exitCode != 0)
        qWarning("replication failed: %s", qPrintable(run.err()));
    return QJsonDocument::fromJson(run.standardOutput).object();
}

QJsonObject TestReplication::waitFor(const QString &dir, const std::function<bool(const QJsonObject &)> &check)
{
    QJsonObject last;
    for (int i = 0; i < 50; ++i) {
        last = status(dir);
        if (check(last))
            return last;
        QTest::qWait(200);
    }
    return last;
}

void TestReplication::standbyIsListedStreaming()
{
    const QJsonObject primary = waitFor(m_primary, [](const QJsonObject &s) {
        const QJsonArray standbys = s.value(QStringLiteral("standbys")).toArray();
        return !standbys.isEmpty() && standbys.first().toObject().value(QStringLiteral("state")).toString() == QLatin1String("streaming");
    });
    QCOMPARE(primary.value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
    const QJsonObject standby = primary.value(QStringLiteral("standbys")).toArray().first().toObject();
    QCOMPARE(standby.value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
    QCOMPARE(standby.value(QStringLiteral("application_name")).toString(), QStringLiteral("standby_one")); // its cluster_name
    QCOMPARE(standby.value(QStringLiteral("sync_state")).toString(), QStringLiteral("async"));
    QVERIFY(standby.value(QStringLiteral("replay_lag_bytes")).toDouble() < 1024 * 1024);
    const QJsonObject slot = primary.value(QStringLiteral("slots")).toArray().first().toObject();
    QVERIFY(slot.value(QStringLiteral("active")).toBool());
    QCOMPARE(slot.value(QStringLiteral("type")).toString(), QStringLiteral("physical"));

    const QJsonObject fromStandby = status(m_standby);
    QCOMPARE(fromStandby.value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
    QCOMPARE(fromStandby.value(QStringLiteral("system_identifier")), primary.value(QStringLiteral("system_identifier")));
    QCOMPARE(fromStandby.value(QStringLiteral("receiver")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("streaming"));
    QCOMPARE(fromStandby.value(QStringLiteral("replay_paused")).toBool(), false);
}

void TestReplication::walRateIsMeasuredOrFromHistory()
{
    // No history, no measurement: no rate, and it says why; a standby has none either.
    const QJsonObject unmeasured = status(m_primary).value(QStringLiteral("wal_rate")).toObject();
    QCOMPARE(unmeasured.value(QStringLiteral("source")).toString(), QStringLiteral("none"));
    QVERIFY(unmeasured.value(QStringLiteral("bytes_per_second")).isNull());
    QVERIFY(!unmeasured.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(!status(m_standby).contains(QStringLiteral("wal_rate")));

    // Two readings a second apart.
    CliRun measured = cli({QStringLiteral("replication"), QStringLiteral("--db"), conninfo(m_primary), QStringLiteral("--json"),
                           QStringLiteral("--rate-seconds"), QStringLiteral("1")});
    QVERIFY2(measured.exitCode == 0, qPrintable(measured.err()));
    const QJsonObject live = QJsonDocument::fromJson(measured.standardOutput).object().value(QStringLiteral("wal_rate")).toObject();
    QCOMPARE(live.value(QStringLiteral("source")).toString(), QStringLiteral("measured"));
    QCOMPARE(live.value(QStringLiteral("samples")).toInt(), 2);
    QVERIFY(live.value(QStringLiteral("seconds")).toDouble() >= 0.9);
    QVERIFY(live.value(QStringLiteral("bytes_per_second")).toDouble() >= 0);

    // History: two samples of a profile with 8 MB of WAL written between them.
    CliRun profiled = cli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"), m_primary,
                           QStringLiteral("--ensure-profile"), QStringLiteral("--profile-name"), QStringLiteral("repl primary")});
    QVERIFY2(profiled.exitCode == 0, qPrintable(profiled.err()));
    const QStringList sample{QStringLiteral("sample"), QStringLiteral("--profile"), QStringLiteral("repl primary")};
    QCOMPARE(cli(sample).exitCode, 0);
    // One sample is not a rate: without a measurement there is none.
    const QStringList fromProfile{QStringLiteral("replication"), QStringLiteral("--profile"), QStringLiteral("repl primary"),
                                  QStringLiteral("--json"), QStringLiteral("--rate-seconds"), QStringLiteral("0")};
    QCOMPARE(QJsonDocument::fromJson(cli(fromProfile).standardOutput).object().value(QStringLiteral("wal_rate")).toObject()
                 .value(QStringLiteral("source")).toString(), QStringLiteral("none"));
    auto primary = connect(m_primary);
    QVERIFY(primary);
    QVERIFY(primary->execScript(QStringLiteral("CREATE TABLE wal_rate_filler AS SELECT g, repeat('w', 100) AS pad FROM generate_series(1, 50000) g")).ok());
    QTest::qWait(6000);
    QCOMPARE(cli(sample).exitCode, 0);
    const QJsonObject history = QJsonDocument::fromJson(cli(fromProfile).standardOutput).object().value(QStringLiteral("wal_rate")).toObject();
    QCOMPARE(history.value(QStringLiteral("source")).toString(), QStringLiteral("history"));
    QCOMPARE(history.value(QStringLiteral("samples")).toInt(), 2);
    const double span = history.value(QStringLiteral("seconds")).toDouble();
    QVERIFY(span >= 5);
    QVERIFY2(history.value(QStringLiteral("bytes_per_second")).toDouble() * span > 5e6, QJsonDocument(history).toJson().constData());
    QVERIFY(primary->execScript(QStringLiteral("DROP TABLE wal_rate_filler")).ok());
}

void TestReplication::pausedReplayShowsGrowingLag()
{
    QCOMPARE(cli({QStringLiteral("replication"), QStringLiteral("pause"), QStringLiteral("--db"), conninfo(m_primary)}).exitCode, 1); // a primary has no replay
    CliRun paused = cli({QStringLiteral("replication"), QStringLiteral("pause"), QStringLiteral("--db"), conninfo(m_standby)});
    QVERIFY2(paused.exitCode == 0, qPrintable(paused.err()));
    auto primary = connect(m_primary);
    QVERIFY(primary);
    const auto lagOf = [](const QJsonObject &s) {
        return s.value(QStringLiteral("standbys")).toArray().first().toObject().value(QStringLiteral("replay_lag_bytes")).toDouble();
    };
    const double lagBefore = lagOf(status(m_primary));
    QVERIFY(primary->execScript(QStringLiteral("CREATE TABLE filler AS SELECT g, repeat('x', 100) AS pad FROM generate_series(1, 50000) g")).ok());
    const QJsonObject behind = waitFor(m_primary, [&](const QJsonObject &s) { return lagOf(s) > lagBefore + 4e6; });
    // More writes while paused: the lag keeps growing.
    QVERIFY(primary->execScript(QStringLiteral("INSERT INTO filler SELECT g, repeat('z', 100) FROM generate_series(1, 20000) g")).ok());
    const QJsonObject further = waitFor(m_primary, [&](const QJsonObject &s) { return lagOf(s) > lagOf(behind) + 1e6; });
    QVERIFY2(lagOf(further) > lagOf(behind) + 1e6, QJsonDocument(further).toJson().constData());
    QVERIFY2(behind.value(QStringLiteral("standbys")).toArray().first().toObject().value(QStringLiteral("replay_lag_bytes")).toDouble() > 4e6,
             QJsonDocument(behind).toJson().constData());
    const QJsonObject standbySide = status(m_standby);
    QVERIFY(standbySide.value(QStringLiteral("replay_paused")).toBool());
    QVERIFY(standbySide.value(QStringLiteral("replay_lag_bytes")).toDouble() > 4e6);

    QCOMPARE(cli({QStringLiteral("replication"), QStringLiteral("resume"), QStringLiteral("--db"), conninfo(m_standby)}).exitCode, 0);
    const QJsonObject caughtUp = waitFor(m_primary, [](const QJsonObject &s) {
        return s.value(QStringLiteral("standbys")).toArray().first().toObject().value(QStringLiteral("replay_lag_bytes")).toDouble() < 1e5;
    });
    QVERIFY(caughtUp.value(QStringLiteral("standbys")).toArray().first().toObject().value(QStringLiteral("replay_lag_bytes")).toDouble() < 1e5);
}

void TestReplication::inactiveSlotRetainsWalAndIsAFinding()
{
    const QString db = conninfo(m_primary);
    QCOMPARE(cli({QStringLiteral("replication"), QStringLiteral("slot"), QStringLiteral("create"), QStringLiteral("Bad Name"),
                  QStringLiteral("--db"), db}).exitCode, 1);
    CliRun created = cli({QStringLiteral("replication"), QStringLiteral("slot"), QStringLiteral("create"), QStringLiteral("orphan_slot"),
                          QStringLiteral("--db"), db});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err()));
    auto primary = connect(m_primary);
    QVERIFY(primary);
    QVERIFY(primary->execScript(QStringLiteral("INSERT INTO filler SELECT g, repeat('y', 100) FROM generate_series(1, 20000) g")).ok());
    const QJsonObject s = status(m_primary);
    QJsonObject orphan;
    for (const QJsonValue &v : s.value(QStringLiteral("slots")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("orphan_slot"))
            orphan = v.toObject();
    QVERIFY(!orphan.isEmpty());
    QVERIFY(!orphan.value(QStringLiteral("active")).toBool());
    QVERIFY(orphan.value(QStringLiteral("retained_bytes")).toDouble() > 1e6);
    bool found = false;
    for (const QJsonValue &v : s.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("code")).toString() == QLatin1String("inactive-slot")
            && f.value(QStringLiteral("object")).toString() == QLatin1String("orphan_slot")) {
            found = true;
            QVERIFY(f.value(QStringLiteral("fix_sql")).toString().contains(QStringLiteral("pg_drop_replication_slot('orphan_slot')")));
        }
    }
    QVERIFY(found);
    // Dropping needs the name typed again; then it is gone.
    QCOMPARE(cli({QStringLiteral("replication"), QStringLiteral("slot"), QStringLiteral("drop"), QStringLiteral("orphan_slot"),
                  QStringLiteral("--db"), db}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("replication"), QStringLiteral("slot"), QStringLiteral("drop"), QStringLiteral("orphan_slot"),
                  QStringLiteral("--confirm"), QStringLiteral("orphan_slot"), QStringLiteral("--db"), db}).exitCode, 0);
    QCOMPARE(status(m_primary).value(QStringLiteral("slots")).toArray().size(), 1);
}

void TestReplication::activeSlotCannotBeDropped()
{
    const QString slot = status(m_primary).value(QStringLiteral("slots")).toArray().first().toObject().value(QStringLiteral("name")).toString();
    CliRun refused = cli({QStringLiteral("replication"), QStringLiteral("slot"), QStringLiteral("drop"), slot, QStringLiteral("--confirm"),
                          slot, QStringLiteral("--db"), conninfo(m_primary)});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err().contains(QStringLiteral("in use")), qPrintable(refused.err()));
    QVERIFY(status(m_primary).value(QStringLiteral("slots")).toArray().first().toObject().value(QStringLiteral("active")).toBool());
}

void TestReplication::logicalSubscriptionShowsItsState()
{
    CliRun started = cli({QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"), m_subscriber});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err()));
    auto primary = connect(m_primary);
    auto subscriber = connect(m_subscriber);
    QVERIFY(primary && subscriber);
    QVERIFY(primary->execScript(QStringLiteral("CREATE TABLE \"order items\" (id int PRIMARY KEY, note text);"
                                               "INSERT INTO \"order items\" SELECT g, 'n' FROM generate_series(1, 100) g;"
                                               "CREATE PUBLICATION shop FOR TABLE \"order items\";")).ok());
    SandboxCluster source(m_primary);
    source.loadState();
    const QString connection = QStringLiteral("host=%1 port=%2 user=%3 dbname=postgres")
                                   .arg(source.socketDirectory()).arg(source.port()).arg(source.superuser());
    QVERIFY(subscriber->execScript(QStringLiteral("CREATE TABLE \"order items\" (id int PRIMARY KEY, note text);")).ok());
    auto subscribed = subscriber->exec(QStringLiteral("CREATE SUBSCRIPTION shop_copy CONNECTION %1 PUBLICATION shop")
                                           .arg(subscriber->quoteLiteral(connection)));
    QVERIFY2(subscribed.ok(), qPrintable(subscribed.ok() ? QString() : subscribed.error().message));

    const QJsonObject pub = status(m_primary);
    QCOMPARE(pub.value(QStringLiteral("publications")).toArray().first().toObject().value(QStringLiteral("table_count")).toInt(), 1);
    const QJsonObject sub = waitFor(m_subscriber, [](const QJsonObject &s) {
        const QJsonArray subs = s.value(QStringLiteral("subscriptions")).toArray();
        return !subs.isEmpty() && subs.first().toObject().value(QStringLiteral("tables_ready")).toInt() == 1;
    });
    const QJsonObject copy = sub.value(QStringLiteral("subscriptions")).toArray().first().toObject();
    QCOMPARE(copy.value(QStringLiteral("name")).toString(), QStringLiteral("shop_copy"));
    QVERIFY(copy.value(QStringLiteral("enabled")).toBool());
    QVERIFY(copy.value(QStringLiteral("worker_running")).toBool());
    QCOMPARE(copy.value(QStringLiteral("tables_ready")).toInt(), 1);
    // Per table: which one, in which sync state.
    const QJsonArray tables = copy.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first().toObject().value(QStringLiteral("table")).toString(), QStringLiteral("\"order items\""));
    QCOMPARE(tables.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    // The primary sees the subscription's logical slot, in use.
    bool logicalActive = false;
    for (const QJsonValue &v : status(m_primary).value(QStringLiteral("slots")).toArray())
        if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("logical"))
            logicalActive = v.toObject().value(QStringLiteral("active")).toBool();
    QVERIFY(logicalActive);
    QVERIFY(subscriber->execScript(QStringLiteral("DROP SUBSCRIPTION shop_copy")).ok());
}

void TestReplication::promotionNeedsConfirmationAndEndsRecovery()
{
    const QString db = conninfo(m_standby);
    CliRun refused = cli({QStringLiteral("promote"), QStringLiteral("--db"), db});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err().contains(QStringLiteral("--confirm")));
    QCOMPARE(cli({QStringLiteral("promote"), QStringLiteral("--db"), db, QStringLiteral("--confirm"), QStringLiteral("wrong")}).exitCode, 2);
    QCOMPARE(status(m_standby).value(QStringLiteral("role")).toString(), QStringLiteral("standby")); // untouched

    CliRun promoted = cli({QStringLiteral("promote"), QStringLiteral("--db"), db, QStringLiteral("--confirm"), QStringLiteral("postgres"),
                           QStringLiteral("--json")});
    QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err()));
    const QJsonObject outcome = QJsonDocument::fromJson(promoted.standardOutput).object();
    QVERIFY(outcome.value(QStringLiteral("timeline_after")).toInt() > outcome.value(QStringLiteral("timeline_before")).toInt());
    QCOMPARE(status(m_standby).value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
    auto now = connect(m_standby);
    QVERIFY(now);
    QVERIFY(now->execScript(QStringLiteral("CREATE TABLE written_after_promotion (id int)")).ok());
    // A second promotion has nothing to do.
    QCOMPARE(cli({QStringLiteral("promote"), QStringLiteral("--db"), db, QStringLiteral("--confirm"), QStringLiteral("postgres")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
