// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/archivetoc.h"

#include "restore/archivestream.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ArchiveToc)
};

constexpr int kOldestVersion = archiveVersion(1, 10); // pg_dump 8.4: tablespaces, the dump's versions
constexpr int kNewestVersion = archiveVersion(1, 16, 255); // pg_dump 17 (K_VERS_MAX)

Status readHeader(ArchiveStream &in, ArchiveHeader &h, int expectedFormat)
{
    if (in.bytes(5) != "PGDMP")
        return in.fail(Tr::tr("it does not start with the PGDMP signature of a pg_dump archive"), QStringLiteral("archive-damaged"));
    const int major = in.byte();
    const int minor = in.byte();
    const int rev = (major > 1 || (major == 1 && minor > 0)) ? in.byte() : 0;
    if (!in)
        return in.status();
    h.version = archiveVersion(major, minor, rev);
    if (h.version < kOldestVersion || h.version > kNewestVersion) {
        return in.fail(Tr::tr("its archive version %1.%2 is not one pgsteward reads (1.10 to 1.16, pg_dump 8.4 to 17)")
                           .arg(major).arg(minor),
                       QStringLiteral("archive-version"));
    }
    h.intSize = in.byte();
    h.offSize = in.byte(); // present from 1.7 on
    const int format = in.byte();
    if (!in)
        return in.status();
    if (h.intSize < 1 || h.intSize > 8 || h.offSize < 1 || h.offSize > 16)
        return in.fail(Tr::tr("its integer sizes (%1 and %2 bytes) are not ones pg_dump writes").arg(h.intSize).arg(h.offSize),
                       QStringLiteral("archive-damaged"));
    if (format != expectedFormat)
        return in.fail(Tr::tr("its format code is %1 where %2 was expected").arg(format).arg(expectedFormat),
                       QStringLiteral("archive-damaged"));
    in.setIntSize(h.intSize);

    // 1.15 (pg_dump 16) names the compression algorithm; before, a zlib level (-1: default).
    if (h.version >= archiveVersion(1, 15)) {
        const int algorithm = in.byte();
        if (algorithm < 0 || algorithm > 3)
            return in.fail(Tr::tr("its compression method %1 is unknown").arg(algorithm), QStringLiteral("archive-damaged"));
        h.compression = ArchiveHeader::Compression(algorithm);
    } else {
        h.compressionLevel = int(in.integer());
        h.compression = h.compressionLevel != 0 ? ArchiveHeader::Compression::Gzip : ArchiveHeader::Compression::None;
    }
    qint64 tm[7] = {}; // sec, min, hour, mday, mon, year, isdst
    for (qint64 &field : tm)
        field = in.integer();
    h.created = QStringLiteral("%1-%2-%3 %4:%5:%6")
                    .arg(tm[5] + 1900)
                    .arg(tm[4] + 1, 2, 10, QLatin1Char('0'))
                    .arg(tm[3], 2, 10, QLatin1Char('0'))
                    .arg(tm[2], 2, 10, QLatin1Char('0'))
                    .arg(tm[1], 2, 10, QLatin1Char('0'))
                    .arg(tm[0], 2, 10, QLatin1Char('0'));
    h.databaseName = in.string();
    h.serverVersion = in.string();
    h.dumpVersion = in.string();
    return in.status();
}

quint32 oidOf(const QByteArray &text, ArchiveStream &in)
{
    bool ok = false;
    const quint32 oid = text.toUInt(&ok);
    if (!ok && !text.isEmpty())
        in.fail(Tr::tr("an object id \"%1\" is not a number").arg(QString::fromLatin1(text.left(20))), QStringLiteral("archive-damaged"));
    return oid;
}

Status readEntry(ArchiveStream &in, const ArchiveHeader &h, ArchiveTocEntry &e)
{
    e.dumpId = int(in.integer());
    if (in && e.dumpId <= 0)
        return in.fail(Tr::tr("an entry id %1 is out of range").arg(e.dumpId), QStringLiteral("archive-damaged"));
    e.hadDumper = in.integer() != 0;
    e.tableOid = oidOf(in.string(), in);
    e.oid = oidOf(in.string(), in);
    e.tag = in.string();
    e.desc = in.string();
    e.section = int(in.integer()); // 1.11+
    e.defn = in.string();
    e.dropStmt = in.string();
    e.copyStmt = in.string();
    e.nspname = in.string();
    e.tablespace = in.string();
    if (h.version >= archiveVersion(1, 14)) // pg_dump 12: table access methods
        e.tableam = in.string();
    if (h.version >= archiveVersion(1, 16)) // pg_dump 17: relkind
        e.relkind = int(in.integer());
    e.owner = in.string();
    (void)in.string(); // "false": WITH OIDS, 1.9+
    for (bool isNull = false; in;) {
        const QByteArray dep = in.string(&isNull);
        if (isNull)
            break;
        bool ok = false;
        const int id = dep.toInt(&ok);
        if (!ok || id <= 0)
            return in.fail(Tr::tr("entry %1 has a dependency \"%2\" that is no entry id").arg(e.dumpId).arg(QString::fromLatin1(dep.left(20))),
                           QStringLiteral("archive-damaged"));
        e.dependencies.append(id);
    }
    if (h.format == ArchiveHeader::Format::Custom) {
        e.dataState = in.byte();
        e.dataOffset = in.offset(h.offSize);
        if (in && (e.dataState < ArchiveTocEntry::NotSet || e.dataState > ArchiveTocEntry::NoData))
            return in.fail(Tr::tr("entry %1 has an unknown data offset flag %2").arg(e.dumpId).arg(e.dataState),
                           QStringLiteral("archive-damaged"));
        if (e.dataState != ArchiveTocEntry::Set)
            e.dataOffset = -1;
    } else {
        e.fileName = in.string();
        e.dataState = e.fileName.isEmpty() ? ArchiveTocEntry::NoData : ArchiveTocEntry::Set;
    }
    return in.status();
}

Status readToc(ArchiveStream &in, ArchiveToc &toc, ArchiveHeader::Format format)
{
    // The TOC of a directory or tar archive carries the tar format code (pg_backup_directory.c).
    toc.header.format = format; // the per-entry data fields depend on it
    if (Status head = readHeader(in, toc.header, format == ArchiveHeader::Format::Custom ? 1 : 3); !head)
        return head;
    const qint64 count = in.integer();
    // Each entry takes at least a dozen integers: a count beyond what the file can hold is damage.
    if (in && count < 0)
        return in.fail(Tr::tr("it claims %1 entries").arg(count), QStringLiteral("archive-damaged"));
    if (in && count > in.remaining() / (5 * (toc.header.intSize + 1)))
        return in.fail(Tr::tr("it claims %1 entries, more than the rest of the file holds").arg(count),
                       QStringLiteral("archive-truncated"));
    toc.entries.reserve(int(count));
    for (qint64 i = 0; i < count && in; ++i) {
        ArchiveTocEntry e;
        if (Status read = readEntry(in, toc.header, e); !read)
            return read;
        toc.entries.append(std::move(e));
    }
    toc.tocEnd = in.position();
    return in.status();
}

Error describe(const QString &path, const Error &e)
{
    return Error::of(Tr::tr("Cannot read the table of contents of %1: %2").arg(path, e.message), e.detail, e.code);
}

// pg_dump's tar: the first 512-byte header names toc.dat, its size in octal (or base-256).
Result<QPair<qint64, qint64>> tarTocMember(QFile &file)
{
    const QByteArray header = file.read(512);
    if (header.size() < 512 || QByteArray(header.constData(), int(qstrnlen(header.constData(), 100))) != "toc.dat")
        return Error::of(Tr::tr("its first tar member is not toc.dat"), {}, QStringLiteral("archive-damaged"));
    const qint64 size = tarMemberSize(header);
    if (size < 0)
        return Error::of(Tr::tr("the tar header of toc.dat is damaged"), {}, QStringLiteral("archive-damaged"));
    return qMakePair(qint64(512), size);
}
} // namespace

QString ArchiveHeader::versionText() const
{
    return QStringLiteral("%1.%2-%3").arg(version >> 16).arg((version >> 8) & 0xff).arg(version & 0xff);
}

QString ArchiveToc::encoding() const
{
    for (const ArchiveTocEntry &e : entries) {
        if (e.desc == "ENCODING") {
            const qsizetype start = e.defn.indexOf('\'');
            const qsizetype end = start < 0 ? -1 : e.defn.indexOf('\'', start + 1);
            return end < 0 ? QString() : QString::fromLatin1(e.defn.mid(start + 1, end - start - 1));
        }
    }
    return {};
}

Status checkRegularSource(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return Error::of(Tr::tr("%1 does not exist").arg(path), {}, QStringLiteral("source-missing"));
    }
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return ok();
    const QString kind = S_ISFIFO(st.st_mode)  ? Tr::tr("a named pipe (FIFO)")
                         : S_ISSOCK(st.st_mode) ? Tr::tr("a socket")
                         : S_ISCHR(st.st_mode)  ? Tr::tr("a character device")
                         : S_ISBLK(st.st_mode)  ? Tr::tr("a block device")
                                                : Tr::tr("not a regular file");
    return Error::of(Tr::tr("%1 is %2, not a backup file or folder; it was not opened").arg(path, kind), {},
                     QStringLiteral("source-not-regular"));
}

Result<ArchiveToc> parseArchiveToc(const QByteArray &bytes, ArchiveHeader::Format format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ArchiveStream in(buffer, 0, bytes.size());
    ArchiveToc toc;
    toc.fileSize = bytes.size();
    if (Status read = readToc(in, toc, format); !read)
        return read.error();
    return toc;
}

Result<ArchiveToc> readArchiveToc(const QString &path)
{
    if (Status regular = checkRegularSource(path); !regular)
        return regular.error();
    ArchiveToc toc;
    const bool directory = QFileInfo(path).isDir();
    toc.tocPath = directory ? QDir(path).filePath(QStringLiteral("toc.dat")) : path;
    if (directory) {
        if (Status regular = checkRegularSource(toc.tocPath); !regular)
            return regular.error();
    }
    QFile file(toc.tocPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot open %1: %2").arg(toc.tocPath, file.errorString()), {}, QStringLiteral("source-unreadable"));
    toc.fileSize = file.size();

    qint64 start = 0, end = toc.fileSize;
    ArchiveHeader::Format format = ArchiveHeader::Format::Directory;
    if (!directory) {
        const QByteArray magic = file.peek(5);
        if (magic == "PGDMP") {
            format = ArchiveHeader::Format::Custom;
        } else {
            format = ArchiveHeader::Format::Tar;
            Result<QPair<qint64, qint64>> member = tarTocMember(file);
            if (!member)
                return describe(path, member.error());
            start = member->first;
            if (start + member->second > end)
                return describe(path, Error::of(Tr::tr("the file ends inside toc.dat"), {}, QStringLiteral("archive-truncated")));
            end = start + member->second;
        }
    }
    ArchiveStream in(file, start, end);
    if (Status read = readToc(in, toc, format); !read)
        return describe(path, read.error());
    return toc;
}

} // namespace pgs
