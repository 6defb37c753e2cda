// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoresource.h"

#include "catalog/bundle.h"
#include "catalog/filecheck.h"
#include "backup/plaindump.h"
#include "restore/archivetoc.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::RestoreSource)
};

constexpr qsizetype kTarBlock = 512;

QByteArray head(const QString &path, qsizetype bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

// A pg_dump tar archive: its first member is toc.dat with a POSIX ustar header.
bool isDumpTar(const QByteArray &block)
{
    if (block.size() < kTarBlock || block.mid(257, 5) != "ustar")
        return false;
    const QByteArray name = block.left(100);
    return QByteArray(name.constData()) == "toc.dat";
}

// A compressed tar (our bundles): libarchive recognises a tar header behind the filter.
bool isCompressedTar(const QString &path)
{
    struct Free
    {
        void operator()(archive *a) const { archive_read_free(a); }
    };
    std::unique_ptr<archive, Free> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
        return false;
    archive_entry *entry = nullptr;
    if (archive_read_next_header(a.get(), &entry) != ARCHIVE_OK)
        return false;
    // A raw compressed SQL file never passes the tar header checksum; an uncompressed tar is not a bundle.
    return archive_filter_count(a.get()) > 1;
}

// Plain SQL as pg_dump or pg_dumpall writes it, whatever the compression.
bool looksLikePlainSql(const QString &path)
{
    PlainDumpReader reader(path);
    if (!reader.open())
        return false;
    Result<QByteArray> block = reader.read();
    if (!block)
        return false;
    const QByteArray text = block->left(4096).trimmed();
    return text.startsWith("--") || text.startsWith("SET") || text.startsWith("\\restrict");
}

Result<RestoreSource::Kind> detectDumpKind(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::of(Tr::tr("%1 does not exist").arg(path), {}, QStringLiteral("source-missing"));
    // Opening a FIFO blocks until a writer comes; a device never ends: refuse before reading.
    if (Status regular = checkRegularSource(path); !regular)
        return regular.error();
    if (info.isDir()) {
        const QString toc = QDir(path).filePath(QStringLiteral("toc.dat"));
        if (QFileInfo::exists(toc)) {
            if (Status regular = checkRegularSource(toc); !regular)
                return regular.error();
            return RestoreSource::Kind::Directory;
        }
        return Error::of(Tr::tr("%1 is neither a backup folder (manifest.json) nor a directory-format dump (toc.dat)")
                             .arg(path),
                         {}, QStringLiteral("source-unknown"));
    }
    const QByteArray start = head(path, kTarBlock);
    if (start.isNull())
        return Error::of(Tr::tr("Cannot read %1").arg(path), {}, QStringLiteral("source-unreadable"));
    if (start.startsWith("PGDMP"))
        return RestoreSource::Kind::Custom;
    if (isDumpTar(start))
        return RestoreSource::Kind::Tar;
    if (looksLikePlainSql(path))
        return RestoreSource::Kind::Plain;
    return Error::of(Tr::tr("%1 is not a pg_dump archive, a plain SQL dump or a pgsteward bundle").arg(path), {},
                     QStringLiteral("source-unknown"));
}

Result<RestoreSource> openBackupFolder(JobContext &ctx, const QString &folder, bool verifyChecksums, bool globalsOnly)
{
    if (Status regular = checkRegularSource(QDir(folder).filePath(BackupManifest::fileName())); !regular)
        return regular.error();
    Result<BackupManifest> manifest = BackupManifest::load(folder);
    if (!manifest)
        return manifest.error();
    // pg_dumpall --globals-only: its globals.sql is both the dump and the globals file.
    const bool onlyGlobals = globalsOnly && !manifest->globalsName.isEmpty()
                             && (manifest->dumpName.isEmpty() || manifest->options.source == BackupOptions::Source::GlobalsOnly);
    if (manifest->dumpName.isEmpty() && !onlyGlobals)
        return Error::of(Tr::tr("The backup in %1 holds no database dump (globals only)").arg(folder), {},
                         QStringLiteral("source-no-dump"));
    for (const BackupManifest::File &file : manifest->files) { // hashing a FIFO would block
        const QString path = QDir(folder).filePath(file.name);
        if (QFileInfo::exists(path)) {
            if (Status regular = checkRegularSource(path); !regular)
                return regular.error();
        }
    }
    if (verifyChecksums) {
        ctx.progress(-1, Tr::tr("Verifying the checksums of %1").arg(QFileInfo(folder).fileName()));
        Result<QStringList> problems = checkFiles(ctx, folder, *manifest);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty()) {
            return Error::of(Tr::tr("The backup is damaged and was not restored: %1").arg(problems->first()),
                             problems->join(QLatin1Char('\n')), QStringLiteral("backup-damaged"));
        }
    }
    const QDir dir(folder);
    RestoreSource source;
    source.backupFolder = folder;
    if (!manifest->globalsName.isEmpty() && QFileInfo::exists(dir.filePath(manifest->globalsName)))
        source.globalsPath = dir.filePath(manifest->globalsName);
    source.manifest = *manifest;
    if (onlyGlobals) {
        if (source.globalsPath.isEmpty())
            return Error::of(Tr::tr("%1 is missing from %2").arg(manifest->globalsName, folder), {},
                             QStringLiteral("source-missing"));
        source.kind = RestoreSource::Kind::Plain;
        return source;
    }
    source.dumpPath = dir.filePath(manifest->dumpName);
    Result<RestoreSource::Kind> kind = detectDumpKind(source.dumpPath);
    if (!kind)
        return kind.error();
    source.kind = *kind;
    return source;
}
} // namespace

QString toString(RestoreSource::Kind kind)
{
    switch (kind) {
    case RestoreSource::Kind::Custom:
        return QStringLiteral("custom");
    case RestoreSource::Kind::Directory:
        return QStringLiteral("directory");
    case RestoreSource::Kind::Tar:
        return QStringLiteral("tar");
    case RestoreSource::Kind::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

Result<RestoreSource> openRestoreSource(JobContext &ctx, const QString &path, bool verifyChecksums, bool globalsOnly)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists())
        return Error::of(Tr::tr("%1 does not exist").arg(path), {}, QStringLiteral("source-missing"));
    if (Status regular = checkRegularSource(absolute); !regular)
        return regular.error();

    if (info.isDir() && QFileInfo::exists(QDir(absolute).filePath(BackupManifest::fileName()))) {
        Result<RestoreSource> source = openBackupFolder(ctx, absolute, verifyChecksums, globalsOnly);
        if (source)
            source->originalPath = absolute;
        return source;
    }

    if (info.isFile()) {
        const QByteArray start = head(absolute, kTarBlock);
        if (!start.startsWith("PGDMP") && !isDumpTar(start) && isCompressedTar(absolute)) {
            auto unpacked = std::make_shared<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pgsteward-restore-XXXXXX"));
            if (!unpacked->isValid())
                return Error::of(Tr::tr("Cannot create a temporary folder to unpack %1").arg(path), unpacked->errorString());
            ctx.progress(-1, Tr::tr("Unpacking %1").arg(info.fileName()));
            Result<QString> folder = extractBundle(ctx, absolute, unpacked->path());
            if (!folder)
                return folder.error();
            Result<RestoreSource> source = openBackupFolder(ctx, *folder, verifyChecksums, globalsOnly);
            if (!source)
                return source.error();
            source->originalPath = absolute;
            source->unpacked = std::move(unpacked);
            return source;
        }
    }

    Result<RestoreSource::Kind> kind = detectDumpKind(absolute);
    if (!kind)
        return kind.error();
    RestoreSource source;
    source.kind = *kind;
    source.originalPath = absolute;
    source.dumpPath = absolute;
    return source;
}

} // namespace pgs
