// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"

namespace pgs {

// CREATE EXTENSION pg_stat_statements in the database of spec, as a job (the confirmation is the
// caller's). The result is the database name.
JobFunction createStatementsExtensionJob(const ConnectionSpec &spec);

} // namespace pgs
