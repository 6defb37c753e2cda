// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demodata.h"

#include "jobs/connectedjob.h"
#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pgs {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::DemoData)
};

Status createDatabaseIfMissing(JobContext &ctx, const ConnectionSpec &adminSpec, const QString &database)
{
    return runConnected(ctx, adminSpec.withDatabase(QStringLiteral("postgres")), [&](pg::Connection &conn) -> Status {
        auto found = conn.exec(sql::query(QStringLiteral("demo/database_exists")), {database});
        if (!found)
            return found.error();
        if (found->rows() > 0)
            return ok();
        ctx.log(Tr::tr("Creating database %1").arg(database));
        // CREATE DATABASE takes no parameters; the name is quoted by libpq.
        auto created = conn.exec(QStringLiteral("CREATE DATABASE ") + conn.quoteIdentifier(database));
        if (!created)
            return created.error();
        return ok();
    });
}
} // namespace

bool demoDataPresent(pg::Connection &conn)
{
    // demo_info gets its row only after the last step, so a half-finished load does not count.
    auto table = conn.exec(sql::query(QStringLiteral("demo/present")));
    if (!table || table->rows() != 1 || !table->toBool(0, 0))
        return false;
    auto loaded = conn.exec(sql::query(QStringLiteral("demo/loaded")));
    return loaded && loaded->rows() == 1 && loaded->toBool(0, 0);
}

Status installDemoData(JobContext &ctx, const ConnectionSpec &adminSpec, const QString &database, double scale)
{
    ctx.progress(0.0, Tr::tr("Preparing the demo database"));
    if (Status s = createDatabaseIfMissing(ctx, adminSpec, database); !s)
        return s;

    return runConnected(ctx, adminSpec.withDatabase(database), [&](pg::Connection &conn) -> Status {
        conn.setNoticeHandler([&ctx](const QString &notice) { ctx.log(notice); });
        if (demoDataPresent(conn)) {
            ctx.log(Tr::tr("The demo data is already loaded in %1").arg(database));
            ctx.progress(1.0, Tr::tr("Demo data present"));
            return ok();
        }
        auto setScale = conn.exec(sql::query(QStringLiteral("demo/set_scale")), {QString::number(scale, 'g', 6)});
        if (!setScale)
            return setScale.error();

        struct Step
        {
            const char *script;
            const char *text;
            double doneAt;
        };
        const Step steps[] = {
            {"demo/schema", QT_TRANSLATE_NOOP("pgs::DemoData", "Creating the ticketing schema"), 0.05},
            {"demo/data", QT_TRANSLATE_NOOP("pgs::DemoData", "Generating customers, orders, tickets and transactions"), 0.70},
            {"demo/indexes", QT_TRANSLATE_NOOP("pgs::DemoData", "Adding keys and indexes"), 0.90},
            {"demo/finish", QT_TRANSLATE_NOOP("pgs::DemoData", "Analyzing the tables"), 1.0},
        };
        double doneSoFar = 0.0;
        for (const Step &step : steps) {
            if (ctx.isCanceled())
                return JobContext::canceledError();
            ctx.progress(doneSoFar, Tr::tr(step.text));
            QElapsedTimer timer;
            timer.start();
            Status s = conn.execScript(sql::query(QString::fromLatin1(step.script)));
            if (!s) {
                Error e = s.error();
                e.message = Tr::tr("Loading the demo data failed (%1): %2").arg(QString::fromLatin1(step.script), e.message);
                return e;
            }
            ctx.log(Tr::tr("%1: %2 s").arg(Tr::tr(step.text)).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
            doneSoFar = step.doneAt;
        }
        auto marked = conn.exec(sql::query(QStringLiteral("demo/mark_loaded")), {scale});
        if (!marked)
            return marked.error();
        ctx.progress(1.0, Tr::tr("Demo data loaded"));
        return ok();
    });
}

} // namespace pgs
