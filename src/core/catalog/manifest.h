// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/atomicfile.h"

#include "backup/backupoptions.h"
#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace pgs {

// The record of one backup, manifest.json inside its folder. A backup is "good" only when its
// status is Complete and every file is listed with its SHA-256; the manifest itself is not in
// the file list (it is rewritten when a verification level is reached).
struct BackupManifest
{
    enum class State { Complete, Failed, Canceled, Incomplete }; // JSON key "status"
    enum class VerifyLevel { None = 0, Checksums = 1, Contents = 2, Readable = 3, Restore = 4 };

    struct File
    {
        QString name; // relative to the backup folder, '/' separated (directory format: "dump/1234.dat.gz")
        qint64 size = 0;
        QString sha256; // lower-case hex
    };
    struct Verification
    {
        VerifyLevel level = VerifyLevel::None;
        QDateTime at;
        bool passed = false;
        QStringList problems;
    };

    static constexpr int kSchemaVersion = 1;

    QString id;          // UUID without braces
    QString profileId;   // may be empty (--db)
    QString profileName;
    QString database;    // empty for globals-only / whole cluster
    QString serverVersion;
    int serverVersionNum = 0;
    QString systemIdentifier; // pg_control_system(), when readable
    QString toolPath;
    QString toolVersion;
    BackupOptions options;
    QString dumpName; // the dump inside the folder: "dump.custom", "dump" (directory), "dump.tar", "dump.sql[.gz|.zst]"
    QString globalsName; // "globals.sql" or empty
    QDateTime startedAt;
    QDateTime finishedAt;
    State status = State::Incomplete;
    QString error; // why it failed (no secrets)
    QList<File> files;
    QMap<QString, qint64> rowCounts; // "schema.table" -> exact rows at the dump's snapshot
    qint64 estimatedBytes = 0;
    QMap<QString, qint64> tableBytes; // "schema.table" -> size on the server (relpages), restore progress weights
    QList<Verification> verifications; // the newest entry per level counts

    qint64 totalBytes() const;
    double durationSeconds() const;
    VerifyLevel highestPassedLevel() const;
    bool isGood() const { return status == State::Complete && !files.isEmpty(); }

    QJsonObject toJson() const;
    static Result<BackupManifest> fromJson(const QJsonObject &object);

    static QString fileName() { return QStringLiteral("manifest.json"); }
    static Result<BackupManifest> load(const QString &backupDir);
    // Atomic; Unsynced for the interim states of a backup still being written.
    pgs::Status save(const QString &backupDir, Durability durability = Durability::Synced) const;
};

QString toString(BackupManifest::State status);     // "complete" "failed" "canceled" "incomplete"
QString toString(BackupManifest::VerifyLevel level); // "none" "checksums" "contents" "readable" "restore"
bool verifyLevelFromString(const QString &text, BackupManifest::VerifyLevel *level);

// SHA-256 of a file, streamed (1 MiB blocks), cancellable. progress(bytesDone) is optional.
Result<QString> sha256OfFile(const QString &path, JobContext *ctx = nullptr,
                             const std::function<void(qint64)> &progress = {});

} // namespace pgs
