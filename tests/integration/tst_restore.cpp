// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Restore round trips on the real test cluster: the demo database backed up by runBackup in every
// format (and as a bundle), restored by runRestore into a new database, must come back with the
// same row count in every table and the same pg_dump --schema-only; a single table comes back
// with its indexes and constraints and nothing else; a sandbox target gets its own cluster.
#include "backupfixture.h"
#include "backuptesthelpers.h"

#include "backup/bundle.h"
#include "restore/restorejob.h"
#include "sandbox/sandboxcluster.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class RestoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;
    QStringList m_created; // databases to drop at the end
    QHash<QString, qint64> m_sourceRows;
    QString m_sourceSchema;

    static QHash<QString, qint64> rowsOfEveryTable(const QString &database)
    {
        QHash<QString, qint64> rows;
        auto conn = pg::Connection::open(clusterSpec(database));
        if (!conn)
            return rows;
        auto tables = (*conn)->exec(QStringLiteral(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r','p') AND n.nspname NOT IN ('pg_catalog','information_schema') "
            "AND n.nspname !~ '^pg_toast'"));
        for (int r = 0; tables && r < tables->rows(); ++r)
            rows.insert(tables->text(r, 0), rowsIn(**conn, tables->text(r, 0)));
        return rows;
    }

    Result<RestoreOutcome> restoreNew(const QString &backupPath, const QString &target, RestoreOptions options = {})
    {
        JobContext ctx;
        Result<RestoreSource> source = openRestoreSource(ctx, backupPath);
        if (!source)
            return source.error();
        RestoreRequest request;
        request.spec = clusterSpec();
        request.source = *source;
        request.options = options;
        request.options.target = RestoreOptions::Target::NewDatabase;
        request.options.targetDatabase = target;
        m_created << target;
        return runRestore(ctx, request);
    }

    QString target(const QString &tag)
    {
        return QStringLiteral("pgs_restore_%1_%2").arg(tag).arg(QCoreApplication::applicationPid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster is not running");
        QVERIFY(m_dir.isValid());
        m_catalog = m_dir.filePath(QStringLiteral("catalog"));
        m_sourceRows = rowsOfEveryTable(demoDatabase());
        QVERIFY(m_sourceRows.size() > 5);
        QVERIFY(m_sourceRows.value(QStringLiteral("ticketing.orders")) > 0);
        m_sourceSchema = schemaOf(demoDatabase());
        QVERIFY(m_sourceSchema.contains(QLatin1String("CREATE TABLE ticketing.orders")));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_created))
            dropScratchDatabase(name);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("compression");
        QTest::addColumn<bool>("bundle");
        QTest::addColumn<QString>("expectedKind");
        QTest::newRow("custom") << int(DumpFormat::Custom) << QString() << false << "custom";
        QTest::newRow("directory -j 2") << int(DumpFormat::Directory) << QString() << false << "directory";
        QTest::newRow("tar") << int(DumpFormat::Tar) << QString() << false << "tar";
        QTest::newRow("plain .sql") << int(DumpFormat::Plain) << QString() << false << "plain";
        QTest::newRow("plain .sql.gz") << int(DumpFormat::Plain) << QStringLiteral("gzip") << false << "plain";
        QTest::newRow("plain .sql.zst") << int(DumpFormat::Plain) << QStringLiteral("zstd") << false << "plain";
        QTest::newRow("bundle .tar.zst") << int(DumpFormat::Custom) << QString() << true << "custom";
    }
    void roundTrip()
    {
        QFETCH(int, format);
        QFETCH(QString, compression);
        QFETCH(bool, bundle);
        QFETCH(QString, expectedKind);
        Result<BackupOutcome> backup = makeBackup(demoDatabase(), m_catalog, DumpFormat(format), compression);
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message + backup.error().detail));
        QString path = backup->folder;
        if (bundle) {
            path = m_dir.filePath(QStringLiteral("demo.tar.zst"));
            JobContext ctx;
            Status exported = exportBundle(ctx, backup->folder, path);
            QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        }
        JobContext ctx;
        Result<RestoreSource> source = openRestoreSource(ctx, path);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
        QCOMPARE(toString(source->kind), expectedKind);
        QCOMPARE(bool(source->unpacked), bundle);

        const QString name = target(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_")));
        RestoreOptions options;
        if (DumpFormat(format) == DumpFormat::Directory)
            options.jobs = 2;
        Result<RestoreOutcome> outcome = restoreNew(path, name, options);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message + outcome.error().detail));
        QVERIFY2(outcome->errors.isEmpty(), qPrintable(outcome->errors.isEmpty() ? QString() : outcome->errors.first().message));
        QVERIFY2(outcome->rowMismatches.isEmpty(), qPrintable(outcome->rowMismatches.join(QLatin1Char('\n'))));
        QVERIFY(!outcome->rowComparison.isEmpty());
        if (source->isArchive()) {
            QVERIFY(outcome->entriesTotal > 100);
            QCOMPARE(outcome->entriesDone, outcome->entriesTotal);
        }

        const QHash<QString, qint64> restored = rowsOfEveryTable(name);
        QCOMPARE(restored.size(), m_sourceRows.size());
        for (auto it = m_sourceRows.cbegin(); it != m_sourceRows.cend(); ++it)
            QVERIFY2(restored.value(it.key(), -1) == it.value(), qPrintable(it.key()));
        QCOMPARE(schemaOf(name), m_sourceSchema);
        QVERIFY(dropScratchDatabase(name));
    }

    void selectiveTableRestore()
    {
        Result<BackupOutcome> backup = makeBackup(demoDatabase(), m_catalog, DumpFormat::Custom);
        QVERIFY(backup);
        const QString name = target(QStringLiteral("orders_only"));
        RestoreOptions options;
        options.tables = {QStringLiteral("ticketing.orders")};
        Result<RestoreOutcome> outcome = restoreNew(backup->folder, name, options);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY2(outcome->errors.isEmpty(), qPrintable(outcome->errors.isEmpty() ? QString() : outcome->errors.first().message));
        // Its foreign keys point at tables that are not restored: left out, and said so.
        QVERIFY(outcome->notes.join(QLatin1Char(' ')).contains(QLatin1String("orders_customer_id_fkey")));

        const QHash<QString, qint64> rows = rowsOfEveryTable(name);
        QCOMPARE(rows.keys(), QStringList{QStringLiteral("ticketing.orders")});
        QCOMPARE(rows.value(QStringLiteral("ticketing.orders")), m_sourceRows.value(QStringLiteral("ticketing.orders")));
        QCOMPARE(outcome->rowComparison.keys(), QStringList{QStringLiteral("ticketing.orders")});

        const QString indexQuery = QStringLiteral(
            "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'ticketing' AND tablename = 'orders'");
        auto source = pg::Connection::open(clusterSpec(demoDatabase()));
        auto restored = pg::Connection::open(clusterSpec(name));
        QVERIFY(source && restored);
        const QString sourceIndexes = (*source)->exec(indexQuery)->text(0, 0);
        QVERIFY(sourceIndexes.contains(QLatin1String("orders_pkey")));
        QCOMPARE((*restored)->exec(indexQuery)->text(0, 0), sourceIndexes);
        const QString checks = QStringLiteral("SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint "
                                              "WHERE conrelid = 'ticketing.orders'::regclass AND contype IN ('p','c','u')");
        QCOMPARE((*restored)->exec(checks)->text(0, 0), (*source)->exec(checks)->text(0, 0));
        // The identity sequence came with its value.
        auto next = (*restored)->exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('ticketing.orders', 'order_id')) > max(order_id) FROM ticketing.orders"));
        QVERIFY(next);
        QCOMPARE(next->text(0, 0), QStringLiteral("t"));
    }

    void sandboxTarget()
    {
        Result<BackupOutcome> backup = makeBackup(demoDatabase(), m_catalog, DumpFormat::Custom);
        QVERIFY(backup);
        JobContext ctx;
        Result<RestoreSource> source = openRestoreSource(ctx, backup->folder);
        QVERIFY(source);
        RestoreRequest request;
        request.source = *source;
        request.options.target = RestoreOptions::Target::Sandbox;
        request.options.sandboxDir = m_dir.filePath(QStringLiteral("sandbox"));
        request.options.targetDatabase = QStringLiteral("demo_copy");
        Result<RestoreOutcome> outcome = runRestore(ctx, request);
        SandboxCluster cluster(request.options.sandboxDir);
        auto drop = qScopeGuard([&cluster] {
            JobContext cleanup;
            (void)cluster.drop(cleanup);
        });
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message + outcome.error().detail));
        QVERIFY2(!outcome->failed(), qPrintable(outcome->rowMismatches.join(QLatin1Char('\n'))));
        QVERIFY(cluster.loadState());
        QVERIFY(cluster.isRunning());
        QCOMPARE(outcome->targetSpec.value(QStringLiteral("dbname")), QStringLiteral("demo_copy"));
        auto conn = pg::Connection::open(outcome->targetSpec);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().message));
        QCOMPARE(rowsIn(**conn, QStringLiteral("ticketing.orders")), m_sourceRows.value(QStringLiteral("ticketing.orders")));
        // Not on the test cluster.
        auto elsewhere = pg::Connection::open(clusterSpec(QStringLiteral("demo_copy")));
        QVERIFY(!elsewhere);
    }
};

QTEST_GUILESS_MAIN(RestoreTest)
#include "tst_restore.moc"
