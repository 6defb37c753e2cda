// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/filecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupVerifier)
};
} // namespace

Result<QStringList> checkFiles(JobContext &ctx, const QString &backupDir, const BackupManifest &manifest)
{
    QStringList problems;
    const QDir dir(backupDir);
    if (manifest.files.isEmpty())
        problems << Tr::tr("The manifest lists no files.");

    const qint64 total = manifest.totalBytes();
    qint64 before = 0;
    QSet<QString> listed;
    for (const BackupManifest::File &file : manifest.files) {
        listed.insert(QDir::cleanPath(file.name));
        const QFileInfo info(dir.filePath(file.name));
        if (!info.isFile()) {
            problems << Tr::tr("%1: missing").arg(file.name);
        } else if (info.size() != file.size) {
            problems << Tr::tr("%1: %2 bytes, the manifest says %3").arg(file.name).arg(info.size()).arg(file.size);
        } else {
            Result<QString> sha = sha256OfFile(info.filePath(), &ctx, [&](qint64 done) {
                ctx.progress(total > 0 ? double(before + done) / total : -1, file.name);
            });
            if (!sha) {
                if (ctx.isCanceled())
                    return sha.error();
                problems << Tr::tr("%1: %2").arg(file.name, sha.error().message);
            } else if (sha->compare(file.sha256, Qt::CaseInsensitive) != 0) {
                problems << Tr::tr("%1: checksum mismatch").arg(file.name);
            }
        }
        before += file.size;
    }

    // A directory-format dump is read as a whole by pg_restore: a stray file there is damage too.
    const QString dumpDir = dir.filePath(manifest.dumpName);
    if (manifest.options.format == DumpFormat::Directory && !manifest.dumpName.isEmpty() && QFileInfo(dumpDir).isDir()) {
        QDirIterator it(dumpDir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        QStringList extra;
        while (it.hasNext()) {
            const QString relative = dir.relativeFilePath(it.next());
            if (!listed.contains(relative))
                extra << relative;
        }
        extra.sort();
        for (const QString &name : std::as_const(extra))
            problems << Tr::tr("%1: not in the manifest").arg(name);
    }
    return problems;
}

} // namespace pgs
