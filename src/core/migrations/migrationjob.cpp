// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/migrationjob.h"

#include "jobs/connectedjob.h"

#include <QCoreApplication>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::MigrationJob)
};
} // namespace

JobFunction migrationJob(const ConnectionSpec &spec, const RunRequest &request, bool statusOnly,
                         std::shared_ptr<RunOutcome> outcome)
{
    return [spec, request, statusOnly, outcome](JobContext &ctx) -> JobResult {
        ctx.progress(-1, Tr::tr("Connecting to %1").arg(spec.describe()));
        return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
            if (statusOnly) {
                auto report = inspectMigrations(conn, request.source, true);
                if (!report)
                    return report.error();
                outcome->before = report.value();
                return QVariant(reportToJson(report.value()));
            }
            if (Status s = runMigrations(conn, ctx, request, *outcome); !s)
                return s.error();
            return QVariant(outcome->done);
        });
    };
}

} // namespace pgs::migrations
