// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace pgs {

// One physical base backup in a catalog folder:
//   <catalog>/basebackup_<yyyyMMdd-HHmmss>_<id8>/data/        pg_basebackup output with backup_manifest:
//        the data directory (plain), or base.tar[.zst|.lz4|.gz] [+ pg_wal.tar...] (tar, basebackuptar.h)
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
    QString format = QStringLiteral("plain");     // plain, tar
    QString compression = QStringLiteral("none"); // none, gzip, lz4, zstd (tar only)
    QString walMethod = QStringLiteral("fetch");  // fetch, stream (WAL in the backup), archive (from the WAL archive)
    QString verification;                         // "pg_verifybackup" or "manifest-checksums" (tar: our own)
    QMap<QString, qint64> files;                  // tar: the archives in data/ and their sizes
    qint64 sizeBytes = 0;

    bool isTar() const { return format == QLatin1String("tar"); }
    // The first WAL position recovery needs from the archive: the backup's end when its WAL is
    // inside it, its start otherwise.
    QString firstArchiveLsn() const { return walMethod == QLatin1String("archive") ? startLsn : stopLsn; }

    QString dataDirectory() const { return folder + QStringLiteral("/data"); }
    static QString manifestFileName() { return QStringLiteral("basebackup.json"); }
    QJsonObject toJson() const;
    QJsonObject filesJson() const;
    static BaseBackupInfo fromJson(const QJsonObject &o);
};

struct BaseBackupOptions
{
    bool tar = false;
    QString compression = QStringLiteral("auto"); // tar: auto (the tool's best), none, gzip, lz4, zstd
    bool fastCheckpoint = true;                   // else spread: gentle on the server, slower to start
    bool walIncluded = true;                      // -X fetch (plain) / -X stream (tar); else -X none
};

// pg_basebackup (SHA-256 manifest) of spec's server into catalogDir, then verification, then
// basebackup.json, then the final name.
Result<BaseBackupInfo> takeBaseBackup(JobContext &ctx, const ConnectionSpec &spec, const QString &catalogDir,
                                      const BaseBackupOptions &options = {});

// Plain: pg_verifybackup (checksums and WAL); tar: verifyTarBaseBackup().
Status verifyBaseBackup(JobContext &ctx, const BaseBackupInfo &backup);

// Cheap check for listings: every file of the server's backup_manifest is there with its size
// (tar: every archive with the size it had when it was verified).
Status checkBaseBackupFiles(const BaseBackupInfo &backup);

// Good base backups of a catalog (final name, verified, files complete), oldest first. Folders
// that fail the file check are named in *rejected with the reason.
QList<BaseBackupInfo> listBaseBackups(const QString &catalogDir, QStringList *rejected = nullptr);

// Every base backup folder of a catalog with what is wrong with it (empty: good), oldest first:
// for listings beside the logical backups.
struct BaseBackupEntry
{
    BaseBackupInfo info;
    QString problem;
    bool unverified = false; // still being written, or abandoned before its verification
    bool isGood() const { return problem.isEmpty(); }
};
QList<BaseBackupEntry> listAllBaseBackups(const QString &catalogDir);

} // namespace pgs
