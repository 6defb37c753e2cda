// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/replicationstatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace pgs {

// One saved profile whose replication state was read (or could not be).
struct TopologyMember
{
    QString profileName;
    QString host; // the profile's host (a socket directory for a sandbox) and port: what a
    int port = 0; // standby's pg_stat_wal_receiver.sender_host/port names
    std::optional<ReplicationStatus> status; // nullopt: not reachable
    QString error;
    // Not tried: its password is neither in the keychain nor entered this session. It becomes a
    // node of its own ("not connected: password needed"), since it may belong to the cluster.
    bool passwordNeeded = false;
};

struct TopologyNode
{
    QString name;
    bool standby = false;
    int timeline = 0;
    std::optional<double> lagBytes, lagSeconds; // behind its upstream (standbys)
    bool replayPaused = false;
    QString unmatchedUpstream; // host:port of an upstream that is no saved profile
    bool connected = true;     // false: a profile whose password is needed (nothing else is known)
};

struct TopologyEdge
{
    int upstream = -1, downstream = -1; // indexes into nodes
    QString state;                      // the walsender's state, when the upstream lists it
    std::optional<double> lagBytes, lagSeconds;
};

// The servers of one cluster (same system identifier) among saved profiles, and who streams from
// whom: a standby's receiver names its upstream's host and port; failing that, the upstream
// lists the standby's cluster_name (its application_name) in pg_stat_replication.
struct Topology
{
    QString systemIdentifier;
    QList<TopologyNode> nodes;
    QList<TopologyEdge> edges;
    QStringList notChecked; // "profile: why"
};

// members: every profile tried; only those of systemIdentifier become nodes (in their order),
// then those whose password is needed (at most maxUnconnected; the rest are named in notChecked).
// A standby whose upstream is such a profile (by host and port) gets an edge to it.
Topology buildTopology(const QList<TopologyMember> &members, const QString &systemIdentifier, int maxUnconnected = 6);

} // namespace pgs
