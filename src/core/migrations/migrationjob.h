// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "migrations/migrationrunner.h"

#include <memory>

namespace pgs::migrations {

// The job the GUI and the CLI run. Status (statusOnly) inspects, with pre-flight and lint; the
// rest runs request. outcome is filled on the job's thread and read once the job has finished
// (the GUI highlights the failed statement from it). The job's result is reportToJson() for a
// status and the list of migrations done otherwise.
JobFunction migrationJob(const ConnectionSpec &spec, const RunRequest &request, bool statusOnly,
                         std::shared_ptr<RunOutcome> outcome);

} // namespace pgs::migrations
