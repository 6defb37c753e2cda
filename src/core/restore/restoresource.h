// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/manifest.h"
#include "jobs/jobcontext.h"

#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace pgs {

// What the user pointed the restore at, resolved to something pg_restore or psql can read:
// a catalog backup folder (manifest.json: checksums are verified first), a bare custom/tar file,
// a directory-format folder (toc.dat), a plain .sql / .sql.gz / .sql.zst file, or one of our
// bundles (.tar.zst/.tar.gz: unpacked into a temporary folder that lives as long as this object).
struct RestoreSource
{
    enum class Kind { Custom, Directory, Tar, Plain };
    Kind kind = Kind::Custom;
    QString originalPath;  // what the user gave
    QString dumpPath;      // the file or folder to hand to pg_restore / to decompress into psql
    QString globalsPath;   // globals.sql next to the dump, if any
    std::optional<BackupManifest> manifest; // when it came from a catalog folder or a bundle
    QString backupFolder;  // the folder holding manifest.json, if any
    std::shared_ptr<QTemporaryDir> unpacked; // keeps an unpacked bundle alive

    bool isArchive() const { return kind != Kind::Plain && !isGlobalsOnly(); } // has a table of contents
    // A globals-only backup (pg_dumpall --globals-only): nothing but globalsPath to restore.
    bool isGlobalsOnly() const { return dumpPath.isEmpty() && !globalsPath.isEmpty(); }
};

QString toString(RestoreSource::Kind kind);

// Detects the kind by content (PGDMP magic, toc.dat, tar header, compression magic), not by name.
// verifyChecksums: when a manifest exists, re-hash every file first and refuse a damaged backup
// before anything is touched. globalsOnly: a catalog backup of the globals alone is opened as
// such (isGlobalsOnly(); the restore wizard creates its roles) instead of refused.
Result<RestoreSource> openRestoreSource(JobContext &ctx, const QString &path, bool verifyChecksums = true,
                                        bool globalsOnly = false);

} // namespace pgs
