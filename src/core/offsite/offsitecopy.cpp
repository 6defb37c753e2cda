// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/offsitecopy.h"

#include "catalog/manifest.h"
#include "offsite/copystatus.h"
#include "offsite/filehashes.h"
#include "offsite/rclone.h"
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

qint64 OffsiteCopyManifest::storedBytes() const
{
    qint64 total = 0;
    for (const File &f : files)
        total += f.storedSize;
    return total;
}

QJsonObject OffsiteCopyManifest::toJson() const
{
    QJsonArray array;
    for (const File &f : files)
        array.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), f.sha256},
                                 {QStringLiteral("stored_name"), f.storedName},
                                 {QStringLiteral("stored_size"), f.storedSize},
                                 {QStringLiteral("stored_sha256"), f.storedSha256},
                                 {QStringLiteral("stored_md5"), f.storedMd5}});
    return QJsonObject{{QStringLiteral("pgsteward_copy"), kSchemaVersion},
                       {QStringLiteral("folder"), folder},
                       {QStringLiteral("encrypted"), encrypted},
                       {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
                       {QStringLiteral("copied_at"), copiedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("backup"), backup},
                       {QStringLiteral("files"), array},
                       {QStringLiteral("stored_bytes"), storedBytes()}};
}

Result<OffsiteCopyManifest> OffsiteCopyManifest::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("pgsteward_copy")).toInt() != kSchemaVersion)
        return Error::of(Tr::tr("Not a pgsteward copy manifest (or one of a newer version)"));
    OffsiteCopyManifest m;
    m.folder = o.value(QStringLiteral("folder")).toString();
    m.encrypted = o.value(QStringLiteral("encrypted")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray())
        m.recipients << v.toString();
    m.copiedAt = QDateTime::fromString(o.value(QStringLiteral("copied_at")).toString(), Qt::ISODateWithMs);
    m.backup = o.value(QStringLiteral("backup")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        File file{f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("size")).toInteger(),
                  f.value(QStringLiteral("sha256")).toString(), f.value(QStringLiteral("stored_name")).toString(),
                  f.value(QStringLiteral("stored_size")).toInteger(), f.value(QStringLiteral("stored_sha256")).toString(),
                  f.value(QStringLiteral("stored_md5")).toString()};
        // A name from a remote file decides where we write when fetching: no way out of the folder.
        if (file.name.isEmpty() || file.storedName.isEmpty() || QDir::isAbsolutePath(file.name)
            || file.name.split(QLatin1Char('/')).contains(QStringLiteral(".."))
            || file.storedName.split(QLatin1Char('/')).contains(QStringLiteral("..")) || QDir::isAbsolutePath(file.storedName))
            return Error::of(Tr::tr("The copy manifest names a file outside its folder: %1").arg(file.name));
        m.files << file;
    }
    if (m.folder.isEmpty() || m.folder.contains(QLatin1Char('/')) || m.files.isEmpty())
        return Error::of(Tr::tr("The copy manifest is incomplete"));
    return m;
}

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

// Every file checked against the backup manifest (hashed while age encrypts it into staging, for
// an encrypted destination). The stored files' hashes are left to hashStoredFiles.
Result<OffsiteCopyManifest> prepareFiles(JobContext &ctx, const OffsiteDestination &destination, const QString &age,
                                         const QString &backupDir, const BackupManifest &manifest,
                                         const QString &staging)
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
        total += f.size;
    qint64 done = 0;
    for (const BackupManifest::File &f : std::as_const(files)) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        ctx.progress(total > 0 ? 0.5 * double(done) / double(total) : 0,
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

// The encrypted files' sizes and hashes, in a thread of its own while rclone uploads them.
QFuture<Result<QList<FileHashes>>> hashStoredFiles(JobContext &ctx, const OffsiteCopyManifest &copy, const QString &staging)
{
    QStringList paths;
    if (copy.encrypted)
        for (const OffsiteCopyManifest::File &f : copy.files)
            paths << QDir(staging).filePath(f.storedName);
    return QtConcurrent::run([&ctx, paths]() -> Result<QList<FileHashes>> {
        QList<FileHashes> hashes;
        for (const QString &path : paths) {
            Result<QString> sha = sha256OfFile(path, &ctx);
            if (!sha)
                return sha.error();
            hashes << FileHashes{QFileInfo(path).size(), *sha, {}};
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
    Result<OffsiteCopyManifest> prepared = prepareFiles(ctx, destination, age, backupDir, manifest, staging.path());
    if (!prepared)
        return prepared.error();
    OffsiteCopyManifest copy = *prepared;
    QStringList storedNames;
    for (const OffsiteCopyManifest::File &f : std::as_const(copy.files))
        storedNames << f.storedName;

    // On a file system a folder is renamed in one step, so the upload goes to "<folder>.partial"
    // first. On object stores a "rename" copies every object again on the server: there the
    // upload goes straight to its final name, and the copy manifest, written last, is what makes
    // the folder a copy (a folder without one is never listed and is redone).
    const bool renameAtEnd = destination.kind == OffsiteDestination::Kind::Local || destination.kind == OffsiteDestination::Kind::Sftp;
    const QString partial = renameAtEnd ? folder + OffsiteCopyManifest::partialSuffix() : folder;
    const QString uploading = Tr::tr("Uploading %1 to %2").arg(folder, destination.name);
    QStringList upload{QStringLiteral("copy"), copy.encrypted ? staging.path() : backupDir, target->path(partial)};
    if (!copy.encrypted) {
        const QString list = QDir(staging.path()).filePath(QStringLiteral("files.txt"));
        if (Status w = writeFileAtomically(list, storedNames.join(QLatin1Char('\n')).toUtf8() + '\n', Tr::tr("the file list"),
                                           Durability::Unsynced);
            !w)
            return w.error();
        upload << QStringLiteral("--files-from-raw") << list;
    }
    QFuture<Result<QList<FileHashes>>> storedHashes = hashStoredFiles(ctx, copy, staging.path());
    Result<QByteArray> up = target->transfer(ctx, upload, 0.5, 0.97, uploading);
    storedHashes.waitForFinished();
    if (!up)
        return up.error();
    if (copy.encrypted) {
        const Result<QList<FileHashes>> hashes = storedHashes.result();
        if (!hashes)
            return hashes.error();
        for (int i = 0; i < copy.files.size(); ++i) {
            copy.files[i].storedSize = hashes->at(i).size;
            copy.files[i].storedSha256 = hashes->at(i).sha256;
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
    for (OffsiteCopyManifest::File &f : copy.files)
        f.storedMd5 = remoteMd5.value(f.storedName);
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
