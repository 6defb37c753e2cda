// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shutdown fence of a switchover (a local sandbox primary): fast shutdown, the standby
// replays the shutdown checkpoint, and after the promotion the old primary rejoins as a standby.
#include "replication/rebuildadvice.h"
#include "replication/replicationactions.h"
#include "replication/switchoverjob.h"
#include "sandbox/sandboxcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

namespace pgs::switchover {

namespace {
QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(path) : c;
}
} // namespace

Status Switchover::checkSandbox()
{
    if (m_req.primarySandboxDir.isEmpty())
        return Error::of(Tr::tr("Stopping %1 needs its local sandbox directory.").arg(m_req.primaryName), {},
                         QStringLiteral("no-sandbox"));
    SandboxCluster sandbox(m_req.primarySandboxDir);
    if (!sandbox.loadState() || !sandbox.exists() || !sandbox.isRunning())
        return Error::of(Tr::tr("There is no running sandbox in %1.").arg(m_req.primarySandboxDir), {}, QStringLiteral("no-sandbox"));
    // Only stop the server we talk to: it names this data directory, and the directory's control
    // file names this cluster (a standby's copy has the same identifier but another directory).
    auto facts = query(*m_primary, QStringLiteral("rewind_facts"));
    if (!facts)
        return facts.error();
    const QString serverDir = facts->text(0, "data_directory");
    if (canonical(serverDir) != canonical(sandbox.dataDirectory()))
        return Error::of(Tr::tr("%1 runs on the data directory %2, not on the sandbox in %3: it cannot be stopped from here.")
                             .arg(m_req.primaryName, serverDir, m_req.primarySandboxDir),
                         {}, QStringLiteral("other-server"));
    auto control = sandbox.controlData(m_ctx);
    if (!control)
        return control.error();
    if (control->systemIdentifier != m_primaryStatus.systemIdentifier)
        return Error::of(Tr::tr("The sandbox in %1 is another cluster (system identifier %2).").arg(m_req.primarySandboxDir, control->systemIdentifier),
                         {}, QStringLiteral("other-cluster"));
    m_primaryDataDir = sandbox.dataDirectory();
    return ok();
}

Status Switchover::stopPrimary()
{
    m_ctx.progress(0.1, Tr::tr("Stopping %1 (pg_ctl stop -m fast)").arg(m_req.primaryName));
    SandboxCluster sandbox(m_req.primarySandboxDir);
    sandbox.loadState();
    m_stopped = true; // from here on a failure starts it again, even when pg_ctl was interrupted
    if (Status s = sandbox.stop(m_ctx); !s)
        return s;
    m_ctx.log(Tr::tr("%1 stopped (fast shutdown): its clients were disconnected, open transactions rolled back, and its WAL "
                     "senders sent everything up to the shutdown checkpoint before they exited.")
                  .arg(m_req.primaryName));
    auto control = sandbox.controlData(m_ctx);
    if (!control)
        return control.error();
    if (control->clusterState != QLatin1String("shut down"))
        return Error::of(Tr::tr("%1 did not shut down cleanly (pg_controldata: %2).").arg(m_req.primaryName, control->clusterState), {},
                         QStringLiteral("not-shut-down"));
    if (control->checkpointTimeline != m_primaryStatus.timeline)
        return Error::of(Tr::tr("The shutdown checkpoint of %1 is on timeline %2, the standby follows timeline %3.")
                             .arg(m_req.primaryName)
                             .arg(control->checkpointTimeline)
                             .arg(m_primaryStatus.timeline),
                         {}, QStringLiteral("other-timeline"));
    m_out.shutdownCheckpointLsn = control->checkpointLsn;
    m_out.finalPrimaryLsn = control->checkpointLsn;
    m_ctx.log(Tr::tr("Shutdown checkpoint of %1 (pg_controldata): %2.").arg(m_req.primaryName, control->checkpointLsn));
    return ok();
}

Status Switchover::waitForShutdownCheckpoint()
{
    if (m_standbyStatus.receiver->replayPaused) {
        m_ctx.log(Tr::tr("Replay on %1 was paused: resuming it.").arg(m_req.standbyName));
        if (Status s = resumeReplay(*m_standby); !s)
            return s;
    }
    const QString checkpoint = m_out.shutdownCheckpointLsn;
    m_ctx.log(Tr::tr("Waiting for %1 to replay the shutdown checkpoint %2.").arg(m_req.standbyName, checkpoint));
    QElapsedTimer clock;
    clock.start();
    double firstBehind = -1;
    for (;;) {
        // The checkpoint record starts at its location: replayed once replay has gone past it.
        auto behind = behindBytes(checkpoint);
        if (!behind)
            return behind.error();
        if (*behind < 0)
            break;
        if (firstBehind < 0)
            firstBehind = *behind + 1;
        m_ctx.progress(0.2 + 0.6 * (1.0 - (*behind + 1) / firstBehind), Tr::tr("%1 is %2 bytes behind").arg(m_req.standbyName).arg(qint64(*behind)));
        if (clock.elapsed() > qint64(m_req.waitSeconds) * 1000)
            return Error::of(Tr::tr("%1 did not replay the shutdown checkpoint %2 of %3 within %4 s (replayed up to %5).")
                                 .arg(m_req.standbyName, checkpoint, m_req.primaryName)
                                 .arg(m_req.waitSeconds)
                                 .arg(m_out.standbyReplayLsn),
                             {}, QStringLiteral("catch-up-timeout"));
        if (!pause(m_ctx, 100))
            return JobContext::canceledError();
    }
    m_ctx.log(Tr::tr("%1 has replayed up to %2, past the shutdown checkpoint: it has every record %3 wrote.")
                  .arg(m_req.standbyName, m_out.standbyReplayLsn, m_req.primaryName));
    return ok();
}

Status Switchover::restartPrimary()
{
    JobContext quiet; // the job's own context may be canceled: that must not stop this start
    SandboxCluster sandbox(m_req.primarySandboxDir);
    sandbox.loadState();
    // An interrupted pg_ctl stop: the server may still be shutting down.
    for (int i = 0; i < 300 && !sandbox.isRunning() && QFileInfo::exists(sandbox.dataDirectory() + QStringLiteral("/postmaster.pid")); ++i)
        QThread::msleep(100);
    if (Status s = sandbox.start(quiet); !s)
        return s;
    m_stopped = false;
    return ok();
}

QString Switchover::rejoinSlotName() const { return SandboxCluster(m_req.primarySandboxDir).standbySlotName(); }

QString Switchover::rejoinConninfo() const
{
    // The name the new primary lists the old one by in pg_stat_replication.
    QString name = m_primaryStatus.clusterName;
    if (name.isEmpty()) {
        name = QFileInfo(QDir::cleanPath(m_req.primarySandboxDir)).fileName();
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    }
    return conninfoWithoutPassword(m_req.standby, {}, name);
}

void Switchover::rejoin()
{
    m_ctx.progress(0.9, Tr::tr("Restarting %1 as a standby of %2").arg(m_req.primaryName, m_req.standbyName));
    if (Status s = rejoinSteps(); !s) {
        m_out.rejoinError = s.error().message;
        m_ctx.log(Tr::tr("%1 did not rejoin as a standby: %2").arg(m_req.primaryName, s.error().message));
        return;
    }
    m_out.rejoined = true;
    m_out.advice.rejoined = true;
}

Status Switchover::rejoinSteps()
{
    const QString slot = rejoinSlotName();
    if (Status made = createSlot(*m_standby, slot, false); !made && made.error().code != QLatin1String("42710")) // duplicate_object
        return made;
    m_ctx.log(Tr::tr("Slot %1 on %2 keeps the WAL %3 needs.").arg(slot, m_req.standbyName, m_req.primaryName));
    if (m_req.standby.hasPassword())
        m_ctx.log(Tr::tr("primary_conninfo holds no password: %1 must find it in the ~/.pgpass of its server's OS user.").arg(m_req.primaryName));
    SandboxCluster old(m_req.primarySandboxDir);
    if (Status s = old.configureAsStandby(rejoinConninfo(), slot, m_req.standbySandboxDir); !s)
        return s;
    if (!m_req.standbySandboxDir.isEmpty())
        (void)SandboxCluster(m_req.standbySandboxDir).forgetPrimary();
    if (Status s = old.start(m_ctx); !s)
        return s;
    m_stopped = false;
    auto conn = pg::Connection::open(old.connectionSpec());
    if (!conn)
        return conn.error();
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        auto st = loadReplicationStatus(**conn);
        if (!st)
            return st.error();
        if (!st->standby)
            return Error::of(Tr::tr("%1 started as a primary, not as a standby.").arg(m_req.primaryName), {}, QStringLiteral("not-standby"));
        if (st->receiver && st->receiver->status == QLatin1String("streaming") && st->receiver->receivedTimeline == m_out.timelineAfter) {
            m_ctx.log(Tr::tr("%1 is a standby streaming timeline %2 from %3.").arg(m_req.primaryName).arg(m_out.timelineAfter).arg(m_req.standbyName));
            break;
        }
        if (clock.elapsed() > qint64(m_req.waitSeconds) * 1000)
            return Error::of(Tr::tr("%1 runs as a standby but does not stream from %2 after %3 s (receiver: %4); see its server log.")
                                 .arg(m_req.primaryName, m_req.standbyName)
                                 .arg(m_req.waitSeconds)
                                 .arg(st->receiver ? st->receiver->status : Tr::tr("none")),
                             {}, QStringLiteral("not-streaming"));
        if (!pause(m_ctx, 200))
            return JobContext::canceledError();
    }
    // The slot the promoted standby used on the old primary would only hold WAL back there now.
    const QString stale = m_standbyStatus.receiver ? m_standbyStatus.receiver->slotName : QString();
    if (!stale.isEmpty()) {
        if (Status dropped = dropSlot(**conn, stale); dropped) {
            const QString said = Tr::tr("Dropped slot %1 on %2: the promoted standby no longer streams from it.").arg(stale, m_req.primaryName);
            m_ctx.log(said);
            m_out.advice.slotSteps.removeIf([&](const QString &step) { return step.contains(stale); });
            m_out.advice.slotSteps.prepend(said);
        } else {
            m_ctx.log(Tr::tr("Slot %1 on %2 was not dropped: %3").arg(stale, m_req.primaryName, dropped.error().message));
        }
    }
    return ok();
}

} // namespace pgs::switchover
