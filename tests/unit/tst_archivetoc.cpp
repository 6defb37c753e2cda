// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The table of contents read from the archive file itself, on real pg_dump 15 archives of a
// database whose names defeat `pg_restore --list` parsing (tests/unit/data/archives/names.sql:
// the role "John Smith", the schema "my schema", the table 'order "items"', the table
// "Grüße 表", the table "a.b"), in custom (compressed, uncompressed, written to a pipe),
// directory (gzip, uncompressed) and tar format; and synthetic archives of the versions other
// pg_dump releases write (1.13, 1.15 of pg_dump 16, 1.16 of pg_dump 17).
#include "restore/archivetoc.h"
#include "restore/toc.h"
#include "tools/toollocator.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {

QString archive(const QString &name)
{
    const QString dir = qEnvironmentVariable("PGSTEWARD_SOURCE_DIR");
    return dir.isEmpty() ? QFINDTESTDATA(QStringLiteral("data/archives/") + name)
                         : dir + QStringLiteral("/tests/unit/data/archives/") + name;
}

const TocEntry *find(const TableOfContents &toc, const QString &type, const QString &schema, const QString &name)
{
    for (const TocEntry &e : toc.entries) {
        if (e.type == type && e.schema == schema && e.name == name)
            return &e;
    }
    return nullptr;
}

QStringList describe(const TableOfContents &toc, const QSet<int> &ids)
{
    QStringList out;
    for (const TocEntry &e : toc.entries) {
        if (ids.contains(e.id))
            out << e.type + QLatin1Char('|') + e.schema + QLatin1Char('|') + e.name;
    }
    return out;
}

// Writes the primitives of pg_backup_archiver.c (WriteInt/WriteStr) for a given version.
struct ArchiveWriter
{
    QByteArray out;
    int version = archiveVersion(1, 14);
    void byte(int b) { out.append(char(b)); }
    void integer(int v)
    {
        byte(v < 0 ? 1 : 0);
        unsigned u = unsigned(v < 0 ? -v : v);
        for (int i = 0; i < 4; ++i, u >>= 8)
            byte(int(u & 0xff));
    }
    void str(const QByteArray &s) { integer(int(s.size())), out.append(s); }
    void null() { integer(-1); }
    void header(int format)
    {
        out.append("PGDMP");
        byte(version >> 16), byte((version >> 8) & 0xff), byte(version & 0xff);
        byte(4), byte(8), byte(format);
        if (version >= archiveVersion(1, 15))
            byte(3); // zstd
        else
            integer(6);
        for (int v : {1, 2, 3, 4, 5, 126, 0})
            integer(v);
        str("db"), str("17.2"), str("17.2");
    }
    void entry(int id, const QByteArray &desc, const QByteArray &nsp, const QByteArray &tag, const QByteArray &owner,
               QList<int> deps = {}, bool custom = true)
    {
        integer(id), integer(desc == "TABLE DATA" ? 1 : 0), str("1259"), str("16400"), str(tag), str(desc), integer(2);
        str("CREATE ...;"), str("DROP ...;"), str(""), nsp.isEmpty() ? null() : str(nsp), str("");
        if (version >= archiveVersion(1, 14))
            str("heap");
        if (version >= archiveVersion(1, 16))
            integer('r');
        str(owner), str("false");
        for (int d : deps)
            str(QByteArray::number(d));
        null();
        if (custom) {
            byte(3); // K_OFFSET_NO_DATA
            for (int i = 0; i < 8; ++i)
                byte(0);
        } else {
            str(desc == "TABLE DATA" ? QByteArray::number(id) + ".dat" : QByteArray());
        }
    }
};

} // namespace

class ArchiveTocTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsExactNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("custom") << archive(QStringLiteral("names.custom")) << int(ArchiveHeader::Format::Custom);
        QTest::newRow("custom uncompressed") << archive(QStringLiteral("names_uncompressed.custom")) << int(ArchiveHeader::Format::Custom);
        QTest::newRow("custom from a pipe") << archive(QStringLiteral("names_piped.custom")) << int(ArchiveHeader::Format::Custom);
        QTest::newRow("directory") << archive(QStringLiteral("names.dir")) << int(ArchiveHeader::Format::Directory);
        QTest::newRow("directory uncompressed") << archive(QStringLiteral("names_uncompressed.dir")) << int(ArchiveHeader::Format::Directory);
        QTest::newRow("tar") << archive(QStringLiteral("names.tar")) << int(ArchiveHeader::Format::Tar);
    }
    void readsExactNames()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        Result<ArchiveToc> read = readArchiveToc(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(int(read->header.format), format);
        QCOMPARE(read->header.version, archiveVersion(1, 14));
        QCOMPARE(read->header.databaseName, QByteArray("fixture"));
        QCOMPARE(read->encoding(), QStringLiteral("UTF8"));
        const TableOfContents toc = tableOfContentsFromArchive(*read);
        QCOMPARE(toc.entries.size(), 22); // without ENCODING, STDSTRINGS, SEARCHPATH, DATABASE, as pg_restore lists it
        QCOMPARE(toc.encoding, QStringLiteral("UTF8"));

        const QString items = QStringLiteral("order \"items\"");
        const QString mySchema = QStringLiteral("my schema");
        const TocEntry *schema = find(toc, QStringLiteral("SCHEMA"), QString(), mySchema);
        QVERIFY(schema);
        QCOMPARE(schema->owner, QStringLiteral("John Smith"));
        const TocEntry *table = find(toc, QStringLiteral("TABLE"), mySchema, items);
        QVERIFY(table);
        QCOMPARE(table->owner, QStringLiteral("John Smith"));
        QVERIFY(find(toc, QStringLiteral("TABLE DATA"), mySchema, items));
        QVERIFY(find(toc, QStringLiteral("TABLE"), mySchema, QStringLiteral("a.b")));
        const TocEntry *gruesse = find(toc, QStringLiteral("TABLE"), QStringLiteral("public"), QStringLiteral("Grüße 表"));
        QVERIFY(gruesse);
        QCOMPARE(gruesse->owner, QStringLiteral("John Smith"));
        QCOMPARE(find(toc, QStringLiteral("TABLE"), QStringLiteral("public"), QStringLiteral("plain"))->owner, QStringLiteral("postgres"));

        const TocEntry *pkey = find(toc, QStringLiteral("CONSTRAINT"), mySchema, items + QStringLiteral(" order \"items\"_pkey"));
        QVERIFY(pkey);
        QCOMPARE(pkey->parentTable, QStringLiteral("my schema.order \"items\""));
        QCOMPARE(pkey->memberName, QStringLiteral("order \"items\"_pkey"));
        QVERIFY(pkey->dependencies.contains(table->id));
        const TocEntry *comment = find(toc, QStringLiteral("COMMENT"), mySchema, QStringLiteral("TABLE \"order \"\"items\"\"\""));
        QVERIFY(comment);
        QCOMPARE(comment->tableKey(), QStringLiteral("my schema.order \"items\""));
        const TocEntry *acl = find(toc, QStringLiteral("ACL"), QStringLiteral("public"), QStringLiteral("TABLE \"Grüße 表\""));
        QVERIFY(acl);
        QCOMPARE(acl->tableKey(), QStringLiteral("public.Grüße 表"));
        for (const TocEntry &e : toc.entries)
            QVERIFY2(e.line.startsWith(QString::number(e.id) + QStringLiteral("; ")), qPrintable(e.line));
    }

    void selectsTablesWithAnyName()
    {
        Result<ArchiveToc> read = readArchiveToc(archive(QStringLiteral("names.custom")));
        QVERIFY(read);
        const TableOfContents toc = tableOfContentsFromArchive(*read);
        const QString items = QStringLiteral("my schema.order \"items\"");
        for (const QString &given : {items, QStringLiteral("\"my schema\".\"order \"\"items\"\"\"")})
            QCOMPARE(findTableKey(toc, given), items);
        QCOMPARE(findTableKey(toc, QStringLiteral("plain")), QStringLiteral("public.plain"));
        QCOMPARE(findTableKey(toc, QStringLiteral("Grüße 表")), QStringLiteral("public.Grüße 表"));
        QCOMPARE(findTableKey(toc, QStringLiteral("my schema.a.b")), QStringLiteral("my schema.a.b"));
        QCOMPARE(findTableKey(toc, QStringLiteral("\"my schema\".\"a.b\"")), QStringLiteral("my schema.a.b"));
        QVERIFY(findTableKey(toc, QStringLiteral("my schema.order")).isEmpty());
        QVERIFY(findTableKey(toc, QStringLiteral("my.schema.order \"items\"")).isEmpty());

        const QStringList got = describe(toc, entriesForTable(toc, items));
        const QStringList expected = {
            QStringLiteral("SCHEMA||my schema"),
            QStringLiteral("TABLE|my schema|order \"items\""),
            QStringLiteral("COMMENT|my schema|TABLE \"order \"\"items\"\"\""),
            QStringLiteral("COMMENT|my schema|COLUMN \"order \"\"items\"\"\".label"),
            QStringLiteral("SEQUENCE|my schema|order \"items\"_id_seq"),
            QStringLiteral("SEQUENCE OWNED BY|my schema|order \"items\"_id_seq"),
            QStringLiteral("DEFAULT|my schema|order \"items\" id"),
            QStringLiteral("TABLE DATA|my schema|order \"items\""),
            QStringLiteral("SEQUENCE SET|my schema|order \"items\"_id_seq"),
            QStringLiteral("CONSTRAINT|my schema|order \"items\" order \"items\"_pkey"),
            QStringLiteral("INDEX|my schema|label idx"),
        };
        QCOMPARE(got, expected); // nothing of "Grüße 表", whose foreign key points here
        const QStringList gruesse = describe(toc, entriesForSelection(toc, {}, {QStringLiteral("Grüße 表")}));
        QVERIFY2(gruesse.contains(QStringLiteral("FK CONSTRAINT|public|Grüße 表 Grüße 表_item_fkey")), qPrintable(gruesse.join(QLatin1Char(','))));
        QVERIFY(gruesse.contains(QStringLiteral("ACL|public|TABLE \"Grüße 表\"")));
        QVERIFY(gruesse.contains(QStringLiteral("TABLE DATA|public|Grüße 表")));
        QStringList skipped;
        withoutDanglingForeignKeys(toc, entriesForTable(toc, QStringLiteral("public.Grüße 表")), &skipped);
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().startsWith(QStringLiteral("Foreign key Grüße 表_item_fkey on public.Grüße 表")), qPrintable(skipped.first()));
    }

    // Every line we write is the line pg_restore --list prints, and pg_restore takes our -L file.
    void matchesPgRestore()
    {
        Result<ToolInfo> pgRestore = ToolLocator().find(QStringLiteral("pg_restore"));
        if (!pgRestore)
            QSKIP("pg_restore is not installed");
        const QString path = archive(QStringLiteral("names.custom"));
        QProcess list;
        list.start(pgRestore->path, {QStringLiteral("--list"), path});
        QVERIFY(list.waitForFinished(30000));
        QStringList expected;
        for (const QString &line : QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.startsWith(QLatin1Char(';')))
                expected << line;
        }
        Result<ArchiveToc> read = readArchiveToc(path);
        QVERIFY(read);
        const TableOfContents toc = tableOfContentsFromArchive(*read);
        QStringList ours;
        for (const TocEntry &e : toc.entries)
            ours << e.line;
        QCOMPARE(ours, expected);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("list")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(restoreListFile(toc, entriesForTable(toc, QStringLiteral("my schema.order \"items\""))).toUtf8());
        file.close();
        QProcess script;
        script.start(pgRestore->path, {QStringLiteral("--use-list=") + file.fileName(), QStringLiteral("--file=-"), path});
        QVERIFY(script.waitForFinished(30000));
        QCOMPARE(script.exitCode(), 0);
        const QString sql = QString::fromUtf8(script.readAllStandardOutput());
        QVERIFY2(sql.contains(QLatin1String("CREATE TABLE \"my schema\".\"order \"\"items\"\"\"")), qPrintable(sql));
        QVERIFY(sql.contains(QLatin1String("COPY \"my schema\".\"order \"\"items\"\"\"")));
        QVERIFY(!sql.contains(QLatin1String("Grüße")));
    }

    void readsOtherVersions_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("custom");
        QTest::newRow("1.13 custom (pg_dump 11)") << archiveVersion(1, 13) << true;
        QTest::newRow("1.14 directory (pg_dump 12-15)") << archiveVersion(1, 14) << false;
        QTest::newRow("1.15 custom (pg_dump 16)") << archiveVersion(1, 15) << true;
        QTest::newRow("1.16 custom (pg_dump 17)") << archiveVersion(1, 16) << true;
        QTest::newRow("1.16 directory (pg_dump 17)") << archiveVersion(1, 16) << false;
    }
    void readsOtherVersions()
    {
        QFETCH(int, version);
        QFETCH(bool, custom);
        ArchiveWriter w;
        w.version = version;
        w.header(custom ? 1 : 3);
        w.integer(3);
        w.entry(5, "SCHEMA", {}, "my schema", "John Smith", {}, custom);
        w.entry(210, "TABLE", "my schema", "order \"items\"", "John Smith", {5}, custom);
        w.entry(3000, "TABLE DATA", "my schema", "order \"items\"", "John Smith", {210}, custom);
        const auto format = custom ? ArchiveHeader::Format::Custom : ArchiveHeader::Format::Directory;
        Result<ArchiveToc> read = parseArchiveToc(w.out, format);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->header.version, version);
        QCOMPARE(read->header.compression, version >= archiveVersion(1, 15) ? ArchiveHeader::Compression::Zstd
                                                                            : ArchiveHeader::Compression::Gzip);
        QCOMPARE(read->entries.size(), 3);
        const ArchiveTocEntry &data = read->entries[2];
        QCOMPARE(data.tag, QByteArray("order \"items\""));
        QCOMPARE(data.nspname, QByteArray("my schema"));
        QCOMPARE(data.owner, QByteArray("John Smith"));
        QCOMPARE(data.dependencies, QList<int>{210});
        QCOMPARE(data.tableam, version >= archiveVersion(1, 14) ? QByteArray("heap") : QByteArray());
        QCOMPARE(data.relkind, version >= archiveVersion(1, 16) ? int('r') : 0);
        QCOMPARE(data.fileName, custom ? QByteArray() : QByteArray("3000.dat"));
        QCOMPARE(read->entries[0].nspname, QByteArray());
        QCOMPARE(read->tocEnd, qint64(w.out.size()));
    }

    void refusesWhatItCannotRead()
    {
        ArchiveWriter newer;
        newer.version = archiveVersion(1, 17);
        newer.header(1);
        Result<ArchiveToc> read = parseArchiveToc(newer.out, ArchiveHeader::Format::Custom);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("archive-version"));
        QVERIFY2(read.error().message.contains(QLatin1String("1.17")), qPrintable(read.error().message));

        QVERIFY(!parseArchiveToc(QByteArray("PGDMP"), ArchiveHeader::Format::Custom));
        QCOMPARE(parseArchiveToc(QByteArray("PGDMP"), ArchiveHeader::Format::Custom).error().code, QStringLiteral("archive-truncated"));
        QCOMPARE(parseArchiveToc(QByteArray("NOTPG123456789"), ArchiveHeader::Format::Custom).error().code, QStringLiteral("archive-damaged"));
        ArchiveWriter huge;
        huge.header(1);
        huge.integer(1);
        huge.integer(1); // dump id
        huge.integer(0);
        huge.integer(0x7fffff00); // a string "longer" than the file: no allocation, just an error
        QCOMPARE(parseArchiveToc(huge.out, ArchiveHeader::Format::Custom).error().code, QStringLiteral("archive-truncated"));
    }
};

QTEST_GUILESS_MAIN(ArchiveTocTest)
#include "tst_archivetoc.moc"
