// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "physical/walarchive.h"

#include "pg/connection.h"
#include "physical/walreceiver.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::WalArchive)
};

quint64 segmentsPerXLogId(qint64 segmentSize)
{
    return segmentSize > 0 ? quint64(0x100000000ULL) / quint64(segmentSize) : 256;
}
} // namespace

std::optional<WalSegmentName> WalSegmentName::parse(const QString &fileName, qint64 segmentSize)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-F]{24}$"));
    if (!re.match(fileName).hasMatch())
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    const quint32 tl = fileName.left(8).toUInt(&ok1, 16);
    const quint64 high = fileName.mid(8, 8).toULongLong(&ok2, 16);
    const quint64 low = fileName.mid(16, 8).toULongLong(&ok3, 16);
    if (!ok1 || !ok2 || !ok3 || low >= segmentsPerXLogId(segmentSize))
        return std::nullopt;
    return WalSegmentName{tl, high * segmentsPerXLogId(segmentSize) + low};
}

WalSegmentName WalSegmentName::forLsn(quint32 timeline, quint64 lsn, qint64 segmentSize)
{
    return WalSegmentName{timeline, lsn / quint64(segmentSize > 0 ? segmentSize : kDefaultWalSegmentSize)};
}

QString WalSegmentName::fileName(qint64 segmentSize) const
{
    const quint64 per = segmentsPerXLogId(segmentSize);
    return QStringLiteral("%1%2%3")
        .arg(timeline, 8, 16, QLatin1Char('0'))
        .arg(segment / per, 8, 16, QLatin1Char('0'))
        .arg(segment % per, 8, 16, QLatin1Char('0'))
        .toUpper();
}

std::optional<quint64> parseLsn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return (m.captured(1).toULongLong(nullptr, 16) << 32) | m.captured(2).toULongLong(nullptr, 16);
}

QString formatLsn(quint64 lsn)
{
    return QStringLiteral("%1/%2").arg(lsn >> 32, 0, 16).arg(lsn & 0xFFFFFFFFULL, 0, 16).toUpper();
}

Result<ArchiveContents> readArchive(const QString &archiveDir, qint64 segmentSize)
{
    QDir dir(archiveDir);
    if (!dir.exists())
        return Error::of(Tr::tr("The WAL archive folder %1 does not exist.").arg(archiveDir), {},
                         QStringLiteral("no-archive"));
    ArchiveContents out;
    static const QRegularExpression history(QStringLiteral("^([0-9A-F]{8})\\.history$"));
    std::optional<WalSegmentName> newest, partial;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries) {
        const QString name = info.fileName();
        if (const auto h = history.match(name); h.hasMatch()) {
            out.historyTimelines.append(h.captured(1).toUInt(nullptr, 16));
            continue;
        }
        if (name.endsWith(QLatin1String(".partial"))) {
            const auto part = WalSegmentName::parse(name.chopped(8), segmentSize);
            if (part && (!partial || std::tie(part->timeline, part->segment) > std::tie(partial->timeline, partial->segment))) {
                partial = part;
                out.partialSegment = name;
                out.partialSegmentTime = info.lastModified().toUTC();
            }
            continue;
        }
        const auto seg = WalSegmentName::parse(name, segmentSize);
        if (!seg)
            continue; // .backup and foreign files are not segments
        out.segments[seg->timeline].append(seg->segment);
        if (!newest || std::tie(seg->timeline, seg->segment) > std::tie(newest->timeline, newest->segment)) {
            newest = seg;
            out.newestSegment = name;
            out.newestSegmentTime = info.lastModified().toUTC();
        }
    }
    for (auto &list : out.segments)
        std::sort(list.begin(), list.end());
    // A .partial left beside its completed segment (or older) is history, not the newest WAL.
    if (partial && newest && std::tie(partial->timeline, partial->segment) <= std::tie(newest->timeline, newest->segment)) {
        out.partialSegment.clear();
        out.partialSegmentTime = {};
    }
    std::sort(out.historyTimelines.begin(), out.historyTimelines.end());
    return out;
}

QString restoreCommandFor(const QString &archiveDir)
{
    const QString dir = QDir(archiveDir).absolutePath();
    return QStringLiteral("if [ -f \"%1/%f\" ]; then cp \"%1/%f\" \"%p\"; else cp \"%1/%f.partial\" \"%p\"; fi").arg(dir);
}

QJsonObject WalArchiveStatus::toJson() const
{
    QJsonObject o{{QStringLiteral("archive_mode"), archiveMode},
                  {QStringLiteral("archive_command"), archiveCommand},
                  {QStringLiteral("archived_count"), archivedCount},
                  {QStringLiteral("last_archived_wal"), lastArchivedWal},
                  {QStringLiteral("last_archived_time"), lastArchivedTime},
                  {QStringLiteral("failed_count"), failedCount},
                  {QStringLiteral("last_failed_wal"), lastFailedWal},
                  {QStringLiteral("last_failed_time"), lastFailedTime},
                  {QStringLiteral("archive_dir"), archiveDir},
                  {QStringLiteral("last_archived_in_folder"), lastArchivedInFolder},
                  {QStringLiteral("segments_in_folder"), segmentsInFolder}};
    o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    if (!slot.isEmpty())
        o.insert(QStringLiteral("slot"), slot);
    return o;
}

Result<WalArchiveStatus> loadWalArchiveStatus(pg::Connection &conn, const QString &archiveDir, const QString &slotName)
{
    auto r = conn.exec(sql::query(QStringLiteral("physical/archive_status"), conn.serverVersionNum()));
    if (!r)
        return r.error();
    if (r->rows() != 1)
        return Error::of(Tr::tr("The server returned no archiver statistics."));
    WalArchiveStatus s;
    s.archiveMode = r->text(0, "archive_mode");
    s.archiveCommand = r->text(0, "archive_command");
    s.archivedCount = r->toInt64(0, "archived_count");
    s.lastArchivedWal = r->text(0, "last_archived_wal");
    s.lastArchivedTime = r->text(0, "last_archived_time");
    s.failedCount = r->toInt64(0, "failed_count");
    s.lastFailedWal = r->text(0, "last_failed_wal");
    s.lastFailedTime = r->text(0, "last_failed_time");
    s.archiveDir = QDir(archiveDir).absolutePath();

    const QString slot = slotName.isEmpty() ? recordedReceiverSlot(archiveDir) : slotName;
    if (!slot.isEmpty()) {
        auto st = loadSlotStatus(conn, slot);
        if (!st)
            return st.error();
        s.slot = st->toJson();
        if (!st->exists)
            s.problems.append(Tr::tr("The replication slot %1 does not exist: no WAL is streamed into the archive.").arg(slot));
        else if (!st->active)
            s.problems.append(Tr::tr("No receiver is streaming through the slot %1; it keeps %2 MiB of WAL on the server meanwhile.")
                                  .arg(slot)
                                  .arg(st->retainedBytes < 0 ? 0 : st->retainedBytes / (1024 * 1024)));
        if (st->walStatus == QLatin1String("lost"))
            s.problems.append(Tr::tr("The replication slot %1 has lost WAL the archive needs: take a new base backup.").arg(slot));
    }
    if (s.archiveMode == QLatin1String("off") && slot.isEmpty())
        s.problems.append(Tr::tr("archive_mode is off: no WAL is archived, so no point-in-time recovery is possible."));
    if (s.archiveMode != QLatin1String("off") && s.archiveCommand.trimmed().isEmpty())
        s.problems.append(Tr::tr("archive_command is empty: WAL segments pile up in pg_wal and are never archived."));
    if (s.failedCount > 0 && s.lastFailedTime > s.lastArchivedTime)
        s.problems.append(Tr::tr("The last archiving attempt failed (%1 at %2); archiving is stuck until it succeeds.")
                              .arg(s.lastFailedWal, s.lastFailedTime));
    auto contents = readArchive(archiveDir);
    if (!contents) {
        s.problems.append(contents.error().message);
        return s;
    }
    for (const auto &list : std::as_const(contents->segments))
        s.segmentsInFolder += int(list.size());
    if (!s.lastArchivedWal.isEmpty()) {
        s.lastArchivedInFolder = QFileInfo::exists(QDir(archiveDir).filePath(s.lastArchivedWal));
        if (!s.lastArchivedInFolder)
            s.problems.append(Tr::tr("The server archived %1 last, but it is not in %2: the archive_command writes somewhere else.")
                                  .arg(s.lastArchivedWal, s.archiveDir));
    } else if (s.archiveMode != QLatin1String("off") && slot.isEmpty()) {
        s.problems.append(Tr::tr("The server has not archived any WAL segment yet."));
    }
    return s;
}

} // namespace pgs
