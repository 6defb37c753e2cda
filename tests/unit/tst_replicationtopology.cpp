// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The topology of saved profiles of one cluster, and the rebuild advice after a promotion,
// from replication states alone (no server).
#include "replication/rebuildadvice.h"
#include "replication/topology.h"

#include <QJsonArray>
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
