// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace pgs {

namespace pg {
class Connection;
}

// What a DBA does to replication from the view. Each checks the server's state first so that a
// refusal names the reason (an active slot, a primary asked to pause replay) instead of passing
// the server's error through.
Status createSlot(pg::Connection &conn, const QString &name, bool logical, const QString &plugin = QStringLiteral("pgoutput"));
Status dropSlot(pg::Connection &conn, const QString &name);
Status pauseReplay(pg::Connection &conn);
Status resumeReplay(pg::Connection &conn);

struct PromoteOutcome
{
    int timelineBefore = 0;
    int timelineAfter = 0;
    double seconds = 0;
    QString upstream;      // host:port the standby streamed from before (its old primary), if known
    QString upstreamSlot;  // the slot it used there
};
// pg_promote(wait => true): refuses on a primary; fails when the standby has not finished the
// promotion within waitSeconds.
Result<PromoteOutcome> promoteStandby(pg::Connection &conn, int waitSeconds);

} // namespace pgs
