// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/historystore.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace pgs {

namespace {

// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::HistoryStore)
};

QString kindRate(const QString &counter) { return QStringLiteral("rate:") + counter; }

} // namespace

HistoryStore::HistoryStore(QString path, HistoryRetention retention)
    : m_path(std::move(path))
    , m_retention(retention)
    , m_connectionName(QStringLiteral("pgsteward-history-%1-%2")
                           .arg(quintptr(this), 0, 16)
                           .arg(quintptr(QThread::currentThreadId()), 0, 16))
{}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString HistoryStore::defaultPath()
{
    return QDir(paths::dataDir()).filePath(QStringLiteral("history.sqlite"));
}

QString HistoryStore::tableSeriesName(const QString &database, const QString &schema, const QString &table)
{
    return QStringList{database, schema, table}.join(QChar(0x1f));
}

Result<qint64> HistoryStore::seriesId(const QString &profileId, const QString &kind, const QString &givenName,
                                      bool create)
{
    // A null QString binds as SQL NULL, which the NOT NULL column (and the lookup) would miss.
    const QString name = givenName.isNull() ? QStringLiteral("") : givenName;
    const QString cacheKey = profileId + QChar(0x1e) + kind + QChar(0x1e) + name;
    if (auto it = m_seriesIds.constFind(cacheKey); it != m_seriesIds.cend())
        return it.value();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (create) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO series (profile, kind, name) VALUES (?, ?, ?)"));
        q.addBindValue(profileId);
        q.addBindValue(kind);
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(Tr::tr("adding a series"), q.lastError());
    }
    q.prepare(QStringLiteral("SELECT id FROM series WHERE profile = ? AND kind = ? AND name = ?"));
    q.addBindValue(profileId);
    q.addBindValue(kind);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(Tr::tr("reading a series"), q.lastError());
    if (!q.next())
        return qint64(-1);
    const qint64 id = q.value(0).toLongLong();
    m_seriesIds.insert(cacheKey, id);
    return id;
}

Status HistoryStore::addPoint(const QString &profileId, const QString &kind, const QString &name, qint64 t,
                              double value)
{
    auto id = seriesId(profileId, kind, name, true);
    if (!id)
        return id.error();
    if (*id < 0)
        return Error::of(Tr::tr("History store: the series %1 %2 could not be created.").arg(kind, name));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO raw_points (series_id, t, value) VALUES (?, ?, ?)"));
    q.addBindValue(*id);
    q.addBindValue(t);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(Tr::tr("adding a point"), q.lastError());
    return ok();
}

Status HistoryStore::appendStatements(const QString &profileId, const MetricSample &sample, const SampleRates &rates)
{
    const qint64 t = sample.takenAt.toSecsSinceEpoch();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO statement_raw (profile, queryid, t, dbid, userid, calls, "
                             "total_ms, rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StatementDelta &d : rates.statements) {
        if (d.calls == 0)
            continue; // idle statements cost rows and say nothing
        for (const QVariant &v : QVariantList{profileId, d.queryId, t, d.dbId, d.userId, d.calls, d.totalMs, d.rows})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(Tr::tr("adding statement deltas"), q.lastError());
    }
    QSqlQuery text(db);
    text.prepare(QStringLiteral("INSERT INTO statement_texts (profile, queryid, dbid, userid, fingerprint, query, "
                                "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (profile, queryid, dbid, userid) "
                                "DO UPDATE SET last_seen = excluded.last_seen, fingerprint = excluded.fingerprint, "
                                "query = excluded.query "
                                // Rewriting 4 kB texts every minute would churn the WAL for nothing.
                                "WHERE statement_texts.last_seen < excluded.last_seen - 3600 "
                                "OR statement_texts.fingerprint <> excluded.fingerprint"));
    for (const StatementCounters &s : sample.statements) {
        if (s.query.isEmpty())
            continue; // outside the top ones: its deltas are kept, its text arrives when it ranks
        for (const QVariant &v : QVariantList{profileId, s.queryId, s.dbId, s.userId, QString::fromLatin1(s.fingerprint),
                                              s.query, t})
            text.addBindValue(v);
        if (!text.exec())
            return sqlError(Tr::tr("adding statement texts"), text.lastError());
    }
    return ok();
}

Status HistoryStore::append(const QString &profileId, const MetricSample &sample,
                            const std::optional<SampleRates> &rates)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return sqlError(Tr::tr("starting a transaction"), db.lastError());
    auto body = [&]() -> Status {
        const qint64 t = sample.takenAt.toSecsSinceEpoch();
        auto add = [&](const QString &kind, const QString &name, double value) { return addPoint(profileId, kind, name, t, value); };
        for (const DatabaseCounters &d : sample.databases) {
            if (d.sizeBytes && !d.isTemplate) // templates are not what a volume fills up with
                if (Status st = add(QStringLiteral("db_size"), d.name, double(*d.sizeBytes)); !st)
                    return st;
            if (Status st = add(QStringLiteral("xid_age"), d.name, double(d.xidAge)); !st)
                return st;
        }
        for (const TableSize &tbl : sample.tables) {
            if (Status st = add(QStringLiteral("table_size"),
                                tableSeriesName(sample.currentDatabase, tbl.schema, tbl.name), double(tbl.totalBytes));
                !st)
                return st;
        }
        for (const SessionCount &s : sample.sessions) {
            if (Status st = add(QStringLiteral("sessions"), s.state + QLatin1Char('/') + s.waitEventType, s.sessions); !st)
                return st;
        }
        for (const StandbyLag &s : sample.standbys) {
            if (s.replayLagSeconds)
                if (Status st = add(QStringLiteral("replay_lag"), s.name, *s.replayLagSeconds); !st)
                    return st;
        }
        if (sample.walBytes)
            if (Status st = add(QStringLiteral("wal_bytes"), QString(), double(*sample.walBytes)); !st)
                return st;
        if (Status st = add(QStringLiteral("xid_age_max"), QString(), double(sample.xidAgeMax)); !st)
            return st;
        if (Status st = add(QStringLiteral("next_xid"), QString(), double(sample.nextXid)); !st)
            return st;
        if (rates) {
            for (const DatabaseRates &d : rates->databases) {
                for (auto it = d.perSecond.cbegin(); it != d.perSecond.cend(); ++it)
                    if (Status st = add(kindRate(it.key()), d.name, it.value()); !st)
                        return st;
            }
            if (rates->walBytesPerSecond)
                if (Status st = add(QStringLiteral("wal_rate"), QString(), *rates->walBytesPerSecond); !st)
                    return st;
            if (rates->xidsPerSecond)
                if (Status st = add(QStringLiteral("xid_rate"), QString(), *rates->xidsPerSecond); !st)
                    return st;
            if (rates->statementCallsPerSecond) {
                // Deltas and the seconds they cover, so that hourly sums give the exact hourly
                // mean latency and calls per second. Idle intervals count: they lower the rate.
                const double calls = *rates->statementCallsPerSecond * rates->elapsedSeconds;
                if (Status st = add(QStringLiteral("stmt_calls"), QString(), calls); !st)
                    return st;
                if (Status st = add(QStringLiteral("stmt_ms"), QString(), rates->meanLatencyMs.value_or(0) * calls); !st)
                    return st;
                if (Status st = add(QStringLiteral("stmt_seconds"), QString(), rates->elapsedSeconds); !st)
                    return st;
            }
            if (Status st = appendStatements(profileId, sample, *rates); !st)
                return st;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO previous_sample (profile, sample) VALUES (?, ?)"));
        q.addBindValue(profileId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(sample.toJson(false)).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return sqlError(Tr::tr("keeping the previous sample"), q.lastError());
        return ok();
    };
    Status st = body();
    if (!st) {
        db.rollback();
        m_seriesIds.clear(); // ids created in the rolled back transaction are gone
        return st;
    }
    if (!db.commit())
        return sqlError(Tr::tr("committing a sample"), db.lastError());
    return ok();
}

Result<std::optional<MetricSample>> HistoryStore::previousSample(const QString &profileId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT sample FROM previous_sample WHERE profile = ?"));
    q.addBindValue(profileId);
    if (!q.exec())
        return sqlError(Tr::tr("reading the previous sample"), q.lastError());
    if (!q.next())
        return std::optional<MetricSample>();
    return std::optional<MetricSample>(
        MetricSample::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
}

Status HistoryStore::compact(const QDateTime &now)
{
    const qint64 rawCut = now.toSecsSinceEpoch() - m_retention.rawSeconds;
    const qint64 hourlyCut = now.toSecsSinceEpoch() - m_retention.hourlySeconds;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return sqlError(Tr::tr("starting a transaction"), db.lastError());
    // An hour may be folded in two runs (its first half in one, the rest in the next), so the
    // upsert merges: weighted average, max of max, the later last, sums added.
    const QString folds[] = {
        QStringLiteral(
            "WITH g AS (SELECT series_id, (t / 3600) * 3600 AS h, avg(value) AS a, max(value) AS mx, "
            "sum(value) AS s, count(*) AS n, max(t) AS lt FROM raw_points WHERE t < :cut GROUP BY series_id, h) "
            "INSERT INTO hourly_points (series_id, t, avg, max, last, last_t, sum, n) "
            "SELECT g.series_id, g.h, g.a, g.mx, r.value, g.lt, g.s, g.n FROM g "
            "JOIN raw_points r ON r.series_id = g.series_id AND r.t = g.lt WHERE true "
            "ON CONFLICT (series_id, t) DO UPDATE SET "
            "avg = (avg * n + excluded.avg * excluded.n) / (n + excluded.n), max = max(max, excluded.max), "
            "last = CASE WHEN excluded.last_t >= last_t THEN excluded.last ELSE last END, "
            "last_t = max(last_t, excluded.last_t), sum = sum + excluded.sum, n = n + excluded.n"),
        QStringLiteral("DELETE FROM raw_points WHERE t < :cut"),
        QStringLiteral(
            "INSERT INTO statement_hourly (profile, queryid, t, dbid, userid, calls, total_ms, rows, last_t) "
            "SELECT profile, queryid, (t / 3600) * 3600 AS h, dbid, userid, sum(calls), sum(total_ms), sum(rows), "
            "max(t) FROM statement_raw WHERE t < :cut GROUP BY profile, queryid, h, dbid, userid "
            "ON CONFLICT (profile, queryid, t, dbid, userid) DO UPDATE SET calls = calls + excluded.calls, "
            "total_ms = total_ms + excluded.total_ms, rows = rows + excluded.rows, "
            "last_t = max(last_t, excluded.last_t)"),
        QStringLiteral("DELETE FROM statement_raw WHERE t < :cut"),
        QStringLiteral("DELETE FROM hourly_points WHERE t < :hourlyCut"),
        QStringLiteral("DELETE FROM statement_hourly WHERE t < :hourlyCut"),
        QStringLiteral("DELETE FROM statement_texts WHERE last_seen < :hourlyCut"),
    };
    QSqlQuery q(db);
    for (const QString &sql : folds) {
        q.prepare(sql);
        if (sql.contains(QLatin1String(":cut")))
            q.bindValue(QStringLiteral(":cut"), rawCut);
        if (sql.contains(QLatin1String(":hourlyCut")))
            q.bindValue(QStringLiteral(":hourlyCut"), hourlyCut);
        if (!q.exec()) {
            db.rollback();
            return sqlError(Tr::tr("compacting"), q.lastError());
        }
    }
    if (!db.commit())
        return sqlError(Tr::tr("compacting"), db.lastError());
    return ok();
}

} // namespace pgs
