// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The topology of saved profiles of one cluster, and the rebuild advice after a promotion,
// from replication states alone (no server).
#include "replication/rebuildadvice.h"
#include "replication/topology.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {
ReplicationStatus primary(const QString &sysid)
{
    ReplicationStatus s;
    s.systemIdentifier = sysid;
    s.timeline = 2;
    return s;
}
ReplicationStatus standby(const QString &sysid, const QString &senderHost, int senderPort, const QString &clusterName)
{
    ReplicationStatus s = primary(sysid);
    s.standby = true;
    s.clusterName = clusterName;
    ReceiverInfo r;
    r.status = QStringLiteral("streaming");
    r.senderHost = senderHost;
    r.senderPort = senderPort;
    r.replayGapBytes = 10;
    s.receiver = r;
    return s;
}
} // namespace

class TestReplicationTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cascadeMatchedByHostAndName()
    {
        ReplicationStatus p = primary(QStringLiteral("42"));
        StandbyInfo sb;
        sb.pid = 7;
        sb.applicationName = QStringLiteral("replica_b");
        sb.state = QStringLiteral("streaming");
        sb.replayLagBytes = 4096;
        sb.replayLagSeconds = 1.5;
        p.standbys << sb;
        // a follows the primary by host and port; b by the name the primary lists; c (cascading
        // from a) by a's socket directory; d belongs to another cluster.
        QList<TopologyMember> members{
            {QStringLiteral("main"), QStringLiteral("db1.example"), 5432, p, {}},
            {QStringLiteral("a"), QStringLiteral("/tmp/a/socket"), 6001, standby(QStringLiteral("42"), QStringLiteral("DB1.example"), 5432, QStringLiteral("replica_a")), {}},
            {QStringLiteral("b"), QStringLiteral("db3"), 5432, standby(QStringLiteral("42"), QStringLiteral("10.0.0.9"), 5432, QStringLiteral("replica_b")), {}},
            {QStringLiteral("c"), QStringLiteral("db4"), 5432, standby(QStringLiteral("42"), QStringLiteral("/tmp/a/socket/"), 6001, QStringLiteral("replica_c")), {}},
            {QStringLiteral("d"), QStringLiteral("db1.example"), 5433, primary(QStringLiteral("99")), {}},
            {QStringLiteral("e"), QStringLiteral("db9"), 5432, std::nullopt, QStringLiteral("connection refused")},
        };
        const Topology t = buildTopology(members, QStringLiteral("42"));
        QCOMPARE(t.nodes.size(), 4);
        QCOMPARE(t.edges.size(), 3);
        QCOMPARE(t.edges[0].upstream, 0);
        QCOMPARE(t.edges[0].downstream, 1);
        QCOMPARE(t.edges[1].upstream, 0); // b: unknown address, matched by the walsender's name
        QCOMPARE(t.edges[1].downstream, 2);
        QCOMPARE(t.edges[1].state, QStringLiteral("streaming"));
        QCOMPARE(*t.edges[1].lagBytes, 4096.0);
        QCOMPARE(*t.nodes[2].lagSeconds, 1.5);
        QCOMPARE(t.edges[2].upstream, 1); // c cascades from a
        QCOMPARE(t.edges[2].downstream, 3);
        QCOMPARE(*t.edges[2].lagBytes, 10.0); // its own receiver's gap: a's senders are not listed
        QCOMPARE(t.notChecked.size(), 1);
        QVERIFY(t.notChecked.first().contains(QStringLiteral("connection refused")));
    }
    void unmatchedUpstreamIsNamed()
    {
        const Topology t = buildTopology({{QStringLiteral("lonely"), QStringLiteral("h"), 5432,
                                           standby(QStringLiteral("1"), QStringLiteral("elsewhere"), 5432, QString()), {}}},
                                         QStringLiteral("1"));
        QCOMPARE(t.nodes.size(), 1);
        QVERIFY(t.edges.isEmpty());
        QCOMPARE(t.nodes.first().unmatchedUpstream, QStringLiteral("elsewhere:5432"));
    }
    void profileWithoutPasswordIsANodeOfItsOwn()
    {
        TopologyMember needsPassword{QStringLiteral("upstream"), QStringLiteral("db1"), 5432, std::nullopt, {}, true};
        TopologyMember other{QStringLiteral("other"), QStringLiteral("db7"), 5432, std::nullopt, {}, true};
        const QList<TopologyMember> members{
            {QStringLiteral("replica"), QStringLiteral("db2"), 5432, standby(QStringLiteral("1"), QStringLiteral("db1"), 5432, QString()), {}},
            needsPassword, other};
        const Topology t = buildTopology(members, QStringLiteral("1"));
        QCOMPARE(t.nodes.size(), 3);
        QVERIFY(t.nodes[0].connected);
        QVERIFY(!t.nodes[1].connected && !t.nodes[2].connected);
        QCOMPARE(t.nodes[1].name, QStringLiteral("upstream"));
        // The standby's upstream is that profile (host and port): an edge, no "unmatched" address.
        QCOMPARE(t.edges.size(), 1);
        QCOMPARE(t.edges[0].upstream, 1);
        QCOMPARE(t.edges[0].downstream, 0);
        QVERIFY(t.nodes[0].unmatchedUpstream.isEmpty());
        QVERIFY(t.notChecked.isEmpty());
        // Past the cap, the rest are named instead of drawn.
        const Topology capped = buildTopology(members, QStringLiteral("1"), 1);
        QCOMPARE(capped.nodes.size(), 2);
        QCOMPARE(capped.notChecked.size(), 1);
        QVERIFY(capped.notChecked.first().contains(QStringLiteral("other")));
    }
    void longCommandsBreakOnlyBetweenOptions()
    {
        const QString command = QStringLiteral("pg_basebackup -d 'host='\\''/var/tmp/pgsteward-clusters/0123456789ab/socket'\\'' port=45123 "
                                               "user=postgres' -D '/var/tmp/pgsteward clusters/0123456789ab/data' -R -X stream -c fast --progress");
        const QStringList lines = shellContinued(command, 60);
        QVERIFY(lines.size() >= 3);
        for (int i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines[i].endsWith(QStringLiteral(" \\")), i + 1 < lines.size());
            if (i > 0)
                QVERIFY2(lines[i].trimmed().startsWith(QLatin1Char('-')), qPrintable(lines[i])); // each piece starts at an option
        }
        QString joined = lines.join(QLatin1Char('\n'));
        joined.replace(QStringLiteral(" \\\n    "), QStringLiteral(" "));
        QCOMPARE(joined, command);
        QCOMPARE(lines[1].trimmed(), QStringLiteral("-d 'host='\\''/var/tmp/pgsteward-clusters/0123456789ab/socket'\\'' port=45123 user=postgres' \\"));
        // (the quoted conninfo stays whole on its line, wider than 60 as it must be)
        QCOMPARE(shellContinued(QStringLiteral("pg_ctl -D '/srv' start"), 60), QStringList{QStringLiteral("pg_ctl -D '/srv' start")});
        // What the shell makes of the continued lines is the command itself.
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s|' ") + shellContinued(QStringLiteral("x -a 'one two' -b 'it'\\''s' -c three four"), 12).join(QLatin1Char('\n')).mid(2)});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), QStringLiteral("-a|one two|-b|it's|-c|three|four|"));
    }
    void cleanRejoinCommandsWriteTheSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ConnectionSpec next;
        next.set(QStringLiteral("host"), QStringLiteral("/var/run/my sock"));
        next.set(QStringLiteral("port"), QStringLiteral("6000"));
        RebuildAdvice a = rebuildAdvice(next, OldPrimaryFacts{}, {}, {});
        const QString conninfo = conninfoWithoutPassword(next, {}, QStringLiteral("old"));
        addCleanRejoin(a, dir.path(), conninfo, QStringLiteral("pgsteward_standby_abc"));
        QCOMPARE(a.rejoinCommands.size(), 4);
        QVERIFY(a.rejoinCommands[0].contains(QStringLiteral("pg_create_physical_replication_slot('\\''pgsteward_standby_abc'\\'')")));
        for (int i : {1, 2}) { // touch standby.signal, printf >> postgresql.auto.conf: run them
            QProcess sh;
            sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), a.rejoinCommands[i]});
            QVERIFY(sh.waitForFinished(10000));
            QCOMPARE(sh.exitCode(), 0);
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("standby.signal"))));
        QFile conf(dir.filePath(QStringLiteral("postgresql.auto.conf")));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(conf.readAll()),
                 QStringLiteral("primary_conninfo = 'host=''/var/run/my sock'' port=6000 application_name=old'\n"
                                "primary_slot_name = 'pgsteward_standby_abc'\n"));
        QVERIFY(a.lines().first().contains(QStringLiteral("no pg_rewind")));
        a.rejoined = true;
        QVERIFY(!a.lines().join(QLatin1Char('\n')).contains(QStringLiteral("pg_basebackup")));
    }
    void rebuildAdviceForThisSetup()
    {
        ConnectionSpec next;
        next.set(QStringLiteral("host"), QStringLiteral("/var/run/my sock"));
        next.set(QStringLiteral("port"), QStringLiteral("6000"));
        next.set(QStringLiteral("user"), QStringLiteral("postgres"));
        next.set(QStringLiteral("dbname"), QStringLiteral("shop"));
        next.setPassword(QStringLiteral("s3cret"));
        OldPrimaryFacts old;
        old.dataDirectory = QStringLiteral("/srv/pg/data");
        old.rewindable = true;
        StandbyInfo promoted, other;
        promoted.applicationName = QStringLiteral("promoted");
        other.applicationName = QStringLiteral("replica2");
        old.standbys << promoted << other;
        SlotInfo mine, theirs, logical;
        mine.name = QStringLiteral("slot_promoted");
        mine.type = theirs.type = QStringLiteral("physical");
        theirs.name = QStringLiteral("slot_replica2");
        logical.name = QStringLiteral("sub1");
        logical.type = QStringLiteral("logical");
        old.replicationSlots << mine << theirs << logical;
        const RebuildAdvice a = rebuildAdvice(next, old, QStringLiteral("promoted"), QStringLiteral("slot_promoted"));
        QCOMPARE(a.newPrimaryConninfo, QStringLiteral("host='/var/run/my sock' port=6000 user=postgres"));
        QCOMPARE(a.rewindCommands.size(), 3);
        QCOMPARE(a.rewindCommands[1], QStringLiteral("pg_rewind -D '/srv/pg/data' --source-server='host='\\''/var/run/my sock'\\'' port=6000 "
                                                     "user=postgres dbname=postgres' --write-recovery-conf --progress"));
        QCOMPARE(a.baseBackupCommands[2], QStringLiteral("pg_basebackup -d 'host='\\''/var/run/my sock'\\'' port=6000 user=postgres' "
                                                         "-D '/srv/pg/data' -R -X stream -c fast --progress"));
        QCOMPARE(a.standbys.size(), 1);
        QCOMPARE(a.standbys[0].primaryConninfo, QStringLiteral("host='/var/run/my sock' port=6000 user=postgres application_name=replica2"));
        QCOMPARE(a.standbys[0].commands[0], QStringLiteral("ALTER SYSTEM SET primary_conninfo = 'host=''/var/run/my sock'' port=6000 user=postgres application_name=replica2';"));
        QCOMPARE(a.slotSteps.size(), 3);
        QVERIFY(a.slotSteps[1].contains(QStringLiteral("pg_create_physical_replication_slot('slot_replica2')")));
        QVERIFY(!a.lines().join(QLatin1Char('\n')).contains(QStringLiteral("s3cret")));
        // Neither wal_log_hints nor checksums: no pg_rewind, a base backup.
        old.rewindable = false;
        const RebuildAdvice b = rebuildAdvice(next, old, QStringLiteral("promoted"), {});
        QVERIFY(b.rewindCommands.isEmpty());
        QVERIFY(b.rewindNote.contains(QStringLiteral("wal_log_hints")));
        QCOMPARE(b.toJson().value(QStringLiteral("base_backup_commands")).toArray().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestReplicationTopology)
#include "tst_replicationtopology.moc"
