// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace pgs {
class JobContext;
}
namespace pgs::pg {
class Connection;
}

namespace pgs::migrations {

// A session-level advisory lock per database and history table: a second run waits up to
// timeoutSeconds (polling, so Cancel works), then fails naming the pid that holds it. Released
// on destruction (and by the server when the session ends).
class MigrationLock
{
public:
    static Result<std::unique_ptr<MigrationLock>> acquire(pg::Connection &conn, JobContext &ctx, const QString &table,
                                                          int timeoutSeconds);
    ~MigrationLock();
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;

private:
    MigrationLock(pg::Connection &conn, QString table) : m_conn(conn), m_table(std::move(table)) {}
    pg::Connection &m_conn;
    QString m_table;
};

} // namespace pgs::migrations
