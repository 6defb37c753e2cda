// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pgs {

// Where a local backup stands with each destination, kept in the backup folder beside the
// manifest ("offsite-copies.json", not in the manifest's file list: it changes after the backup).
// A copy is Pending from its start until it is complete at the destination; a copy killed midway
// (kill -9, power cut) stays Pending, never Copied.
struct OffsiteCopyStatus
{
    enum class State { Pending, Copied, Failed };
    QString destination;
    State state = State::Pending;
    QString error;      // why it failed (no secrets: rclone's message)
    qint64 storedBytes = 0;
    QDateTime at;       // when this state was reached
    QString remotePath;

    QJsonObject toJson() const;
    static OffsiteCopyStatus fromJson(const QJsonObject &object);
};

QString toString(OffsiteCopyStatus::State state); // "pending" "copied" "failed"
QString copyStatusFileName();

// The statuses of one backup folder, by destination name (empty when none was ever copied).
QList<OffsiteCopyStatus> loadCopyStatus(const QString &backupDir);
// Replaces the entry of status.destination, under a lock (copies to several destinations may
// run at once).
Status recordCopyStatus(const QString &backupDir, const OffsiteCopyStatus &status);

} // namespace pgs
