// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"

namespace pgs {

// Opens a connection inside the job (on the job's thread, as ARCHITECTURE.md asks), ties
// Cancel to PQcancel for as long as the work runs, and closes the connection afterwards.
// work: (pg::Connection &) -> Result<T>
template<typename Work>
auto runConnected(JobContext &ctx, const ConnectionSpec &spec, Work &&work)
    -> decltype(work(std::declval<pg::Connection &>()))
{
    if (ctx.isCanceled())
        return JobContext::canceledError();
    auto opened = pg::Connection::open(spec);
    if (!opened)
        return opened.error();
    std::unique_ptr<pg::Connection> conn = std::move(opened).value();
    auto guard = ctx.onCancel([canceller = conn->canceller()] { canceller->cancel(); });
    auto result = work(*conn);
    if (!result.ok() && ctx.isCanceled())
        return JobContext::canceledError();
    return result;
}

} // namespace pgs
