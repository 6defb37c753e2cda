// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/finding.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pgs {

namespace pg {
class Connection;
}

struct StandbyInfo // a row of pg_stat_replication, seen from the primary
{
    int pid = 0;
    QString applicationName;
    QString client;      // address, or "local" for a unix socket
    QString state;       // startup | catchup | streaming | backup | stopping
    QString syncState;   // async | potential | sync | quorum
    int syncPriority = 0;
    QString sentLsn, writeLsn, flushLsn, replayLsn;
    std::optional<double> sentLagBytes, replayLagBytes;
    std::optional<double> writeLagSeconds, flushLagSeconds, replayLagSeconds; // null: nothing to catch up
};

struct SlotInfo
{
    QString name;
    QString type; // physical | logical
    QString plugin;
    QString database;
    bool active = false;
    std::optional<int> activePid;
    bool temporary = false;
    QString restartLsn, confirmedFlushLsn;
    std::optional<double> retainedBytes; // null: the slot has reserved no WAL yet
    QString walStatus;                   // reserved | extended | unreserved | lost (13+); empty before
    std::optional<double> safeWalSize;   // bytes left before the slot is lost (13+, with max_slot_wal_keep_size)
};

struct ReceiverInfo // on a standby
{
    QString status; // streaming | starting | waiting | stopped ...
    QString senderHost;
    int senderPort = 0;
    QString slotName;
    int receivedTimeline = 0;
    QString flushedLsn, latestEndLsn, replayLsn;
    std::optional<double> replayGapBytes;     // received but not yet replayed
    std::optional<double> replayDelaySeconds; // since the last replayed commit's time on the primary
    std::optional<double> lastMessageSeconds;
    bool replayPaused = false;
    QString conninfo; // the server's obfuscated copy, without a password
};

struct PublicationInfo
{
    QString name;
    bool allTables = false;
    int tableCount = 0;
    QString tables;
};

struct SubscriptionTable
{
    QString table; // as regclass prints it (schema-qualified when not on the search path)
    QString state; // initialize | data copy | finished copy | synchronized | ready
    QString lsn;
};

struct SubscriptionInfo
{
    QString name;
    bool enabled = false;
    QString publications;
    std::optional<int> workerPid;
    QString receivedLsn, latestEndLsn;
    std::optional<double> lastMessageSeconds;
    int tablesReady = 0, tablesSyncing = 0;
    QList<SubscriptionTable> tables;
};

struct ReplicationStatus
{
    bool standby = false; // pg_is_in_recovery()
    int timeline = 0;
    QString systemIdentifier;
    QString currentLsn; // a primary's insert position
    QString synchronousStandbyNames, synchronousCommit, walLevel;
    QString clusterName;
    int maxWalSenders = 0, maxReplicationSlots = 0;
    QList<StandbyInfo> standbys;
    QList<SlotInfo> replicationSlots;
    std::optional<ReceiverInfo> receiver; // on a standby
    QList<PublicationInfo> publications;   // of the connected database
    QList<SubscriptionInfo> subscriptions; // of the connected database
    QString subscriptionsNotChecked;       // why they could not be read, when they could not
    QDateTime takenAt;

    QString roleName() const { return standby ? QStringLiteral("standby") : QStringLiteral("primary"); }
    // synchronous_standby_names in words: which standbys a commit waits for.
    QString synchronousExplained() const;
    QJsonObject toJson() const; // the `replication --json` shape scripts rely on
};

Result<ReplicationStatus> loadReplicationStatus(pg::Connection &conn);

// Lag and slot findings with the shared Finding shape (codes replication-lag and
// inactive-slot), so the health checks and this view say the same thing.
struct ReplicationThresholds
{
    double lagBytes = 64.0 * 1024 * 1024;  // 64 MiB behind
    double lagSeconds = 60;                // a minute behind
    double retainedBytes = 1024.0 * 1024 * 1024; // an inactive slot holding 1 GiB
};
QList<Finding> replicationFindings(const ReplicationStatus &status, const ReplicationThresholds &thresholds = {});

} // namespace pgs
