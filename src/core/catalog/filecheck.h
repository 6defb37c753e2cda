// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/manifest.h"
#include "jobs/jobcontext.h"

#include <QStringList>

namespace pgs {

// Verification level 1: every file of the manifest re-hashed (streamed, cancellable), plus files
// inside a directory-format dump that the manifest does not list. Returns one sentence per
// problem ("dump.custom: checksum mismatch"); an Error only when canceled.
Result<QStringList> checkFiles(JobContext &ctx, const QString &backupDir, const BackupManifest &manifest);

} // namespace pgs
