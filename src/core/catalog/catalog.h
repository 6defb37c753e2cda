// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/manifest.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace pgs {

// One backup folder as the catalog sees it. Folders without a readable manifest, and
// ".partial-*" folders whose writer is gone (its lock is not held), are listed as Incomplete.
struct CatalogEntry
{
    QString folder; // absolute path
    BackupManifest manifest;
    bool inProgress = false; // a live process is writing it
    QString writer;          // who, when inProgress ("pgsteward-cli (pid 4242 on db-admin) since …")
    QString problem;         // manifest unreadable etc.
    qint64 bytesOnDisk = 0;  // of a folder whose manifest lists no files yet (in progress, interrupted)

    // The manifest's total once the files are listed, else what is on disk so far.
    qint64 sizeBytes() const { return manifest.files.isEmpty() ? bytesOnDisk : manifest.totalBytes(); }
};

class BackupCatalog
{
public:
    explicit BackupCatalog(QString directory);
    static QString defaultDirectory(); // paths::dataDir()/backups

    QString directory() const { return m_dir; }
    QList<CatalogEntry> list() const; // newest first
    Result<CatalogEntry> find(const QString &idOrFolder) const;
    Status remove(const CatalogEntry &entry) const; // deletes the folder

private:
    QString m_dir;
};

} // namespace pgs
