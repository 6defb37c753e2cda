// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "restore/restoresource.h"
#include "restore/toc.h"

#include <QStringList>

namespace pgs {

struct SandboxRoles
{
    QStringList fromGlobals;  // created from the backup's globals file (CREATE ROLE / ALTER ROLE as dumped)
    QStringList placeholders; // created NOLOGIN because the dump names them and the globals did not
    QStringList notes;        // what was skipped or failed (a membership, a role setting, tablespaces)
};

// A fresh cluster (a sandbox target, the restore test) lacks the roles a dump names: its
// ALTER ... OWNER TO, GRANTs and policies then fail with "role ... does not exist". Before such a
// restore this creates them on admin's server: first from the globals file when the source has
// one (its CREATE ROLE / ALTER ROLE / membership statements; roles that exist, such as the
// sandbox's superuser, are left alone; tablespace statements are skipped, their directories do
// not exist here), then every role still missing as a NOLOGIN placeholder, named from the
// archive's owners (toc) and the SQL of its grants (pg_restore --schema-only -f -), or from the
// plain dump's statements. Roles a plain script creates itself (pg_dumpall) are left to it.
// Names are quoted by libpq; what was created, and from where, goes to the job log.
// An Error when canceled, when the server cannot be reached or the dump cannot be read.
Result<SandboxRoles> createReferencedRoles(JobContext &ctx, const ConnectionSpec &admin, const RestoreSource &source,
                                           const TableOfContents &toc, int toolMajor, const QString &toolsDir = {});

} // namespace pgs
