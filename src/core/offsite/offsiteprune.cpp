// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/offsiteprune.h"

#include "offsite/rclone.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsitePrune)
};
} // namespace

Result<CatalogEntry> catalogEntryOf(const OffsiteCopyManifest &copy)
{
    QJsonObject json = copy.backup;
    QJsonArray files;
    for (const OffsiteCopyManifest::File &f : copy.files)
        if (f.name != BackupManifest::fileName())
            files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("size"), f.size},
                                     {QStringLiteral("sha256"), f.sha256}});
    json.insert(QStringLiteral("files"), files);
    Result<BackupManifest> manifest = BackupManifest::fromJson(json);
    if (!manifest)
        return manifest.error();
    CatalogEntry entry;
    entry.folder = copy.folder;
    entry.manifest = *manifest;
    return entry;
}

Result<QList<RetentionDecision>> pruneDestination(JobContext &ctx, const OffsiteDestination &destination, bool dryRun)
{
    Result<QList<OffsiteCopyManifest>> copies = listDestination(ctx, destination);
    if (!copies)
        return copies.error();
    QList<CatalogEntry> entries;
    for (const OffsiteCopyManifest &copy : std::as_const(*copies)) {
        Result<CatalogEntry> entry = catalogEntryOf(copy);
        if (!entry) { // unreadable summary: never deleted on a guess
            ctx.log(Tr::tr("keep %1 (%2)").arg(copy.folder, entry.error().message));
            continue;
        }
        entries << *entry;
    }
    const QList<RetentionDecision> decisions = planRetention(entries, destination.retention);
    Result<RcloneTarget> target = RcloneTarget::open(ctx, destination);
    if (!target)
        return target.error();
    QStringList failures;
    for (int i = 0; i < decisions.size(); ++i) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const RetentionDecision &d = decisions.at(i);
        const QString reasons = d.reasons.join(QStringLiteral(", "));
        ctx.progress(double(i) / decisions.size(), d.entry.folder);
        if (d.keep) {
            ctx.log(Tr::tr("keep %1 at %2 (%3)").arg(d.entry.folder, destination.name, reasons));
            continue;
        }
        if (dryRun) {
            ctx.log(Tr::tr("would delete %1 at %2 (%3)").arg(d.entry.folder, destination.name, reasons));
            continue;
        }
        const QString copyFile = d.entry.folder + QLatin1Char('/') + OffsiteCopyManifest::fileName();
        Result<QByteArray> gone = target->run(ctx, {QStringLiteral("deletefile"), target->path(copyFile)});
        if (gone)
            gone = target->run(ctx, {QStringLiteral("purge"), target->path(d.entry.folder)});
        if (gone) {
            ctx.log(Tr::tr("deleted %1 at %2 (%3)").arg(d.entry.folder, destination.name, reasons));
        } else {
            ctx.log(Tr::tr("could not delete %1 at %2: %3").arg(d.entry.folder, destination.name, gone.error().message));
            failures << gone.error().message;
        }
    }
    if (!failures.isEmpty())
        return Error::of(Tr::tr("%1 of the copies at %2 could not be deleted").arg(failures.size()).arg(destination.name),
                         failures.join(QLatin1Char('\n')), QStringLiteral("prune-failed"));
    return decisions;
}

} // namespace pgs
