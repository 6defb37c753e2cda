// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditchecks.h"
#include "audit/auditdata.h"
#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "util/result.h"

namespace pgs {

// Reads everything the audit needs over ordinary connections: the cluster-wide catalogs on conn,
// then grants, owned objects, extensions and languages of every database (one short connection
// each, from spec with the database replaced), then runs the checks. A source the role may not
// read (pg_authid, pg_hba_file_rules, a database it may not connect to, settings it may not see)
// is listed in notChecked and gets a "not-checked" finding; it is never treated as clean.
Result<AuditSnapshot> collectAudit(pg::Connection &conn, const ConnectionSpec &spec, JobContext &ctx,
                                   const AuditPolicy &policy = {});

// The settings the audit reads (settings.sql's $1).
QStringList auditedSettings();

} // namespace pgs
