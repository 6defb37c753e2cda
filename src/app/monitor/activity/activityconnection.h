// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "monitor/activity.h"
#include "pg/connection.h"

#include <QHash>

#include <memory>
#include <mutex>

namespace pgs {

// The one connection the activity view keeps for its refreshes and its cancel/terminate
// requests, so that "our own session" is one stable pid the user can see (and is refused to
// signal), and a 2-second refresh does not log in every time. Jobs share it through a
// shared_ptr and take turns (a mutex); it is opened on first use, on the job's thread, and
// dropped after any failure so that the next job reconnects.
class ActivityConnection
{
public:
    explicit ActivityConnection(ConnectionSpec spec) : m_spec(std::move(spec)) {}

    // work: (pg::Connection &) -> Result<T>. Cancel of ctx cancels the running statement.
    template<typename Work>
    auto run(JobContext &ctx, Work &&work) -> decltype(work(std::declval<pg::Connection &>()))
    {
        const std::lock_guard lock(m_mutex);
        if (ctx.isCanceled())
            return JobContext::canceledError();
        if (!m_conn) {
            auto opened = pg::Connection::open(m_spec);
            if (!opened)
                return opened.error();
            m_conn = std::move(opened).value();
        }
        auto guard = ctx.onCancel([canceller = m_conn->canceller()] { canceller->cancel(); });
        auto result = work(*m_conn);
        if (!result.ok()) {
            m_conn.reset(); // broken or canceled mid-statement: start afresh next time
            if (ctx.isCanceled())
                return JobContext::canceledError();
        }
        return result;
    }

    // loadActivity, with the relations of other databases named (a short connection to each such
    // database, the names kept so that a lasting wait does not reconnect every refresh).
    Result<ActivitySnapshot> load(JobContext &ctx, const ActivityOptions &options);

private:
    void nameRelations(QList<BlockingEdge> &edges); // m_mutex held

    ConnectionSpec m_spec;
    QHash<QString, QHash<qint64, QString>> m_relationNames; // database -> oid -> name
    std::mutex m_mutex;
    std::unique_ptr<pg::Connection> m_conn;
};

} // namespace pgs
