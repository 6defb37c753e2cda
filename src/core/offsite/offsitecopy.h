// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "offsite/destination.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pgs {

// The record of one off-site copy, "pgsteward-copy.json" beside the copied files. It is uploaded
// last, into the folder's final name: a folder without it (or still named "<folder>.partial")
// is no copy. It holds the SHA-256 of every file's plain and stored (encrypted) bytes, and a
// summary of the backup manifest without file names, row counts or table sizes (those travel
// encrypted, inside manifest.json).
struct OffsiteCopyManifest
{
    struct File
    {
        QString name;       // as in the backup folder ("dump.custom", "manifest.json")
        qint64 size = 0;
        QString sha256;
        QString storedName; // name + ".age" when encrypted
        qint64 storedSize = 0;
        QString storedSha256;
        QString storedMd5; // as S3 reported it right after the upload (empty elsewhere)
    };
    static constexpr int kSchemaVersion = 1;
    static QString fileName() { return QStringLiteral("pgsteward-copy.json"); }
    static QString partialSuffix() { return QStringLiteral(".partial"); }

    QString folder; // the backup folder's name, also the remote folder's
    bool encrypted = false;
    QStringList recipients;
    QDateTime copiedAt;
    QJsonObject backup; // the manifest summary
    QList<File> files;

    qint64 storedBytes() const;
    QJsonObject toJson() const;
    static Result<OffsiteCopyManifest> fromJson(const QJsonObject &object);
};

struct OffsiteCopyResult
{
    QString remotePath;
    bool alreadyThere = false; // a complete copy existed; nothing was uploaded
    int files = 0;
    qint64 storedBytes = 0;
};

// Copies a complete backup folder to the destination: every file checked against its manifest
// and encrypted with age to the destination's recipients (the plain bytes never leave the
// machine then): files of 8 MiB and more stream from age through us into `rclone rcat` in one
// pass (streamupload.h), smaller ones are encrypted into a staging folder and go up in one rclone
// run. Uploads go to "<folder>.partial" on file systems (renamed at the end) and straight to the
// final name on object stores (a rename there is a server-side copy); the copy manifest last.
// A leftover "<folder>.partial" or a final folder without a copy manifest is redone. The backup
// folder's copy status (copystatus.h) is Pending while it runs, then Copied or Failed (why).
Result<OffsiteCopyResult> copyToDestination(JobContext &ctx, const OffsiteDestination &destination,
                                            const QString &backupDir);

// The complete copies at a destination, newest first (by the backup's start).
Result<QList<OffsiteCopyManifest>> listDestination(JobContext &ctx, const OffsiteDestination &destination);

// Downloads one copy into catalogDir/<folder>: stored hashes checked, decrypted with the identity
// file, plain hashes checked against the copy manifest, then renamed into place. Any mismatch, a
// wrong identity, or a folder already in the catalog is an error and leaves nothing behind.
Result<QString> fetchFromDestination(JobContext &ctx, const OffsiteDestination &destination, const QString &folder,
                                     const QString &catalogDir, const QString &identityFile);

// Connects, creates the base folder if needed and lists it: the "destinations test".
Result<int> testDestination(JobContext &ctx, const OffsiteDestination &destination);

} // namespace pgs
