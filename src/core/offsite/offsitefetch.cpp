// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/offsitecopy.h"

#include "catalog/backupfolder.h"
#include "catalog/manifest.h"
#include "offsite/rclone.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteFetch)
};

// Removes the half-fetched folder unless released.
struct PartialGuard
{
    QString path;
    ~PartialGuard()
    {
        if (!path.isEmpty())
            QDir(path).removeRecursively();
    }
};
} // namespace

Result<QString> fetchFromDestination(JobContext &ctx, const OffsiteDestination &destination, const QString &folder,
                                     const QString &catalogDir, const QString &identityFile)
{
    const QString finalPath = QDir(catalogDir).filePath(folder);
    if (QFileInfo::exists(finalPath))
        return Error::of(Tr::tr("%1 is already in the catalog").arg(finalPath));
    Result<RcloneTarget> target = RcloneTarget::open(ctx, destination);
    if (!target)
        return target.error();
    Result<QByteArray> text = target->cat(ctx, folder + QLatin1Char('/') + OffsiteCopyManifest::fileName());
    if (!text)
        return Error::of(Tr::tr("%1 has no complete copy named %2").arg(destination.name, folder), text.error().message,
                         QStringLiteral("not-found"));
    Result<OffsiteCopyManifest> copy = OffsiteCopyManifest::fromJson(QJsonDocument::fromJson(*text).object());
    if (!copy)
        return copy.error();
    QString age;
    if (copy->encrypted) {
        if (identityFile.isEmpty())
            return Error::of(Tr::tr("%1 is encrypted: name the age identity file with --identity").arg(folder));
        if (!QFileInfo(identityFile).isReadable())
            return Error::of(Tr::tr("Cannot read the identity file %1").arg(identityFile));
        Result<QString> found = findAge(ctx);
        if (!found)
            return found.error();
        age = *found;
    }

    QTemporaryDir download(QDir::temp().filePath(QStringLiteral("pgsteward-fetch-XXXXXX")));
    if (!download.isValid())
        return Error::of(Tr::tr("Cannot create a download folder"), download.errorString());
    // rclone checks the backend's hash (S3: MD5) while downloading: a changed object fails here.
    if (Result<QByteArray> got = target->transfer(ctx, {QStringLiteral("copy"), target->path(folder), download.path()}, 0, 0.6,
                                                  Tr::tr("Downloading %1 from %2").arg(folder, destination.name));
        !got) {
        if (ctx.isCanceled())
            return got.error();
        return Error::of(Tr::tr("The copy %1 at %2 could not be downloaded intact; it may be damaged").arg(folder, destination.name),
                         got.error().message, QStringLiteral("download-failed"));
    }

    PartialGuard partial{QDir(catalogDir).filePath(BackupFolder::partialPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces))};
    if (!QDir().mkpath(partial.path))
        return Error::of(Tr::tr("Cannot create %1").arg(partial.path));
    QStringList problems;
    for (int i = 0; i < copy->files.size(); ++i) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const OffsiteCopyManifest::File &f = copy->files.at(i);
        ctx.progress(0.6 + 0.4 * double(i) / copy->files.size(), Tr::tr("Checking %1").arg(f.name));
        const QString stored = QDir(download.path()).filePath(f.storedName);
        Result<QString> storedSha = sha256OfFile(stored, &ctx);
        if (!storedSha || *storedSha != f.storedSha256) {
            problems << Tr::tr("%1: the stored bytes do not match their SHA-256 (damaged or changed at the destination)")
                            .arg(f.storedName);
            continue;
        }
        const QString plain = QDir(partial.path).filePath(f.name);
        QDir().mkpath(QFileInfo(plain).absolutePath());
        if (copy->encrypted) {
            ToolRun run;
            run.program = age;
            run.arguments = {QStringLiteral("-d"), QStringLiteral("-i"), identityFile, QStringLiteral("-o"), plain, stored};
            Result<ToolOutput> dec = runTool(ctx, run);
            if (!dec)
                return Error::of(Tr::tr("Cannot decrypt %1 with the identity %2 (is it the key for one of the "
                                        "recipients %3?)")
                                     .arg(f.storedName, identityFile, copy->recipients.join(QStringLiteral(", "))),
                                 dec.error().message, QStringLiteral("decrypt-failed"));
        } else if (!QFile::rename(stored, plain)) {
            return Error::of(Tr::tr("Cannot move %1 into the catalog").arg(f.name));
        }
        Result<QString> sha = sha256OfFile(plain, &ctx);
        if (!sha || *sha != f.sha256)
            problems << Tr::tr("%1: the decrypted bytes do not match their SHA-256").arg(f.name);
    }
    if (!problems.isEmpty())
        return Error::of(Tr::tr("The copy %1 at %2 is damaged; nothing was fetched").arg(folder, destination.name),
                         problems.join(QLatin1Char('\n')), QStringLiteral("checksum-mismatch"));
    Result<BackupManifest> manifest = BackupManifest::load(partial.path);
    if (!manifest || !manifest->isGood())
        return Error::of(Tr::tr("The fetched copy has no good manifest"), manifest ? QString() : manifest.error().message);
    if (!QDir().rename(partial.path, finalPath))
        return Error::of(Tr::tr("Cannot rename %1 to %2").arg(partial.path, finalPath));
    partial.path.clear();
    ctx.log(Tr::tr("Fetched %1 into %2; every checksum matches").arg(folder, finalPath));
    return finalPath;
}

} // namespace pgs
