// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pgs {

// The table of contents of a pg_dump archive read from the file itself, field by field as
// pg_backup_archiver.c ReadHead/ReadToc write them, so every schema, tag and owner is exact
// (`pg_restore --list` joins them with spaces and cannot be split back). Archive versions
// 1.10 to 1.16 (pg_dump 8.4 .. 17; 12-15 write 1.14, 16 writes 1.15, 17 writes 1.16).

// MAKE_ARCHIVE_VERSION of pg_backup_archiver.h
constexpr int archiveVersion(int major, int minor, int rev = 0)
{
    return (major * 256 + minor) * 256 + rev;
}

struct ArchiveHeader
{
    enum class Format { Custom = 1, Tar = 3, Directory = 5 }; // the byte in the file (toc.dat says Tar)
    enum class Compression { None, Gzip, Lz4, Zstd };
    int version = 0;       // archiveVersion(1, 14)
    int intSize = 4;
    int offSize = 8;
    Format format = Format::Custom; // where the archive came from (a directory's toc.dat gives Directory)
    Compression compression = Compression::None;
    int compressionLevel = 0; // before 1.15: -1 default, 0 none, 1..9 gzip level
    QString created;          // "2026-12-02 00:59:52" as pg_dump's local time wrote it
    QByteArray databaseName, serverVersion, dumpVersion;

    QString versionText() const; // "1.14-0"
};

struct ArchiveTocEntry
{
    enum DataState { NotSet = 1, Set = 2, NoData = 3 }; // K_OFFSET_* of pg_backup_archiver.h
    int dumpId = 0;
    bool hadDumper = false; // the entry has data (TABLE DATA, SEQUENCE SET is not one: it is SQL)
    quint32 tableOid = 0, oid = 0;
    QByteArray tag, desc;
    int section = 0;
    QByteArray defn, dropStmt, copyStmt, nspname, tablespace, tableam;
    int relkind = 0; // 1.16+
    QByteArray owner;
    QList<int> dependencies;
    // Custom format: where the data block starts (dataState Set), directory/tar: the data file.
    int dataState = NoData;
    qint64 dataOffset = -1;
    QByteArray fileName;
};

struct ArchiveToc
{
    ArchiveHeader header;
    QList<ArchiveTocEntry> entries;
    QString tocPath;    // the file holding the TOC (the dump, or a directory's toc.dat)
    qint64 tocEnd = 0;  // offset just after the TOC in tocPath (custom: where data blocks begin)
    qint64 fileSize = 0;
    QString encoding() const; // from the ENCODING entry ("UTF8"), empty when absent
};

// path: a custom-format file, a tar-format file or a directory-format folder. Fails with code
// "archive-version" for versions this reader does not know, "archive-truncated" when the file
// ends inside the header or TOC, "archive-damaged" for values no pg_dump writes, and
// "source-not-regular" for pipes and devices (they would block or be read only once).
Result<ArchiveToc> readArchiveToc(const QString &path);
// The same from bytes already in memory (fuzzing, tests): the header and TOC of a custom file or
// of a toc.dat (directory or tar).
Result<ArchiveToc> parseArchiveToc(const QByteArray &bytes, ArchiveHeader::Format format);

// A regular file or a directory: anything else (FIFO, socket, device) is refused before it is opened.
Status checkRegularSource(const QString &path);

} // namespace pgs
