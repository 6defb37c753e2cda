// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "physical/pitrwindow.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RecoveryWindow)
};
} // namespace

QJsonObject RecoveryWindow::toJson() const
{
    QJsonArray list;
    for (const BaseBackupInfo &b : backups) {
        QJsonObject o = b.toJson();
        o.insert(QStringLiteral("name"), b.name);
        list.append(o);
    }
    QJsonArray switches;
    for (quint32 tl : timelineSwitches)
        switches.append(qint64(tl));
    return QJsonObject{{QStringLiteral("earliest"), earliest.isValid() ? earliest.toString(Qt::ISODate) : QJsonValue()},
                       {QStringLiteral("earliest_lsn"), earliestLsn},
                       {QStringLiteral("latest"), latest.isValid() ? latest.toString(Qt::ISODate) : QJsonValue()},
                       {QStringLiteral("latest_segment"), latestSegment},
                       {QStringLiteral("gaps"), QJsonArray::fromStringList(gaps)},
                       {QStringLiteral("base_backups"), list},
                       {QStringLiteral("rejected"), QJsonArray::fromStringList(rejected)},
                       {QStringLiteral("timeline_switches"), switches}};
}

QStringList RecoveryWindow::gapsAfter(const BaseBackupInfo &b, quint64 uptoLsn) const
{
    const quint64 from = WalSegmentName::forLsn(b.timeline, parseLsn(b.firstArchiveLsn()).value_or(0), segmentSize).segment;
    const quint64 upto = uptoLsn ? WalSegmentName::forLsn(b.timeline, uptoLsn, segmentSize).segment : ~quint64(0);
    QStringList out;
    for (const QString &g : gaps) {
        const auto seg = WalSegmentName::parse(g, segmentSize);
        if (!seg || seg->timeline < b.timeline)
            continue;
        if (seg->timeline == b.timeline && (seg->segment < from || seg->segment > upto))
            continue;
        out.append(g);
    }
    return out;
}

Result<RecoveryWindow> computeRecoveryWindow(const QString &catalogDir, const QString &archiveDir)
{
    RecoveryWindow w;
    w.backups = listBaseBackups(catalogDir, &w.rejected);
    if (w.backups.isEmpty())
        return Error::of(Tr::tr("There is no good base backup in %1.").arg(catalogDir), w.rejected.join(QLatin1Char('\n')),
                         QStringLiteral("no-basebackup"));
    const BaseBackupInfo &oldest = w.backups.first();
    if (oldest.walSegmentSize > 0)
        w.segmentSize = oldest.walSegmentSize;
    auto archive = readArchive(archiveDir, w.segmentSize);
    if (!archive)
        return archive.error();
    w.timelineSwitches = archive->historyTimelines;
    for (auto it = archive->segments.cbegin(); it != archive->segments.cend(); ++it) {
        if (!it->isEmpty())
            w.firstSegmentOfTimeline.insert(it.key(), it->first());
    }
    w.earliest = oldest.stopTime;
    w.earliestLsn = oldest.stopLsn;
    w.latestSegment = archive->newestSegment;
    w.latest = archive->newestSegmentTime;
    if (!archive->partialSegment.isEmpty()) {
        w.latestSegment = archive->partialSegment;
        w.latest = archive->partialSegmentTime;
    }
    if (!w.latest.isValid() || w.latest < w.earliest)
        w.latest = w.earliest; // nothing archived after the backup: only its own end is reachable
    const quint64 stopSegment = WalSegmentName::forLsn(oldest.timeline, parseLsn(oldest.firstArchiveLsn()).value_or(0), w.segmentSize).segment;
    for (auto it = archive->segments.cbegin(); it != archive->segments.cend(); ++it) {
        const quint32 tl = it.key();
        if (tl < oldest.timeline || it->isEmpty())
            continue;
        // On the backup's own timeline everything from its end must be there, even below the first file.
        quint64 next = tl == oldest.timeline ? stopSegment : it->first();
        for (quint64 seg : *it) {
            if (seg < next)
                continue;
            for (quint64 missing = next; missing < seg; ++missing)
                w.gaps.append(WalSegmentName{tl, missing}.fileName(w.segmentSize));
            next = seg + 1;
        }
    }
    return w;
}

} // namespace pgs
