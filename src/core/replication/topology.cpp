// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/topology.h"

#include <QCoreApplication>
#include <QDir>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::Topology)
};

bool isLocal(const QString &host)
{
    return host.isEmpty() || host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

bool sameHost(const QString &a, const QString &b)
{
    if (a.startsWith(QLatin1Char('/')) || b.startsWith(QLatin1Char('/'))) // unix socket directories
        return QDir::cleanPath(a) == QDir::cleanPath(b);
    return a.compare(b, Qt::CaseInsensitive) == 0 || (isLocal(a) && isLocal(b));
}

const StandbyInfo *walsenderFor(const ReplicationStatus &upstream, const ReplicationStatus &standby)
{
    const QString slot = standby.receiver ? standby.receiver->slotName : QString();
    for (const SlotInfo &s : upstream.replicationSlots)
        if (!slot.isEmpty() && s.name == slot && s.activePid)
            for (const StandbyInfo &st : upstream.standbys)
                if (st.pid == *s.activePid)
                    return &st;
    for (const StandbyInfo &st : upstream.standbys)
        if (!standby.clusterName.isEmpty() && st.applicationName == standby.clusterName)
            return &st;
    return nullptr;
}
} // namespace

Topology buildTopology(const QList<TopologyMember> &members, const QString &systemIdentifier, int maxUnconnected)
{
    Topology t;
    t.systemIdentifier = systemIdentifier;
    QList<const TopologyMember *> inCluster, unconnected;
    for (const TopologyMember &m : members) {
        if (m.passwordNeeded) {
            if (unconnected.size() < maxUnconnected)
                unconnected << &m;
            else
                t.notChecked << Tr::tr("%1: not connected, password needed").arg(m.profileName);
            continue;
        }
        if (!m.status) {
            t.notChecked << Tr::tr("%1: %2").arg(m.profileName, m.error);
            continue;
        }
        if (m.status->systemIdentifier != systemIdentifier)
            continue;
        inCluster << &m;
        TopologyNode n;
        n.name = m.profileName;
        n.standby = m.status->standby;
        n.timeline = m.status->timeline;
        if (m.status->receiver)
            n.replayPaused = m.status->receiver->replayPaused;
        t.nodes << n;
    }
    for (const TopologyMember *m : unconnected) {
        TopologyNode n;
        n.name = m->profileName;
        n.connected = false;
        t.nodes << n;
    }
    for (int d = 0; d < inCluster.size(); ++d) {
        const ReplicationStatus &down = *inCluster[d]->status;
        if (!down.standby)
            continue;
        const ReceiverInfo receiver = down.receiver.value_or(ReceiverInfo{});
        int up = -1;
        const StandbyInfo *sender = nullptr;
        for (int u = 0; u < inCluster.size() && up < 0; ++u) {
            if (u == d)
                continue;
            const TopologyMember &m = *inCluster[u];
            if (!receiver.senderHost.isEmpty() && receiver.senderPort == m.port && sameHost(receiver.senderHost, m.host))
                up = u;
        }
        for (int u = 0; u < inCluster.size() && up < 0; ++u)
            if (u != d && walsenderFor(*inCluster[u]->status, down))
                up = u;
        TopologyNode &node = t.nodes[d];
        if (up < 0) {
            node.lagBytes = receiver.replayGapBytes;
            for (int u = 0; u < unconnected.size() && up < 0 && !receiver.senderHost.isEmpty(); ++u)
                if (receiver.senderPort == unconnected[u]->port && sameHost(receiver.senderHost, unconnected[u]->host))
                    up = int(inCluster.size()) + u;
            if (up >= 0) {
                t.edges << TopologyEdge{up, d, receiver.status, receiver.replayGapBytes, receiver.replayDelaySeconds};
            } else if (!receiver.senderHost.isEmpty()) {
                node.unmatchedUpstream = QStringLiteral("%1:%2").arg(receiver.senderHost).arg(receiver.senderPort);
            }
            continue;
        }
        sender = walsenderFor(*inCluster[up]->status, down);
        TopologyEdge e;
        e.upstream = up;
        e.downstream = d;
        if (sender) {
            e.state = sender->state;
            e.lagBytes = sender->replayLagBytes;
            e.lagSeconds = sender->replayLagSeconds;
        } else {
            e.state = receiver.status;
            e.lagBytes = receiver.replayGapBytes;
            e.lagSeconds = receiver.replayDelaySeconds;
        }
        node.lagBytes = e.lagBytes;
        node.lagSeconds = e.lagSeconds;
        t.edges << e;
    }
    return t;
}

} // namespace pgs
