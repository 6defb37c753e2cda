// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/restorejob.h"

#include <QSet>
#include <QStringList>

namespace pgs {

// The pg_restore command line of a restore (without the connection: that goes through the
// environment and a passfile). listFile: the -L file, empty when everything is restored.
QStringList pgRestoreArguments(const RestoreOptions &options, const QString &targetDatabase, const QString &listFile,
                               const QString &dumpPath);

// The entries a run processes: the selection (or all), minus what -a/-s/--no-privileges skip.
QSet<int> entriesInScope(const TableOfContents &toc, const QSet<int> &selection, const RestoreOptions &options);

// pg_restore --clean drops in the reverse order of its list, so a partition's primary key or unique
// constraint, listed after its parent's, is dropped first, which PostgreSQL refuses ("cannot drop
// inherited constraint"). This moves each such parent constraint (one that other CONSTRAINT
// entries depend on) right after the last of its partitions' constraints: its drop then comes
// first and takes theirs along, and creating the partitions' constraints before the parent's
// (ALTER TABLE ONLY, attached later by INDEX ATTACH) works as well. True when it moved anything.
bool orderConstraintsForClean(TableOfContents &toc);

// Runs pg_restore (archives) or psql fed by our decompression (plain) into an existing target
// database, filling outcome's progress counters and errors. An Error only when the tool could
// not run at all or the job was canceled.
Status runArchiveRestore(JobContext &ctx, const RestoreRequest &request, const RestorePlan &plan,
                         const ConnectionSpec &target, int toolMajor, RestoreOutcome &outcome);
Status runPlainRestore(JobContext &ctx, const RestoreRequest &request, const ConnectionSpec &target, int toolMajor,
                       RestoreOutcome &outcome);

} // namespace pgs
