// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a table of contents: from the archive file itself, or (archives newer than the reader)
// from pg_restore's list and verbose script.
#include "restore/toc.h"

#include "restore/archivetoc.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::TableOfContents)
};

QString key(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}
} // namespace

TableOfContents parseTableOfContents(const QString &listOutput)
{
    TableOfContents toc;
    QStringList header;
    static const QRegularExpression linePattern(QStringLiteral("^(\\d+); (\\d+) (\\d+) (.*)$"));
    for (const QString &rawLine : listOutput.split(QLatin1Char('\n'))) {
        const QString line = rawLine.endsWith(QLatin1Char('\r')) ? rawLine.chopped(1) : rawLine;
        if (line.startsWith(QLatin1Char(';'))) {
            if (toc.entries.isEmpty())
                header << line;
            continue;
        }
        const QRegularExpressionMatch m = linePattern.match(line);
        if (!m.hasMatch())
            continue;
        TocEntry e;
        e.id = m.captured(1).toInt();
        e.line = line;
        QString rest = m.captured(4);
        for (const QString &type : tocEntryTypes()) {
            if (rest.startsWith(type + QLatin1Char(' '))) {
                e.type = type;
                break;
            }
        }
        if (e.type.isEmpty()) // a type newer than this table: one word is the best guess
            e.type = rest.section(QLatin1Char(' '), 0, 0);
        rest = rest.mid(e.type.size() + 1);
        const qsizetype schemaEnd = rest.indexOf(QLatin1Char(' '));
        e.schema = schemaEnd < 0 ? rest : rest.left(schemaEnd);
        if (e.schema == QLatin1String("-"))
            e.schema.clear();
        rest = schemaEnd < 0 ? QString() : rest.mid(schemaEnd + 1);
        // pg_restore prints "<tag> <owner>"; an entry without an owner ends in the separating space.
        if (rest.endsWith(QLatin1Char(' '))) {
            e.name = rest.chopped(1);
        } else {
            const qsizetype ownerStart = rest.lastIndexOf(QLatin1Char(' '));
            e.name = ownerStart < 0 ? rest : rest.left(ownerStart);
            e.owner = ownerStart < 0 ? QString() : rest.mid(ownerStart + 1);
        }
        toc.entries.append(e);
    }
    toc.header = header.join(QLatin1Char('\n'));
    return toc;
}

void applyScriptComments(TableOfContents &toc, const QString &scriptOutput)
{
    QHash<int, qsizetype> index;
    for (qsizetype i = 0; i < toc.entries.size(); ++i)
        index.insert(toc.entries[i].id, i);
    static const QRegularExpression tocLine(QStringLiteral("^-- TOC entry (\\d+) "));
    static const QRegularExpression encodingLine(QStringLiteral("^SET client_encoding = '([^']+)';"));
    int current = 0;
    for (const QString &line : scriptOutput.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("--"))) {
            if (toc.encoding.isEmpty() && line.startsWith(QLatin1String("SET client_encoding"))) {
                const QRegularExpressionMatch m = encodingLine.match(line);
                if (m.hasMatch())
                    toc.encoding = m.captured(1);
            }
            continue;
        }
        if (const QRegularExpressionMatch m = tocLine.match(line); m.hasMatch()) {
            current = m.captured(1).toInt();
            continue;
        }
        if (current != 0 && line.startsWith(QLatin1String("-- Dependencies: ")) && index.contains(current)) {
            QList<int> &deps = toc.entries[index.value(current)].dependencies;
            deps.clear();
            for (const QString &id : line.mid(17).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!deps.contains(id.toInt()))
                    deps << id.toInt();
            }
        }
    }
    resolveTables(toc);
}

namespace {
// Names in the archive are in its encoding (pg_dump -E, else the database's).
QString decoderText(const QByteArray &bytes, const QString &encoding)
{
    if (encoding == QLatin1String("LATIN1"))
        return QString::fromLatin1(bytes);
    if (encoding == QLatin1String("SQL_ASCII")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        return utf8.hasError() ? QString::fromLatin1(bytes) : text;
    }
    return QString::fromUtf8(bytes);
}

// pg_restore --list leaves out what it never restores by default: the settings it applies by
// itself (ENCODING, STDSTRINGS, SEARCHPATH) and the database's own entries (only with --create).
bool listedByPgRestore(const ArchiveTocEntry &e)
{
    static const QByteArrayList hidden = {"ENCODING", "STDSTRINGS", "SEARCHPATH", "DATABASE", "DATABASE PROPERTIES"};
    if (hidden.contains(e.desc))
        return false;
    if ((e.desc == "COMMENT" || e.desc == "ACL" || e.desc == "SECURITY LABEL") && e.tag.startsWith("DATABASE "))
        return false;
    return true;
}

// What pg_restore --list prints for an entry, newlines in names replaced (sanitize_line).
QString listLine(const TocEntry &e, quint32 tableOid, quint32 oid)
{
    QString line = QStringLiteral("%1; %2 %3 %4 %5 %6 %7")
                       .arg(e.id)
                       .arg(tableOid)
                       .arg(oid)
                       .arg(e.type, e.schema.isEmpty() ? QStringLiteral("-") : e.schema, e.name, e.owner);
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line;
}

QString listHeader(const ArchiveToc &archive)
{
    const ArchiveHeader &h = archive.header;
    static const char *const compressions[] = {"none", "gzip", "lz4", "zstd"};
    const QString compression = h.version >= archiveVersion(1, 15)
                                    ? QString::fromLatin1(compressions[int(h.compression)])
                                    : QString::number(h.compressionLevel);
    const QString format = h.format == ArchiveHeader::Format::Custom      ? QStringLiteral("CUSTOM")
                           : h.format == ArchiveHeader::Format::Directory ? QStringLiteral("DIRECTORY")
                                                                          : QStringLiteral("TAR");
    QStringList lines = {QStringLiteral(";"),
                         QStringLiteral("; Archive created at %1").arg(h.created),
                         QStringLiteral(";     dbname: %1").arg(QString::fromUtf8(h.databaseName)),
                         QStringLiteral(";     TOC Entries: %1").arg(archive.entries.size()),
                         QStringLiteral(";     Compression: %1").arg(compression),
                         QStringLiteral(";     Dump Version: %1").arg(h.versionText()),
                         QStringLiteral(";     Format: %1").arg(format),
                         QStringLiteral(";     Integer: %1 bytes").arg(h.intSize),
                         QStringLiteral(";     Offset: %1 bytes").arg(h.offSize),
                         QStringLiteral(";     Dumped from database version: %1").arg(QString::fromUtf8(h.serverVersion)),
                         QStringLiteral(";     Dumped by pg_dump version: %1").arg(QString::fromUtf8(h.dumpVersion)),
                         QStringLiteral(";"),
                         QStringLiteral(";"),
                         QStringLiteral("; Selected TOC Entries:"),
                         QStringLiteral(";")};
    for (QString &line : lines)
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

TableOfContents tableOfContentsFromArchive(const ArchiveToc &archive)
{
    TableOfContents toc;
    toc.encoding = archive.encoding();
    toc.header = listHeader(archive);
    toc.entries.reserve(archive.entries.size());
    for (const ArchiveTocEntry &a : archive.entries) {
        if (!listedByPgRestore(a))
            continue;
        TocEntry e;
        e.id = a.dumpId;
        e.type = QString::fromLatin1(a.desc);
        e.schema = decoderText(a.nspname, toc.encoding);
        e.name = decoderText(a.tag, toc.encoding);
        e.owner = decoderText(a.owner, toc.encoding);
        e.dependencies = a.dependencies;
        e.line = listLine(e, a.tableOid, a.oid);
        toc.entries.append(e);
    }
    resolveTables(toc);
    return toc;
}

namespace {
// pg_restore --list and the verbose script of a pg_restore new enough for the archive.
Result<TableOfContents> readWithPgRestore(JobContext &ctx, const RestoreSource &source, const QString &toolsDir)
{
    const int minMajor = source.manifest ? source.manifest->toolVersion.section(QLatin1Char('.'), 0, 0).toInt() : 0;
    Result<ToolInfo> tool = ToolLocator(toolsDir).find(QStringLiteral("pg_restore"), minMajor);
    if (!tool)
        return tool.error();
    ToolRun list;
    list.program = tool->path;
    list.arguments = {QStringLiteral("--list"), source.dumpPath};
    Result<ToolOutput> listed = runTool(ctx, list);
    if (!listed)
        return listed.error();
    TableOfContents toc = parseTableOfContents(QString::fromUtf8(listed->standardOutput));

    // Dependencies are not in the list; the verbose script names them for every schema entry.
    ToolRun script;
    script.program = tool->path;
    script.arguments = {QStringLiteral("--verbose"), QStringLiteral("--schema-only"), QStringLiteral("--file=-"),
                        source.dumpPath};
    script.logStderr = false;
    QByteArray comments;
    QByteArray pending;
    script.onStdout = [&comments, &pending](const QByteArray &chunk) {
        pending += chunk;
        qsizetype end = pending.lastIndexOf('\n');
        if (end < 0)
            return true;
        for (const QByteArray &line : pending.left(end).split('\n')) {
            if (line.startsWith("-- TOC entry ") || line.startsWith("-- Dependencies: ")
                || line.startsWith("SET client_encoding"))
                comments += line + '\n';
        }
        pending.remove(0, end + 1);
        return true;
    };
    Result<ToolOutput> scripted = runTool(ctx, script);
    if (!scripted)
        return scripted.error();
    applyScriptComments(toc, QString::fromUtf8(comments));
    return toc;
}
} // namespace

Result<TableOfContents> readTableOfContents(JobContext &ctx, const RestoreSource &source, const QString &toolsDir)
{
    if (!source.isArchive()) {
        return Error::of(Tr::tr("A plain SQL dump has no table of contents; it can only be restored as a whole"), {},
                         QStringLiteral("no-toc"));
    }
    TableOfContents toc;
    Result<ArchiveToc> archive = readArchiveToc(source.dumpPath);
    if (archive) {
        toc = tableOfContentsFromArchive(*archive);
    } else if (archive.error().code == QLatin1String("archive-version")) {
        ctx.log(Tr::tr("%1; listing it with pg_restore instead").arg(archive.error().message));
        Result<TableOfContents> listed = readWithPgRestore(ctx, source, toolsDir);
        if (!listed)
            return listed.error();
        toc = *listed;
    } else {
        return archive.error();
    }

    if (source.manifest) {
        for (TocEntry &e : toc.entries) {
            if (e.type == QLatin1String("TABLE DATA"))
                e.dataBytes = source.manifest->tableBytes.value(key(e.schema, e.name), -1);
        }
    }
    return toc;
}

} // namespace pgs
