// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/retention.h"
#include "jobs/jobcontext.h"
#include "offsite/destination.h"
#include "offsite/offsitecopy.h"

namespace pgs {

// A copy at a destination as the retention core sees a catalog entry: folder is the copy's
// folder name, the manifest is rebuilt from the copy manifest's summary and file list.
Result<CatalogEntry> catalogEntryOf(const OffsiteCopyManifest &copy);

// The destination's own GFS policy (destinations add --keep-*) over its complete copies, decided
// by planRetention like a local prune, so the newest good copy of each database always stays.
// Unless dryRun, a copy leaves by its copy manifest first (so a half-deleted folder is never
// counted as a copy), then the folder. Interrupted uploads (".partial") are left alone: one may
// still be running.
Result<QList<RetentionDecision>> pruneDestination(JobContext &ctx, const OffsiteDestination &destination, bool dryRun);

} // namespace pgs
