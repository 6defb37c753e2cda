// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupjob.h"
#include "backup/dumpscope.h"
#include "backup/pgdumpprogress.h"

#include <QTest>

using namespace pgs;

namespace {

BackupOptions options(DumpFormat format)
{
    BackupOptions o;
    o.database = QStringLiteral("shop");
    o.format = format;
    return o;
}

QStringList names(const QList<DumpTable> &tables)
{
    QStringList out;
    for (const DumpTable &t : tables)
        out.append(t.qualifiedName());
    return out;
}

bool mentionsPassword(const QStringList &args)
{
    for (const QString &a : args) {
        if (a.contains(QLatin1String("password"), Qt::CaseInsensitive) || a == QLatin1String("-W")
            || a.contains(QLatin1String("secret")))
            return true;
    }
    return false;
}

} // namespace

class TestPgDumpArgs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("formatArg");
        QTest::addColumn<QString>("dumpName");
        QTest::newRow("custom") << int(DumpFormat::Custom) << "--format=c" << "dump.custom";
        QTest::newRow("directory") << int(DumpFormat::Directory) << "--format=d" << "dump";
        QTest::newRow("tar") << int(DumpFormat::Tar) << "--format=t" << "dump.tar";
        QTest::newRow("plain") << int(DumpFormat::Plain) << "--format=p" << "dump.sql";
    }
    void perFormat()
    {
        QFETCH(int, format);
        QFETCH(QString, formatArg);
        QFETCH(QString, dumpName);
        const BackupOptions o = options(DumpFormat(format));
        const QStringList args = pgDumpArguments(o, 15, QStringLiteral("/b/") + dumpName, QStringLiteral("00000003-1"));
        QCOMPARE(args.value(0), QStringLiteral("--verbose"));
        QVERIFY2(args.contains(formatArg), qPrintable(args.join(' ')));
        QVERIFY(args.contains(QStringLiteral("--file=/b/") + dumpName));
        QVERIFY(args.contains(QStringLiteral("--snapshot=00000003-1")));
        QVERIFY(!args.join(' ').contains(QLatin1String("--compress")));
        QVERIFY(!args.join(' ').contains(QLatin1String("--jobs")));
        QCOMPARE(dumpNameFor(o), dumpName);
        QVERIFY(validateBackupOptions(o, 15).ok());
    }

    void jobsOnlyForDirectory()
    {
        BackupOptions o = options(DumpFormat::Directory);
        o.jobs = 4;
        QVERIFY(pgDumpArguments(o, 15, QStringLiteral("d")).contains(QStringLiteral("--jobs=4")));
        QVERIFY(validateBackupOptions(o, 15).ok());
        o.format = DumpFormat::Custom;
        QVERIFY(!validateBackupOptions(o, 15).ok());
        o.jobs = 0;
        QVERIFY(!validateBackupOptions(o).ok());
    }

    void compressionPerMajor_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected"); // the compress argument, empty: none
        QTest::newRow("15 gzip default") << int(DumpFormat::Custom) << 15 << "gzip" << -1 << true << "";
        QTest::newRow("15 gzip 5") << int(DumpFormat::Custom) << 15 << "gzip" << 5 << true << "--compress=5";
        QTest::newRow("15 none") << int(DumpFormat::Directory) << 15 << "none" << -1 << true << "--compress=0";
        QTest::newRow("15 zstd") << int(DumpFormat::Custom) << 15 << "zstd" << -1 << false << "";
        QTest::newRow("15 lz4") << int(DumpFormat::Directory) << 15 << "lz4" << 3 << false << "";
        QTest::newRow("16 gzip 5") << int(DumpFormat::Custom) << 16 << "gzip" << 5 << true << "--compress=gzip:5";
        QTest::newRow("16 zstd") << int(DumpFormat::Directory) << 16 << "zstd" << -1 << true << "--compress=zstd";
        QTest::newRow("17 lz4 9") << int(DumpFormat::Custom) << 17 << "lz4" << 9 << true << "--compress=lz4:9";
        QTest::newRow("16 none") << int(DumpFormat::Custom) << 16 << "none" << -1 << true << "--compress=none";
        QTest::newRow("gzip 10") << int(DumpFormat::Custom) << 16 << "gzip" << 10 << false << "";
        QTest::newRow("tar gzip") << int(DumpFormat::Tar) << 16 << "gzip" << -1 << false << "";
        QTest::newRow("tar none") << int(DumpFormat::Tar) << 15 << "none" << -1 << true << "";
        QTest::newRow("plain zstd by us") << int(DumpFormat::Plain) << 15 << "zstd" << 19 << true << "";
        QTest::newRow("plain lz4") << int(DumpFormat::Plain) << 16 << "lz4" << -1 << false << "";
        QTest::newRow("unknown") << int(DumpFormat::Custom) << 16 << "brotli" << -1 << false << "";
    }
    void compressionPerMajor()
    {
        QFETCH(int, format);
        QFETCH(int, major);
        QFETCH(QString, method);
        QFETCH(int, level);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        BackupOptions o = options(DumpFormat(format));
        o.compressionMethod = method;
        o.compressionLevel = level;
        const Status checked = validateBackupOptions(o, major);
        QCOMPARE(checked.ok(), valid);
        if (!valid) {
            QVERIFY(!checked.error().message.isEmpty());
            return;
        }
        QStringList compress;
        for (const QString &a : pgDumpArguments(o, major, QStringLiteral("out"))) {
            if (a.startsWith(QLatin1String("--compress")) || a.startsWith(QLatin1String("-Z")))
                compress.append(a);
        }
        QCOMPARE(compress.join(' '), expected);
    }

    void tarSaysWhy()
    {
        BackupOptions o = options(DumpFormat::Tar);
        o.compressionMethod = QStringLiteral("gzip");
        const Status s = validateBackupOptions(o, 16);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("tar")), qPrintable(s.error().message));
    }

    void supportedMethods()
    {
        QCOMPARE(supportedCompressionMethods(15, DumpFormat::Custom), QStringList({"none", "gzip"}));
        QCOMPARE(supportedCompressionMethods(16, DumpFormat::Directory), QStringList({"none", "gzip", "lz4", "zstd"}));
        QCOMPARE(supportedCompressionMethods(16, DumpFormat::Tar), QStringList({"none"}));
        QCOMPARE(supportedCompressionMethods(12, DumpFormat::Plain), QStringList({"none", "gzip", "zstd"}));
        BackupOptions o = options(DumpFormat::Plain);
        o.compressionMethod = QStringLiteral("gzip");
        QCOMPARE(dumpNameFor(o), QStringLiteral("dump.sql.gz"));
        o.compressionMethod = QStringLiteral("zstd");
        QCOMPARE(dumpNameFor(o), QStringLiteral("dump.sql.zst"));
        // Streamed through us: pg_dump writes to stdout.
        QVERIFY(!pgDumpArguments(o, 15, QString()).join(' ').contains(QLatin1String("--file")));
    }

    void scopeAndOptions()
    {
        BackupOptions o = options(DumpFormat::Plain);
        o.dataOnly = true;
        o.sections = {QStringLiteral("data")};
        o.schemas = {QStringLiteral("sales")};
        o.excludeSchemas = {QStringLiteral("tmp")};
        o.tables = {QStringLiteral("sales.orders")};
        o.excludeTables = {QStringLiteral("sales.log*")};
        o.largeObjects = false;
        o.noOwner = true;
        o.noPrivileges = true;
        o.clean = true;
        o.ifExists = true;
        o.encoding = QStringLiteral("UTF8");
        o.lockWaitTimeoutSeconds = 30;
        o.extraArguments = {QStringLiteral("--no-comments")};
        QVERIFY(validateBackupOptions(o, 15).ok());
        const QStringList args = pgDumpArguments(o, 15, QStringLiteral("x.sql"));
        for (const char *expected : {"--data-only", "--section=data", "--schema=sales", "--exclude-schema=tmp",
                                     "--table=sales.orders", "--exclude-table=sales.log*", "--no-blobs", "--no-owner",
                                     "--no-privileges", "--clean", "--if-exists", "--encoding=UTF8",
                                     "--lock-wait-timeout=30000", "--no-comments"})
            QVERIFY2(args.contains(QLatin1String(expected)), expected);
        o.schemaOnly = true;
        QVERIFY(!validateBackupOptions(o, 15).ok());
        BackupOptions c = options(DumpFormat::Custom);
        c.clean = true;
        QVERIFY(!validateBackupOptions(c, 15).ok());
        BackupOptions none;
        QVERIFY(!validateBackupOptions(none).ok()); // no database
    }

    void noPasswordOptionsEver_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::newRow("--password") << "--password";
        QTest::newRow("-W") << "-W";
        QTest::newRow("dbname uri") << "--dbname=postgresql://u:secret@h/db";
        QTest::newRow("-d conninfo") << "-dpassword=secret";
        QTest::newRow("file") << "--file=/tmp/other";
        QTest::newRow("format") << "-Fp";
        QTest::newRow("snapshot") << "--snapshot=1";
    }
    void noPasswordOptionsEver()
    {
        QFETCH(QString, extra);
        for (DumpFormat f : {DumpFormat::Custom, DumpFormat::Directory, DumpFormat::Tar, DumpFormat::Plain}) {
            BackupOptions o = options(f);
            o.extraArguments = {extra};
            QVERIFY(!validateBackupOptions(o, 16).ok());
            const QStringList args = pgDumpArguments(o, 16, QStringLiteral("out"), QStringLiteral("snap"));
            QVERIFY2(!args.contains(extra), qPrintable(args.join(' ')));
            QVERIFY2(!mentionsPassword(args), qPrintable(args.join(' ')));
        }
        const QStringList all = pgDumpAllArguments(true, true, QStringLiteral("g.sql"));
        QCOMPARE(all, QStringList({"--verbose", "--globals-only", "--no-role-passwords", "--file=g.sql"}));
        QVERIFY(!pgDumpAllArguments(false, false, QStringLiteral("d.sql")).contains(QStringLiteral("--globals-only")));
    }

    void namePatterns()
    {
        NamePattern p = parseNamePattern(QStringLiteral("Public.Order*"));
        QCOMPARE(p.schemaRegex, QStringLiteral("^public$"));
        QCOMPARE(p.nameRegex, QStringLiteral("^order.*$"));
        p = parseNamePattern(QStringLiteral("\"My.Schema\".\"T*\""));
        QCOMPARE(p.schemaRegex, QStringLiteral("^My\\.Schema$"));
        QCOMPARE(p.nameRegex, QStringLiteral("^T\\*$"));
        p = parseNamePattern(QStringLiteral("t?"));
        QVERIFY(p.schemaRegex.isEmpty());
        QCOMPARE(p.nameRegex, QStringLiteral("^t.$"));
    }

    void scopeSelection()
    {
        const QList<DumpTable> all = {{"public", "orders", 10}, {"public", "order_items", 10}, {"public", "log", 1},
                                      {"sales", "orders", 5},   {"sales", "p_2024", 5},       {"tmp", "scratch", 1}};
        const QStringList path = {QStringLiteral("public")};
        BackupOptions o;
        QCOMPARE(names(selectDumpTables(all, o, path)).size(), 6);
        o.excludeSchemas = {QStringLiteral("tmp")};
        QVERIFY(!names(selectDumpTables(all, o, path)).contains(QStringLiteral("tmp.scratch")));
        o = {};
        o.schemas = {QStringLiteral("sales")};
        QCOMPARE(names(selectDumpTables(all, o, path)), QStringList({"sales.orders", "sales.p_2024"}));
        o.tables = {QStringLiteral("orders")}; // -t wins over -n; unqualified: visible ones only
        QCOMPARE(names(selectDumpTables(all, o, path)), QStringList({"public.orders"}));
        o.tables = {QStringLiteral("*.orders"), QStringLiteral("public.order*")};
        o.excludeTables = {QStringLiteral("public.order_items")};
        QCOMPARE(names(selectDumpTables(all, o, path)), QStringList({"public.orders", "sales.orders"}));
    }

    void progressFromVerboseLines()
    {
        QCOMPARE(DumpProgress::tableOfLine(QStringLiteral("pg_dump: dumping contents of table \"public.orders\"")),
                 QStringLiteral("public.orders"));
        QVERIFY(DumpProgress::tableOfLine(QStringLiteral("pg_dump: reading schemas")).isEmpty());
        DumpProgress p({{"public", "a", 300000}, {"public", "b", 100000}});
        QCOMPARE(p.fraction(), 0.0);
        QVERIFY(!p.feedLine(QStringLiteral("pg_dump: saving encoding = UTF8")));
        QVERIFY(p.feedLine(QStringLiteral("pg_dump: dumping contents of table \"public.a\"")));
        QCOMPARE(p.currentTable(), QStringLiteral("public.a"));
        QCOMPARE(p.fraction(), 0.0);
        QVERIFY(p.feedLine(QStringLiteral("pg_dump: dumping contents of table \"public.b\"")));
        QCOMPARE(p.fraction(), 0.75); // weighted by size, not by table count
        p.setBytesWritten(2500000);
        QVERIFY2(p.text().contains(QLatin1String("public.b")), qPrintable(p.text()));
        QVERIFY2(p.text().contains(QLatin1String("2.5")), qPrintable(p.text()));
        QVERIFY(DumpProgress({}).fraction() < 0);
    }

    // pg_dump may start before the tables in scope are known: the tables already begun count.
    void progressWhenTablesArriveLate()
    {
        DumpProgress p({});
        QVERIFY(p.feedLine(QStringLiteral("pg_dump: dumping contents of table \"public.a\"")));
        QVERIFY(p.feedLine(QStringLiteral("pg_dump: dumping contents of table \"public.b\"")));
        QVERIFY(p.fraction() < 0);
        p.setTables({{"public", "a", 300000}, {"public", "b", 100000}, {"public", "c", 600000}});
        QCOMPARE(p.fraction(), 0.3); // a is done, b is running
        QVERIFY(p.feedLine(QStringLiteral("pg_dump: dumping contents of table \"public.c\"")));
        QCOMPARE(p.fraction(), 0.4);
    }
};

QTEST_GUILESS_MAIN(TestPgDumpArgs)
#include "tst_pgdumpargs.moc"
