// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/manifest.h"
#include "catalog/writerlock.h"
#include "jobs/jobcontext.h"

#include <QString>

#include <functional>
#include <memory>

namespace pgs {

// The life cycle of one backup folder in a catalog: created as "<catalog>/.partial-<id>/" with
// "writer.lock" held for the whole run and by the dump tool (so the catalog tells a live writer
// from a crashed one, see WriterLock),
// checksummed, and renamed to its final name at the end; the lock file goes with the rename and
// is removed right after.
class BackupFolder
{
public:
    static QString lockFileName() { return QStringLiteral("writer.lock"); }
    static QString partialPrefix() { return QStringLiteral(".partial-"); }
    // "<database>_<yyyyMMdd-HHmmss>_<first 8 of id>" (the database part made file-name safe;
    // "globals" / "cluster" for the pg_dumpall sources).
    static QString finalName(const QString &label, const QDateTime &startedAt, const QString &id);

    static Result<std::unique_ptr<BackupFolder>> create(const QString &catalogDir, const QString &id);
    ~BackupFolder();

    QString path() const { return m_path; }
    // Given to the dump tool's ToolRun::inheritFds: the folder stays locked while the tool lives.
    int lockDescriptor() const { return m_lock ? m_lock->descriptor() : -1; }
    QString filePath(const QString &name) const;
    // Bytes below the given entries (files or directories), for progress polling.
    qint64 sizeOf(const QStringList &names) const;
    // Every file below the given entries, sorted, '/' separated, with size and SHA-256.
    Result<QList<BackupManifest::File>> checksum(const QStringList &names, JobContext &ctx,
                                                 const std::function<void(qint64 done, qint64 total)> &progress);
    // fsync() of every file below the given entries and of the directories among them, for dump
    // tools run with --no-sync: then this runs beside the checksums instead of before them. The
    // folder's own entries are made durable by the final manifest's write (it syncs the folder).
    // Safe to call on another thread than the rest.
    Status syncEntries(const QStringList &names) const;
    void removeEntries(const QStringList &names); // dump data of a failed run
    // Unlocks and removes the whole folder: for a run that failed before it had anything to keep.
    void discard();
    // Renames to finalName + suffix (".failed", ".canceled" or empty) and drops the lock.
    Result<QString> finish(const QString &finalName, const QString &suffix = {});

private:
    explicit BackupFolder(QString path);
    QStringList filesBelow(const QStringList &names) const;

    QString m_path;
    std::unique_ptr<WriterLock> m_lock;
};

} // namespace pgs
