// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/manifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {

BackupManifest fullManifest()
{
    BackupManifest m;
    m.id = QStringLiteral("0b5e2b0c-7a51-4d1e-9a4e-2f7c1d3e4f50");
    m.profileId = QStringLiteral("prof-1");
    m.profileName = QStringLiteral("Production");
    m.database = QStringLiteral("shop");
    m.serverVersion = QStringLiteral("15.4");
    m.serverVersionNum = 150004;
    m.systemIdentifier = QStringLiteral("7301234567890123456");
    m.toolPath = QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump");
    m.toolVersion = QStringLiteral("15.4");
    BackupOptions &o = m.options;
    o.source = BackupOptions::Source::WholeCluster;
    o.database = QStringLiteral("shop");
    o.format = DumpFormat::Directory;
    o.compressionMethod = QStringLiteral("zstd");
    o.compressionLevel = 7;
    o.jobs = 3;
    o.schemaOnly = true;
    o.dataOnly = true;
    o.sections = {QStringLiteral("pre-data"), QStringLiteral("data")};
    o.schemas = {QStringLiteral("public"), QStringLiteral("sales")};
    o.excludeSchemas = {QStringLiteral("tmp")};
    o.tables = {QStringLiteral("public.orders")};
    o.excludeTables = {QStringLiteral("public.log*")};
    o.largeObjects = false;
    o.withGlobals = true;
    o.noOwner = true;
    o.noPrivileges = true;
    o.clean = true;
    o.ifExists = true;
    o.encoding = QStringLiteral("UTF8");
    o.lockWaitTimeoutSeconds = 30;
    o.extraArguments = {QStringLiteral("--no-comments")};
    o.recordRowCounts = true;
    m.dumpName = QStringLiteral("dump");
    m.globalsName = QStringLiteral("globals.sql");
    m.startedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 20, 30, 123), Qt::UTC);
    m.finishedAt = m.startedAt.addMSecs(65432);
    m.status = BackupManifest::State::Failed;
    m.error = QStringLiteral("pg_dump failed");
    m.files = {{QStringLiteral("dump/toc.dat"), 1234, QString(64, QLatin1Char('a'))},
               {QStringLiteral("globals.sql"), 5000000000LL, QString(64, QLatin1Char('b'))}};
    m.rowCounts = {{QStringLiteral("public.orders"), 123456789012LL}, {QStringLiteral("sales.x"), 0}};
    m.estimatedBytes = 987654321;
    m.verifications = {{BackupManifest::VerifyLevel::Checksums, m.finishedAt.addSecs(10), true, {}},
                       {BackupManifest::VerifyLevel::Restore, m.finishedAt.addSecs(20), false,
                        {QStringLiteral("public.orders: 1 rows, expected 2")}}};
    return m;
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripEveryField()
    {
        const BackupManifest m = fullManifest();
        // Through text, as it lives on disk.
        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(m.toJson()).toJson()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), BackupManifest::kSchemaVersion);
        Result<BackupManifest> back = BackupManifest::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        const BackupManifest &r = *back;
        QCOMPARE(r.id, m.id);
        QCOMPARE(r.profileId, m.profileId);
        QCOMPARE(r.profileName, m.profileName);
        QCOMPARE(r.database, m.database);
        QCOMPARE(r.serverVersion, m.serverVersion);
        QCOMPARE(r.serverVersionNum, m.serverVersionNum);
        QCOMPARE(r.systemIdentifier, m.systemIdentifier);
        QCOMPARE(r.toolPath, m.toolPath);
        QCOMPARE(r.toolVersion, m.toolVersion);
        QCOMPARE(r.dumpName, m.dumpName);
        QCOMPARE(r.globalsName, m.globalsName);
        QCOMPARE(r.startedAt, m.startedAt);
        QCOMPARE(r.finishedAt, m.finishedAt);
        QCOMPARE(r.durationSeconds(), 65.432);
        QCOMPARE(toString(r.status), toString(m.status));
        QCOMPARE(r.error, m.error);
        QCOMPARE(r.files.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(r.files[i].name, m.files[i].name);
            QCOMPARE(r.files[i].size, m.files[i].size);
            QCOMPARE(r.files[i].sha256, m.files[i].sha256);
        }
        QCOMPARE(r.totalBytes(), 5000001234LL);
        QCOMPARE(r.rowCounts, m.rowCounts);
        QCOMPARE(r.estimatedBytes, m.estimatedBytes);
        QCOMPARE(r.verifications.size(), 2);
        QCOMPARE(toString(r.verifications[1].level), QStringLiteral("restore"));
        QCOMPARE(r.verifications[1].at, m.verifications[1].at);
        QCOMPARE(r.verifications[1].passed, false);
        QCOMPARE(r.verifications[1].problems, m.verifications[1].problems);
        QCOMPARE(toString(r.highestPassedLevel()), QStringLiteral("checksums"));

        const BackupOptions &a = r.options, &b = m.options;
        QCOMPARE(int(a.source), int(b.source));
        QCOMPARE(a.database, b.database);
        QCOMPARE(toString(a.format), toString(b.format));
        QCOMPARE(a.compressionMethod, b.compressionMethod);
        QCOMPARE(a.compressionLevel, b.compressionLevel);
        QCOMPARE(a.jobs, b.jobs);
        QCOMPARE(a.schemaOnly, b.schemaOnly);
        QCOMPARE(a.dataOnly, b.dataOnly);
        QCOMPARE(a.sections, b.sections);
        QCOMPARE(a.schemas, b.schemas);
        QCOMPARE(a.excludeSchemas, b.excludeSchemas);
        QCOMPARE(a.tables, b.tables);
        QCOMPARE(a.excludeTables, b.excludeTables);
        QCOMPARE(a.largeObjects, b.largeObjects);
        QCOMPARE(a.withGlobals, b.withGlobals);
        QCOMPARE(a.noOwner, b.noOwner);
        QCOMPARE(a.noPrivileges, b.noPrivileges);
        QCOMPARE(a.clean, b.clean);
        QCOMPARE(a.ifExists, b.ifExists);
        QCOMPARE(a.encoding, b.encoding);
        QCOMPARE(a.lockWaitTimeoutSeconds, b.lockWaitTimeoutSeconds);
        QCOMPARE(a.extraArguments, b.extraArguments);
        QCOMPARE(a.recordRowCounts, b.recordRowCounts);
    }

    void defaultsSurviveRoundTrip()
    {
        BackupOptions o;
        const BackupOptions r = BackupOptions::fromJson(o.toJson());
        QCOMPARE(toString(r.format), QStringLiteral("custom"));
        QCOMPARE(r.compressionLevel, -1);
        QCOMPARE(r.jobs, 1);
        QVERIFY(r.largeObjects);
        QCOMPARE(int(r.source), int(BackupOptions::Source::Database));
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        BackupManifest m = fullManifest();
        m.status = BackupManifest::State::Complete;
        QVERIFY(m.save(dir.path()).ok());
        Result<BackupManifest> loaded = BackupManifest::load(dir.path());
        QVERIFY(loaded.ok());
        QCOMPARE(toString(loaded->status), QStringLiteral("complete"));
        QVERIFY(loaded->isGood());
        QCOMPARE(loaded->files.size(), 2);
    }

    void rejectsNewerSchema()
    {
        QJsonObject json = fullManifest().toJson();
        json.insert(QStringLiteral("schema_version"), BackupManifest::kSchemaVersion + 1);
        Result<BackupManifest> r = BackupManifest::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("manifest-too-new"));
        QVERIFY2(r.error().message.contains(QString::number(BackupManifest::kSchemaVersion + 1)),
                 qPrintable(r.error().message));
    }

    void rejectsMissingFields_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : {"schema_version", "id", "status", "files", "started_at"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void rejectsMissingFields()
    {
        QFETCH(QString, key);
        QJsonObject json = fullManifest().toJson();
        json.remove(key);
        Result<BackupManifest> r = BackupManifest::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(key), qPrintable(r.error().message));
    }

    void rejectsBadValues()
    {
        QJsonObject json = fullManifest().toJson();
        json.insert(QStringLiteral("status"), QStringLiteral("great"));
        QVERIFY(!BackupManifest::fromJson(json).ok());
        json = fullManifest().toJson();
        QJsonArray files = json.value(QStringLiteral("files")).toArray();
        QJsonObject f = files[0].toObject();
        f.remove(QStringLiteral("sha256"));
        files[0] = f;
        json.insert(QStringLiteral("files"), files);
        QVERIFY(!BackupManifest::fromJson(json).ok());
    }

    void loadReportsBrokenJson()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(BackupManifest::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"id\": ");
        file.close();
        Result<BackupManifest> r = BackupManifest::load(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("manifest-invalid"));
        QVERIFY(!BackupManifest::load(dir.filePath(QStringLiteral("nowhere"))).ok());
    }

    void sha256KnownVectors()
    {
        QTemporaryDir dir;
        const QString abc = dir.filePath(QStringLiteral("abc"));
        QFile f(abc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        Result<QString> h = sha256OfFile(abc);
        QVERIFY(h.ok());
        QCOMPARE(*h, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

        // More than one 1 MiB block: one million 'a' plus one more MiB of them, progress reported.
        const QString big = dir.filePath(QStringLiteral("big"));
        QFile g(big);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(1000000, 'a'));
        g.close();
        qint64 last = 0;
        h = sha256OfFile(big, nullptr, [&](qint64 done) { last = done; });
        QVERIFY(h.ok());
        QCOMPARE(*h, QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        QCOMPARE(last, 1000000);

        const QString empty = dir.filePath(QStringLiteral("empty"));
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        QCOMPARE(*sha256OfFile(empty), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QVERIFY(!sha256OfFile(dir.filePath(QStringLiteral("missing"))).ok());
    }

    void sha256Cancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3 << 20, 'x'));
        f.close();
        JobContext ctx;
        ctx.cancel();
        QVERIFY(!sha256OfFile(path, &ctx).ok());
    }

    void enumStrings()
    {
        DumpFormat f;
        QVERIFY(dumpFormatFromString(QStringLiteral("directory"), &f));
        QCOMPARE(toString(f), QStringLiteral("directory"));
        QVERIFY(!dumpFormatFromString(QStringLiteral("zip"), &f));
        BackupManifest::VerifyLevel l;
        QVERIFY(verifyLevelFromString(QStringLiteral("readable"), &l));
        QCOMPARE(toString(l), QStringLiteral("readable"));
        QVERIFY(!verifyLevelFromString(QStringLiteral("perfect"), &l));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
