// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Inside runSwitchover (not for other callers): the job's steps, shared by switchover.cpp (the
// common steps and the SQL fence) and switchovershutdown.cpp (the shutdown fence and the rejoin).
#pragma once

#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "replication/replicationstatus.h"
#include "replication/switchover.h"

#include <QCoreApplication>

#include <memory>

namespace pgs::switchover {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::Switchover)
};

Result<pg::QueryResult> query(pg::Connection &conn, const QString &name, const QVariantList &params = {});
// Sleeps in small steps so that a cancel is noticed at once; false when canceled.
bool pause(JobContext &ctx, int msecs);

class Switchover
{
public:
    Switchover(JobContext &ctx, const SwitchoverRequest &request) : m_ctx(ctx), m_req(request) {}
    Result<SwitchoverOutcome> run();

private:
    Status check();
    // The SQL fence (switchover.cpp).
    Status fence();
    Status waitForCatchUp();
    Status unfence();
    // The shutdown fence (switchovershutdown.cpp).
    Status checkSandbox();
    Status stopPrimary();
    Status waitForShutdownCheckpoint();
    Status restartPrimary();
    void rejoin();
    Status rejoinSteps();
    QString rejoinConninfo() const; // the new primary for the old one's primary_conninfo (no password)
    QString rejoinSlotName() const;  // the slot the old primary streams through from the new one

    Result<double> behindBytes(const QString &target);
    Error failed(Error error); // restores the primary when it was fenced, and says so
    void adviseRebuild();

    JobContext &m_ctx;
    const SwitchoverRequest &m_req;
    std::unique_ptr<pg::Connection> m_primary, m_standby;
    ReplicationStatus m_primaryStatus, m_standbyStatus;
    SwitchoverOutcome m_out;
    bool m_fenced = false;  // SQL fence: the primary is read-only by our hand
    bool m_stopped = false; // shutdown fence: we stopped the primary
    QString m_primaryDataDir;
};

} // namespace pgs::switchover
