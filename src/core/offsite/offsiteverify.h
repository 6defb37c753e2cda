// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/verify.h"
#include "offsite/destination.h"

namespace pgs {

// Verifies one copy where it lies. Level checksums: the remote listing against the copy
// manifest, every stored file by size and by hash: the backend's own (SHA-256, else MD5, as
// rclone reports it without a download) where it has one, else downloaded and hashed here.
// Levels contents, readable and restore: the copy is fetched into a throwaway catalog (stored
// and plain checksums, decrypted with identityFile) and handed to verifyBackup, so a restore
// test from off-site is the same restore test as a local one. Nothing is recorded at the
// destination.
Result<VerifyReport> verifyAtDestination(JobContext &ctx, const OffsiteDestination &destination, const QString &folder,
                                         BackupManifest::VerifyLevel level, const QString &identityFile,
                                         const QString &toolsDir = {});

} // namespace pgs
