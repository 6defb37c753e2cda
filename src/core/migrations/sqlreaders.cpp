// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/checksums.h"
#include "migrations/folderreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::FolderReader)
};

Result<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end)).trimmed();
}

Result<QDir> openDir(const QString &dir)
{
    QDir d(dir);
    if (!d.exists())
        return Error::of(Tr::tr("The migrations folder %1 does not exist").arg(QDir::toNativeSeparators(dir)));
    return d;
}

void sortByVersion(QList<MigrationFile> &files)
{
    std::stable_sort(files.begin(), files.end(), [](const MigrationFile &a, const MigrationFile &b) {
        if (a.repeatable != b.repeatable)
            return !a.repeatable; // Flyway runs repeatables after the versioned ones
        if (a.repeatable)
            return a.name < b.name;
        return compareVersions(a.version, b.version) < 0;
    });
}

Status duplicate(const QString &version, const QString &a, const QString &b)
{
    return Error::of(Tr::tr("Two migrations have version %1: %2 and %3").arg(version, a, b));
}

// Fills the up side of a file from its bytes.
Status loadUp(MigrationFile &m, const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    m.upPath = path;
    m.upBytes = bytes.value();
    m.upSql = sqlText(m.upBytes);
    return ok();
}

Status loadDown(MigrationFile &m, const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    m.downPath = path;
    m.downSql = sqlText(bytes.value());
    m.hasDown = true;
    return ok();
}
} // namespace

namespace detail {

// NNNN_name.up.sql / NNNN_name.down.sql (native and golang-migrate share the layout).
Result<MigrationFolder> readNative(const QString &dir, Format format)
{
    auto d = openDir(dir);
    if (!d)
        return d.error();
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.(up|down)\\.sql$"));
    MigrationFolder folder{format, dir, {}, {}};
    QHash<QString, MigrationFile> byVersion; // by canonicalVersion(); sorted once at the end
    const QStringList names = d->entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : names) {
        const auto m = pattern.match(fileName);
        if (!m.hasMatch()) {
            folder.warnings << Tr::tr("%1 does not follow NNNN_name.up.sql / .down.sql").arg(fileName);
            continue;
        }
        MigrationFile &file = byVersion[canonicalVersion(m.captured(1))];
        if (!file.version.isEmpty() && file.name != m.captured(2))
            return duplicate(m.captured(1), file.script, fileName).error();
        file.version = m.captured(1);
        file.name = m.captured(2);
        const QString path = d->filePath(fileName);
        if (m.captured(3) == QLatin1String("up")) {
            file.script = fileName;
            if (Status s = loadUp(file, path); !s)
                return s.error();
            file.transactional = !firstLine(file.upSql).startsWith(QLatin1String(kPgstewardNoTransaction));
            file.checksum = nativeChecksum(file.upBytes);
        } else if (Status s = loadDown(file, path); !s) {
            return s.error();
        }
    }
    for (const MigrationFile &file : std::as_const(byVersion)) {
        if (file.upPath.isEmpty())
            folder.warnings << Tr::tr("Version %1 has a down script but no up script").arg(file.version);
        else
            folder.files << file;
    }
    sortByVersion(folder.files);
    return folder;
}

// V<version>__<desc>.sql, U<version>__<desc>.sql, R__<desc>.sql, anywhere below dir; a
// <script>.conf next to it with executeInTransaction=false marks it non-transactional.
Result<MigrationFolder> readFlyway(const QString &dir)
{
    auto d = openDir(dir);
    if (!d)
        return d.error();
    static const QRegularExpression pattern(QStringLiteral("^([VUR])([0-9][0-9._]*)?__(.+)\\.sql$"));
    static const QRegularExpression noTx(QStringLiteral("^\\s*executeInTransaction\\s*=\\s*false\\s*$"),
                                         QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    MigrationFolder folder{Format::Flyway, dir, {}, {}};
    QHash<QString, MigrationFile> versioned; // by canonicalVersion(); sorted once at the end
    QMap<QString, QString> undoPaths;
    QList<MigrationFile> repeatables;
    const qsizetype prefix = d->filePath(QStringLiteral("x")).size() - 1; // paths below are built by filePath()
    // One listing per folder (the top one and its subfolders); .conf files only when present.
    QStringList paths;
    QSet<QString> confs;
    QStringList folders{d->path()};
    for (const QString &sub : d->entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders << d->filePath(sub);
    for (const QString &folderPath : std::as_const(folders)) {
        const QDir f(folderPath);
        for (const QString &name : f.entryList({QStringLiteral("*.sql"), QStringLiteral("*.sql.conf")}, QDir::Files, QDir::Name)) {
            if (name.endsWith(QLatin1String(".conf")))
                confs.insert(f.filePath(name));
            else
                paths << f.filePath(name);
        }
    }
    for (const QString &path : std::as_const(paths)) {
        const QString fileName = QFileInfo(path).fileName();
        const auto m = pattern.match(fileName);
        const QChar kind = m.hasMatch() ? m.captured(1).front() : QChar();
        if (!m.hasMatch() || (kind == QLatin1Char('R')) != m.captured(2).isEmpty()) {
            folder.warnings << Tr::tr("%1 does not follow Flyway's V<version>__<description>.sql").arg(fileName);
            continue;
        }
        const QString version = m.captured(2).replace(QLatin1Char('_'), QLatin1Char('.'));
        if (kind == QLatin1Char('U')) {
            undoPaths.insert(version, path);
            continue;
        }
        MigrationFile file;
        file.version = version;
        file.name = m.captured(3).replace(QLatin1Char('_'), QLatin1Char(' '));
        file.script = path.mid(prefix); // as Flyway records it: relative to the location
        file.repeatable = kind == QLatin1Char('R');
        if (Status s = loadUp(file, path); !s)
            return s.error();
        file.checksum = QString::number(flywayChecksum(file.upBytes));
        if (confs.contains(path + QStringLiteral(".conf"))) {
            if (QFile conf(path + QStringLiteral(".conf")); conf.open(QIODevice::ReadOnly))
                file.transactional = !noTx.match(QString::fromUtf8(conf.readAll())).hasMatch();
        }
        if (file.repeatable) {
            repeatables << file;
        } else {
            if (const auto it = versioned.constFind(canonicalVersion(version)); it != versioned.cend())
                return duplicate(version, it->script, fileName).error();
            versioned.insert(canonicalVersion(version), file);
        }
    }
    for (auto it = undoPaths.cbegin(); it != undoPaths.cend(); ++it) {
        auto found = versioned.find(canonicalVersion(it.key()));
        if (found == versioned.end()) {
            folder.warnings << Tr::tr("Undo script %1 has no versioned migration").arg(QFileInfo(it.value()).fileName());
            continue;
        }
        if (Status s = loadDown(*found, it.value()); !s)
            return s.error();
        auto undoBytes = readBytes(it.value());
        if (!undoBytes)
            return undoBytes.error();
        found->downScript = it.value().mid(prefix);
        found->downChecksum = QString::number(flywayChecksum(undoBytes.value()));
    }
    folder.files = versioned.values() + repeatables;
    sortByVersion(folder.files);
    return folder;
}

// <version>_<name>.sql with "-- migrate:up [transaction:false]" and "-- migrate:down" sections.
Result<MigrationFolder> readDbmate(const QString &dir)
{
    auto d = openDir(dir);
    if (!d)
        return d.error();
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:_(.*))?\\.sql$"));
    static const QRegularExpression marker(QStringLiteral("^--\\s*migrate:(up|down)(.*)$"));
    MigrationFolder folder{Format::Dbmate, dir, {}, {}};
    for (const QString &fileName : d->entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(fileName);
        if (!m.hasMatch()) {
            folder.warnings << Tr::tr("%1 does not follow dbmate's <version>_<name>.sql").arg(fileName);
            continue;
        }
        MigrationFile file;
        file.version = m.captured(1);
        file.name = m.captured(2);
        file.script = fileName;
        if (Status s = loadUp(file, d->filePath(fileName)); !s)
            return s.error();
        file.upPath = d->filePath(fileName);
        const QStringList lines = file.upSql.split(QLatin1Char('\n'));
        QString up, down;
        QString *section = nullptr;
        bool sawUp = false;
        for (int i = 0; i < lines.size(); ++i) {
            const auto mk = marker.match(lines[i].trimmed());
            if (mk.hasMatch()) {
                const bool isUp = mk.captured(1) == QLatin1String("up");
                section = isUp ? &up : &down;
                if (isUp) {
                    sawUp = true;
                    file.upFirstLine = i + 2;
                    file.transactional = !mk.captured(2).contains(QLatin1String("transaction:false"));
                } else {
                    file.hasDown = true;
                }
                continue;
            }
            if (section)
                *section += lines[i] + QLatin1Char('\n');
        }
        if (!sawUp) {
            folder.warnings << Tr::tr("%1 has no \"-- migrate:up\" section").arg(fileName);
            continue;
        }
        file.upSql = up;
        file.downSql = down;
        file.hasDown = file.hasDown && !down.trimmed().isEmpty();
        if (file.hasDown)
            file.downPath = file.upPath;
        folder.files << file;
    }
    sortByVersion(folder.files);
    return folder;
}

// <version>_<description>.sql, or .up.sql / .down.sql; "-- no-transaction" starts the file.
Result<MigrationFolder> readSqlx(const QString &dir)
{
    auto d = openDir(dir);
    if (!d)
        return d.error();
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+?)(\\.up|\\.down)?\\.sql$"));
    MigrationFolder folder{Format::Sqlx, dir, {}, {}};
    QHash<QString, MigrationFile> byVersion; // by canonicalVersion(); sorted once at the end
    for (const QString &fileName : d->entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(fileName);
        if (!m.hasMatch()) {
            folder.warnings << Tr::tr("%1 does not follow sqlx's <version>_<description>.sql").arg(fileName);
            continue;
        }
        MigrationFile &file = byVersion[canonicalVersion(m.captured(1))];
        file.version = m.captured(1);
        file.name = m.captured(2).replace(QLatin1Char('_'), QLatin1Char(' '));
        const QString path = d->filePath(fileName);
        if (m.captured(3) == QLatin1String(".down")) {
            if (Status s = loadDown(file, path); !s)
                return s.error();
            continue;
        }
        if (!file.upPath.isEmpty())
            return duplicate(file.version, file.script, fileName).error();
        file.script = fileName;
        if (Status s = loadUp(file, path); !s)
            return s.error();
        // sqlx looks at the raw text: a BOM before the marker hides it, as it does for sqlx.
        file.transactional = !QString::fromUtf8(file.upBytes).startsWith(QLatin1String("-- no-transaction"));
        file.checksum = QString::fromLatin1(sqlxChecksum(file.upBytes).toHex());
    }
    for (const MigrationFile &file : std::as_const(byVersion)) {
        if (!file.upPath.isEmpty())
            folder.files << file;
    }
    sortByVersion(folder.files);
    return folder;
}

} // namespace detail

Result<MigrationFolder> readFolder(const QString &dir, Format format)
{
    switch (format) {
    case Format::Native:
    case Format::GolangMigrate:
        return detail::readNative(dir, format);
    case Format::Flyway:
        return detail::readFlyway(dir);
    case Format::Dbmate:
        return detail::readDbmate(dir);
    case Format::Sqlx:
        return detail::readSqlx(dir);
    case Format::Alembic:
        return detail::readAlembic(dir);
    }
    return Error::of(Tr::tr("Unknown migrations format"));
}

QString noTransactionMarker(Format format)
{
    switch (format) {
    case Format::Native:
    case Format::GolangMigrate:
        return QString::fromLatin1(kPgstewardNoTransaction) + Tr::tr(" (first line)");
    case Format::Flyway:
        return Tr::tr("executeInTransaction=false in <script>.sql.conf");
    case Format::Dbmate:
        return QStringLiteral("-- migrate:up transaction:false");
    case Format::Sqlx:
        return QStringLiteral("-- no-transaction") + Tr::tr(" (first line)");
    case Format::Alembic:
        break;
    }
    return {};
}

} // namespace pgs::migrations
