// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/formatdetect.h"

#include "migrations/folderreader.h"
#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::FormatDetection)
};

bool startsWithDbmateMarker(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(file.read(64 * 1024)).contains(QLatin1String("-- migrate:up"));
}
} // namespace

Result<HistoryTables> readHistoryTables(pg::Connection &conn)
{
    auto r = conn.exec(sql::query(QStringLiteral("migrations/history_tables")));
    if (!r)
        return r.error();
    HistoryTables tables;
    for (int i = 0; i < r->rows(); ++i)
        tables[r->text(i, "table_name")].insert(r->text(i, "column_name"), r->text(i, "column_type"));
    return tables;
}

std::optional<Format> schemaMigrationsFormat(const QMap<QString, QString> &columns)
{
    const QString version = columns.value(QStringLiteral("version"));
    if (columns.contains(QStringLiteral("dirty")) && version == QLatin1String("bigint"))
        return Format::GolangMigrate;
    if (!columns.contains(QStringLiteral("dirty")) && version.startsWith(QLatin1String("character varying")))
        return Format::Dbmate;
    return std::nullopt;
}

Result<Detection> detectFormat(const QString &dir, const HistoryTables &tables)
{
    const QDir d(dir);
    if (!d.exists())
        return Error::of(Tr::tr("The migrations folder %1 does not exist").arg(QDir::toNativeSeparators(dir)));
    static const QRegularExpression flyway(QStringLiteral("^([VU][0-9][0-9._]*|R)__.+\\.sql$"));
    static const QRegularExpression upDown(QStringLiteral("^\\d+_.+\\.(up|down)\\.sql$"));
    static const QRegularExpression plain(QStringLiteral("^\\d+(_.*)?\\.sql$"));
    int flywayFiles = 0, upDownFiles = 0, dbmateFiles = 0, plainFiles = 0;
    for (const QString &name : d.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        if (flyway.match(name).hasMatch())
            ++flywayFiles;
        else if (upDown.match(name).hasMatch())
            ++upDownFiles;
        else if (plain.match(name).hasMatch())
            startsWithDbmateMarker(d.filePath(name)) ? ++dbmateFiles : ++plainFiles;
    }
    const QDir versions(detail::alembicVersionsDir(dir));
    const bool alembic = d.exists(QStringLiteral("alembic.ini")) || d.exists(QStringLiteral("env.py"))
                         || !versions.entryList({QStringLiteral("*.py")}, QDir::Files).isEmpty();
    if (flywayFiles > 0)
        return Detection{Format::Flyway, Tr::tr("%n Flyway file(s) (V<version>__<description>.sql)", "", flywayFiles)};
    if (dbmateFiles > 0)
        return Detection{Format::Dbmate, Tr::tr("%n file(s) with \"-- migrate:up\" sections (dbmate)", "", dbmateFiles)};
    if (upDownFiles > 0) {
        if (tables.contains(QStringLiteral("pgsteward_migrations")))
            return Detection{Format::Native, Tr::tr(".up.sql/.down.sql files and a pgsteward_migrations table")};
        if (tables.contains(QStringLiteral("_sqlx_migrations")))
            return Detection{Format::Sqlx, Tr::tr(".up.sql/.down.sql files and an _sqlx_migrations table")};
        if (tables.contains(QStringLiteral("schema_migrations"))
            && schemaMigrationsFormat(tables.value(QStringLiteral("schema_migrations"))) == Format::GolangMigrate)
            return Detection{Format::GolangMigrate,
                             Tr::tr(".up.sql/.down.sql files and golang-migrate's schema_migrations(version, dirty)")};
        return Detection{Format::Native, Tr::tr(".up.sql/.down.sql files and no history table yet: pgsteward's own "
                                                "layout assumed (pass --format golang-migrate or sqlx otherwise)")};
    }
    if (plainFiles > 0) {
        if (tables.contains(QStringLiteral("schema_migrations"))
            && schemaMigrationsFormat(tables.value(QStringLiteral("schema_migrations"))) == Format::Dbmate)
            return Detection{Format::Dbmate, Tr::tr("<version>_<name>.sql files and dbmate's schema_migrations(version)")};
        return Detection{Format::Sqlx, Tr::tr("<version>_<description>.sql files without sections (sqlx)")};
    }
    if (alembic)
        return Detection{Format::Alembic, Tr::tr("Alembic revision files (versions/*.py)")};
    return Error::of(Tr::tr("No migrations recognised in %1: pass --format").arg(QDir::toNativeSeparators(dir)));
}

} // namespace pgs::migrations
