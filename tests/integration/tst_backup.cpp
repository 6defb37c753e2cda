// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of the demo database in every format, restored into scratch databases and compared.
#include "backuptesthelpers.h"

#include "backup/backupjob.h"
#include "backup/plaincompressor.h"
#include "catalog/catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

namespace {

Result<BackupOutcome> backup(const BackupOptions &options, const QString &catalog, QStringList *log = nullptr)
{
    struct Sink : JobSink
    {
        QStringList lines;
        void jobProgress(double, const QString &) override {}
        void jobLog(const QString &line) override { lines.append(line); }
    } sink;
    JobContext ctx(&sink);
    BackupRequest request;
    request.spec = clusterSpec();
    request.catalogDir = catalog;
    request.options = options;
    Result<BackupOutcome> r = runBackup(ctx, request);
    if (log)
        *log = sink.lines;
    return r;
}

QStringList leafTables(const QString &database)
{
    QStringList out;
    auto conn = pg::Connection::open(clusterSpec(database));
    if (!conn)
        return out;
    auto r = (*conn)->exec(QStringLiteral(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname !~ '^pg_' ORDER BY 1"));
    for (int i = 0; r && i < r->rows(); ++i)
        out.append(r->text(i, 0));
    return out;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(!toolPath(QStringLiteral("pg_restore")).isEmpty());
        QVERIFY(m_catalog.isValid());
    }

    void cleanup()
    {
        for (const QString &db : std::exchange(m_scratch, {}))
            dropScratchDatabase(db);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("compression");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<QString>("dumpName");
        QTest::newRow("custom") << int(DumpFormat::Custom) << QString() << 1 << "dump.custom";
        QTest::newRow("custom gzip 1") << int(DumpFormat::Custom) << "gzip:1" << 1 << "dump.custom";
        QTest::newRow("directory jobs 2") << int(DumpFormat::Directory) << QString() << 2 << "dump";
        QTest::newRow("tar") << int(DumpFormat::Tar) << QString() << 1 << "dump.tar";
        QTest::newRow("plain") << int(DumpFormat::Plain) << QString() << 1 << "dump.sql";
        QTest::newRow("plain gzip") << int(DumpFormat::Plain) << "gzip" << 1 << "dump.sql.gz";
        QTest::newRow("plain zstd") << int(DumpFormat::Plain) << "zstd:3" << 1 << "dump.sql.zst";
    }
    void roundTrip()
    {
        QFETCH(int, format);
        QFETCH(QString, compression);
        QFETCH(int, jobs);
        QFETCH(QString, dumpName);

        BackupOptions o;
        o.database = demoDatabase();
        o.format = DumpFormat(format);
        o.compressionMethod = compression.section(QLatin1Char(':'), 0, 0);
        if (compression.contains(QLatin1Char(':')))
            o.compressionLevel = compression.section(QLatin1Char(':'), 1).toInt();
        o.jobs = jobs;
        o.recordRowCounts = true;
        Result<BackupOutcome> done = backup(o, m_catalog.path());
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message + '\n' + done.error().detail));

        // Final name, manifest on disk, no partial left.
        const QString folder = done->folder;
        QVERIFY2(QFileInfo(folder).fileName().startsWith(demoDatabase() + QLatin1Char('_')), qPrintable(folder));
        QVERIFY(QFileInfo(folder).fileName().endsWith(done->manifest.id.left(8)));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("writer.lock"))));
        QVERIFY(QDir(m_catalog.path()).entryList({QStringLiteral(".partial-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
        Result<BackupManifest> manifest = BackupManifest::load(folder);
        QVERIFY(manifest.ok());
        QVERIFY(manifest->isGood());
        QCOMPARE(manifest->dumpName, dumpName);
        QCOMPARE(manifest->serverVersionNum / 10000, 15);
        QVERIFY(!manifest->toolVersion.isEmpty());
        QVERIFY(manifest->estimatedBytes > 0);
        QVERIFY(!manifest->systemIdentifier.isEmpty()); // we are superuser here

        // Every file listed, each with the checksum sha256sum computes.
        for (const BackupManifest::File &f : manifest->files) {
            const QString path = QDir(folder).filePath(f.name);
            QCOMPARE(QFileInfo(path).size(), f.size);
            QCOMPARE(f.sha256, sha256sumOf(path));
        }
        if (o.format == DumpFormat::Directory) {
            QVERIFY(manifest->files.size() > 2);
            QVERIFY(std::any_of(manifest->files.cbegin(), manifest->files.cend(),
                                [](const auto &f) { return f.name == QLatin1String("dump/toc.dat"); }));
        } else {
            QCOMPARE(manifest->files.size(), 1);
            QCOMPARE(manifest->files[0].name, dumpName);
        }

        // Row counts per leaf table (partitions one by one, never the partitioned parent).
        const QStringList leaves = leafTables(demoDatabase());
        QVERIFY(leaves.contains(QStringLiteral("ticketing.transactions_default")));
        QCOMPARE(manifest->rowCounts.keys(), leaves);

        // Restore into a scratch database.
        const QString target = createScratchDatabase(QStringLiteral("bk_restore"));
        QVERIFY(!target.isEmpty());
        m_scratch.append(target);
        const QString dumpPath = QDir(folder).filePath(dumpName);
        ProcessRun restored;
        if (o.format == DumpFormat::Plain) {
            QString sqlFile = dumpPath;
            QTemporaryDir tmp;
            if (!o.compressionMethod.isEmpty()) {
                sqlFile = tmp.filePath(QStringLiteral("dump.sql"));
                Status unpacked = decompressPlainDump(dumpPath, sqlFile);
                QVERIFY2(unpacked.ok(), qPrintable(unpacked.ok() ? QString() : unpacked.error().message));
            }
            restored = runProcess(toolPath(QStringLiteral("psql")),
                                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), sqlFile},
                                  clusterEnv(target));
        } else {
            restored = runProcess(toolPath(QStringLiteral("pg_restore")),
                                  {QStringLiteral("--exit-on-error"), QStringLiteral("-d"), target, dumpPath},
                                  clusterEnv(target));
        }
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));

        auto conn = pg::Connection::open(clusterSpec(target));
        QVERIFY(conn.ok());
        QCOMPARE(leafTables(target), leaves);
        qint64 total = 0;
        for (auto it = manifest->rowCounts.cbegin(); it != manifest->rowCounts.cend(); ++it) {
            QCOMPARE(rowsIn(**conn, it.key()), it.value());
            total += it.value();
        }
        QVERIFY(total > 1000); // the demo data is there, the comparison meant something
        QCOMPARE(schemaOf(target), schemaOf(demoDatabase()));
    }

    void selection()
    {
        BackupOptions o;
        o.database = demoDatabase();
        o.tables = {QStringLiteral("ticketing.venues"), QStringLiteral("ticketing.transactions_2*")};
        o.recordRowCounts = true;
        Result<BackupOutcome> done = backup(o, m_catalog.path());
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        const QStringList counted = done->manifest.rowCounts.keys();
        QVERIFY(counted.contains(QStringLiteral("ticketing.venues")));
        QVERIFY(!counted.contains(QStringLiteral("ticketing.events")));
        QVERIFY(!counted.contains(QStringLiteral("ticketing.transactions_default")));
        for (const QString &t : counted)
            QVERIFY2(t == QLatin1String("ticketing.venues") || t.startsWith(QLatin1String("ticketing.transactions_2")), qPrintable(t));

        // What pg_dump put in the archive is exactly what we counted.
        const ProcessRun list = runProcess(toolPath(QStringLiteral("pg_restore")),
                                           {QStringLiteral("--list"), QDir(done->folder).filePath(QStringLiteral("dump.custom"))},
                                           clusterEnv(demoDatabase()));
        QCOMPARE(list.exitCode, 0);
        QStringList data;
        static const QRegularExpression dataLine(QStringLiteral("TABLE DATA (\\S+) (\\S+) "));
        for (const QString &line : QString::fromUtf8(list.out).split(QLatin1Char('\n'))) {
            const auto m = dataLine.match(line);
            if (m.hasMatch())
                data.append(m.captured(1) + QLatin1Char('.') + m.captured(2));
        }
        data.sort();
        QCOMPARE(data, counted);

        BackupOptions bySchema;
        bySchema.database = demoDatabase();
        bySchema.schemas = {QStringLiteral("public")};
        bySchema.recordRowCounts = true;
        done = backup(bySchema, m_catalog.path());
        QVERIFY(done.ok());
        for (const QString &t : done->manifest.rowCounts.keys())
            QVERIFY2(t.startsWith(QLatin1String("public.")), qPrintable(t));
    }

    void globals()
    {
        BackupOptions o;
        o.database = demoDatabase();
        o.schemaOnly = true;
        o.withGlobals = true;
        o.recordRowCounts = true;
        QStringList log;
        Result<BackupOutcome> done = backup(o, m_catalog.path(), &log);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(done->manifest.globalsName, QStringLiteral("globals.sql"));
        QVERIFY(done->manifest.rowCounts.isEmpty()); // schema only: nothing to count
        QStringList names;
        for (const auto &f : done->manifest.files)
            names << f.name;
        QCOMPARE(names, QStringList({"dump.custom", "globals.sql"}));
        QFile globals(QDir(done->folder).filePath(QStringLiteral("globals.sql")));
        QVERIFY(globals.open(QIODevice::ReadOnly));
        QVERIFY(globals.readAll().contains("CREATE ROLE"));
        QVERIFY2(log.join('\n').contains(QLatin1String("--globals-only")), qPrintable(log.join('\n')));

        BackupOptions only;
        only.source = BackupOptions::Source::GlobalsOnly;
        done = backup(only, m_catalog.path());
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY(QFileInfo(done->folder).fileName().startsWith(QLatin1String("globals_")));
        QCOMPARE(done->manifest.files.size(), 1);
        QCOMPARE(done->manifest.files[0].name, QStringLiteral("globals.sql"));
    }

    void rejectsBeforeWriting()
    {
        QTemporaryDir catalog;
        BackupOptions o;
        o.database = demoDatabase();
        o.compressionMethod = QStringLiteral("zstd"); // pg_dump 15 cannot
        Result<BackupOutcome> done = backup(o, catalog.path());
        QVERIFY(!done.ok());
        QVERIFY2(done.error().message.contains(QLatin1String("zstd")), qPrintable(done.error().message));
        QVERIFY(QDir(catalog.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

        o.compressionMethod.clear();
        o.database = QStringLiteral("no_such_database_here");
        done = backup(o, catalog.path());
        QVERIFY(!done.ok());
        QVERIFY2(done.error().message.contains(QLatin1String("no_such_database_here")), qPrintable(done.error().message));
        // pg_dump had already started beside our connection: its folder is gone again.
        QVERIFY(QDir(catalog.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    // Without row counts pg_dump starts before our own connection is made; the manifest still
    // has the server's facts and the tables' sizes, read beside the dump.
    void startsPgDumpAtOnce_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("compression");
        QTest::newRow("custom") << int(DumpFormat::Custom) << QString();
        QTest::newRow("plain zstd") << int(DumpFormat::Plain) << QStringLiteral("zstd");
    }
    void startsPgDumpAtOnce()
    {
        QFETCH(int, format);
        QFETCH(QString, compression);
        QTemporaryDir catalog;
        BackupOptions o;
        o.database = demoDatabase();
        o.format = DumpFormat(format);
        o.compressionMethod = compression;
        o.withGlobals = true;
        QStringList log;
        Result<BackupOutcome> done = backup(o, catalog.path(), &log);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        const QString joined = log.join(QLatin1Char('\n'));
        QVERIFY2(joined.contains(QLatin1String("pg_dump starts at once")), qPrintable(joined));
        // Both tools leave the fsync to the job (beside the checksums), which still does it.
        QVERIFY2(joined.contains(QRegularExpression(QStringLiteral("^pg_dump .*--no-sync"), QRegularExpression::MultilineOption)), qPrintable(joined));
        QVERIFY2(joined.contains(QRegularExpression(QStringLiteral("^pg_dumpall .*--no-sync"), QRegularExpression::MultilineOption)), qPrintable(joined));
        const BackupManifest &m = done->manifest;
        QCOMPARE(m.serverVersionNum / 10000, 15);
        QVERIFY(!m.systemIdentifier.isEmpty());
        QVERIFY(m.rowCounts.isEmpty());
        QVERIFY2(m.tableBytes.size() >= 3, qPrintable(QString::number(m.tableBytes.size())));
        QVERIFY(m.estimatedBytes > 0);
        QCOMPARE(m.files.size(), 2); // the dump and globals.sql
        const QList<CatalogEntry> listed = BackupCatalog(catalog.path()).list();
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().manifest.isGood());

        o.recordRowCounts = true; // counts need the snapshot shared with pg_dump: connect first
        done = backup(o, catalog.path(), &log);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY(!log.join(QLatin1Char('\n')).contains(QLatin1String("pg_dump starts at once")));
        QVERIFY(!done->manifest.rowCounts.isEmpty());
    }

private:
    QTemporaryDir m_catalog;
    QStringList m_scratch;
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
