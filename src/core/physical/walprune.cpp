// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "physical/walprune.h"

#include "physical/basebackup.h"
#include "physical/walarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::WalPrune)
};

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    for (QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}
} // namespace

QJsonObject WalPruneResult::toJson() const
{
    return QJsonObject{{QStringLiteral("oldest_kept_backup"), oldestKeptBackup},
                       {QStringLiteral("kept_from_segment"), keptFromSegment},
                       {QStringLiteral("removed_backups"), QJsonArray::fromStringList(removedBackups)},
                       {QStringLiteral("removed_wal"), QJsonArray::fromStringList(removedWal)},
                       {QStringLiteral("freed_bytes"), freedBytes}};
}

Result<WalPruneResult> pruneWalArchive(JobContext &ctx, const QString &catalogDir, const QString &archiveDir, int keepBase,
                                       bool dryRun)
{
    if (!QDir(archiveDir).exists())
        return Error::of(Tr::tr("The WAL archive folder %1 does not exist.").arg(archiveDir), {}, QStringLiteral("no-archive"));
    const QList<BaseBackupInfo> good = listBaseBackups(catalogDir);
    if (good.isEmpty())
        return Error::of(Tr::tr("There is no good base backup in %1: every WAL segment may still be needed, none is removed.")
                             .arg(catalogDir),
                         {}, QStringLiteral("no-basebackup"));
    WalPruneResult out;
    // Kept means recoverable: a backup counts only once its full verification passed, so a
    // damaged one never becomes the reason to delete the WAL an older good one needs.
    QList<qsizetype> verified; // indexes into good, newest first
    for (qsizetype i = good.size() - 1; i >= 0; --i) {
        if (keepBase > 0 && verified.size() >= keepBase)
            break;
        if (Status s = verifyBaseBackup(ctx, good[i]); s)
            verified.append(i);
        else if (ctx.isCanceled())
            return JobContext::canceledError();
        else
            ctx.log(s.error().message);
    }
    if (verified.isEmpty())
        return Error::of(Tr::tr("No base backup in %1 passes its verification: no WAL is removed.").arg(catalogDir), {},
                         QStringLiteral("no-basebackup"));
    const qsizetype oldestIndex = verified.last();
    for (qsizetype i = 0; keepBase > 0 && i < oldestIndex; ++i) {
        const BaseBackupInfo &b = good[i];
        out.removedBackups << b.name;
        out.freedBytes += sizeOf(b.folder);
        if (!dryRun && !QDir(b.folder).removeRecursively())
            return Error::of(Tr::tr("Could not delete %1").arg(b.folder));
    }
    const BaseBackupInfo &oldest = good[oldestIndex];
    out.oldestKeptBackup = oldest.name;
    const qint64 segSize = oldest.walSegmentSize > 0 ? oldest.walSegmentSize : kDefaultWalSegmentSize;
    // Its start: even with the WAL inside the backup, the archive from there on is the way past it.
    const WalSegmentName first = WalSegmentName::forLsn(oldest.timeline, parseLsn(oldest.startLsn).value_or(0), segSize);
    out.keptFromSegment = first.fileName(segSize);
    const QFileInfoList files = QDir(archiveDir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &f : files) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const QString name = f.fileName();
        // 24 hex digits, optionally followed by .partial or .<offset>.backup.
        const auto seg = WalSegmentName::parse(name.left(24), segSize);
        if (!seg || (name.size() > 24 && !name.endsWith(QLatin1String(".partial")) && !name.endsWith(QLatin1String(".backup"))))
            continue;
        if (seg->timeline > first.timeline || seg->segment >= first.segment)
            continue;
        out.removedWal << name;
        out.freedBytes += f.size();
        if (!dryRun && !QFile::remove(f.absoluteFilePath()))
            return Error::of(Tr::tr("Could not delete %1").arg(f.absoluteFilePath()));
    }
    return out;
}

} // namespace pgs
