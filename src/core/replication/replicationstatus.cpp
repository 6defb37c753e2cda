// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/replicationstatus.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ReplicationStatus)
};

// pg_subscription_rel.srsubstate in words (the JSON keeps these English words).
QString subscriptionTableState(const QString &code)
{
    if (code == QLatin1String("i"))
        return QStringLiteral("initialize");
    if (code == QLatin1String("d"))
        return QStringLiteral("data copy");
    if (code == QLatin1String("f"))
        return QStringLiteral("finished copy");
    if (code == QLatin1String("s"))
        return QStringLiteral("synchronized");
    if (code == QLatin1String("r"))
        return QStringLiteral("ready");
    return code;
}

std::optional<double> optionalDouble(const pg::QueryResult &r, int row, const char *name)
{
    const int c = r.column(name);
    if (c < 0 || r.isNull(row, c))
        return std::nullopt;
    return r.toDouble(row, c);
}

// The same units as the screens' sizes (1024-based), so a finding and its table cell agree.
QString formatBytes(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }

QJsonValue json(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

Status loadServer(pg::Connection &conn, ReplicationStatus &s)
{
    auto r = conn.exec(sql::query(QStringLiteral("replication/server"), conn.serverVersionNum()));
    if (!r)
        return r.error();
    s.standby = r->toBool(0, "in_recovery");
    s.timeline = int(r->toInt64(0, "timeline"));
    s.systemIdentifier = r->text(0, "system_identifier");
    s.currentLsn = r->text(0, "current_lsn");
    s.synchronousStandbyNames = r->text(0, "synchronous_standby_names");
    s.synchronousCommit = r->text(0, "synchronous_commit");
    s.walLevel = r->text(0, "wal_level");
    s.clusterName = r->text(0, "cluster_name");
    s.maxWalSenders = int(r->toInt64(0, "max_wal_senders"));
    s.maxReplicationSlots = int(r->toInt64(0, "max_replication_slots"));
    return ok();
}

Status loadStandbys(pg::Connection &conn, ReplicationStatus &s)
{
    if (s.standby)
        return ok(); // a cascading standby's own senders are listed too, but lag against its replay
    auto r = conn.exec(sql::query(QStringLiteral("replication/standbys"), conn.serverVersionNum()));
    if (!r)
        return r.error();
    for (int row = 0; row < r->rows(); ++row) {
        StandbyInfo st;
        st.pid = int(r->toInt64(row, "pid"));
        st.applicationName = r->text(row, "application_name");
        st.client = r->text(row, "client");
        st.state = r->text(row, "state");
        st.syncState = r->text(row, "sync_state");
        st.syncPriority = int(r->toInt64(row, "sync_priority"));
        st.sentLsn = r->text(row, "sent_lsn");
        st.writeLsn = r->text(row, "write_lsn");
        st.flushLsn = r->text(row, "flush_lsn");
        st.replayLsn = r->text(row, "replay_lsn");
        st.sentLagBytes = optionalDouble(*r, row, "sent_lag_bytes");
        st.replayLagBytes = optionalDouble(*r, row, "replay_lag_bytes");
        st.writeLagSeconds = optionalDouble(*r, row, "write_lag_seconds");
        st.flushLagSeconds = optionalDouble(*r, row, "flush_lag_seconds");
        st.replayLagSeconds = optionalDouble(*r, row, "replay_lag_seconds");
        s.standbys.append(st);
    }
    return ok();
}

Status loadSlots(pg::Connection &conn, ReplicationStatus &s)
{
    auto r = conn.exec(sql::query(QStringLiteral("replication/slots"), conn.serverVersionNum()));
    if (!r)
        return r.error();
    for (int row = 0; row < r->rows(); ++row) {
        SlotInfo slot;
        slot.name = r->text(row, "slot_name");
        slot.type = r->text(row, "slot_type");
        slot.plugin = r->text(row, "plugin");
        slot.database = r->text(row, "database");
        slot.active = r->toBool(row, "active");
        if (!r->isNull(row, r->column("active_pid")))
            slot.activePid = int(r->toInt64(row, "active_pid"));
        slot.temporary = r->toBool(row, "temporary");
        slot.restartLsn = r->text(row, "restart_lsn");
        slot.confirmedFlushLsn = r->text(row, "confirmed_flush_lsn");
        slot.retainedBytes = optionalDouble(*r, row, "retained_bytes");
        slot.walStatus = r->text(row, "wal_status");
        slot.safeWalSize = optionalDouble(*r, row, "safe_wal_size");
        s.replicationSlots.append(slot);
    }
    return ok();
}

Status loadReceiver(pg::Connection &conn, ReplicationStatus &s)
{
    if (!s.standby)
        return ok();
    const int v = conn.serverVersionNum();
    auto r = conn.exec(sql::query(QStringLiteral("replication/receiver"), v));
    if (!r)
        return r.error();
    ReceiverInfo rc;
    rc.status = r->text(0, "status");
    rc.senderHost = r->text(0, "sender_host");
    rc.senderPort = int(r->toInt64(0, "sender_port"));
    rc.slotName = r->text(0, "slot_name");
    rc.receivedTimeline = int(r->toInt64(0, "received_timeline"));
    rc.flushedLsn = r->text(0, "flushed_lsn");
    rc.latestEndLsn = r->text(0, "latest_end_lsn");
    rc.replayLsn = r->text(0, "replay_lsn");
    rc.replayGapBytes = optionalDouble(*r, 0, "replay_gap_bytes");
    rc.replayDelaySeconds = optionalDouble(*r, 0, "replay_delay_seconds");
    rc.lastMessageSeconds = optionalDouble(*r, 0, "last_message_seconds");
    rc.conninfo = r->text(0, "conninfo");
    auto paused = conn.exec(sql::query(QStringLiteral("replication/replay_paused"), v));
    if (!paused)
        return paused.error();
    rc.replayPaused = paused->toBool(0, "paused");
    s.receiver = rc;
    // pg_control_checkpoint() names the timeline of the last restartpoint: after a switchover the
    // standby streams the new timeline well before its next restartpoint.
    if (rc.receivedTimeline > s.timeline)
        s.timeline = rc.receivedTimeline;
    return ok();
}

Status loadLogical(pg::Connection &conn, ReplicationStatus &s)
{
    const int v = conn.serverVersionNum();
    auto pubs = conn.exec(sql::query(QStringLiteral("replication/publications"), v));
    if (!pubs)
        return pubs.error();
    for (int row = 0; row < pubs->rows(); ++row)
        s.publications.append({pubs->text(row, "pubname"), pubs->toBool(row, "puballtables"),
                               int(pubs->toInt64(row, "table_count")), pubs->text(row, "tables")});
    auto subs = conn.exec(sql::query(QStringLiteral("replication/subscriptions"), v));
    if (!subs) {
        // 42501: pg_subscription is for superusers (and the subscription's owner on 16+).
        if (subs.error().code != QLatin1String("42501"))
            return subs.error();
        s.subscriptionsNotChecked = Tr::tr("Subscriptions not checked: %1").arg(subs.error().message);
        return ok();
    }
    for (int row = 0; row < subs->rows(); ++row) {
        SubscriptionInfo sub;
        sub.name = subs->text(row, "subname");
        sub.enabled = subs->toBool(row, "subenabled");
        sub.publications = subs->text(row, "publications");
        if (!subs->isNull(row, subs->column("pid")))
            sub.workerPid = int(subs->toInt64(row, "pid"));
        sub.receivedLsn = subs->text(row, "received_lsn");
        sub.latestEndLsn = subs->text(row, "latest_end_lsn");
        sub.lastMessageSeconds = optionalDouble(*subs, row, "last_message_seconds");
        sub.tablesReady = int(subs->toInt64(row, "tables_ready"));
        sub.tablesSyncing = int(subs->toInt64(row, "tables_syncing"));
        s.subscriptions.append(sub);
    }
    if (s.subscriptions.isEmpty())
        return ok();
    auto tables = conn.exec(sql::query(QStringLiteral("replication/subscription_tables"), v));
    if (!tables)
        return tables.error();
    for (int row = 0; row < tables->rows(); ++row)
        for (SubscriptionInfo &sub : s.subscriptions)
            if (sub.name == tables->text(row, "subname"))
                sub.tables.append({tables->text(row, "table_name"), subscriptionTableState(tables->text(row, "state")),
                                   tables->text(row, "lsn")});
    return ok();
}

} // namespace

Result<ReplicationStatus> loadReplicationStatus(pg::Connection &conn)
{
    ReplicationStatus s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    for (auto step : {loadServer, loadStandbys, loadSlots, loadReceiver, loadLogical}) {
        if (Status done = step(conn, s); !done)
            return done.error();
    }
    return s;
}

QString ReplicationStatus::synchronousExplained() const
{
    const QString names = synchronousStandbyNames.trimmed();
    if (names.isEmpty())
        return Tr::tr("Asynchronous: commits do not wait for any standby.");
    if (synchronousCommit == QLatin1String("off") || synchronousCommit == QLatin1String("local"))
        return Tr::tr("synchronous_standby_names is \"%1\", but synchronous_commit = %2: commits do not wait for it.")
            .arg(names, synchronousCommit);
    QString waitFor = synchronousCommit == QLatin1String("remote_apply") ? Tr::tr("applied")
                      : synchronousCommit == QLatin1String("remote_write") ? Tr::tr("written")
                                                                             : Tr::tr("flushed");
    return Tr::tr("Commits wait until \"%1\" has %2 them (synchronous_commit = %3).").arg(names, waitFor, synchronousCommit);
}

QJsonObject ReplicationStatus::toJson() const
{
    QJsonArray standbyArray;
    for (const StandbyInfo &st : standbys)
        standbyArray.append(QJsonObject{{QStringLiteral("application_name"), st.applicationName},
                                        {QStringLiteral("client"), st.client},
                                        {QStringLiteral("state"), st.state},
                                        {QStringLiteral("sync_state"), st.syncState},
                                        {QStringLiteral("sync_priority"), st.syncPriority},
                                        {QStringLiteral("sent_lsn"), st.sentLsn},
                                        {QStringLiteral("replay_lsn"), st.replayLsn},
                                        {QStringLiteral("replay_lag_bytes"), json(st.replayLagBytes)},
                                        {QStringLiteral("replay_lag_seconds"), json(st.replayLagSeconds)},
                                        {QStringLiteral("write_lag_seconds"), json(st.writeLagSeconds)},
                                        {QStringLiteral("flush_lag_seconds"), json(st.flushLagSeconds)}});
    QJsonArray slotArray;
    for (const SlotInfo &slot : replicationSlots)
        slotArray.append(QJsonObject{{QStringLiteral("name"), slot.name},
                                     {QStringLiteral("type"), slot.type},
                                     {QStringLiteral("active"), slot.active},
                                     {QStringLiteral("plugin"), slot.plugin.isEmpty() ? QJsonValue() : QJsonValue(slot.plugin)},
                                     {QStringLiteral("database"), slot.database.isEmpty() ? QJsonValue() : QJsonValue(slot.database)},
                                     {QStringLiteral("retained_bytes"), json(slot.retainedBytes)},
                                     {QStringLiteral("wal_status"), slot.walStatus.isEmpty() ? QJsonValue() : QJsonValue(slot.walStatus)},
                                     {QStringLiteral("safe_wal_size"), json(slot.safeWalSize)}});
    QJsonObject o{{QStringLiteral("role"), roleName()},
                  {QStringLiteral("timeline"), timeline},
                  {QStringLiteral("system_identifier"), systemIdentifier},
                  {QStringLiteral("synchronous_standby_names"), synchronousStandbyNames},
                  {QStringLiteral("standbys"), standbyArray},
                  {QStringLiteral("slots"), slotArray}};
    if (!standby)
        o.insert(QStringLiteral("current_lsn"), currentLsn);
    if (receiver) {
        const ReceiverInfo &r = *receiver;
        o.insert(QStringLiteral("receiver"),
                 QJsonObject{{QStringLiteral("status"), r.status},
                             {QStringLiteral("sender_host"), r.senderHost},
                             {QStringLiteral("sender_port"), r.senderPort},
                             {QStringLiteral("slot_name"), r.slotName},
                             {QStringLiteral("received_timeline"), r.receivedTimeline},
                             {QStringLiteral("replay_lsn"), r.replayLsn}});
        o.insert(QStringLiteral("replay_paused"), r.replayPaused);
        o.insert(QStringLiteral("replay_lag_bytes"), json(r.replayGapBytes));
        o.insert(QStringLiteral("replay_delay_seconds"), json(r.replayDelaySeconds));
    }
    QJsonArray pubArray;
    for (const PublicationInfo &p : publications)
        pubArray.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("all_tables"), p.allTables},
                                    {QStringLiteral("table_count"), p.tableCount}});
    o.insert(QStringLiteral("publications"), pubArray);
    QJsonArray subArray;
    for (const SubscriptionInfo &sub : subscriptions) {
        QJsonArray tableArray;
        for (const SubscriptionTable &t : sub.tables)
            tableArray.append(QJsonObject{{QStringLiteral("table"), t.table}, {QStringLiteral("state"), t.state}, {QStringLiteral("lsn"), t.lsn}});
        subArray.append(QJsonObject{{QStringLiteral("name"), sub.name},
                                    {QStringLiteral("enabled"), sub.enabled},
                                    {QStringLiteral("worker_running"), sub.workerPid.has_value()},
                                    {QStringLiteral("received_lsn"), sub.receivedLsn},
                                    {QStringLiteral("latest_end_lsn"), sub.latestEndLsn},
                                    {QStringLiteral("last_message_seconds"), sub.lastMessageSeconds ? QJsonValue(*sub.lastMessageSeconds) : QJsonValue()},
                                    {QStringLiteral("tables_ready"), sub.tablesReady},
                                    {QStringLiteral("tables_syncing"), sub.tablesSyncing},
                                    {QStringLiteral("tables"), tableArray}});
    }
    o.insert(QStringLiteral("subscriptions"), subArray);
    return o;
}

QList<Finding> replicationFindings(const ReplicationStatus &status, const ReplicationThresholds &t)
{
    QList<Finding> findings;
    for (const StandbyInfo &st : status.standbys) {
        const QString name = st.applicationName.isEmpty() ? st.client : st.applicationName;
        const bool bytesBehind = st.replayLagBytes && *st.replayLagBytes >= t.lagBytes;
        const bool timeBehind = st.replayLagSeconds && *st.replayLagSeconds >= t.lagSeconds;
        if (!bytesBehind && !timeBehind)
            continue;
        Finding f;
        f.code = QStringLiteral("replication-lag");
        f.severity = Severity::Warning;
        f.object = name;
        f.value = bytesBehind ? *st.replayLagBytes : *st.replayLagSeconds;
        f.threshold = bytesBehind ? t.lagBytes : t.lagSeconds;
        f.detail = Tr::tr("Standby %1 is %2 (%3) behind in replay.")
                       .arg(name, formatBytes(qint64(st.replayLagBytes.value_or(0))),
                            st.replayLagSeconds ? Tr::tr("%1 s").arg(*st.replayLagSeconds, 0, 'f', 1) : Tr::tr("no time lag reported"));
        f.advice = Tr::tr("Check the standby's disk and CPU, its network to the primary, and whether replay is paused or blocked by a long query (hot_standby_feedback, max_standby_streaming_delay).");
        findings.append(f);
    }
    for (const SlotInfo &slot : status.replicationSlots) {
        if (slot.active || slot.temporary)
            continue;
        // Every inactive slot is reported: it holds WAL back for as long as it stays unused.
        const bool lost = slot.walStatus == QLatin1String("lost");
        const double retained = slot.retainedBytes.value_or(0);
        Finding f;
        f.code = QStringLiteral("inactive-slot");
        f.severity = lost || slot.walStatus == QLatin1String("unreserved") ? Severity::Critical
                     : retained >= t.retainedBytes                          ? Severity::Warning
                                                                            : Severity::Info;
        f.object = slot.name;
        f.value = retained;
        f.threshold = t.retainedBytes;
        f.detail = lost ? Tr::tr("Inactive %1 slot %2 has lost WAL it needed: its consumer cannot resume from it.").arg(slot.type, slot.name)
                        : Tr::tr("Inactive %1 slot %2 retains %3 of WAL.").arg(slot.type, slot.name, formatBytes(qint64(retained)));
        f.fixSql = QStringLiteral("SELECT pg_drop_replication_slot('%1');").arg(QString(slot.name).replace(QLatin1Char('\''), QStringLiteral("''")));
        f.advice = Tr::tr("Reconnect the consumer of this slot, or drop the slot if nothing will use it again: it keeps WAL until the disk fills.");
        findings.append(f);
    }
    return findings;
}

} // namespace pgs
