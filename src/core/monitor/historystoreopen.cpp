// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening HistoryStore: the schema, and what happens to a file that is not a usable database.
#include "monitor/historystore.h"

#include "util/setaside.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pgs {

namespace {

constexpr int schemaVersion = 1;

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::HistoryStore)
};

// SQLite's primary result codes for a file that is not a usable database; every other code
// (SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_FULL, SQLITE_BUSY, SQLITE_IOERR ...) is about the
// surroundings, and the file must stay where it is.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary in the low byte
    return ok && (code == kSqliteCorrupt || code == kSqliteNotADatabase);
}

QString causeOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// The files SQLite keeps beside a database; they travel with it when it is set aside (a WAL left
// behind would be replayed into the new store).
const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

// rename(2) itself: QFile::rename falls back to copying, which a set-aside must not do.
QString renameFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    return QString::fromLocal8Bit(std::strerror(errno));
}

// What the system says about opening path for writing ("Permission denied"), or empty: SQLite
// only says "unable to open database file".
QString accessProblem(const QString &path)
{
    if (QFileInfo::exists(path)) {
        QFile file(path);
        return file.open(QIODevice::ReadWrite) ? QString() : file.errorString();
    }
    QTemporaryFile probe(QFileInfo(path).absolutePath() + QStringLiteral("/.pgsteward-probe-XXXXXX"));
    return probe.open() ? QString() : probe.errorString();
}

// Paths this process has quick-checked: the GUI opens a store for every chart it loads.
QMutex checkedMutex;
QSet<QString> checkedPaths;

const char *const schemaStatements[] = {
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, profile TEXT NOT NULL, kind TEXT NOT NULL, "
    "name TEXT NOT NULL, UNIQUE (profile, kind, name))",
    // (series, t) is the primary key: series ids are per profile, so this is the
    // (profile, series, time) index; WITHOUT ROWID keeps the rows in that order on disk.
    "CREATE TABLE IF NOT EXISTS raw_points (series_id INTEGER NOT NULL, t INTEGER NOT NULL, value REAL NOT NULL, "
    "PRIMARY KEY (series_id, t)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS hourly_points (series_id INTEGER NOT NULL, t INTEGER NOT NULL, avg REAL NOT NULL, "
    "max REAL NOT NULL, last REAL NOT NULL, last_t INTEGER NOT NULL, sum REAL NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (series_id, t)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS statement_raw (profile TEXT NOT NULL, queryid INTEGER NOT NULL, t INTEGER NOT NULL, "
    "dbid INTEGER NOT NULL, userid INTEGER NOT NULL, calls INTEGER NOT NULL, total_ms REAL NOT NULL, "
    "rows INTEGER NOT NULL, PRIMARY KEY (profile, queryid, t, dbid, userid)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS statement_hourly (profile TEXT NOT NULL, queryid INTEGER NOT NULL, t INTEGER NOT NULL, "
    "dbid INTEGER NOT NULL, userid INTEGER NOT NULL, calls INTEGER NOT NULL, total_ms REAL NOT NULL, "
    "rows INTEGER NOT NULL, last_t INTEGER NOT NULL, PRIMARY KEY (profile, queryid, t, dbid, userid)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS statement_raw_time ON statement_raw (profile, t)",
    "CREATE TABLE IF NOT EXISTS statement_texts (profile TEXT NOT NULL, queryid INTEGER NOT NULL, "
    "dbid INTEGER NOT NULL, userid INTEGER NOT NULL, fingerprint TEXT NOT NULL, query TEXT NOT NULL, "
    "last_seen INTEGER NOT NULL, PRIMARY KEY (profile, queryid, dbid, userid))",
    "CREATE TABLE IF NOT EXISTS previous_sample (profile TEXT PRIMARY KEY, sample TEXT NOT NULL)",
};

} // namespace

HistoryStoreEvents *HistoryStore::events()
{
    static HistoryStoreEvents instance;
    return &instance;
}

Error HistoryStore::sqlError(const QString &what, const QSqlError &error) const
{
    return Error::of(Tr::tr("History store %1: %2 failed: %3").arg(QDir::toNativeSeparators(m_path), what, causeOf(error)),
                     error.text(), isDamage(error) ? QStringLiteral("history-damaged") : QString());
}

Status HistoryStore::open()
{
    m_setAsideWarning.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString damage;
    Status opened = openOnce(&damage);
    if (opened || damage.isEmpty())
        return opened;
    if (Status moved = setAside(damage); !moved)
        return moved;
    return openOnce(&damage);
}

Status HistoryStore::openOnce(QString *damage)
{
    damage->clear();
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        Error error = sqlError(Tr::tr("opening the file"), db.lastError());
        if (const QString why = accessProblem(m_path); !why.isEmpty())
            error.message += QStringLiteral(" (") + why + QLatin1Char(')');
        return error;
    }
    QSqlQuery q(db);
    auto failed = [&](const QString &what, const QSqlError &error) -> Status {
        if (isDamage(error))
            *damage = causeOf(error);
        return sqlError(what, error);
    };
    // WAL: the GUI reads charts while a cron sample writes. SQLite reads the header here, so a
    // file that is not a database, or is shorter than its header says, fails on the first one.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return failed(QString::fromLatin1(pragma), q.lastError());
    }
    if (Status checked = quickCheck(damage); !checked)
        return checked;
    db.transaction();
    for (const char *statement : schemaStatements) {
        if (!q.exec(QString::fromLatin1(statement))) {
            const QSqlError error = q.lastError();
            db.rollback();
            return failed(Tr::tr("creating the schema"), error);
        }
    }
    q.exec(QStringLiteral("SELECT version FROM schema_version"));
    if (!q.next())
        q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(schemaVersion));
    else if (q.value(0).toInt() > schemaVersion) {
        db.rollback();
        return Error::of(Tr::tr("The history file %1 was written by a newer pgsteward (schema %2).")
                             .arg(m_path)
                             .arg(q.value(0).toInt()));
    }
    if (!db.commit())
        return failed(Tr::tr("creating the schema"), db.lastError());
    return ok();
}

Status HistoryStore::quickCheck(QString *damage)
{
    if (QFileInfo(m_path).size() > kQuickCheckMaxBytes)
        return ok();
    {
        QMutexLocker lock(&checkedMutex);
        if (checkedPaths.contains(m_path))
            return ok();
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (isDamage(q.lastError())) {
            *damage = causeOf(q.lastError());
            return sqlError(QStringLiteral("PRAGMA quick_check"), q.lastError());
        }
        return ok(); // could not check (busy): the store itself opened, the next run checks again
    }
    QStringList problems;
    while (q.next())
        if (const QString line = q.value(0).toString(); line != QLatin1String("ok"))
            problems << line;
    if (!problems.isEmpty()) {
        *damage = Tr::tr("quick_check: %1").arg(problems.mid(0, 3).join(QStringLiteral("; ")));
        return Error::of(Tr::tr("History store %1: the file is damaged (%2).").arg(QDir::toNativeSeparators(m_path), *damage),
                         problems.join(QLatin1Char('\n')), QStringLiteral("history-damaged"));
    }
    QMutexLocker lock(&checkedMutex);
    checkedPaths.insert(m_path);
    return ok();
}

Status HistoryStore::setAside(const QString &damage)
{
    // Renamed while still open: closing first would let SQLite delete a -wal it could not
    // replay, which may be all that is left of the last samples. Closed after, so that the new
    // store is opened on a new file.
    auto close = qScopeGuard([this] {
        QSqlDatabase::database(m_connectionName, false).close();
        m_seriesIds.clear();
    });
    const QString aside = setAsideName(m_path, companionSuffixes());
    if (const QString why = renameFile(m_path, aside); !why.isEmpty())
        return Error::of(Tr::tr("The history file %1 is damaged (%2) and could not be moved aside to %3: %4")
                             .arg(QDir::toNativeSeparators(m_path), damage, QDir::toNativeSeparators(aside), why),
                         {}, QStringLiteral("history-damaged"));
    for (const QString &suffix : companionSuffixes()) {
        if (!QFileInfo::exists(m_path + suffix))
            continue;
        if (const QString why = renameFile(m_path + suffix, aside + suffix); !why.isEmpty()) {
            renameFile(aside, m_path); // all or nothing: a stray -wal would be replayed into a new store
            return Error::of(Tr::tr("The history file %1 is damaged (%2) and %3 could not be moved aside: %4")
                                 .arg(QDir::toNativeSeparators(m_path), damage,
                                      QDir::toNativeSeparators(m_path + suffix), why),
                             {}, QStringLiteral("history-damaged"));
        }
    }
    m_setAsideWarning = Tr::tr("The history file %1 was damaged (%2). It was kept as %3 and a new, empty history "
                               "was started.")
                            .arg(QDir::toNativeSeparators(m_path), damage, QDir::toNativeSeparators(aside));
    Q_EMIT events()->storeSetAside(m_setAsideWarning);
    return ok();
}

} // namespace pgs
