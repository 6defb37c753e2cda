// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tar-format, compressed base backups: verified from the archives themselves (libarchive, the
// manifest's SHA-256 sums), unpacked for recovery; WAL inside or from the archive; a truncated
// or corrupted one is not offered.
#include "clitestenv.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "physical/basebackup.h"
#include "physical/basebackuptar.h"
#include "sandbox/sandboxcluster.h"
#include "testcluster.h"
#include "tools/toollocator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace pgs;
using namespace pgs::test;

class TestPitrTar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void compressedTarRecoversToAMoment();
    void walFromTheArchive();
    void damagedTarIsNotOffered();
    void listedBesideLogicalAndPruned();

private:
    CliRun cli(const QStringList &args) { return runCli(args, m_env); }
    QString exec(const QString &dir, const QString &sql);
    QString switchAndWaitArchived();
    QString now() { return exec(m_primary, QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")); }
    QJsonObject backup(const QStringList &more);
    QStringList pitr(const QStringList &more) const
    {
        return QStringList{QStringLiteral("pitr")} + more
               + QStringList{QStringLiteral("--catalog"), m_catalog, QStringLiteral("--archive"), m_archive};
    }

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_primary, m_archive, m_catalog;
    QStringList m_recovered;
};

QString TestPitrTar::exec(const QString &dir, const QString &sql)
{
    SandboxCluster c(dir);
    c.loadState();
    auto conn = pg::Connection::open(c.connectionSpec());
    if (!conn)
        return QStringLiteral("ERROR ") + conn.error().message;
    if (sql.contains(QLatin1Char(';'))) {
        const Status script = (*conn)->execScript(sql);
        return script ? QString() : QStringLiteral("ERROR ") + script.error().message;
    }
    auto r = (*conn)->exec(sql);
    if (!r)
        return QStringLiteral("ERROR ") + r.error().message;
    return r->rows() > 0 && r->columns() > 0 ? r->text(0, 0) : QString();
}

QString TestPitrTar::switchAndWaitArchived()
{
    const QString segment = exec(m_primary, QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
    for (int i = 0; i < 300 && !QFile::exists(QDir(m_archive).filePath(segment)); ++i)
        QThread::msleep(100);
    return QFile::exists(QDir(m_archive).filePath(segment)) ? segment : QString();
}

QJsonObject TestPitrTar::backup(const QStringList &more)
{
    SandboxCluster primary(m_primary);
    primary.loadState();
    CliRun run = cli(QStringList{QStringLiteral("basebackup"), QStringLiteral("--db"), conninfoOf(primary.connectionSpec()),
                                 QStringLiteral("--catalog"), m_catalog, QStringLiteral("--json")} + more);
    if (run.exitCode != 0)
        qWarning("%s", run.standardError.constData());
    return QJsonDocument::fromJson(run.standardOutput).object();
}

void TestPitrTar::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_env = isolatedCliEnvironment(m_tmp);
    m_primary = m_tmp.filePath(QStringLiteral("primary"));
    m_archive = m_tmp.filePath(QStringLiteral("archive"));
    m_catalog = m_tmp.filePath(QStringLiteral("catalog"));
    QVERIFY(QDir().mkpath(m_archive));
    ::chmod(QFile::encodeName(m_tmp.path()).constData(), 0711);
    ::chmod(QFile::encodeName(m_archive).constData(), 0777);
    JobContext ctx;
    SandboxCluster primary(m_primary);
    QVERIFY2(primary.create(ctx), "create");
    QVERIFY2(primary.start(ctx), "start");
    QCOMPARE(exec(m_primary, QStringLiteral("ALTER SYSTEM SET archive_mode = on")), QString());
    QCOMPARE(exec(m_primary, QStringLiteral("ALTER SYSTEM SET archive_command = 'test ! -f %1/%f && cp %p %1/%f'").arg(m_archive)),
             QString());
    QVERIFY(primary.stop(ctx));
    QVERIFY(primary.start(ctx));
}

void TestPitrTar::cleanupTestCase()
{
    JobContext ctx;
    for (const QString &dir : std::as_const(m_recovered))
        (void)SandboxCluster(dir).drop(ctx);
    (void)SandboxCluster(m_primary).drop(ctx);
}

void TestPitrTar::compressedTarRecoversToAMoment()
{
    auto tool = ToolLocator().find(QStringLiteral("pg_basebackup"));
    QVERIFY(tool);
    const QString best = bestBaseBackupCompression(tool->path, tool->majorVersion);
    QVERIFY(best == QLatin1String("zstd") || best == QLatin1String("lz4") || best == QLatin1String("gzip"));

    QCOMPARE(exec(m_primary, QStringLiteral("CREATE TABLE t(i int); INSERT INTO t SELECT generate_series(1, 5)")), QString());
    const QJsonObject b = backup({QStringLiteral("--format"), QStringLiteral("tar"), QStringLiteral("--checkpoint"), QStringLiteral("spread")});
    QVERIFY(b.value(QStringLiteral("verified")).toBool());
    QCOMPARE(b.value(QStringLiteral("format")).toString(), QStringLiteral("tar"));
    QCOMPARE(b.value(QStringLiteral("compression")).toString(), best);
    QCOMPARE(b.value(QStringLiteral("verification")).toString(), QStringLiteral("manifest-checksums"));
    QCOMPARE(b.value(QStringLiteral("wal_method")).toString(), QStringLiteral("stream"));
    const QString ext = best == QLatin1String("gzip") ? QStringLiteral("gz") : best == QLatin1String("lz4") ? QStringLiteral("lz4") : QStringLiteral("zst");
    const QString data = b.value(QStringLiteral("folder")).toString() + QStringLiteral("/data/");
    QVERIFY2(QFile::exists(data + QStringLiteral("base.tar.") + ext), qPrintable(data));
    // pg_basebackup 15 compresses the streamed WAL with gzip only, else leaves it a plain tar.
    QVERIFY(QFile::exists(data + QStringLiteral("pg_wal.tar.") + ext) || QFile::exists(data + QStringLiteral("pg_wal.tar")));
    QVERIFY(QFile::exists(data + QStringLiteral("backup_manifest")));
    QVERIFY(!QFile::exists(data + QStringLiteral("PG_VERSION")));

    QCOMPARE(exec(m_primary, QStringLiteral("INSERT INTO t SELECT generate_series(6, 10)")), QString());
    QThread::msleep(50);
    const QString moment = now();
    QThread::msleep(50);
    QCOMPARE(exec(m_primary, QStringLiteral("DROP TABLE t")), QString());
    QVERIFY(!switchAndWaitArchived().isEmpty());

    const QString atMoment = m_tmp.filePath(QStringLiteral("tar moment"));
    m_recovered << atMoment;
    CliRun restored = cli(pitr({QStringLiteral("restore"), QStringLiteral("--target-time"), moment, QStringLiteral("--dir"), atMoment,
                                QStringLiteral("--json")}));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err()));
    QCOMPARE(QJsonDocument::fromJson(restored.standardOutput).object().value(QStringLiteral("base_backup")).toString(),
             b.value(QStringLiteral("name")).toString());
    QCOMPARE(exec(atMoment, QStringLiteral("SELECT count(*) || ':' || sum(i) FROM t")), QStringLiteral("10:55"));
}

void TestPitrTar::walFromTheArchive()
{
    QCOMPARE(exec(m_primary, QStringLiteral("CREATE TABLE a(i int); INSERT INTO a VALUES (1), (2)")), QString());
    const QJsonObject b = backup({QStringLiteral("--format"), QStringLiteral("tar"), QStringLiteral("--compress"), QStringLiteral("gzip"),
                                  QStringLiteral("--wal"), QStringLiteral("archive")});
    QVERIFY(b.value(QStringLiteral("verified")).toBool());
    QCOMPARE(b.value(QStringLiteral("wal_method")).toString(), QStringLiteral("archive"));
    QVERIFY(QFile::exists(b.value(QStringLiteral("folder")).toString() + QStringLiteral("/data/base.tar.gz")));
    QVERIFY(!QFile::exists(b.value(QStringLiteral("folder")).toString() + QStringLiteral("/data/pg_wal.tar.gz")));
    QCOMPARE(exec(m_primary, QStringLiteral("INSERT INTO a VALUES (3)")), QString());
    QVERIFY(!switchAndWaitArchived().isEmpty());
    const QString atEnd = m_tmp.filePath(QStringLiteral("tar archive wal"));
    m_recovered << atEnd;
    CliRun restored = cli(pitr({QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--dir"), atEnd, QStringLiteral("--json")}));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err()));
    QCOMPARE(QJsonDocument::fromJson(restored.standardOutput).object().value(QStringLiteral("base_backup")).toString(),
             b.value(QStringLiteral("name")).toString());
    QCOMPARE(exec(atEnd, QStringLiteral("SELECT sum(i) FROM a")), QStringLiteral("6"));
}

void TestPitrTar::damagedTarIsNotOffered()
{
    const QJsonObject good = backup({QStringLiteral("--format"), QStringLiteral("tar")});
    QVERIFY(good.value(QStringLiteral("verified")).toBool());
    const QJsonObject cut = backup({QStringLiteral("--format"), QStringLiteral("tar")});
    QVERIFY(cut.value(QStringLiteral("verified")).toBool());
    const QString cutName = cut.value(QStringLiteral("name")).toString();
    const QString cutData = cut.value(QStringLiteral("folder")).toString() + QStringLiteral("/data/");
    const QString base = QDir(cutData).entryList({QStringLiteral("base.tar*")}).value(0);
    QVERIFY(!base.isEmpty());
    QFile baseFile(cutData + base);
    QVERIFY(baseFile.resize(baseFile.size() / 2));

    BaseBackupInfo truncated = BaseBackupInfo::fromJson(cut);
    truncated.folder = cut.value(QStringLiteral("folder")).toString();
    truncated.name = cutName;
    JobContext ctx;
    const Status verified = verifyBaseBackup(ctx, truncated);
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, QStringLiteral("basebackup-damaged"));

    CliRun window = cli(pitr({QStringLiteral("window"), QStringLiteral("--json")}));
    const QJsonObject w = QJsonDocument::fromJson(window.standardOutput).object();
    QStringList names;
    for (const QJsonValue &v : w.value(QStringLiteral("base_backups")).toArray())
        names << v.toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(!names.contains(cutName), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(names.contains(good.value(QStringLiteral("name")).toString()));
    QVERIFY2(QJsonDocument(w.value(QStringLiteral("rejected")).toArray()).toJson().contains(cutName.toUtf8()), window.standardOutput.constData());

    // Same size, flipped bytes: only the full check finds it; restore passes over it to the older one.
    const QJsonObject flipped = backup({QStringLiteral("--format"), QStringLiteral("tar")});
    const QString flippedData = flipped.value(QStringLiteral("folder")).toString() + QStringLiteral("/data/");
    QFile f(flippedData + QDir(flippedData).entryList({QStringLiteral("base.tar*")}).value(0));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    QByteArray bytes = f.read(4096);
    for (char &c : bytes)
        c = char(~c);
    f.seek(f.size() / 2);
    f.write(bytes);
    f.close();
    const QString latest = m_tmp.filePath(QStringLiteral("tar past damaged"));
    m_recovered << latest;
    CliRun restored = cli(pitr({QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--dir"), latest, QStringLiteral("--json")}));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err()));
    QCOMPARE(QJsonDocument::fromJson(restored.standardOutput).object().value(QStringLiteral("base_backup")).toString(),
             good.value(QStringLiteral("name")).toString());
}

void TestPitrTar::listedBesideLogicalAndPruned()
{
    CliRun list = cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err()));
    QMap<QString, int> states;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.standardOutput).array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("base"));
        QVERIFY(o.value(QStringLiteral("size_bytes")).toInteger() > 0);
        QVERIFY(!o.value(QStringLiteral("start_lsn")).toString().isEmpty());
        ++states[o.value(QStringLiteral("verification_state")).toString()];
    }
    QCOMPARE(states.value(QStringLiteral("damaged")), 1); // the truncated one
    QCOMPARE(states.value(QStringLiteral("verified")), 4); // the flipped one looks whole until read through
    CliRun table = cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--catalog"), m_catalog});
    QVERIFY2(table.out().contains(QStringLiteral("base tar.")), qPrintable(table.out()));

    const QStringList prune{QStringLiteral("wal"), QStringLiteral("prune"), QStringLiteral("--catalog"), m_catalog,
                            QStringLiteral("--archive"), m_archive, QStringLiteral("--keep-base"), QStringLiteral("1"),
                            QStringLiteral("--json")};
    const int before = QDir(m_archive).entryList(QDir::Files).size();
    CliRun dry = cli(prune + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err()));
    QCOMPARE(QDir(m_archive).entryList(QDir::Files).size(), before);
    CliRun pruned = cli(prune);
    QVERIFY2(pruned.exitCode == 0, qPrintable(pruned.err()));
    const QJsonObject p = QJsonDocument::fromJson(pruned.standardOutput).object();
    // The flipped newest one fails its verification: the one kept is the older good one.
    const QList<BaseBackupInfo> left = listBaseBackups(m_catalog);
    QVERIFY(!left.isEmpty());
    QCOMPARE(p.value(QStringLiteral("oldest_kept_backup")).toString(), left.first().name);
    QVERIFY(!p.value(QStringLiteral("removed_wal")).toArray().isEmpty());
    const QString keptFrom = p.value(QStringLiteral("kept_from_segment")).toString();
    for (const QString &name : QDir(m_archive).entryList(QDir::Files)) {
        if (!name.endsWith(QLatin1String(".history")))
            QVERIFY2(name.left(24).mid(8) >= keptFrom.mid(8), qPrintable(name + QLatin1Char(' ') + keptFrom));
    }
    // What is left still recovers from the kept backup to the end.
    CliRun window = cli(pitr({QStringLiteral("window"), QStringLiteral("--json")}));
    QVERIFY2(window.exitCode == 0, qPrintable(window.out()));
    const QString end = m_tmp.filePath(QStringLiteral("tar after prune"));
    m_recovered << end;
    CliRun restored = cli(pitr({QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--dir"), end}));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err()));
}

QTEST_GUILESS_MAIN(TestPitrTar)
#include "tst_pitr_tar.moc"
