// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pgs::pg {
class Connection;
}

namespace pgs {

constexpr qint64 kDefaultWalSegmentSize = 16 * 1024 * 1024;

// A WAL segment file name: 8 hex digits timeline, then the segment number as two 8-hex halves
// (the high one counts 4 GiB units, the low one segments inside them).
struct WalSegmentName
{
    quint32 timeline = 0;
    quint64 segment = 0; // absolute segment number for the segment size used to parse it

    static std::optional<WalSegmentName> parse(const QString &fileName, qint64 segmentSize = kDefaultWalSegmentSize);
    static WalSegmentName forLsn(quint32 timeline, quint64 lsn, qint64 segmentSize = kDefaultWalSegmentSize);
    QString fileName(qint64 segmentSize = kDefaultWalSegmentSize) const;
};

// "16/B374D848" -> the 64-bit position; nothing for anything else.
std::optional<quint64> parseLsn(const QString &text);
QString formatLsn(quint64 lsn);

// What the archive folder holds: segments per timeline and the timelines named by .history files.
struct ArchiveContents
{
    QMap<quint32, QList<quint64>> segments; // timeline -> sorted segment numbers
    QList<quint32> historyTimelines;
    QString newestSegment;                  // by (timeline, segment)
    QDateTime newestSegmentTime;            // its file time: when it was archived
    // pg_receivewal's segment in progress ("<name>.partial"), when it is newer than every
    // complete one: recovery reads it as the last segment (see restoreCommandFor()).
    QString partialSegment;
    QDateTime partialSegmentTime;
};
Result<ArchiveContents> readArchive(const QString &archiveDir, qint64 segmentSize = kDefaultWalSegmentSize);

// The restore_command of a recovery from archiveDir: the segment, else its ".partial" file
// (what pg_receivewal has of the newest one, zero-padded: replay ends where it ends).
QString restoreCommandFor(const QString &archiveDir);

// The server's archiving (pg_stat_archiver and settings) beside the folder it should write to.
struct WalArchiveStatus
{
    QString archiveMode;
    QString archiveCommand;
    qint64 archivedCount = 0;
    QString lastArchivedWal;
    QString lastArchivedTime;
    qint64 failedCount = 0;
    QString lastFailedWal;
    QString lastFailedTime;
    QString archiveDir;
    bool lastArchivedInFolder = false; // the newest segment pg_stat_archiver names is really there
    int segmentsInFolder = 0;
    QStringList problems;              // translated, empty when archiving looks healthy
    // Set when WAL reaches the folder through a replication slot (`wal receive`): archive_mode
    // off is then no problem, a missing or idle slot is.
    QJsonObject slot;

    QJsonObject toJson() const;
};
// slot: the receiver's slot, if any (empty: the one recorded in the folder by `wal receive`).
Result<WalArchiveStatus> loadWalArchiveStatus(pg::Connection &conn, const QString &archiveDir, const QString &slot = {});

} // namespace pgs
