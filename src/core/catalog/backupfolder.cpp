// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/backupfolder.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupJob)
};

} // namespace

QString BackupFolder::finalName(const QString &label, const QDateTime &startedAt, const QString &id)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString safe = label;
    safe.replace(unsafe, QStringLiteral("_"));
    if (safe.startsWith(QLatin1Char('.')))
        safe.replace(0, 1, QLatin1Char('_'));
    return QStringLiteral("%1_%2_%3").arg(safe, startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss")), id.left(8));
}

BackupFolder::BackupFolder(QString path) : m_path(std::move(path)) {}

BackupFolder::~BackupFolder() = default;

Result<std::unique_ptr<BackupFolder>> BackupFolder::create(const QString &catalogDir, const QString &id)
{
    QDir catalog(catalogDir);
    if (!catalog.mkpath(QStringLiteral(".")))
        return Error::of(Tr::tr("Cannot create the backup catalog %1").arg(catalogDir), {}, QStringLiteral("catalog-unwritable"));
    const QString path = catalog.absoluteFilePath(partialPrefix() + id);
    if (!QDir().mkdir(path))
        return Error::of(Tr::tr("Cannot create the backup folder %1").arg(path), {}, QStringLiteral("catalog-unwritable"));
    std::unique_ptr<BackupFolder> folder(new BackupFolder(path));
    auto lock = WriterLock::acquire(folder->filePath(lockFileName()));
    if (!lock)
        return lock.error();
    folder->m_lock = std::move(lock).value();
    return folder;
}

QString BackupFolder::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

QStringList BackupFolder::filesBelow(const QStringList &names) const
{
    QStringList files;
    const QDir root(m_path);
    for (const QString &name : names) {
        const QFileInfo info(filePath(name));
        if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(root.relativeFilePath(it.next()));
        } else if (info.exists()) {
            files.append(name);
        }
    }
    files.sort();
    return files;
}

qint64 BackupFolder::sizeOf(const QStringList &names) const
{
    qint64 total = 0;
    for (const QString &f : filesBelow(names))
        total += QFileInfo(filePath(f)).size();
    return total;
}

Result<QList<BackupManifest::File>> BackupFolder::checksum(const QStringList &names, JobContext &ctx,
                                                           const std::function<void(qint64, qint64)> &progress)
{
    const QStringList files = filesBelow(names);
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(filePath(f)).size();
    QList<BackupManifest::File> out;
    qint64 before = 0;
    for (const QString &f : files) {
        BackupManifest::File entry;
        entry.name = f;
        entry.size = QFileInfo(filePath(f)).size();
        Result<QString> sum = sha256OfFile(filePath(f), &ctx, [&](qint64 done) {
            if (progress)
                progress(before + done, total);
        });
        if (!sum)
            return sum.error();
        entry.sha256 = *sum;
        before += entry.size;
        out.append(entry);
    }
    return out;
}

Status BackupFolder::syncEntries(const QStringList &names) const
{
    QSet<QString> folders;
    for (const QString &f : filesBelow(names)) {
        if (Status synced = syncToDisk(filePath(f)); !synced)
            return synced;
        const QString dir = QFileInfo(filePath(f)).absolutePath();
        if (dir != QFileInfo(m_path).absoluteFilePath())
            folders.insert(dir);
    }
    for (const QString &dir : std::as_const(folders))
        if (Status synced = syncToDisk(dir); !synced)
            return synced;
    return ok();
}

void BackupFolder::removeEntries(const QStringList &names)
{
    for (const QString &name : names) {
        const QFileInfo info(filePath(name));
        if (info.isDir())
            QDir(info.absoluteFilePath()).removeRecursively();
        else if (info.exists())
            QFile::remove(info.absoluteFilePath());
    }
}

void BackupFolder::discard()
{
    m_lock->release(filePath(lockFileName()));
    QDir(m_path).removeRecursively();
}

Result<QString> BackupFolder::finish(const QString &finalName, const QString &suffix)
{
    const QDir catalog = QFileInfo(m_path).dir();
    QString target = catalog.absoluteFilePath(finalName + suffix);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = catalog.absoluteFilePath(QStringLiteral("%1-%2%3").arg(finalName).arg(n).arg(suffix));
    // Locked through the rename: a ".partial-" folder is never seen unlocked while we finish it.
    if (!QDir().rename(m_path, target))
        return Error::of(Tr::tr("Cannot rename %1 to %2").arg(m_path, target), {}, QStringLiteral("catalog-unwritable"));
    m_path = target;
    m_lock->release(filePath(lockFileName()));
    return target;
}

} // namespace pgs
