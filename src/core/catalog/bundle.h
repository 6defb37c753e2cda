// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

namespace pgs {

// A backup folder as one archive for offsite copies: "<name>.tar.zst" or "<name>.tar.gz"
// (compression from the file name), written with libarchive while streaming — no temporary copy.
// The archive holds one top-level folder with manifest.json first.
Status exportBundle(JobContext &ctx, const QString &backupDir, const QString &bundleFile);
// Unpacks into "<catalog>/.partial-<id>", verifies checksums against the manifest inside, and only
// then renames it to its final folder name. Rejects absolute paths and ".." entries.
Result<QString> importBundle(JobContext &ctx, const QString &bundleFile, const QString &catalogDir);
// Unpacks to a given directory without verifying (for verify/restore of a bundle).
Result<QString> extractBundle(JobContext &ctx, const QString &bundleFile, const QString &targetDir);

} // namespace pgs
