// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/switchover.h"

#include "replication/replicationactions.h"
#include "replication/switchoverjob.h"
#include "sql/sqlcatalog.h"

#include <QElapsedTimer>
#include <QThread>

namespace pgs {

namespace switchover {

Result<pg::QueryResult> query(pg::Connection &conn, const QString &name, const QVariantList &params)
{
    return conn.exec(sql::query(QStringLiteral("replication/") + name, conn.serverVersionNum()), params);
}

bool pause(JobContext &ctx, int msecs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < msecs) {
        if (ctx.isCanceled())
            return false;
        QThread::msleep(50);
    }
    return !ctx.isCanceled();
}

namespace {
// Who the promoted standby is on the primary: the walsender holding the standby's slot, else the
// standby's cluster_name (its walreceiver's default application_name).
QString standbyNameOnPrimary(const ReplicationStatus &primary, const ReplicationStatus &standby)
{
    const QString slot = standby.receiver ? standby.receiver->slotName : QString();
    for (const SlotInfo &s : primary.replicationSlots)
        if (!slot.isEmpty() && s.name == slot && s.activePid)
            for (const StandbyInfo &st : primary.standbys)
                if (st.pid == *s.activePid)
                    return st.applicationName;
    return standby.clusterName;
}

// pg_reload_conf() only signals the postmaster: wait until this session (signalled by the
// postmaster once it has read the files) sees the value, so that new sessions get it too.
Status waitForReadOnlyDefault(pg::Connection &conn, const QString &expected)
{
    for (int i = 0; i < 100; ++i) {
        auto r = query(conn, QStringLiteral("read_only_default"));
        if (!r)
            return r.error();
        if (r->text(0, "session_value") == expected)
            return ok();
        QThread::msleep(50);
    }
    return Error::of(Tr::tr("The server did not apply default_transaction_read_only = %1 after the reload.").arg(expected), {},
                     QStringLiteral("reload-not-applied"));
}

} // namespace

Result<SwitchoverOutcome> Switchover::run()
{
    QElapsedTimer clock;
    clock.start();
    m_ctx.progress(0.02, Tr::tr("Connecting to %1 and %2").arg(m_req.primaryName, m_req.standbyName));
    auto primary = pg::Connection::open(m_req.primary);
    if (!primary)
        return Error::of(Tr::tr("The primary %1 is not reachable: a clean switchover needs it. Promote the standby instead.")
                             .arg(m_req.primaryName), primary.error().message, QStringLiteral("primary-unreachable"));
    m_primary = std::move(primary).value();
    auto standby = pg::Connection::open(m_req.standby);
    if (!standby)
        return standby.error();
    m_standby = std::move(standby).value();
    auto primaryGuard = m_ctx.onCancel([c = m_primary->canceller()] { c->cancel(); });
    auto standbyGuard = m_ctx.onCancel([c = m_standby->canceller()] { c->cancel(); });
    if (Status s = check(); !s)
        return s.error();
    m_out.fence = m_req.fence;
    const bool shutdown = m_req.fence == SwitchoverFence::Shutdown;
    if (shutdown) {
        if (Status s = checkSandbox(); !s)
            return s.error();
        if (Status s = stopPrimary(); !s)
            return failed(s.error());
        if (Status s = waitForShutdownCheckpoint(); !s)
            return failed(s.error());
    } else {
        if (Status s = fence(); !s)
            return failed(s.error());
        if (Status s = waitForCatchUp(); !s)
            return failed(s.error());
    }
    if (m_ctx.isCanceled())
        return failed(JobContext::canceledError());

    m_ctx.progress(0.8, Tr::tr("Promoting %1").arg(m_req.standbyName));
    auto promoted = promoteStandby(*m_standby, m_req.waitSeconds);
    if (!promoted) {
        Error e = promoted.error();
        auto still = m_standby->exec(QStringLiteral("SELECT pg_is_in_recovery()"));
        const bool certainlyNotPromoted = e.code != QLatin1String("promote-timeout") && still && still->toBool(0, 0);
        if (certainlyNotPromoted)
            return failed(e);
        e.message += QLatin1Char(' ')
                     + (shutdown ? Tr::tr("The promotion may still finish, so %1 stays stopped: check the standby's log before "
                                          "starting it again.")
                                 : Tr::tr("The promotion may still finish, so %1 stays read-only: check the standby's log before "
                                          "making it read-write again."))
                           .arg(m_req.primaryName);
        return e;
    }
    m_out.timelineBefore = promoted->timelineBefore;
    m_out.timelineAfter = promoted->timelineAfter;
    m_ctx.log(Tr::tr("%1 is the primary now, on timeline %2 (was %3).").arg(m_req.standbyName).arg(m_out.timelineAfter).arg(m_out.timelineBefore));
    if (shutdown)
        m_ctx.log(Tr::tr("%1 is stopped; it can follow the new primary as it is (no pg_rewind): its WAL ends at the shutdown "
                         "checkpoint %2, which %3 has.")
                      .arg(m_req.primaryName, m_out.shutdownCheckpointLsn, m_req.standbyName));
    else
        m_ctx.log(Tr::tr("%1 stays read-only (default_transaction_read_only = on in its postgresql.auto.conf) until it is rebuilt as a standby.")
                      .arg(m_req.primaryName));
    adviseRebuild();
    if (shutdown && m_req.rejoin)
        rejoin();
    m_out.seconds = clock.elapsed() / 1000.0;
    m_ctx.progress(1.0, Tr::tr("Switchover done"));
    return m_out;
}

void Switchover::adviseRebuild()
{
    OldPrimaryFacts facts;
    facts.name = m_req.primaryName;
    facts.standbys = m_primaryStatus.standbys;
    facts.replicationSlots = m_primaryStatus.replicationSlots;
    if (m_stopped) {
        facts.dataDirectory = m_primaryDataDir;
    } else if (auto rf = query(*m_primary, QStringLiteral("rewind_facts"))) {
        facts.dataDirectory = rf->text(0, "data_directory");
        facts.rewindable = rf->toBool(0, "rewindable");
    }
    m_out.advice = rebuildAdvice(m_req.standby, facts, standbyNameOnPrimary(m_primaryStatus, m_standbyStatus),
                                 m_standbyStatus.receiver ? m_standbyStatus.receiver->slotName : QString());
    if (m_stopped)
        addCleanRejoin(m_out.advice, m_primaryDataDir, rejoinConninfo(), rejoinSlotName());
}

Status Switchover::check()
{
    m_ctx.progress(0.05, Tr::tr("Checking both servers"));
    auto p = loadReplicationStatus(*m_primary);
    if (!p)
        return p.error();
    auto s = loadReplicationStatus(*m_standby);
    if (!s)
        return s.error();
    m_primaryStatus = *p;
    m_standbyStatus = *s;
    if (p->standby)
        return Error::of(Tr::tr("%1 is in recovery: it is not a primary.").arg(m_req.primaryName), {}, QStringLiteral("not-primary"));
    if (!s->standby)
        return Error::of(Tr::tr("%1 is not a standby: there is nothing to switch over to.").arg(m_req.standbyName), {}, QStringLiteral("not-standby"));
    if (p->systemIdentifier != s->systemIdentifier)
        return Error::of(Tr::tr("%1 and %2 are not the same cluster (system identifiers %3 and %4).")
                             .arg(m_req.primaryName, m_req.standbyName, p->systemIdentifier, s->systemIdentifier),
                         {}, QStringLiteral("other-cluster"));
    if (!s->receiver || s->receiver->status != QLatin1String("streaming"))
        return Error::of(Tr::tr("%1 is not streaming from a primary (receiver: %2): it could not catch up.")
                             .arg(m_req.standbyName, s->receiver ? s->receiver->status : Tr::tr("none")),
                         {}, QStringLiteral("not-streaming"));
    if (s->receiver->receivedTimeline != p->timeline)
        return Error::of(Tr::tr("%1 receives timeline %2, the primary writes timeline %3.")
                             .arg(m_req.standbyName).arg(s->receiver->receivedTimeline).arg(p->timeline),
                         {}, QStringLiteral("other-timeline"));
    m_ctx.log(Tr::tr("%1: primary on timeline %2 at %3; %4: standby streaming, replayed up to %5.")
                  .arg(m_req.primaryName).arg(p->timeline).arg(p->currentLsn, m_req.standbyName, s->receiver->replayLsn));
    return ok();
}

Status Switchover::fence()
{
    m_ctx.progress(0.1, Tr::tr("Stopping writes on %1").arg(m_req.primaryName));
    auto before = query(*m_primary, QStringLiteral("read_only_default"));
    if (!before)
        return before.error();
    if (before->text(0, "session_value") == QLatin1String("on")) {
        m_ctx.log(Tr::tr("%1 already makes transactions read-only by default; that is left as it is.").arg(m_req.primaryName));
    } else {
        if (auto r = query(*m_primary, QStringLiteral("fence_read_only")); !r)
            return r.error();
        m_fenced = true;
        if (auto r = query(*m_primary, QStringLiteral("reload_conf")); !r)
            return r.error();
        if (Status applied = waitForReadOnlyDefault(*m_primary, QStringLiteral("on")); !applied)
            return applied;
        m_ctx.log(Tr::tr("New transactions on %1 are read-only (ALTER SYSTEM SET default_transaction_read_only = on, reloaded).")
                      .arg(m_req.primaryName));
    }
    auto ended = query(*m_primary, QStringLiteral("terminate_sessions"));
    if (!ended)
        return ended.error();
    for (int row = 0; row < ended->rows(); ++row) {
        const QString who = QStringLiteral("%1 %2@%3 (%4)")
                                .arg(ended->text(row, "pid"), ended->text(row, "usename"), ended->text(row, "datname"),
                                     ended->text(row, "application_name"));
        m_out.endedSessions << who;
        m_ctx.log(Tr::tr("Ended session %1").arg(who));
    }
    if (ended->rows() == 0)
        m_ctx.log(Tr::tr("No other client session was connected."));
    return ok();
}

Result<double> Switchover::behindBytes(const QString &target)
{
    auto r = query(*m_standby, QStringLiteral("standby_replay"), {target});
    if (!r)
        return r.error();
    if (!r->toBool(0, "in_recovery"))
        return Error::of(Tr::tr("%1 left recovery on its own while it was catching up.").arg(m_req.standbyName), {}, QStringLiteral("standby-promoted"));
    m_out.standbyReplayLsn = r->text(0, "replay_lsn");
    return r->toDouble(0, "behind_bytes");
}

Status Switchover::waitForCatchUp()
{
    if (m_standbyStatus.receiver->replayPaused) {
        m_ctx.log(Tr::tr("Replay on %1 was paused: resuming it.").arg(m_req.standbyName));
        if (Status s = resumeReplay(*m_standby); !s)
            return s;
    }
    QElapsedTimer clock;
    clock.start();
    // A write that slipped past the fence, or the server's own records (a checkpoint), move the
    // position again: wait for the new one, a few times, then give up.
    for (int round = 0; round < 5; ++round) {
        // Sessions that were ended take a moment to go; one that still writes is not ended yet.
        for (int i = 0;; ++i) {
            auto writers = query(*m_primary, QStringLiteral("writing_sessions"));
            if (!writers)
                return writers.error();
            if (writers->toInt64(0, "writers") == 0)
                break;
            if (i == 50)
                return Error::of(Tr::tr("Sessions on %1 still write after they were ended.").arg(m_req.primaryName), {},
                                 QStringLiteral("writers-left"));
            if (i == 20)
                (void)query(*m_primary, QStringLiteral("terminate_sessions"));
            if (!pause(m_ctx, 100))
                return JobContext::canceledError();
        }
        auto lsn = query(*m_primary, QStringLiteral("primary_lsn"));
        if (!lsn)
            return lsn.error();
        const QString target = lsn->text(0, "lsn");
        m_out.finalPrimaryLsn = target;
        m_ctx.log(Tr::tr("Final position of %1: %2. Waiting for %3 to replay up to it.").arg(m_req.primaryName, target, m_req.standbyName));
        double firstBehind = -1;
        for (;;) {
            auto behind = behindBytes(target);
            if (!behind)
                return behind.error();
            if (firstBehind < 0)
                firstBehind = *behind;
            if (*behind <= 0)
                break;
            m_ctx.progress(0.2 + 0.6 * (firstBehind > 0 ? 1.0 - *behind / firstBehind : 1.0),
                           Tr::tr("%1 is %2 bytes behind").arg(m_req.standbyName).arg(qint64(*behind)));
            if (clock.elapsed() > qint64(m_req.waitSeconds) * 1000)
                return Error::of(Tr::tr("%1 did not replay up to %2 within %3 s.").arg(m_req.standbyName, target).arg(m_req.waitSeconds),
                                 {}, QStringLiteral("catch-up-timeout"));
            if (!pause(m_ctx, 100))
                return JobContext::canceledError();
        }
        m_ctx.log(Tr::tr("%1 has replayed up to %2.").arg(m_req.standbyName, m_out.standbyReplayLsn));
        auto again = query(*m_primary, QStringLiteral("primary_lsn"));
        if (!again)
            return again.error();
        if (again->text(0, "lsn") == target)
            return ok();
        m_ctx.log(Tr::tr("%1 wrote more WAL meanwhile (now at %2): waiting again.").arg(m_req.primaryName, again->text(0, "lsn")));
    }
    return Error::of(Tr::tr("%1 keeps writing WAL although writes were stopped.").arg(m_req.primaryName), {}, QStringLiteral("primary-still-writing"));
}

Status Switchover::unfence()
{
    // The first connection may be the one that failed (or was canceled): use a fresh one.
    auto conn = pg::Connection::open(m_req.primary);
    if (!conn)
        return conn.error();
    if (auto r = query(**conn, QStringLiteral("unfence_read_only")); !r)
        return r.error();
    if (auto r = query(**conn, QStringLiteral("reload_conf")); !r)
        return r.error();
    return waitForReadOnlyDefault(**conn, QStringLiteral("off"));
}

Error Switchover::failed(Error error)
{
    if (m_stopped) {
        const Status restarted = restartPrimary();
        const QString said = restarted ? Tr::tr("The switchover did not happen; %1 runs again as the primary.").arg(m_req.primaryName)
                                       : Tr::tr("The switchover did not happen, and %1 could NOT be started again (%2): start it "
                                                "with pg_ctl -D %3 start.")
                                             .arg(m_req.primaryName, restarted.error().message, m_primaryDataDir);
        m_ctx.log(said);
        error.message += QLatin1Char(' ') + said;
        return error;
    }
    if (!m_fenced)
        return error;
    if (Status restored = unfence(); restored) {
        m_fenced = false;
        const QString said = Tr::tr("The switchover did not happen; %1 accepts writes again.").arg(m_req.primaryName);
        m_ctx.log(said);
        error.message += QLatin1Char(' ') + said;
    } else {
        const QString said = Tr::tr("%1 could NOT be made read-write again (%2): run there ALTER SYSTEM RESET "
                                    "default_transaction_read_only; SELECT pg_reload_conf();")
                                 .arg(m_req.primaryName, restored.error().message);
        m_ctx.log(said);
        error.message += QLatin1Char(' ') + said;
    }
    return error;
}

} // namespace switchover

QString fenceName(SwitchoverFence fence)
{
    return fence == SwitchoverFence::Shutdown ? QStringLiteral("shutdown") : QStringLiteral("sql");
}

Result<SwitchoverOutcome> runSwitchover(JobContext &ctx, const SwitchoverRequest &request)
{
    return switchover::Switchover(ctx, request).run();
}

} // namespace pgs
