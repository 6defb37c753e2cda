// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/archivecheck.h"

#include "backup/plaindump.h"
#include "restore/archivestream.h"
#include "restore/archivetoc.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ArchiveCheck)
};

constexpr int kBlockData = 1;  // BLK_DATA
constexpr int kBlockBlobs = 3; // BLK_BLOBS
constexpr qint64 kDecompressLimit = 1024 * 1024;
const QByteArray kCopyEnd = QByteArrayLiteral("\\.\n\n\n"); // dumpTableData_copy's last write

QString label(const ArchiveTocEntry &e)
{
    const QString name = QString::fromUtf8(e.tag);
    return QStringLiteral("%1 %2 (%3)")
        .arg(QString::fromUtf8(e.desc), e.nspname.isEmpty() ? name : QString::fromUtf8(e.nspname) + QLatin1Char('.') + name)
        .arg(e.dumpId);
}

Error incomplete(const QString &path, const QString &what, const QStringList &all)
{
    return Error::of(Tr::tr("%1 is incomplete: %2").arg(path, what), all.join(QLatin1Char('\n')),
                     QStringLiteral("archive-incomplete"));
}

Error damaged(const QString &path, const QString &what)
{
    return Error::of(Tr::tr("%1 is damaged: %2").arg(path, what), {}, QStringLiteral("archive-damaged"));
}

// Skips one data block's chunks (and for large objects each object's chunks) to its end marker.
Status walkBlock(ArchiveStream &in, int type)
{
    for (;;) {
        if (type == kBlockBlobs) {
            const qint64 oid = in.integer();
            if (!in || oid == 0)
                return in.status();
        }
        for (;;) {
            const qint64 length = in.integer();
            if (!in)
                return in.status();
            if (length == 0)
                break;
            if (length < 0)
                return in.fail(Tr::tr("a negative chunk length at byte %1").arg(in.position()), QStringLiteral("archive-damaged"));
            if (!in.skip(length))
                return in.status();
        }
        if (type == kBlockData)
            return ok();
    }
}

Status checkCustom(const ArchiveToc &toc)
{
    const QString &path = toc.tocPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot open %1: %2").arg(path, file.errorString()), {}, QStringLiteral("source-unreadable"));
    QList<const ArchiveTocEntry *> placed, unplaced;
    for (const ArchiveTocEntry &e : toc.entries) {
        if (e.dataState == ArchiveTocEntry::Set)
            placed << &e;
        else if (e.dataState == ArchiveTocEntry::NotSet)
            unplaced << &e;
    }
    std::sort(placed.begin(), placed.end(), [](auto *a, auto *b) { return a->dataOffset < b->dataOffset; });

    QStringList missing;
    QString firstMissing;
    for (const ArchiveTocEntry *e : std::as_const(placed)) {
        if (e->dataOffset < toc.tocEnd)
            return damaged(path, Tr::tr("the data of %1 would start inside the table of contents").arg(label(*e)));
        ArchiveStream in(file, e->dataOffset, toc.fileSize);
        const int type = in.byte();
        const qint64 id = in.integer();
        if (!in) {
            missing << Tr::tr("%1: its data would start at byte %2").arg(label(*e)).arg(e->dataOffset);
            if (firstMissing.isEmpty())
                firstMissing = label(*e);
            continue;
        }
        if ((type != kBlockData && type != kBlockBlobs) || id != e->dumpId)
            return damaged(path, Tr::tr("the data block at byte %1 is not the one of %2").arg(e->dataOffset).arg(label(*e)));
    }
    if (!missing.isEmpty()) {
        return incomplete(path,
                          Tr::tr("the file ends at byte %1, before the data of %2 (%n data entry(s) missing)", nullptr,
                                 int(missing.size()))
                              .arg(toc.fileSize)
                              .arg(firstMissing),
                          missing);
    }

    if (unplaced.isEmpty()) {
        if (placed.isEmpty())
            return ok();
        // A file cut short always cuts the last block it still holds.
        const ArchiveTocEntry *last = placed.last();
        ArchiveStream in(file, last->dataOffset, toc.fileSize);
        const int type = in.byte();
        (void)in.integer();
        if (Status walked = walkBlock(in, type); !walked) {
            if (walked.error().code == QLatin1String("archive-truncated"))
                return incomplete(path, Tr::tr("the data of %1 is cut short: the file ends at byte %2").arg(label(*last)).arg(toc.fileSize), {});
            return damaged(path, Tr::tr("the data of %1: %2").arg(label(*last), walked.error().message));
        }
        return ok();
    }

    // Written to a pipe: no offsets, every block is walked in file order.
    QHash<int, const ArchiveTocEntry *> wanted;
    for (const ArchiveTocEntry *e : std::as_const(unplaced))
        wanted.insert(e->dumpId, e);
    ArchiveStream in(file, toc.tocEnd, toc.fileSize);
    while (!in.atEnd() && !wanted.isEmpty()) {
        const qint64 start = in.position();
        const int type = in.byte();
        const qint64 id = in.integer();
        if (in && type != kBlockData && type != kBlockBlobs)
            return damaged(path, Tr::tr("an unknown data block type %1 at byte %2").arg(type).arg(start));
        if (Status walked = walkBlock(in, type); !walked) {
            const ArchiveTocEntry *e = wanted.value(int(id));
            const QString what = e ? label(*e) : Tr::tr("entry %1").arg(id);
            if (walked.error().code == QLatin1String("archive-truncated"))
                return incomplete(path, Tr::tr("the data of %1 is cut short: the file ends at byte %2").arg(what).arg(toc.fileSize), {});
            return damaged(path, Tr::tr("the data of %1: %2").arg(what, walked.error().message));
        }
        wanted.remove(int(id));
    }
    for (const ArchiveTocEntry *e : std::as_const(unplaced)) {
        if (!wanted.contains(e->dumpId))
            continue;
        missing << Tr::tr("%1: no data block in the file").arg(label(*e));
        if (firstMissing.isEmpty())
            firstMissing = label(*e);
    }
    if (!missing.isEmpty()) {
        return incomplete(path, Tr::tr("the file ends at byte %1 without the data of %2 (%n data entry(s) missing)", nullptr,
                                       int(missing.size()))
                                    .arg(toc.fileSize)
                                    .arg(firstMissing),
                          missing);
    }
    return ok();
}

// The end of a data file: COPY data ends with "\.", compressed data with its stream's end.
QString checkDataFileEnd(const QString &file, const ArchiveTocEntry &e, qint64 *decompressBudget)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Tr::tr("%1 cannot be opened: %2").arg(QFileInfo(file).fileName(), f.errorString());
    const QByteArray magic = f.read(4);
    const bool compressed = magic.startsWith("\x1f\x8b") || magic == QByteArray("\x04\x22\x4d\x18", 4)
                            || magic == QByteArray("\x28\xb5\x2f\xfd", 4);
    if (!compressed) {
        if (e.desc != "TABLE DATA" || e.copyStmt.isEmpty())
            return {};
        if (f.size() < kCopyEnd.size() || !f.seek(f.size() - kCopyEnd.size()) || f.read(kCopyEnd.size()) != kCopyEnd)
            return Tr::tr("%1 does not end with the end-of-data marker of COPY").arg(QFileInfo(file).fileName());
        return {};
    }
    if (f.size() > kDecompressLimit || *decompressBudget < f.size())
        return {};
    *decompressBudget -= f.size();
    f.close();
    PlainDumpReader reader(file);
    if (Status opened = reader.open(); !opened)
        return Tr::tr("%1 cannot be decompressed: %2").arg(QFileInfo(file).fileName(), opened.error().message);
    for (;;) {
        Result<QByteArray> block = reader.read();
        if (!block)
            return Tr::tr("%1 is cut short or damaged: %2").arg(QFileInfo(file).fileName(), block.error().message);
        if (block->isEmpty())
            return {};
    }
}

// blobs.toc (pg_dump up to 16) or blobs_<id>.toc (17): "oid blob_oid.dat" lines.
QStringList largeObjectFiles(const QByteArray &listing)
{
    QStringList names;
    for (const QByteArray &line : listing.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() >= 2 && !fields[1].isEmpty())
            names << QString::fromUtf8(fields[1]);
    }
    return names;
}

QStringList blobsTocCandidates(const ArchiveTocEntry &e)
{
    QStringList names;
    if (e.fileName.endsWith(".toc"))
        names << QString::fromUtf8(e.fileName);
    names << QStringLiteral("blobs_%1.toc").arg(e.dumpId) << QStringLiteral("blobs.toc");
    return names;
}

Status checkDirectory(const ArchiveToc &toc, const QString &folder)
{
    const QDir dir(folder);
    auto existing = [&dir](const QString &name) -> QString {
        for (const char *suffix : {"", ".gz", ".lz4", ".zst"}) {
            const QString candidate = dir.filePath(name + QLatin1String(suffix));
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
        return {};
    };
    QStringList missing, broken;
    qint64 budget = 64 * kDecompressLimit;
    for (const ArchiveTocEntry &e : toc.entries) {
        if (e.fileName.isEmpty())
            continue;
        if (e.desc == "BLOBS") {
            QString listing;
            for (const QString &name : blobsTocCandidates(e)) {
                if (QFileInfo(dir.filePath(name)).isFile()) {
                    listing = dir.filePath(name);
                    break;
                }
            }
            QFile list(listing);
            if (listing.isEmpty() || !list.open(QIODevice::ReadOnly)) {
                missing << Tr::tr("%1: its large-object list %2").arg(label(e), blobsTocCandidates(e).first());
                continue;
            }
            for (const QString &name : largeObjectFiles(list.read(16 * 1024 * 1024))) {
                if (existing(name).isEmpty())
                    missing << Tr::tr("%1: the large-object file %2").arg(label(e), name);
            }
            continue;
        }
        const QString file = existing(QString::fromUtf8(e.fileName));
        if (file.isEmpty()) {
            missing << Tr::tr("%1: the data file %2").arg(label(e), QString::fromUtf8(e.fileName));
            continue;
        }
        if (const QString problem = checkDataFileEnd(file, e, &budget); !problem.isEmpty())
            broken << Tr::tr("%1: %2").arg(label(e), problem);
    }
    if (!missing.isEmpty()) {
        return incomplete(folder, Tr::tr("%n file(s) the table of contents names are missing, first %1", nullptr,
                                         int(missing.size())).arg(missing.first()),
                          missing);
    }
    if (!broken.isEmpty())
        return incomplete(folder, broken.first(), broken);
    return ok();
}

Status checkTar(const ArchiveToc &toc)
{
    const QString &path = toc.tocPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot open %1: %2").arg(path, file.errorString()), {}, QStringLiteral("source-unreadable"));
    struct Member
    {
        qint64 start = 0, size = 0;
    };
    QHash<QString, Member> members;
    QString lastName;
    for (qint64 pos = 0;;) {
        if (!file.seek(pos))
            return incomplete(path, Tr::tr("the tar archive ends at byte %1 without its end-of-archive block").arg(toc.fileSize), {});
        const QByteArray header = file.read(512);
        if (header.size() < 512) {
            return incomplete(path, lastName.isEmpty() ? Tr::tr("the tar archive ends at byte %1 without its end-of-archive block").arg(toc.fileSize)
                                                       : Tr::tr("the tar archive ends at byte %1 after the member %2, without its end-of-archive block")
                                                             .arg(toc.fileSize).arg(lastName),
                              {});
        }
        if (isZeroBlock(header))
            break;
        const qint64 size = tarMemberSize(header);
        if (size < 0)
            return damaged(path, Tr::tr("the tar header at byte %1 is damaged").arg(pos));
        const QString name = QString::fromUtf8(header.constData(), int(qstrnlen(header.constData(), 100)));
        if (pos + 512 + size > toc.fileSize)
            return incomplete(path, Tr::tr("the tar archive ends at byte %1, inside the member %2").arg(toc.fileSize).arg(name), {});
        members.insert(name, {pos + 512, size});
        lastName = name;
        pos += 512 + (size + 511) / 512 * 512;
    }
    QStringList missing, broken;
    for (const ArchiveTocEntry &e : toc.entries) {
        if (e.fileName.isEmpty())
            continue;
        if (e.desc == "BLOBS") {
            QString listing;
            for (const QString &name : blobsTocCandidates(e)) {
                if (members.contains(name)) {
                    listing = name;
                    break;
                }
            }
            if (listing.isEmpty()) {
                missing << Tr::tr("%1: its large-object list %2").arg(label(e), blobsTocCandidates(e).last());
                continue;
            }
            const Member m = members.value(listing);
            file.seek(m.start);
            for (const QString &name : largeObjectFiles(file.read(std::min<qint64>(m.size, 16 * 1024 * 1024)))) {
                if (!members.contains(name))
                    missing << Tr::tr("%1: the large-object member %2").arg(label(e), name);
            }
            continue;
        }
        const QString name = QString::fromUtf8(e.fileName);
        if (!members.contains(name)) {
            missing << Tr::tr("%1: the member %2").arg(label(e), name);
            continue;
        }
        const Member m = members.value(name);
        if (e.desc == "TABLE DATA" && !e.copyStmt.isEmpty() && !name.endsWith(QLatin1String(".gz"))) {
            if (m.size < kCopyEnd.size() || !file.seek(m.start + m.size - kCopyEnd.size()) || file.read(kCopyEnd.size()) != kCopyEnd)
                broken << Tr::tr("%1: the member %2 does not end with the end-of-data marker of COPY").arg(label(e), name);
        }
    }
    if (!missing.isEmpty()) {
        return incomplete(path, Tr::tr("%n member(s) the table of contents names are missing, first %1", nullptr,
                                       int(missing.size())).arg(missing.first()),
                          missing);
    }
    if (!broken.isEmpty())
        return incomplete(path, broken.first(), broken);
    return ok();
}
} // namespace

Status checkArchiveComplete(const QString &dumpPath)
{
    if (Status regular = checkRegularSource(dumpPath); !regular)
        return regular;
    if (QFileInfo(dumpPath).isFile()) {
        QFile file(dumpPath);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray head = file.read(512);
            if (!head.startsWith("PGDMP") && tarMemberSize(head) < 0)
                return Error::of(Tr::tr("%1 is not a pg_dump archive (custom, directory or tar)").arg(dumpPath), {},
                                 QStringLiteral("not-an-archive"));
        }
    }
    Result<ArchiveToc> toc = readArchiveToc(dumpPath);
    if (!toc) {
        if (toc.error().code == QLatin1String("archive-truncated"))
            return Error::of(Tr::tr("%1 is incomplete: it ends inside its table of contents").arg(dumpPath),
                             toc.error().message, QStringLiteral("archive-incomplete"));
        return toc.error();
    }
    switch (toc->header.format) {
    case ArchiveHeader::Format::Custom:
        return checkCustom(*toc);
    case ArchiveHeader::Format::Directory:
        return checkDirectory(*toc, dumpPath);
    case ArchiveHeader::Format::Tar:
        return checkTar(*toc);
    }
    return ok();
}

} // namespace pgs
