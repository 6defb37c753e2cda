// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/credentials.h"
#include "connection/profilestore.h"
#include "util/paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace pgs;

namespace {

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &file, const QByteArray &data)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

ConnectionProfile fullProfile()
{
    ConnectionProfile p;
    p.id = QStringLiteral("0b7e3f4e-8f7c-4e4c-9d3a-2f1f5b6a7c8d");
    p.name = QStringLiteral("Billing – primary");
    p.group = QStringLiteral("Production");
    p.host = QStringLiteral("db1.example.com,db2.example.com");
    p.port = 6432;
    p.database = QStringLiteral("billing");
    p.user = QStringLiteral("ops_ro");
    p.sslMode = QStringLiteral("verify-full");
    p.sslRootCert = QStringLiteral("/etc/ssl/root.crt");
    p.sslCert = QStringLiteral("/home/me/.postgresql/me.crt");
    p.sslKey = QStringLiteral("/home/me/.postgresql/me.key");
    p.connectTimeoutSeconds = 7;
    p.applicationName = QStringLiteral("pgsteward-ops");
    p.service = QStringLiteral("billing");
    p.production = true;
    p.productionColor = QStringLiteral("#ff00aa");
    p.readOnly = true;
    p.volumeCapacityBytes = 4'398'046'511'104LL; // 4 TiB: beyond 32 bits
    p.toolsDir = QStringLiteral("/usr/lib/postgresql/15/bin");
    p.passwordStorage = PasswordStorage::Pgpass;
    return p;
}

QFileDevice::Permissions modeOf(const QString &file)
{
    const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::permissions(file) & mask;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configDir() const { return m_dir->filePath(QStringLiteral("config")); }
    QString profilesFile() const { return configDir() + QStringLiteral("/profiles.json"); }
    QStringList corruptFiles() const
    {
        return QDir(configDir()).entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("PGSTEWARD_CONFIG_DIR", configDir().toLocal8Bit());
        qputenv("PGPASSFILE", m_dir->filePath(QStringLiteral("pgpass")).toLocal8Bit());
        qputenv("PGSTEWARD_NO_KEYCHAIN", "1");
    }

    void missingFileIsEmptyAndOk()
    {
        ProfileStore store(profilesFile());
        QVERIFY(store.load().ok());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.loadWarning().isEmpty());
        QVERIFY(corruptFiles().isEmpty());
    }

    void roundTripEveryField()
    {
        // The store follows PGSTEWARD_CONFIG_DIR through paths::profilesFile(), creating the folder.
        QCOMPARE(paths::profilesFile(), profilesFile());
        const ConnectionProfile original = fullProfile();
        ConnectionProfile second;
        second.name = QStringLiteral("local");
        {
            ProfileStore store(paths::profilesFile());
            QVERIFY(store.load().ok());
            QVERIFY(store.upsert(original).ok());
            QVERIFY(store.upsert(second).ok());
            QVERIFY(store.save().ok());
        }
        ProfileStore reloaded(profilesFile());
        QVERIFY(reloaded.load().ok());
        QVERIFY(reloaded.loadWarning().isEmpty());
        QCOMPARE(reloaded.profiles().size(), 2);
        QVERIFY(reloaded.profiles().at(0) == original);
        QCOMPARE(reloaded.profiles().at(0).volumeCapacityBytes, original.volumeCapacityBytes);
        QVERIFY(reloaded.profiles().at(0).readOnly);
        QVERIFY(!reloaded.profiles().at(1).readOnly);
        QCOMPARE(reloaded.profiles().at(1).name, QStringLiteral("local"));
        QVERIFY(!QUuid::fromString(reloaded.profiles().at(1).id).isNull());

        const QJsonObject root = QJsonDocument::fromJson(readAll(profilesFile())).object();
        QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), ProfileStore::kSchemaVersion);
        QCOMPARE(root.value(QStringLiteral("profiles")).toArray().size(), 2);
        // Saved under its own key; a file from before it reads as writable.
        QVERIFY(root.value(QStringLiteral("profiles")).toArray().at(0).toObject().value(QStringLiteral("read_only")).toBool());
        QJsonObject old = original.toJson();
        old.remove(QStringLiteral("read_only"));
        QVERIFY(!ConnectionProfile::fromJson(old).readOnly);
    }

    void saveIsAtomicAndPrivate()
    {
        ProfileStore store(profilesFile());
        QVERIFY(store.load().ok());
        QVERIFY(store.upsert(fullProfile()).ok());
        QVERIFY(store.save().ok());
        QVERIFY(store.save().ok()); // overwrite an existing file as well
        QCOMPARE(QDir(configDir()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("profiles.json")});
        QCOMPARE(modeOf(profilesFile()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // A file someone made world-readable becomes private again on the next save.
        QFile::setPermissions(profilesFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QVERIFY(store.save().ok());
        QCOMPARE(modeOf(profilesFile()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void corruptFileMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason"); // a piece of the parse error expected in the warning

        QTest::newRow("garbage") << QByteArray("\x00\x01not json at all\xff", 18) << QStringLiteral("invalid JSON");
        QTest::newRow("truncated")
            << QByteArray(R"({"schema_version":1,"profiles":[{"id":"a","name":"x")") << QStringLiteral("invalid JSON");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("invalid JSON");
        QTest::newRow("array root") << QByteArray(R"([{"name":"x"}])") << QStringLiteral("not a JSON object");
        QTest::newRow("no profiles") << QByteArray(R"({"schema_version":1})") << QStringLiteral("\"profiles\"");
        QTest::newRow("profiles not array")
            << QByteArray(R"({"schema_version":1,"profiles":{"a":1}})") << QStringLiteral("\"profiles\"");
        QTest::newRow("schema 99")
            << QByteArray(R"({"schema_version":99,"profiles":[{"id":"a","name":"future"}]})")
            << QStringLiteral("schema version 99");
        QTest::newRow("schema not a number")
            << QByteArray(R"({"schema_version":"one","profiles":[]})") << QStringLiteral("schema_version");
    }
    void corruptFileMovedAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QVERIFY(QDir().mkpath(configDir()));
        QVERIFY(writeAll(profilesFile(), content));

        ProfileStore store(profilesFile());
        const Status loaded = store.load();
        QVERIFY(loaded.ok());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!QFile::exists(profilesFile()));

        const QStringList kept = corruptFiles();
        QCOMPARE(kept.size(), 1);
        static const QRegularExpression naming(QStringLiteral("^profiles\\.json\\.corrupt-\\d{8}-\\d{6}$"));
        QVERIFY2(naming.match(kept.first()).hasMatch(), qPrintable(kept.first()));
        const QString keptPath = configDir() + QLatin1Char('/') + kept.first();
        QCOMPARE(readAll(keptPath), content);

        QVERIFY2(store.loadWarning().contains(keptPath), qPrintable(store.loadWarning()));
        QVERIFY2(store.loadWarning().contains(reason), qPrintable(store.loadWarning()));

        // The store is usable; saving writes a fresh valid file and leaves the kept one alone.
        ConnectionProfile p;
        p.name = QStringLiteral("after recovery");
        QVERIFY(store.upsert(p).ok());
        QVERIFY(store.save().ok());
        ProfileStore reloaded(profilesFile());
        QVERIFY(reloaded.load().ok());
        QVERIFY(reloaded.loadWarning().isEmpty());
        QCOMPARE(reloaded.profiles().size(), 1);
        QCOMPARE(reloaded.profiles().first().name, QStringLiteral("after recovery"));
        QCOMPARE(readAll(keptPath), content);
        QCOMPARE(corruptFiles(), kept);
    }

    void corruptNamesDoNotCollide()
    {
        static const QRegularExpression stamp(QStringLiteral("corrupt-(\\d{8}-\\d{6})"));
        QStringList contents, kept;
        // Three damaged files within one second: the second and third get -2 and -3. Retried when
        // the clock happens to cross a second between the loads.
        for (int attempt = 0; attempt < 3; ++attempt) {
            QDir(configDir()).removeRecursively();
            QVERIFY(QDir().mkpath(configDir()));
            contents.clear();
            for (int i = 0; i < 3; ++i) {
                const QByteArray content = "broken #" + QByteArray::number(i);
                contents << QString::fromLatin1(content);
                QVERIFY(writeAll(profilesFile(), content));
                ProfileStore store(profilesFile());
                QVERIFY(store.load().ok());
            }
            kept = corruptFiles();
            QCOMPARE(kept.size(), 3);
            QSet<QString> stamps;
            for (const QString &name : kept)
                stamps.insert(stamp.match(name).captured(1));
            if (stamps.size() == 1)
                break;
        }
        // Sorted by name: base, base-2, base-3, holding the 1st, 2nd and 3rd broken file.
        QVERIFY2(kept[0].endsWith(stamp.match(kept[0]).captured(1)), qPrintable(kept.join(u' ')));
        QCOMPARE(kept[1], kept[0] + QStringLiteral("-2"));
        QCOMPARE(kept[2], kept[0] + QStringLiteral("-3"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QString::fromLatin1(readAll(configDir() + QLatin1Char('/') + kept[i])), contents[i]);
    }

    // Issue 8: entries of the wrong shape became nameless localhost:5432 profiles. Each is skipped
    // with its index and why; the valid ones load; the file as it was is kept before a save.
    void invalidEntriesSkipped_data()
    {
        QTest::addColumn<QByteArray>("entry");  // the second entry, after a valid one named "good"
        QTest::addColumn<QString>("reason");    // a piece of the warning
        QTest::newRow("name is a number") << QByteArray(R"({"name":5,"host":"db1"})") << QStringLiteral("\"name\" is not a string");
        QTest::newRow("not an object") << QByteArray("42") << QStringLiteral("not a JSON object");
        QTest::newRow("array entry") << QByteArray(R"(["name","x"])") << QStringLiteral("not a JSON object");
        QTest::newRow("no name") << QByteArray(R"({"host":"db1","port":5433})") << QStringLiteral("no \"name\"");
        QTest::newRow("blank name") << QByteArray(R"({"name":"  "})") << QStringLiteral("\"name\" is empty");
        QTest::newRow("port is a string") << QByteArray(R"({"name":"s","port":"5433"})") << QStringLiteral("\"port\" is \"5433\"");
        QTest::newRow("port too large") << QByteArray(R"({"name":"s","port":70000})") << QStringLiteral("\"port\" is 70000");
        QTest::newRow("port zero") << QByteArray(R"({"name":"s","port":0})") << QStringLiteral("from 1 to 65535");
        QTest::newRow("port fraction") << QByteArray(R"({"name":"s","port":5432.5})") << QStringLiteral("from 1 to 65535");
        QTest::newRow("host is a number") << QByteArray(R"({"name":"s","host":12})") << QStringLiteral("\"host\" is not a string");
        QTest::newRow("duplicate name") << QByteArray(R"({"name":"good","host":"other"})")
                                        << QStringLiteral("\"good\" is already used by profiles[0]");
        QTest::newRow("duplicate name, padded") << QByteArray(R"({"name":" good ","host":"other"})")
                                                << QStringLiteral("already used by profiles[0]");
    }
    void invalidEntriesSkipped()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, reason);
        QVERIFY(QDir().mkpath(configDir()));
        const QByteArray content = R"({"schema_version":1,"profiles":[{"name":"good","host":"db.example","port":6432},)"
            + entry + R"(,{"name":"third","port":5433}]})";
        QVERIFY(writeAll(profilesFile(), content));

        ProfileStore store(profilesFile());
        QVERIFY(store.load().ok());
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().at(0).name, QStringLiteral("good"));
        QCOMPARE(store.profiles().at(0).host, QStringLiteral("db.example"));
        QCOMPARE(store.profiles().at(0).port, 6432);
        QCOMPARE(store.profiles().at(1).name, QStringLiteral("third"));
        const QString warning = store.loadWarning();
        QVERIFY2(warning.contains(QStringLiteral("profiles[1]")), qPrintable(warning));
        QVERIFY2(warning.contains(reason), qPrintable(warning));
        QVERIFY2(!warning.contains(QStringLiteral("profiles[2]")), qPrintable(warning));

        // The file stays; a copy of it as it was is named in the warning.
        QCOMPARE(readAll(profilesFile()), content);
        const QStringList kept = corruptFiles();
        QCOMPARE(kept.size(), 1);
        const QString keptPath = configDir() + QLatin1Char('/') + kept.first();
        QCOMPARE(readAll(keptPath), content);
        QVERIFY2(warning.contains(keptPath), qPrintable(warning));

        // Loading again (every CLI run does) warns again but keeps no second copy.
        ProfileStore again(profilesFile());
        QVERIFY(again.load().ok());
        QVERIFY(again.loadWarning().contains(keptPath));
        QCOMPARE(corruptFiles(), kept);

        // A save writes the valid profiles only; the skipped entry lives on in the copy.
        QVERIFY(store.save().ok());
        ProfileStore saved(profilesFile());
        QVERIFY(saved.load().ok());
        QVERIFY2(saved.loadWarning().isEmpty(), qPrintable(saved.loadWarning()));
        QCOMPARE(saved.profiles().size(), 2);
        QCOMPARE(readAll(keptPath), content);
        QCOMPARE(corruptFiles(), kept);
    }

    void everyEntryInvalidLeavesAnEmptyList()
    {
        QVERIFY(QDir().mkpath(configDir()));
        const QByteArray content = R"({"schema_version":1,"profiles":[42,{"name":5},{"port":"x"}]})";
        QVERIFY(writeAll(profilesFile(), content));
        ProfileStore store(profilesFile());
        QVERIFY(store.load().ok());
        QVERIFY(store.profiles().isEmpty());
        for (const char *index : {"profiles[0]", "profiles[1]", "profiles[2]"})
            QVERIFY2(store.loadWarning().contains(QLatin1String(index)), qPrintable(store.loadWarning()));
        QCOMPARE(readAll(profilesFile()), content);
        QCOMPARE(corruptFiles().size(), 1);
    }

    // Nothing is lost when no copy can be made (a folder we may not write to): the file stays as
    // it is, and save() refuses to drop the skipped entries.
    void noCopyNoSave()
    {
        QVERIFY(QDir().mkpath(configDir()));
        const QByteArray content = R"({"schema_version":1,"profiles":[{"name":"good"},{"name":5}]})";
        QVERIFY(writeAll(profilesFile(), content));
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(m_dir->path(), readOnly | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(configDir(), readOnly));
        // Root may write anywhere: load and save run as nobody.
        const bool root = geteuid() == 0;
        if (root)
            QVERIFY(seteuid(65534) == 0);
        ProfileStore store(profilesFile());
        const Status loaded = store.load();
        const QString warning = store.loadWarning();
        const int count = int(store.profiles().size());
        const Status saved = store.save();
        if (root)
            QVERIFY(seteuid(0) == 0);
        QVERIFY(QFile::setPermissions(configDir(), readOnly | QFileDevice::WriteOwner));

        QVERIFY(loaded.ok());
        QCOMPARE(count, 1);
        QVERIFY2(warning.contains(QStringLiteral("profiles[1]")) && warning.contains(QStringLiteral("could not be kept")),
                 qPrintable(warning));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(profilesFile()), qPrintable(saved.error().message));
        QCOMPARE(readAll(profilesFile()), content);
        QVERIFY(corruptFiles().isEmpty());
    }

    void profilesWithoutIdGetOne()
    {
        QVERIFY(QDir().mkpath(configDir()));
        QVERIFY(writeAll(profilesFile(), R"({"schema_version":1,"profiles":[{"name":"a"},{"name":"b","id":""},)"
                                         R"({"name":"c","id":"same"},{"name":"d","id":"same"}]})"));
        ProfileStore store(profilesFile());
        QVERIFY(store.load().ok());
        QVERIFY(store.loadWarning().isEmpty());
        QCOMPARE(store.profiles().size(), 4);
        QSet<QString> ids;
        for (const ConnectionProfile &p : store.profiles()) {
            QVERIFY(!p.id.isEmpty());
            ids.insert(p.id);
        }
        QCOMPARE(ids.size(), 4);
        QVERIFY(!QUuid::fromString(store.profiles().at(0).id).isNull());
        QCOMPARE(store.profiles().at(2).id, QStringLiteral("same"));
    }

    void upsertRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sameIdAsFirst");
        QTest::addColumn<QString>("errorCode"); // empty: accepted

        QTest::newRow("new unique name") << "second" << false << "";
        QTest::newRow("empty name") << "" << false << "empty-name";
        QTest::newRow("blank name") << "   " << false << "empty-name";
        QTest::newRow("name of another profile") << "first" << false << "duplicate-name";
        QTest::newRow("name of another, padded") << " first " << false << "duplicate-name";
        QTest::newRow("same profile keeps its name") << "first" << true << "";
        QTest::newRow("same profile renamed") << "renamed" << true << "";
    }
    void upsertRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, sameIdAsFirst);
        QFETCH(QString, errorCode);
        ProfileStore store(profilesFile());
        ConnectionProfile first;
        first.name = QStringLiteral("first");
        auto added = store.upsert(first);
        QVERIFY(added.ok());
        QVERIFY(!added->id.isEmpty());

        ConnectionProfile candidate;
        candidate.name = name;
        if (sameIdAsFirst)
            candidate.id = added->id;
        auto result = store.upsert(candidate);
        QCOMPARE(result.ok(), errorCode.isEmpty());
        if (!result.ok()) {
            QCOMPARE(result.error().code, errorCode);
            QVERIFY(!result.error().message.isEmpty());
        }
        QCOMPARE(store.profiles().size(), (errorCode.isEmpty() && !sameIdAsFirst) ? 2 : 1);
        if (sameIdAsFirst)
            QCOMPARE(store.profiles().first().name, name);
    }

    void findAndRemove()
    {
        ProfileStore store(profilesFile());
        ConnectionProfile a;
        a.name = QStringLiteral("alpha");
        const QString id = store.upsert(a)->id;
        QVERIFY(store.find(id));
        QCOMPARE(store.find(QStringLiteral("alpha"))->id, id);
        QCOMPARE(store.find(QStringLiteral("nope")), nullptr);
        QVERIFY(store.remove(id));
        QVERIFY(!store.remove(id));
        QVERIFY(store.profiles().isEmpty());
    }

    void duplicateNaming()
    {
        ProfileStore store(profilesFile());
        ConnectionProfile x = fullProfile();
        x.name = QStringLiteral("X");
        QVERIFY(store.upsert(x).ok());

        const ConnectionProfile copy1 = store.duplicateOf(x);
        QCOMPARE(copy1.name, QStringLiteral("X (copy)"));
        QVERIFY(copy1.id != x.id && !copy1.id.isEmpty());
        QCOMPARE(copy1.host, x.host);
        QCOMPARE(store.profiles().size(), 1); // not added yet
        QVERIFY(store.upsert(copy1).ok());

        const ConnectionProfile copy2 = store.duplicateOf(x);
        QCOMPARE(copy2.name, QStringLiteral("X (copy 2)"));
        QVERIFY(store.upsert(copy2).ok());
        QCOMPARE(store.duplicateOf(x).name, QStringLiteral("X (copy 3)"));
        QVERIFY(store.duplicateOf(x).id != store.duplicateOf(x).id);
    }

    void groupsSortedUnique()
    {
        ProfileStore store(profilesFile());
        const QStringList groups{"staging", "", "Production", "staging", "archive", "Production"};
        for (int i = 0; i < groups.size(); ++i) {
            ConnectionProfile p;
            p.name = QStringLiteral("p%1").arg(i);
            p.group = groups[i];
            QVERIFY(store.upsert(p).ok());
        }
        QCOMPARE(store.groups(), (QStringList{"archive", "Production", "staging"}));
    }

    void passwordNeverWritten()
    {
        const QString secret = QStringLiteral("Tr0ub4dor&3-never-in-json");
        ProfileStore store(profilesFile());
        ConnectionProfile p = fullProfile();
        p.passwordStorage = PasswordStorage::Pgpass;
        auto saved = store.upsert(p);
        QVERIFY(saved.ok());
        QVERIFY(store.save().ok());

        // The usual flow: the password goes to the credential store, then the profile is saved.
        CredentialStore credentials;
        QVERIFY(credentials.writePasswordBlocking(*saved, secret).ok());
        auto back = credentials.readPasswordBlocking(*saved);
        QVERIFY(back.ok());
        QCOMPARE(*back, secret);
        QVERIFY(store.save().ok());

        const QByteArray json = readAll(profilesFile());
        QVERIFY(!json.isEmpty());
        QVERIFY(!json.contains(secret.toUtf8()));
        QVERIFY(!json.contains("password\""));
        QVERIFY(readAll(m_dir->filePath(QStringLiteral("pgpass"))).contains(secret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
