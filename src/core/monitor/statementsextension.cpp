// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/statementsextension.h"

#include "jobs/connectedjob.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::StatementsExtension)
};

} // namespace

JobFunction createStatementsExtensionJob(const ConnectionSpec &spec)
{
    return [spec](JobContext &ctx) -> JobResult {
        const QString database = spec.value(QStringLiteral("dbname"));
        return runConnected(ctx, spec, [&ctx, &database](pg::Connection &conn) -> JobResult {
            const QString sql = sql::query(QStringLiteral("monitor/create_statements_extension"), conn.serverVersionNum());
            ctx.log(sql);
            auto done = conn.exec(sql);
            if (!done)
                return done.error();
            ctx.log(Tr::tr("pg_stat_statements is installed in %1.")
                        .arg(database));
            return QVariant(database);
        });
    };
}

} // namespace pgs
