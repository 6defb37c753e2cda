// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/replicationactions.h"

#include "pg/connection.h"
#include "replication/replicationstatus.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ReplicationActions)
};

Result<bool> inRecovery(pg::Connection &conn)
{
    auto r = conn.exec(QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!r)
        return r.error();
    return r->toBool(0, 0);
}

Status run(pg::Connection &conn, const QString &name, const QVariantList &params = {})
{
    auto r = conn.exec(sql::query(name, conn.serverVersionNum()), params);
    if (!r)
        return r.error();
    return ok();
}
} // namespace

Status createSlot(pg::Connection &conn, const QString &name, bool logical, const QString &plugin)
{
    // The server's own rule for slot names, checked first for a message that says what is allowed.
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_]{1,63}$"));
    if (!valid.match(name).hasMatch())
        return Error::of(Tr::tr("A slot name may only contain lower-case letters, digits and underscores (at most 63): %1").arg(name),
                         {}, QStringLiteral("bad-slot-name"));
    if (logical)
        return run(conn, QStringLiteral("replication/create_logical_slot"), {name, plugin});
    return run(conn, QStringLiteral("replication/create_physical_slot"), {name});
}

Status dropSlot(pg::Connection &conn, const QString &name)
{
    auto status = loadReplicationStatus(conn);
    if (!status)
        return status.error();
    for (const SlotInfo &slot : status->replicationSlots) {
        if (slot.name != name)
            continue;
        if (slot.active)
            return Error::of(Tr::tr("Slot %1 is in use by process %2: stop its consumer first.")
                                 .arg(name)
                                 .arg(slot.activePid.value_or(0)),
                             {}, QStringLiteral("slot-active"));
        return run(conn, QStringLiteral("replication/drop_slot"), {name});
    }
    return Error::of(Tr::tr("There is no replication slot named %1.").arg(name), {}, QStringLiteral("no-such-slot"));
}

Status pauseReplay(pg::Connection &conn)
{
    auto standby = inRecovery(conn);
    if (!standby)
        return standby.error();
    if (!*standby)
        return Error::of(Tr::tr("This server is a primary: only a standby replays WAL."), {}, QStringLiteral("not-standby"));
    return run(conn, QStringLiteral("replication/pause_replay"));
}

Status resumeReplay(pg::Connection &conn)
{
    auto standby = inRecovery(conn);
    if (!standby)
        return standby.error();
    if (!*standby)
        return Error::of(Tr::tr("This server is a primary: only a standby replays WAL."), {}, QStringLiteral("not-standby"));
    return run(conn, QStringLiteral("replication/resume_replay"));
}

Result<PromoteOutcome> promoteStandby(pg::Connection &conn, int waitSeconds)
{
    auto before = loadReplicationStatus(conn);
    if (!before)
        return before.error();
    if (!before->standby)
        return Error::of(Tr::tr("This server is already a primary: there is nothing to promote."), {}, QStringLiteral("not-standby"));
    if (before->receiver && before->receiver->replayPaused) {
        // A paused standby would promote without replaying what it has received.
        if (Status resumed = resumeReplay(conn); !resumed)
            return resumed.error();
    }
    QElapsedTimer clock;
    clock.start();
    auto r = conn.exec(sql::query(QStringLiteral("replication/promote"), conn.serverVersionNum()), {waitSeconds});
    if (!r)
        return r.error();
    if (!r->toBool(0, "promoted"))
        return Error::of(Tr::tr("The standby did not finish its promotion within %n second(s); it may still finish: check its log.",
                                nullptr, waitSeconds),
                         {}, QStringLiteral("promote-timeout"));
    auto after = loadReplicationStatus(conn);
    if (!after)
        return after.error();
    PromoteOutcome out{before->timeline, after->timeline, clock.elapsed() / 1000.0, {}, {}};
    if (before->receiver && !before->receiver->senderHost.isEmpty()) {
        out.upstream = QStringLiteral("%1:%2").arg(before->receiver->senderHost).arg(before->receiver->senderPort);
        out.upstreamSlot = before->receiver->slotName;
    }
    return out;
}

} // namespace pgs
