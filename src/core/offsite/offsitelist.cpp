// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/offsitecopy.h"

#include "offsite/rclone.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteCopy)
};
} // namespace

Result<QList<OffsiteCopyManifest>> listDestination(JobContext &ctx, const OffsiteDestination &destination)
{
    Result<RcloneTarget> target = RcloneTarget::open(ctx, destination);
    if (!target)
        return target.error();
    Result<QByteArray> json = target->listJson(ctx, {}, {QStringLiteral("--dirs-only")});
    if (!json)
        return json.error();
    Result<QStringList> dirs = lsjsonPaths(*json, true);
    if (!dirs)
        return dirs.error();
    QList<OffsiteCopyManifest> copies;
    for (const QString &dir : std::as_const(*dirs)) {
        if (dir.endsWith(OffsiteCopyManifest::partialSuffix()))
            continue; // an upload still running or interrupted
        Result<QByteArray> text = target->cat(ctx, dir + QLatin1Char('/') + OffsiteCopyManifest::fileName());
        if (!text)
            continue; // no copy manifest: never finished
        Result<OffsiteCopyManifest> m = OffsiteCopyManifest::fromJson(QJsonDocument::fromJson(*text).object());
        if (!m || m->folder != dir) {
            ctx.log(Tr::tr("%1 has an unreadable copy manifest; not listed").arg(dir));
            continue;
        }
        copies << *m;
    }
    std::sort(copies.begin(), copies.end(), [](const OffsiteCopyManifest &a, const OffsiteCopyManifest &b) {
        return a.backup.value(QStringLiteral("started_at")).toString() > b.backup.value(QStringLiteral("started_at")).toString();
    });
    return copies;
}

Result<int> testDestination(JobContext &ctx, const OffsiteDestination &destination)
{
    Result<RcloneTarget> target = RcloneTarget::open(ctx, destination);
    if (!target)
        return target.error();
    if (Result<QByteArray> made = target->run(ctx, {QStringLiteral("mkdir"), target->path()}); !made)
        return made.error();
    Result<QList<OffsiteCopyManifest>> copies = listDestination(ctx, destination);
    if (!copies)
        return copies.error();
    return int(copies->size());
}

} // namespace pgs
