// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/offsiteverify.h"

#include "offsite/filehashes.h"
#include "offsite/offsitecopy.h"
#include "offsite/rclone.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteVerify)
};

struct RemoteFile
{
    qint64 size = -1;
    QString sha256;
    QString md5;
};

// Problems of the stored files against the copy manifest; *downloads counts files hashed here.
Result<QStringList> checkStoredFiles(JobContext &ctx, const RcloneTarget &target, const OffsiteCopyManifest &copy,
                                     int *downloads)
{
    Result<QByteArray> listing = target.run(ctx, {QStringLiteral("lsjson"), QStringLiteral("-R"), QStringLiteral("--files-only"),
                                                  QStringLiteral("--hash"), target.path(copy.folder)});
    if (!listing)
        return listing.error();
    QHash<QString, RemoteFile> remote;
    for (const QJsonValue &v : QJsonDocument::fromJson(*listing).array()) {
        const QJsonObject o = v.toObject();
        const QJsonObject hashes = o.value(QStringLiteral("Hashes")).toObject();
        remote.insert(o.value(QStringLiteral("Path")).toString(),
                      {o.value(QStringLiteral("Size")).toInteger(), hashes.value(QStringLiteral("sha256")).toString(),
                       hashes.value(QStringLiteral("md5")).toString()});
    }
    QStringList problems;
    QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("pgsteward-verify-XXXXXX")));
    for (int i = 0; i < copy.files.size(); ++i) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const OffsiteCopyManifest::File &f = copy.files.at(i);
        ctx.progress(double(i) / copy.files.size(), Tr::tr("Checking %1").arg(f.storedName));
        const RemoteFile r = remote.value(f.storedName);
        if (r.size < 0) {
            problems << Tr::tr("%1: missing at the destination").arg(f.storedName);
            continue;
        }
        if (r.size != f.storedSize) {
            problems << Tr::tr("%1: %2 bytes at the destination, the copy manifest says %3")
                            .arg(f.storedName).arg(r.size).arg(f.storedSize);
            continue;
        }
        if (!r.sha256.isEmpty()) {
            if (r.sha256.compare(f.storedSha256, Qt::CaseInsensitive) != 0)
                problems << Tr::tr("%1: SHA-256 at the destination differs from the copy manifest").arg(f.storedName);
            continue;
        }
        if (!r.md5.isEmpty() && !f.storedMd5.isEmpty()) {
            if (r.md5.compare(f.storedMd5, Qt::CaseInsensitive) != 0)
                problems << Tr::tr("%1: MD5 at the destination differs from the copy manifest").arg(f.storedName);
            continue;
        }
        // No usable hash from the backend: download and hash here.
        ++*downloads;
        const QString local = QDir(scratch.path()).filePath(QString::number(i));
        if (Result<QByteArray> got = target.run(ctx, {QStringLiteral("copyto"), target.path(copy.folder + QLatin1Char('/') + f.storedName), local});
            !got) {
            problems << Tr::tr("%1: cannot be downloaded: %2").arg(f.storedName, got.error().message);
            continue;
        }
        Result<FileHashes> h = hashFile(ctx, local);
        if (!h)
            return h.error();
        QFile::remove(local);
        if (h->sha256 != f.storedSha256)
            problems << Tr::tr("%1: the downloaded bytes do not match their SHA-256").arg(f.storedName);
    }
    return problems;
}
} // namespace

Result<VerifyReport> verifyAtDestination(JobContext &ctx, const OffsiteDestination &destination, const QString &folder,
                                         BackupManifest::VerifyLevel level, const QString &identityFile,
                                         const QString &toolsDir)
{
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
    if (copy->folder != folder)
        return Error::of(Tr::tr("The copy manifest of %1 names another folder (%2)").arg(folder, copy->folder));

    VerifyReport report;
    report.requested = level;
    int downloads = 0;
    Result<QStringList> problems = checkStoredFiles(ctx, *target, *copy, &downloads);
    if (!problems)
        return problems.error();
    ctx.log(Tr::tr("%1 files of %2 at %3 checked: %4 by the destination's hash, %5 downloaded")
                .arg(copy->files.size()).arg(folder, destination.name).arg(copy->files.size() - downloads).arg(downloads));
    report.problems = *problems;
    if (!report.problems.isEmpty())
        return report;
    report.reached = BackupManifest::VerifyLevel::Checksums;
    report.passed = true;
    if (level <= BackupManifest::VerifyLevel::Checksums)
        return report;

    // Higher levels need the plain bytes: fetch (checksums again, decrypted) into a throwaway catalog.
    QTemporaryDir catalog(QDir::temp().filePath(QStringLiteral("pgsteward-offsite-verify-XXXXXX")));
    if (!catalog.isValid())
        return Error::of(Tr::tr("Cannot create a temporary catalog"), catalog.errorString());
    Result<QString> fetched = fetchFromDestination(ctx, destination, folder, catalog.path(), identityFile);
    if (!fetched) {
        if (ctx.isCanceled())
            return fetched.error();
        report.passed = false;
        report.problems << fetched.error().message;
        if (!fetched.error().detail.isEmpty())
            report.problems << fetched.error().detail.split(QLatin1Char('\n'));
        return report;
    }
    Result<VerifyReport> local = verifyBackup(ctx, *fetched, level, toolsDir);
    if (!local)
        return local.error();
    return *local;
}

} // namespace pgs
