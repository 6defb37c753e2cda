// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditrun.h"

#include "jobs/connectedjob.h"

namespace pgs {

Result<AuditRun> runAudit(pg::Connection &conn, const ConnectionSpec &spec, JobContext &ctx, const QString &profileKey,
                          const QString &profileName, const AuditPolicy &policy, const AuditStore &store)
{
    AuditRun run;
    auto previous = store.latest(profileKey);
    if (previous && previous->has_value())
        run.previous = std::make_shared<const AuditSnapshot>(std::move(**previous));
    auto collected = collectAudit(conn, spec, ctx, policy);
    if (!collected)
        return collected.error();
    collected->profile = profileName;
    auto saved = store.save(profileKey, *collected);
    if (saved)
        run.savedTo = *saved;
    else
        run.saveError = saved.error().message;
    run.snapshot = std::make_shared<const AuditSnapshot>(std::move(collected).value());
    return run;
}

Status applyFix(const ConnectionSpec &spec, const QString &database, const QString &fixSql, JobContext &ctx)
{
    const ConnectionSpec target = database.isEmpty() ? spec : spec.withDatabase(database);
    return runConnected(ctx, target, [&](pg::Connection &conn) -> Status {
        for (const QString &statement : fixSql.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            ctx.log(statement);
            if (auto r = conn.exec(statement); !r)
                return r.error();
        }
        return ok();
    });
}

} // namespace pgs
