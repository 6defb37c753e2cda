// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pgs {

// One physical base backup in a catalog folder:
//   <catalog>/basebackup_<yyyyMMdd-HHmmss>_<id8>/data/        pg_basebackup -Fp output with backup_manifest
//   <catalog>/basebackup_<yyyyMMdd-HHmmss>_<id8>/basebackup.json  what is recorded below
// It is written as "<catalog>/.partial-<id>/" (BackupFolder) and renamed only after
// pg_verifybackup passed, so a partial or unverified backup never carries a final name.
struct BaseBackupInfo
{
    QString folder;     // absolute path of the backup folder
    QString name;       // its file name
    QString id;
    QString startLsn, stopLsn;
    quint32 timeline = 0;
    QDateTime startTime, stopTime; // UTC
    qint64 walSegmentSize = 0;
    int serverVersionNum = 0;
    bool verified = false;

    QString dataDirectory() const { return folder + QStringLiteral("/data"); }
    static QString manifestFileName() { return QStringLiteral("basebackup.json"); }
    QJsonObject toJson() const;
    static BaseBackupInfo fromJson(const QJsonObject &o);
};

// pg_basebackup (plain format, WAL fetched, fast checkpoint, SHA-256 manifest) of spec's server
// into catalogDir, then pg_verifybackup, then the manifest, then the final name.
Result<BaseBackupInfo> takeBaseBackup(JobContext &ctx, const ConnectionSpec &spec, const QString &catalogDir);

// Runs pg_verifybackup (checksums and WAL) on a backup's data directory.
Status verifyBaseBackup(JobContext &ctx, const BaseBackupInfo &backup);

// Cheap check for listings: every file of the server's backup_manifest is there with its size.
Status checkBaseBackupFiles(const BaseBackupInfo &backup);

// Good base backups of a catalog (final name, verified, files complete), oldest first. Folders
// that fail the file check are named in *rejected with the reason.
QList<BaseBackupInfo> listBaseBackups(const QString &catalogDir, QStringList *rejected = nullptr);

} // namespace pgs
