// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/offsitecopy.h"

#include "catalog/manifest.h"
#include "offsite/copystatus.h"
#include "offsite/filehashes.h"
#include "offsite/rclone.h"
#include "offsite/streamupload.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteCopy)
};

// The manifest without what names tables or files: the summary may sit unencrypted.
QJsonObject summaryOf(const BackupManifest &m)
{
    QJsonObject o = m.toJson();
    for (const char *key : {"files", "row_counts", "table_bytes", "options", "tool_path", "error"})
        o.remove(QString::fromLatin1(key));
    return o;
}

} // namespace

namespace {
// Clears what an earlier, unfinished attempt left: a final folder without a copy manifest, or a
// "<folder>.partial". True in *complete when a complete copy is there already.
Status clearLeftovers(JobContext &ctx, const RcloneTarget &target, const QString &folder, bool *complete)
{
    *complete = false;
    // One listing of the base instead of one probe per name: every rclone start costs a moment.
    Result<QStringList> folders = target.folders(ctx);
    if (!folders)
        return folders.error();
    if (folders->contains(folder)) {
        if (target.cat(ctx, folder + QLatin1Char('/') + OffsiteCopyManifest::fileName()).ok()) {
            *complete = true;
            return ok();
        }
        ctx.log(Tr::tr("Removing the unfinished copy %1 (no copy manifest)").arg(target.path(folder)));
        if (Result<QByteArray> purged = target.run(ctx, {QStringLiteral("purge"), target.path(folder)}); !purged)
            return purged.error();
    }
    const QString partial = folder + OffsiteCopyManifest::partialSuffix();
    if (folders->contains(partial)) {
        ctx.log(Tr::tr("Removing the interrupted upload %1").arg(target.path(partial)));
        if (Result<QByteArray> purged = target.run(ctx, {QStringLiteral("purge"), target.path(partial)}); !purged)
            return purged.error();
    }
    return ok();
}

// Files this large are encrypted and uploaded in one pass (streamupload.h); smaller ones are
// encrypted into staging and go up together in one rclone run (one start for many small files
// of a directory-format dump).
constexpr qint64 kStreamBytes = 8 << 20;

bool streams(const OffsiteDestination &destination, const BackupManifest::File &f)
{
    return destination.encrypted() && f.size >= kStreamBytes;
}

// Every staged file checked against the backup manifest (hashed while age encrypts it into
// staging, for an encrypted destination); the stored files' hashes are left to hashStoredFiles.
// Streamed files get their entry only (name, stored name), filled in as they are uploaded.
Result<OffsiteCopyManifest> prepareFiles(JobContext &ctx, const OffsiteDestination &destination, const QString &age,
                                         const QString &backupDir, const BackupManifest &manifest,
                                         const QString &staging, double share)
{
    OffsiteCopyManifest copy;
    copy.folder = QFileInfo(backupDir).fileName();
    copy.encrypted = destination.encrypted();
    copy.recipients = destination.recipients;
    copy.backup = summaryOf(manifest);
    QList<BackupManifest::File> files = manifest.files;
    files.append({BackupManifest::fileName(), QFileInfo(QDir(backupDir).filePath(BackupManifest::fileName())).size(), {}});
    qint64 total = 0;
    for (const BackupManifest::File &f : std::as_const(files))
        total += streams(destination, f) ? 0 : f.size;
    qint64 done = 0;
    for (const BackupManifest::File &f : std::as_const(files)) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        if (streams(destination, f)) {
            OffsiteCopyManifest::File entry;
            entry.name = f.name;
            entry.storedName = f.name + QStringLiteral(".age");
            copy.files << entry;
            continue;
        }
        ctx.progress(total > 0 ? share * double(done) / double(total) : 0,
                     copy.encrypted ? Tr::tr("Encrypting %1").arg(f.name) : Tr::tr("Checking %1").arg(f.name));
        done += f.size;
        const QString plainPath = QDir(backupDir).filePath(f.name);
        OffsiteCopyManifest::File entry;
        entry.name = f.name;
        entry.storedName = f.name;
        // SHA-256 only: the one hash the manifest has. (MD5 is asked of the backend after the upload.)
        QFuture<Result<QString>> hashing = QtConcurrent::run([&ctx, plainPath] { return sha256OfFile(plainPath, &ctx); });
        if (copy.encrypted) {
            entry.storedName = f.name + QStringLiteral(".age");
            Status enc = encryptFile(ctx, age, destination.recipients, plainPath, QDir(staging).filePath(entry.storedName));
            hashing.waitForFinished();
            if (!enc)
                return enc.error();
        }
        const Result<QString> hashed = hashing.result();
        if (!hashed)
            return hashed.error();
        const FileHashes plain{QFileInfo(plainPath).size(), *hashed, {}};
        if (!copy.encrypted) {
            entry.storedSize = plain.size;
            entry.storedSha256 = plain.sha256;
        }
        if (!f.sha256.isEmpty() && plain.sha256 != f.sha256)
            return Error::of(Tr::tr("%1 does not match its checksum in the manifest: the local backup is damaged; "
                                    "nothing was copied")
                                 .arg(f.name));
        entry.size = plain.size;
        entry.sha256 = plain.sha256;
        copy.files << entry;
    }
    return copy;
}

// The staged encrypted files' sizes and hashes, by stored name, in a thread of its own while
// rclone uploads them.
QFuture<Result<QHash<QString, FileHashes>>> hashStoredFiles(JobContext &ctx, bool encrypted, const QStringList &storedNames,
                                                            const QString &staging)
{
    const QStringList names = encrypted ? storedNames : QStringList();
    return QtConcurrent::run([&ctx, names, staging]() -> Result<QHash<QString, FileHashes>> {
        QHash<QString, FileHashes> hashes;
        for (const QString &name : names) {
            const QString path = QDir(staging).filePath(name);
            Result<QString> sha = sha256OfFile(path, &ctx);
            if (!sha)
                return sha.error();
            hashes.insert(name, FileHashes{QFileInfo(path).size(), *sha, {}});
        }
        return hashes;
    });
}

Result<OffsiteCopyResult> copyFolder(JobContext &ctx, const OffsiteDestination &destination, const QString &backupDir,
                                     const BackupManifest &manifest)
{
    const QString folder = QFileInfo(backupDir).fileName();
    Result<RcloneTarget> target = RcloneTarget::open(ctx, destination);
    if (!target)
        return target.error();
    QString age;
    if (destination.encrypted()) {
        Result<QString> found = findAge(ctx);
        if (!found)
            return found.error();
        age = *found;
    }

    OffsiteCopyResult result;
    result.remotePath = target->path(folder);
    bool complete = false;
    if (Status cleared = clearLeftovers(ctx, *target, folder, &complete); !cleared)
        return cleared.error();
    if (complete) {
        ctx.log(Tr::tr("%1 is already at %2").arg(folder, destination.name));
        result.alreadyThere = true;
        return result;
    }

    QTemporaryDir staging(QDir::temp().filePath(QStringLiteral("pgsteward-offsite-XXXXXX")));
    if (!staging.isValid())
        return Error::of(Tr::tr("Cannot create a staging folder"), staging.errorString());
    qint64 streamedBytes = 0;
    qint64 stagedBytes = 0;
    for (const BackupManifest::File &f : manifest.files)
        (streams(destination, f) ? streamedBytes : stagedBytes) += f.size;
    const double total = double(std::max<qint64>(1, streamedBytes + stagedBytes));
    const double stageShare = 0.3 * double(stagedBytes) / total;
    const auto at = [&](qint64 bytes) { return stageShare + (0.97 - stageShare) * double(bytes) / total; };

    Result<OffsiteCopyManifest> prepared = prepareFiles(ctx, destination, age, backupDir, manifest, staging.path(), stageShare);
    if (!prepared)
        return prepared.error();
    OffsiteCopyManifest copy = *prepared;
    QStringList stagedNames;
    for (const OffsiteCopyManifest::File &f : std::as_const(copy.files))
        if (!f.sha256.isEmpty())
            stagedNames << f.storedName;

    // On a file system a folder is renamed in one step, so the upload goes to "<folder>.partial"
    // first. On object stores a "rename" copies every object again on the server: there the
    // upload goes straight to its final name, and the copy manifest, written last, is what makes
    // the folder a copy (a folder without one is never listed and is redone).
    const bool renameAtEnd = destination.kind == OffsiteDestination::Kind::Local || destination.kind == OffsiteDestination::Kind::Sftp;
    const QString partial = renameAtEnd ? folder + OffsiteCopyManifest::partialSuffix() : folder;
    const QString uploading = Tr::tr("Uploading %1 to %2").arg(folder, destination.name);

    // The large files: encrypted on the way up, no staging copy.
    qint64 streamedSoFar = 0;
    QHash<QString, QString> streamedMd5;
    for (OffsiteCopyManifest::File &entry : copy.files) {
        if (!entry.sha256.isEmpty())
            continue;
        const auto f = std::find_if(manifest.files.cbegin(), manifest.files.cend(),
                                    [&](const BackupManifest::File &m) { return m.name == entry.name; });
        if (f == manifest.files.cend())
            return Error::of(Tr::tr("%1 is not in the manifest").arg(entry.name));
        const qint64 size = f->size;
        Result<StreamedFile> sent = encryptAndUpload(ctx, *target, age, destination.recipients, QDir(backupDir).filePath(entry.name),
                                                     target->path(partial + QLatin1Char('/') + entry.storedName),
                                                     destination.kind == OffsiteDestination::Kind::S3, at(streamedSoFar),
                                                     at(streamedSoFar + size), uploading);
        if (!sent)
            return sent.error();
        streamedSoFar += size;
        if (!f->sha256.isEmpty() && sent->plainSha256 != f->sha256)
            return Error::of(Tr::tr("%1 does not match its checksum in the manifest: the local backup is damaged; "
                                    "nothing counts as copied")
                                 .arg(entry.name));
        entry.size = sent->plainSize;
        entry.sha256 = sent->plainSha256;
        entry.storedSize = sent->storedSize;
        entry.storedSha256 = sent->storedSha256;
        streamedMd5.insert(entry.storedName, sent->storedMd5);
    }

    // The small files: one rclone run for all of them.
    QStringList upload{QStringLiteral("copy"), copy.encrypted ? staging.path() : backupDir, target->path(partial)};
    const QString list = QDir(staging.path()).filePath(QStringLiteral("files.txt"));
    if (Status w = writeFileAtomically(list, stagedNames.join(QLatin1Char('\n')).toUtf8() + '\n', Tr::tr("the file list"),
                                       Durability::Unsynced);
        !w)
        return w.error();
    upload << QStringLiteral("--files-from-raw") << list;
    QFuture<Result<QHash<QString, FileHashes>>> storedHashes = hashStoredFiles(ctx, copy.encrypted, stagedNames, staging.path());
    Result<QByteArray> up = target->transfer(ctx, upload, at(streamedSoFar), 0.97, uploading);
    storedHashes.waitForFinished();
    if (!up)
        return up.error();
    if (copy.encrypted) {
        const Result<QHash<QString, FileHashes>> hashes = storedHashes.result();
        if (!hashes)
            return hashes.error();
        for (OffsiteCopyManifest::File &f : copy.files) {
            if (hashes->contains(f.storedName)) {
                f.storedSize = hashes->value(f.storedName).size;
                f.storedSha256 = hashes->value(f.storedName).sha256;
            }
        }
    }

    // What arrived, by size, before the copy may count.
    // On S3 the listing also brings each object's MD5 (its ETag, computed by the server from what
    // it received; rclone checked it against the bytes it sent): recorded so that a later verify
    // needs no download.
    QStringList listArgs{QStringLiteral("lsjson"), QStringLiteral("-R"), QStringLiteral("--files-only"), target->path(partial)};
    if (destination.kind == OffsiteDestination::Kind::S3)
        listArgs << QStringLiteral("--hash-type") << QStringLiteral("MD5");
    Result<QByteArray> listing = target->run(ctx, listArgs);
    if (!listing)
        return listing.error();
    QHash<QString, qint64> remoteSizes;
    QHash<QString, QString> remoteMd5;
    for (const QJsonValue &v : QJsonDocument::fromJson(*listing).array()) {
        const QString path = v.toObject().value(QStringLiteral("Path")).toString();
        remoteSizes.insert(path, v.toObject().value(QStringLiteral("Size")).toInteger());
        remoteMd5.insert(path, v.toObject().value(QStringLiteral("Hashes")).toObject().value(QStringLiteral("md5")).toString());
    }
    for (OffsiteCopyManifest::File &f : copy.files) {
        f.storedMd5 = remoteMd5.value(f.storedName);
        // rcat does not compare hashes after the upload as rclone copy does: ours against S3's.
        const QString sent = streamedMd5.value(f.storedName);
        if (!sent.isEmpty() && !f.storedMd5.isEmpty() && sent.compare(f.storedMd5, Qt::CaseInsensitive) != 0)
            return Error::of(Tr::tr("%1 arrived damaged at the destination (its MD5 differs from what was sent)").arg(f.storedName));
    }
    for (const OffsiteCopyManifest::File &f : std::as_const(copy.files))
        if (remoteSizes.value(f.storedName, -1) != f.storedSize)
            return Error::of(Tr::tr("The upload of %1 is incomplete (%2 of %3 bytes at the destination)")
                                 .arg(f.storedName).arg(remoteSizes.value(f.storedName, 0)).arg(f.storedSize));

    if (renameAtEnd) {
        if (Result<QByteArray> moved = target->run(ctx, {QStringLiteral("moveto"), target->path(partial), result.remotePath});
            !moved)
            return moved.error();
    }
    // The copy manifest goes last: until it is there, the folder is no copy.
    copy.copiedAt = QDateTime::currentDateTimeUtc();
    const QString copyFile = QDir(staging.path()).filePath(OffsiteCopyManifest::fileName());
    if (Status w = writeFileAtomically(copyFile, QJsonDocument(copy.toJson()).toJson(), Tr::tr("the copy manifest"),
                                       Durability::Unsynced);
        !w)
        return w.error();
    if (Result<QByteArray> up = target->run(ctx, {QStringLiteral("copyto"), copyFile,
                                                  result.remotePath + QLatin1Char('/') + OffsiteCopyManifest::fileName()});
        !up)
        return up.error();
    result.files = int(copy.files.size());
    result.storedBytes = copy.storedBytes();
    ctx.log(Tr::tr("Copied %1 to %2 (%3 files, %4 bytes%5)")
                .arg(folder, result.remotePath)
                .arg(result.files)
                .arg(result.storedBytes)
                .arg(copy.encrypted ? Tr::tr(", encrypted") : QString()));
    return result;
}
} // namespace

Result<OffsiteCopyResult> copyToDestination(JobContext &ctx, const OffsiteDestination &destination,
                                            const QString &backupDir)
{
    Result<BackupManifest> manifest = BackupManifest::load(backupDir);
    if (!manifest)
        return manifest.error();
    const QString folder = QFileInfo(backupDir).fileName();
    if (!manifest->isGood() || folder.startsWith(QLatin1Char('.')))
        return Error::of(Tr::tr("Only a complete backup is copied off-site; %1 is %2")
                             .arg(folder, toString(manifest->status)));
    OffsiteCopyStatus status;
    status.destination = destination.name;
    status.at = QDateTime::currentDateTimeUtc();
    if (Status s = recordCopyStatus(backupDir, status); !s)
        ctx.log(s.error().message); // the copy itself does not depend on the status file
    Result<OffsiteCopyResult> result = copyFolder(ctx, destination, backupDir, *manifest);
    status.at = QDateTime::currentDateTimeUtc();
    if (result) {
        status.state = OffsiteCopyStatus::State::Copied;
        status.remotePath = result->remotePath;
        status.storedBytes = result->storedBytes;
        if (result->alreadyThere) { // keep what the first copy recorded
            for (const OffsiteCopyStatus &before : loadCopyStatus(backupDir))
                if (before.destination == destination.name && before.state == OffsiteCopyStatus::State::Copied)
                    status = before;
        }
    } else {
        status.state = ctx.isCanceled() ? OffsiteCopyStatus::State::Pending : OffsiteCopyStatus::State::Failed;
        status.error = result.error().message;
    }
    if (Status s = recordCopyStatus(backupDir, status); !s)
        ctx.log(s.error().message);
    return result;
}

} // namespace pgs
