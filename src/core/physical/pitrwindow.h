// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "physical/basebackup.h"
#include "physical/walarchive.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace pgs {

// The span a catalog of base backups plus a WAL archive can be recovered to: from the end of the
// oldest good base backup to the newest archived segment ("latest" is the time that segment was
// archived, i.e. its file time). gaps: missing segment files per timeline between them.
struct RecoveryWindow
{
    QList<BaseBackupInfo> backups; // good ones, oldest first
    QDateTime earliest, latest;
    QString earliestLsn;
    QString latestSegment;
    QStringList gaps;     // segment file names
    QStringList rejected; // base backups not offered, with the reason
    qint64 segmentSize = kDefaultWalSegmentSize;
    QList<quint32> timelineSwitches;             // timelines a .history file starts
    QMap<quint32, quint64> firstSegmentOfTimeline; // the oldest archived segment of each timeline

    QJsonObject toJson() const;
    // Missing segments a recovery from backup b needs, up to (and including) the segment of
    // uptoLsn on b's timeline; uptoLsn 0: every later one.
    QStringList gapsAfter(const BaseBackupInfo &b, quint64 uptoLsn = 0) const;
};

Result<RecoveryWindow> computeRecoveryWindow(const QString &catalogDir, const QString &archiveDir);

} // namespace pgs
