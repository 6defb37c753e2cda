// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"

#include "catalog/writerlock.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QDirIterator>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupCatalog)
};

const QLatin1String kPartialPrefix(".partial-");
const QLatin1String kWriterLock("writer.lock");

// A ".partial-*" folder is being written while its writer.lock is held: by the writer, or by the
// dump tool that inherited it (see WriterLock). Time-based staleness has no place: a dump may run
// for hours.
WriterLock::Holder writerOf(const QString &folder)
{
    return WriterLock::inspect(QDir(folder).filePath(kWriterLock));
}

qint64 bytesBelow(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

CatalogEntry entryFor(const QFileInfo &dir)
{
    CatalogEntry entry;
    entry.folder = dir.absoluteFilePath();
    const bool partial = dir.fileName().startsWith(kPartialPrefix);
    const bool hasManifest = QFileInfo::exists(QDir(entry.folder).filePath(BackupManifest::fileName()));

    if (hasManifest) {
        Result<BackupManifest> loaded = BackupManifest::load(entry.folder);
        if (loaded) {
            entry.manifest = std::move(loaded).value();
        } else {
            entry.manifest.status = BackupManifest::State::Incomplete;
            entry.problem = Tr::tr("The manifest cannot be read: %1").arg(loaded.error().message);
        }
    }
    if (entry.manifest.id.isEmpty())
        entry.manifest.id = partial ? dir.fileName().mid(kPartialPrefix.size()) : dir.fileName();
    // Without a readable start time the folder's own time keeps the order and retention sensible.
    if (!entry.manifest.startedAt.isValid())
        entry.manifest.startedAt = dir.lastModified();

    if (partial) {
        // Whatever a partial folder's manifest says, it never became a finished backup.
        entry.manifest.status = BackupManifest::State::Incomplete;
        const WriterLock::Holder holder = writerOf(entry.folder);
        entry.inProgress = holder.held;
        if (holder.held)
            entry.writer = holder.describe();
        else if (entry.problem.isEmpty())
            entry.problem = Tr::tr("The backup was interrupted: its writer is gone.");
    }
    if (entry.manifest.files.isEmpty())
        entry.bytesOnDisk = bytesBelow(entry.folder);
    return entry;
}
} // namespace

BackupCatalog::BackupCatalog(QString directory) : m_dir(std::move(directory)) {}

QString BackupCatalog::defaultDirectory()
{
    return paths::dataDir() + QStringLiteral("/backups");
}

QList<CatalogEntry> BackupCatalog::list() const
{
    QList<CatalogEntry> entries;
    const QDir dir(m_dir);
    const QFileInfoList folders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        const bool partial = folder.fileName().startsWith(kPartialPrefix);
        if (!partial && !QFileInfo::exists(QDir(folder.absoluteFilePath()).filePath(BackupManifest::fileName())))
            continue; // not ours: a catalog may share its directory with other files
        entries.append(entryFor(folder));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const CatalogEntry &a, const CatalogEntry &b) {
        if (a.manifest.startedAt != b.manifest.startedAt)
            return a.manifest.startedAt > b.manifest.startedAt;
        return a.folder > b.folder;
    });
    return entries;
}

Result<CatalogEntry> BackupCatalog::find(const QString &idOrFolder) const
{
    const QString asPath = QFileInfo(idOrFolder).isAbsolute() ? QFileInfo(idOrFolder).absoluteFilePath()
                                                              : QDir(m_dir).absoluteFilePath(idOrFolder);
    for (const CatalogEntry &entry : list()) {
        if (entry.manifest.id == idOrFolder || entry.folder == asPath
            || QFileInfo(entry.folder).fileName() == idOrFolder)
            return entry;
    }
    return Error::of(Tr::tr("No backup \"%1\" in %2").arg(idOrFolder, m_dir), {}, QStringLiteral("not-found"));
}

Status BackupCatalog::remove(const CatalogEntry &entry) const
{
    // The listing may be old: look at the writer's lock again right before deleting.
    const bool partial = QFileInfo(entry.folder).fileName().startsWith(kPartialPrefix);
    if (partial) {
        const WriterLock::Holder holder = writerOf(entry.folder);
        if (holder.held)
            return Error::of(Tr::tr("The backup in %1 is still being written by %2").arg(entry.folder, holder.describe()),
                             {}, QStringLiteral("in-progress"));
    }
    // Only ever delete a direct child of the catalog: never follow a manifest somewhere else.
    const QFileInfo info(entry.folder);
    if (QDir::cleanPath(info.absolutePath()) != QDir::cleanPath(QDir(m_dir).absolutePath()))
        return Error::of(Tr::tr("%1 is not inside the catalog %2").arg(entry.folder, m_dir));
    if (!info.exists())
        return ok();
    if (!QDir(entry.folder).removeRecursively())
        return Error::of(Tr::tr("Could not delete %1").arg(entry.folder));
    return ok();
}

} // namespace pgs
