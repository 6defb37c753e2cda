// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by tst_verify, tst_bundle and tst_cli_catalog: a small scratch database with known row
// counts on the test cluster, real backups of it made by runBackup, and folder helpers.

#include "backup/backupjob.h"
#include "catalog/manifest.h"
#include "pg/connection.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace pgs::test {

// Two schemas, three tables: public.items 1000 rows, sales.orders 250, public."Mixed Case" 7.
inline QString createBackupSourceDatabase()
{
    const QString name = createScratchDatabase(QStringLiteral("pgs_backup_src"));
    if (name.isEmpty())
        return {};
    auto conn = pg::Connection::open(clusterSpec(name));
    if (!conn)
        return {};
    Status loaded = (*conn)->execScript(QStringLiteral(
        "CREATE TABLE public.items (id int PRIMARY KEY, name text NOT NULL);"
        "INSERT INTO public.items SELECT g, 'item ' || g FROM generate_series(1, 1000) g;"
        "CREATE SCHEMA sales;"
        "CREATE TABLE sales.orders (id bigint PRIMARY KEY, item int REFERENCES public.items, qty int);"
        "INSERT INTO sales.orders SELECT g, 1 + g % 1000, g % 7 FROM generate_series(1, 250) g;"
        "CREATE TABLE public.\"Mixed Case\" (v text);"
        "INSERT INTO public.\"Mixed Case\" SELECT 'v' || g FROM generate_series(1, 7) g;"));
    if (!loaded) {
        qWarning() << "loading the backup source failed:" << loaded.error().message;
        return {};
    }
    return name;
}

inline Result<BackupOutcome> makeBackup(const QString &database, const QString &catalog, DumpFormat format,
                                        const QString &compression = {}, bool rowCounts = true)
{
    BackupRequest request;
    request.spec = clusterSpec(database);
    request.catalogDir = catalog;
    request.profileName = QStringLiteral("test");
    request.options.database = database;
    request.options.format = format;
    request.options.compressionMethod = compression;
    request.options.recordRowCounts = rowCounts;
    if (format == DumpFormat::Directory)
        request.options.jobs = 2;
    JobContext ctx;
    return runBackup(ctx, request);
}

// A database as ordinary ones are: owned by a login role, a table granted to a role whose name
// needs quoting, default privileges for a third. The role names are unique per run (other tests
// share the cluster); dropRolesSource() drops the database and then the roles.
struct RolesSource
{
    QString database;
    QString owner;     // LOGIN, owns the database and its objects ("pgs_alice_<pid>_<n>")
    QString grantee;   // NOLOGIN, SELECT on public.items ("John Smith <pid> <n>")
    QString defaults;  // NOLOGIN, default privileges of the owner name it (quote, non-ASCII)
};

inline bool dropRolesSource(const RolesSource &r)
{
    if (!r.database.isEmpty())
        dropScratchDatabase(r.database);
    auto conn = pg::Connection::open(clusterSpec());
    if (!conn)
        return false;
    bool dropped = true;
    for (const QString &role : {r.defaults, r.grantee, r.owner}) {
        if (!role.isEmpty())
            dropped = (*conn)->exec(QStringLiteral("DROP ROLE IF EXISTS ") + (*conn)->quoteIdentifier(role)).ok() && dropped;
    }
    return dropped;
}

inline RolesSource createRolesSourceDatabase()
{
    static int serial = 0;
    const QString tag = QStringLiteral("%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
    RolesSource r;
    r.owner = QStringLiteral("pgs_alice_") + tag;
    r.grantee = QStringLiteral("John Smith ") + QString(tag).replace(QLatin1Char('_'), QLatin1Char(' '));
    r.defaults = QString::fromUtf8("Zoë \"O'Brien\" ") + tag;
    auto admin = pg::Connection::open(clusterSpec());
    if (!admin)
        return {};
    auto q = [&admin](const QString &name) { return (*admin)->quoteIdentifier(name); };
    if (!(*admin)->execScript(QStringLiteral("CREATE ROLE %1 LOGIN; CREATE ROLE %2; CREATE ROLE %3;")
                                  .arg(q(r.owner), q(r.grantee), q(r.defaults)))) {
        qWarning() << "creating the roles failed";
        return {};
    }
    r.database = createScratchDatabase(QStringLiteral("pgs_roles_src"));
    if (r.database.isEmpty() || !(*admin)->exec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(q(r.database), q(r.owner)))) {
        dropRolesSource(r);
        return {};
    }
    auto conn = pg::Connection::open(clusterSpec(r.database));
    if (!conn)
        return {};
    Status loaded = (*conn)->execScript(QStringLiteral(
        "SET ROLE %1;"
        "CREATE TABLE public.items (id int PRIMARY KEY, name text NOT NULL);"
        "INSERT INTO public.items SELECT g, 'item ' || g FROM generate_series(1, 100) g;"
        "CREATE SCHEMA sales;"
        "CREATE TABLE sales.orders (id bigint PRIMARY KEY, item int REFERENCES public.items);"
        "INSERT INTO sales.orders SELECT g, g FROM generate_series(1, 40) g;"
        "GRANT SELECT ON public.items TO %2;"
        "GRANT USAGE ON SCHEMA sales TO %2;"
        "ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO %3;"
        "RESET ROLE;").arg(q(r.owner), q(r.grantee), q(r.defaults)));
    if (!loaded) {
        qWarning() << "loading the roles source failed:" << loaded.error().message;
        dropRolesSource(r);
        return {};
    }
    return r;
}

inline Result<BackupOutcome> makeBackupWithGlobals(const QString &database, const QString &catalog, DumpFormat format,
                                                   bool withGlobals, const QString &compression = {})
{
    BackupRequest request;
    request.spec = clusterSpec(database);
    request.catalogDir = catalog;
    request.profileName = QStringLiteral("test");
    request.options.database = database;
    request.options.format = format;
    request.options.compressionMethod = compression;
    request.options.recordRowCounts = true;
    request.options.withGlobals = withGlobals;
    JobContext ctx;
    return runBackup(ctx, request);
}

inline bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

inline bool flipByte(const QString &file, qint64 offset)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (f.read(&c, 1) != 1 || !f.seek(offset))
        return false;
    c ^= 0x20;
    return f.write(&c, 1) == 1;
}

// What an attacker (or a bad disk plus a careless script) does: the manifest's checksums made
// to match the damaged files again.
inline bool rehashManifest(const QString &dir)
{
    Result<BackupManifest> m = BackupManifest::load(dir);
    if (!m)
        return false;
    for (BackupManifest::File &f : m->files) {
        const QString path = QDir(dir).filePath(f.name);
        Result<QString> sha = sha256OfFile(path);
        if (!sha)
            return false;
        f.sha256 = *sha;
        f.size = QFileInfo(path).size();
    }
    return m->save(dir).ok();
}

inline QString errorText(const Error &e)
{
    return e.message + QLatin1Char('\n') + e.detail;
}

} // namespace pgs::test
