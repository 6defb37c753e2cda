// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"

namespace pgs::cli {

// Runs a job the way the CLI needs it: in the foreground, on a worker thread so that the main
// thread can turn Ctrl-C (SIGINT/SIGTERM) into ctx.cancel(); a second Ctrl-C kills the process.
// Progress and log lines go to stderr when --verbose is on or stderr is a terminal, never to stdout.
JobResult runInForeground(const JobFunction &job);

} // namespace pgs::cli
