// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditcollector.h"
#include "audit/auditstore.h"

#include <memory>
#include <optional>

namespace pgs {

// One audit as the Security view runs it: collect, compare with the profile's previous saved
// audit, save this one. Plain data for the GUI thread.
struct AuditRun
{
    std::shared_ptr<const AuditSnapshot> snapshot;
    std::shared_ptr<const AuditSnapshot> previous; // null: the first audit of this profile
    QString savedTo;
    QString saveError;
};

Result<AuditRun> runAudit(pg::Connection &conn, const ConnectionSpec &spec, JobContext &ctx, const QString &profileKey,
                          const QString &profileName, const AuditPolicy &policy = {}, const AuditStore &store = AuditStore());

// Runs a finding's fix SQL in its database: one statement per line, each on its own (ALTER
// SYSTEM may not run in a transaction block). database empty: the connection's own.
Status applyFix(const ConnectionSpec &spec, const QString &database, const QString &fixSql, JobContext &ctx);

} // namespace pgs
