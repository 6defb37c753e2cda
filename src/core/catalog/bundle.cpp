// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/bundle.h"

#include "catalog/filecheck.h"
#include "catalog/manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <memory>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::Bundle)
};

constexpr qint64 kBlock = 1 << 20;

struct ArchiveWriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct ArchiveReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
using ArchiveWriter = std::unique_ptr<archive, ArchiveWriteDeleter>;
using ArchiveReader = std::unique_ptr<archive, ArchiveReadDeleter>;
using Entry = std::unique_ptr<archive_entry, EntryDeleter>;

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QString();
}

enum class Compression { Unknown, Zstd, Gzip };

Compression compressionFor(const QString &file)
{
    const QString lower = file.toLower();
    if (lower.endsWith(QLatin1String(".tar.zst")))
        return Compression::Zstd;
    if (lower.endsWith(QLatin1String(".tar.gz")) || lower.endsWith(QLatin1String(".tgz")))
        return Compression::Gzip;
    return Compression::Unknown;
}

// Every regular file below dir, relative, manifest.json first and the rest sorted: a stable order
// makes two bundles of the same backup identical apart from times.
Result<QStringList> bundleMembers(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = QDir(dir).relativeFilePath(info.filePath());
        if (info.isSymLink() || (!info.isFile() && !info.isDir()))
            return Error::of(Tr::tr("%1 is not a regular file; a backup folder holds only files").arg(relative));
        if (info.isFile() && relative != BackupManifest::fileName())
            files << relative;
    }
    files.sort();
    files.prepend(BackupManifest::fileName());
    return files;
}

Status writeHeader(archive *a, const QString &path, const QFileInfo &info)
{
    Entry entry(archive_entry_new());
    archive_entry_set_pathname_utf8(entry.get(), path.toUtf8().constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), info.size());
    archive_entry_set_mtime(entry.get(), info.lastModified().toSecsSinceEpoch(), 0);
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
        return Error::of(Tr::tr("Cannot write the bundle entry %1").arg(path), archiveError(a));
    return ok();
}

// Streams one file into the archive in 1 MiB blocks.
Status writeMember(JobContext &ctx, archive *a, const QString &dir, const QString &relative, const QString &top,
                   qint64 *done, qint64 total)
{
    QFile file(QDir(dir).filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read %1").arg(file.fileName()), file.errorString());
    Status header = writeHeader(a, top + QLatin1Char('/') + relative, QFileInfo(file));
    if (!header)
        return header;
    QByteArray block(kBlock, Qt::Uninitialized);
    for (;;) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Error::of(Tr::tr("Cannot read %1").arg(file.fileName()), file.errorString());
        if (n == 0)
            break;
        if (archive_write_data(a, block.constData(), size_t(n)) != n)
            return Error::of(Tr::tr("Cannot write the bundle"), archiveError(a));
        *done += n;
        ctx.progress(total > 0 ? double(*done) / total : -1, relative);
    }
    return ok();
}
} // namespace

Status exportBundle(JobContext &ctx, const QString &backupDir, const QString &bundleFile)
{
    const Compression compression = compressionFor(bundleFile);
    if (compression == Compression::Unknown)
        return Error::of(Tr::tr("The bundle file name must end in .tar.zst, .tar.gz or .tgz: %1").arg(bundleFile),
                         {}, QStringLiteral("bundle-name"));
    Result<BackupManifest> manifest = BackupManifest::load(backupDir);
    if (!manifest)
        return manifest.error();
    if (!manifest->isGood())
        return Error::of(Tr::tr("Only a complete backup can be bundled; %1 is %2")
                             .arg(backupDir, toString(manifest->status)),
                         {}, QStringLiteral("backup-not-complete"));
    Result<QStringList> members = bundleMembers(backupDir);
    if (!members)
        return members.error();
    qint64 total = 0;
    for (const QString &m : *members)
        total += QFileInfo(QDir(backupDir).filePath(m)).size();

    const QString top = QFileInfo(QDir::cleanPath(backupDir)).fileName();
    const QString partial = bundleFile + QStringLiteral(".partial");
    ArchiveWriter a(archive_write_new());
    archive_write_set_format_pax_restricted(a.get());
    const int filter = compression == Compression::Zstd ? archive_write_add_filter_zstd(a.get())
                                                        : archive_write_add_filter_gzip(a.get());
    if (filter != ARCHIVE_OK)
        return Error::of(Tr::tr("This libarchive cannot compress bundles this way"), archiveError(a.get()));
    if (archive_write_open_filename(a.get(), QFile::encodeName(partial).constData()) != ARCHIVE_OK)
        return Error::of(Tr::tr("Cannot create %1").arg(partial), archiveError(a.get()));

    qint64 done = 0;
    Status written = ok();
    for (const QString &m : *members) {
        written = writeMember(ctx, a.get(), backupDir, m, top, &done, total);
        if (!written)
            break;
    }
    const bool closed = archive_write_close(a.get()) == ARCHIVE_OK;
    if (written && !closed)
        written = Error::of(Tr::tr("Cannot finish %1").arg(partial), archiveError(a.get()));
    a.reset();
    if (!written) {
        QFile::remove(partial);
        return written;
    }
    // rename(2) replaces an older bundle of the same name in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(bundleFile).constData()) != 0) {
        QFile::remove(partial);
        return Error::of(Tr::tr("Cannot rename %1 to %2").arg(partial, bundleFile), qt_error_string(errno));
    }
    ctx.log(Tr::tr("Wrote %1 (%2 files)").arg(bundleFile).arg(members->size()));
    return ok();
}

namespace {
// Why an entry must not be unpacked, or empty when it is a plain file or folder below one
// top-level folder.
QString unsafeReason(archive_entry *entry, const QString &path)
{
    const mode_t type = archive_entry_filetype(entry);
    if (type != AE_IFREG && type != AE_IFDIR)
        return Tr::tr("not a regular file or folder");
    if (archive_entry_hardlink(entry) || archive_entry_symlink(entry))
        return Tr::tr("a link");
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return Tr::tr("an absolute or empty path");
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return Tr::tr("a path with \"..\"");
    }
    if (parts.first().startsWith(QLatin1String(".partial-")))
        return Tr::tr("a reserved folder name");
    return {};
}

Status extractData(JobContext &ctx, archive *a, const QString &target, qint64 bundleSize)
{
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::of(Tr::tr("Cannot write %1").arg(target), out.errorString());
    QByteArray block(kBlock, Qt::Uninitialized);
    for (;;) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const la_ssize_t n = archive_read_data(a, block.data(), size_t(block.size()));
        if (n < 0)
            return Error::of(Tr::tr("The bundle is damaged"), archiveError(a), QStringLiteral("bundle-corrupt"));
        if (n == 0)
            break;
        if (out.write(block.constData(), n) != n)
            return Error::of(Tr::tr("Cannot write %1").arg(target), out.errorString());
        if (bundleSize > 0)
            ctx.progress(double(archive_filter_bytes(a, -1)) / bundleSize, QFileInfo(target).fileName());
    }
    if (!out.flush())
        return Error::of(Tr::tr("Cannot write %1").arg(target), out.errorString());
    return ok();
}
} // namespace

Result<QString> extractBundle(JobContext &ctx, const QString &bundleFile, const QString &targetDir)
{
    ArchiveReader a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(bundleFile).constData(), size_t(kBlock)) != ARCHIVE_OK)
        return Error::of(Tr::tr("Cannot open the bundle %1").arg(bundleFile), archiveError(a.get()),
                         QStringLiteral("bundle-corrupt"));
    const qint64 bundleSize = QFileInfo(bundleFile).size();
    QString top;
    archive_entry *entry = nullptr;
    for (;;) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return Error::of(Tr::tr("The bundle is damaged"), archiveError(a.get()), QStringLiteral("bundle-corrupt"));
        const char *rawPath = archive_entry_pathname_utf8(entry);
        const QString path = rawPath ? QString::fromUtf8(rawPath) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        const QString why = unsafeReason(entry, path);
        if (!why.isEmpty())
            return Error::of(Tr::tr("The bundle holds an unsafe entry \"%1\": %2").arg(path, why), {},
                             QStringLiteral("bundle-unsafe"));
        const QString clean = QDir::cleanPath(path);
        const QString first = clean.section(QLatin1Char('/'), 0, 0);
        if (top.isEmpty())
            top = first;
        if (first != top)
            return Error::of(Tr::tr("The bundle holds more than one top-level folder (%1, %2)").arg(top, first), {},
                             QStringLiteral("bundle-unsafe"));
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            if (!QDir().mkpath(QDir(targetDir).filePath(clean)))
                return Error::of(Tr::tr("Cannot create %1").arg(QDir(targetDir).filePath(clean)));
            continue;
        }
        if (clean == top)
            return Error::of(Tr::tr("The bundle holds a file where its folder should be"), {},
                             QStringLiteral("bundle-unsafe"));
        const QString target = QDir(targetDir).filePath(clean);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error::of(Tr::tr("Cannot create %1").arg(QFileInfo(target).absolutePath()));
        Status written = extractData(ctx, a.get(), target, bundleSize);
        if (!written)
            return written.error();
    }
    if (top.isEmpty())
        return Error::of(Tr::tr("The bundle %1 is empty").arg(bundleFile), {}, QStringLiteral("bundle-corrupt"));
    const QString folder = QDir(targetDir).filePath(top);
    if (!QFileInfo::exists(QDir(folder).filePath(BackupManifest::fileName())))
        return Error::of(Tr::tr("The bundle holds no manifest.json"), {}, QStringLiteral("bundle-corrupt"));
    return folder;
}

namespace {
QString freeName(const QString &catalogDir, const QString &name)
{
    QString candidate = name;
    for (int n = 2; QFileInfo::exists(QDir(catalogDir).filePath(candidate)); ++n)
        candidate = QStringLiteral("%1-%2").arg(name).arg(n);
    return candidate;
}

Result<QString> importInto(JobContext &ctx, const QString &bundleFile, const QString &catalogDir,
                           const QString &partial)
{
    Result<QString> extracted = extractBundle(ctx, bundleFile, partial);
    if (!extracted)
        return extracted;
    Result<BackupManifest> manifest = BackupManifest::load(*extracted);
    if (!manifest)
        return manifest.error();
    if (!manifest->isGood())
        return Error::of(Tr::tr("The bundle holds a backup that is %1, not complete").arg(toString(manifest->status)),
                         {}, QStringLiteral("backup-not-complete"));
    ctx.progress(-1, Tr::tr("Verifying checksums"));
    Result<QStringList> problems = checkFiles(ctx, *extracted, *manifest);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error::of(Tr::tr("The bundle failed its checksum verification: %1").arg(problems->first()),
                         problems->join(QLatin1Char('\n')), QStringLiteral("verify-failed"));
    manifest->verifications.append({BackupManifest::VerifyLevel::Checksums, QDateTime::currentDateTime(), true, {}});
    Status saved = manifest->save(*extracted);
    if (!saved)
        return saved.error();
    const QString final = QDir(catalogDir).filePath(freeName(catalogDir, QFileInfo(*extracted).fileName()));
    if (!QDir().rename(*extracted, final))
        return Error::of(Tr::tr("Cannot rename %1 to %2").arg(*extracted, final));
    return final;
}
} // namespace

Result<QString> importBundle(JobContext &ctx, const QString &bundleFile, const QString &catalogDir)
{
    if (!QFileInfo(bundleFile).isFile())
        return Error::of(Tr::tr("No bundle file %1").arg(bundleFile), {}, QStringLiteral("not-found"));
    if (!QDir().mkpath(catalogDir))
        return Error::of(Tr::tr("Cannot create the catalog folder %1").arg(catalogDir));
    // The backup is unpacked one level below a locked ".partial-<id>" folder, so the catalog shows
    // it as in progress (or abandoned after a crash) and the final rename happens under the lock.
    const QString partial =
        QDir(catalogDir).filePath(QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(partial))
        return Error::of(Tr::tr("Cannot create %1").arg(partial));
    Result<QString> imported = [&]() -> Result<QString> {
        QLockFile lock(QDir(partial).filePath(QStringLiteral("writer.lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            return Error::of(Tr::tr("Cannot lock %1").arg(partial));
        return importInto(ctx, bundleFile, catalogDir, partial);
    }();
    QDir(partial).removeRecursively();
    if (imported)
        ctx.log(Tr::tr("Imported %1 into %2").arg(bundleFile, *imported));
    return imported;
}

} // namespace pgs
