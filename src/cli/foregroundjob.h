// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"
#include "jobs/connectedjob.h"
#include "jobs/jobcontext.h"

#include <QCoreApplication>

#include <optional>

namespace pgs::cli {

// Runs a job the way the CLI needs it: in the foreground, on a worker thread so that the main
// thread can turn Ctrl-C (SIGINT/SIGTERM) into ctx.cancel(); a second Ctrl-C kills the process.
// Progress and log lines go to stderr when --verbose is on or stderr is a terminal, never to stdout.
JobResult runInForeground(const JobFunction &job);

struct ForegroundJob
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::ForegroundJob)
};

// Runs work(conn) -> Result<T> on a connection to spec in the foreground job. The error, if any,
// is reported (stderr) and its exit code stored in *exitCode; the value is returned otherwise.
template<typename T, typename Work>
std::optional<T> runOnTarget(const ConnectionSpec &spec, Work work, int *exitCode)
{
    std::optional<T> out;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        ctx.progress(-1, ForegroundJob::tr("Connecting to %1").arg(spec.describe()));
        return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
            Result<T> r = work(conn);
            if (!r)
                return r.error();
            out = std::move(r).value();
            return QVariant();
        });
    });
    if (!done)
        *exitCode = reportError(done.error());
    return out;
}

} // namespace pgs::cli
