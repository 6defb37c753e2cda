// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/migrationlock.h"

#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::MigrationLock)
};
} // namespace

Result<std::unique_ptr<MigrationLock>> MigrationLock::acquire(pg::Connection &conn, JobContext &ctx,
                                                              const QString &table, int timeoutSeconds)
{
    QElapsedTimer waited;
    waited.start();
    bool said = false;
    for (;;) {
        auto r = conn.exec(sql::query(QStringLiteral("migrations/lock_try")), {table});
        if (!r)
            return r.error();
        if (r->toBool(0, "locked"))
            return std::unique_ptr<MigrationLock>(new MigrationLock(conn, table));
        if (ctx.isCanceled())
            return JobContext::canceledError();
        if (waited.elapsed() >= qint64(timeoutSeconds) * 1000) {
            auto holder = conn.exec(sql::query(QStringLiteral("migrations/lock_holder")), {table});
            QString who = Tr::tr("unknown session");
            if (holder && holder->rows() > 0)
                who = Tr::tr("pid %1, user %2, application \"%3\"")
                          .arg(holder->text(0, "pid"), holder->text(0, "usename"), holder->text(0, "application_name"));
            return Error::of(Tr::tr("Another migration run holds the lock on %1 (%2); gave up after %n second(s)",
                                    "", timeoutSeconds)
                                 .arg(table, who),
                             {}, QStringLiteral("lock-timeout"));
        }
        if (!said) {
            ctx.log(Tr::tr("Waiting for another migration run on %1 to finish (up to %n second(s))", "", timeoutSeconds)
                        .arg(table));
            said = true;
        }
        QThread::msleep(200);
    }
}

MigrationLock::~MigrationLock()
{
    (void)m_conn.exec(sql::query(QStringLiteral("migrations/unlock")), {m_table});
}

} // namespace pgs::migrations
