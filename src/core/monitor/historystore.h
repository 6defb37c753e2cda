// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/metrics.h"
#include "monitor/rates.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

#include <optional>

class QSqlError;

namespace pgs {

// Tells whoever listens (the GUI's banner) that a history file was found damaged and set aside.
// Emitted on the thread that opened the store; connect with a context object (queued).
class HistoryStoreEvents : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void storeSetAside(const QString &message);
};

// How long raw samples stay before compact() folds them into hourly aggregates, and how long the
// hourly aggregates stay.
struct HistoryRetention
{
    qint64 rawSeconds = 7 * 86400;
    qint64 hourlySeconds = 2 * 366 * 86400;
};

// Times in epoch seconds, ascending.
struct TimeSeries
{
    QVector<qint64> times;
    QVector<double> values;
};

// Which value of an hourly aggregate a query reads: gauges (sizes) read the last value of the
// hour, rates the average.
enum class HourlyValue { Last, Average, Maximum };

// Which points a chart query reads. Detailed: raw points where they still exist (the last
// rawSeconds), hourly aggregates before them. Hourly: one point per hour throughout, the recent
// raw points folded into hours as they are read, so a year is ~8,800 points per series.
enum class SeriesResolution { Detailed, Hourly };

// Sample history in SQLite (history.sqlite in the data dir). One object per thread: it owns a
// named QSqlDatabase connection that Qt allows on the creating thread only. Several processes
// (GUI and a cron `pgsteward-cli sample`) may write one file: WAL mode and a busy timeout.
//
// Storage: a series dictionary (profile, kind, name) -> id, and points keyed (series, time) in
// raw_points and hourly_points (avg, max, last, sum, n): one narrow table serves database sizes,
// table sizes, per-database rates, sessions, WAL and XIDs. Statements have their own tables
// (per-sample deltas keyed by queryid, dbid, userid) plus their texts, stored once.
class HistoryStore
{
public:
    explicit HistoryStore(QString path = defaultPath(), HistoryRetention retention = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultPath(); // paths::dataDir()/history.sqlite
    QString path() const { return m_path; }

    // Creates or upgrades the schema. Call before anything else. A file that is not a usable
    // SQLite database (not a database at all, malformed, truncated; PRAGMA quick_check where that
    // is cheap) is moved aside with its -wal and -shm files to <path>.corrupt-<stamp> and a new
    // store is started: open() succeeds and setAsideWarning() says so, naming both paths (also
    // sent through events()). Any other failure (permission denied, disk full, locked) leaves the
    // file where it is and fails with the path and SQLite's cause.
    Status open();
    QString setAsideWarning() const { return m_setAsideWarning; } // translated; empty: nothing set aside
    static HistoryStoreEvents *events();

    // Files up to this size are checked with PRAGMA quick_check on their first open in a process
    // (about a quarter of a second for 64 MiB); larger ones only by SQLite's own checks on open.
    static constexpr qint64 kQuickCheckMaxBytes = 64LL * 1024 * 1024;

    // One sample (and its rates from the previous one, when known) in one transaction; the sample
    // also becomes previousSample(profileId).
    Status append(const QString &profileId, const MetricSample &sample, const std::optional<SampleRates> &rates);
    Result<std::optional<MetricSample>> previousSample(const QString &profileId);

    // Folds raw points older than now - rawSeconds into hourly aggregates and drops hourly ones
    // older than now - hourlySeconds.
    Status compact(const QDateTime &now);

    // Hourly for ranges longer than a week (the charts' 30 days and 1 year), Detailed otherwise.
    static SeriesResolution resolutionFor(const QDateTime &from, const QDateTime &to);

    // Raw points where they still exist, hourly aggregates before them (see SeriesResolution).
    Result<TimeSeries> sizeSeries(const QString &profileId, const QString &database, const QDateTime &from,
                                  const QDateTime &to, SeriesResolution resolution = SeriesResolution::Detailed);
    Result<TimeSeries> tableSizeSeries(const QString &profileId, const QString &database, const QString &schema,
                                       const QString &table, const QDateTime &from, const QDateTime &to,
                                       SeriesResolution resolution = SeriesResolution::Detailed);
    // Mean latency in ms per interval: sum of delta total time / sum of delta calls; for one
    // statement when queryId is given.
    Result<TimeSeries> latencySeries(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                     std::optional<qint64> queryId = std::nullopt,
                                     SeriesResolution resolution = SeriesResolution::Detailed);
    // Statement calls per second per interval (all statements): sum of delta calls / seconds covered.
    Result<TimeSeries> callRateSeries(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                      SeriesResolution resolution = SeriesResolution::Detailed);
    Result<TimeSeries> series(const QString &profileId, const QString &kind, const QString &name,
                              const QDateTime &from, const QDateTime &to, HourlyValue hourly,
                              SeriesResolution resolution = SeriesResolution::Detailed);

    // The series of a kind ranked by their latest value in [from, to], largest first: the top-N
    // tables by current size. A series with no point in the range (a dropped table) is left out.
    struct LatestValue
    {
        QString name;
        double value = 0;
        qint64 time = 0; // epoch seconds
    };
    Result<QList<LatestValue>> largestSeries(const QString &profileId, const QString &kind, const QDateTime &from,
                                             const QDateTime &to, int limit);
    // Database names with a size history, for the capacity review.
    Result<QStringList> databases(const QString &profileId);
    // Names of the series of a kind ("table_size": tableSeriesName() values, "sessions" ...).
    Result<QStringList> seriesNames(const QString &profileId, const QString &kind);

    // The top statements table over a range: sums of the per-sample deltas, raw and hourly.
    struct StatementTotals
    {
        qint64 queryId = 0;
        qint64 calls = 0;
        double totalMs = 0;
        qint64 rows = 0;
        double meanMs = 0;
        double shareOfTotal = 0; // of the total time of all recorded statements in the range
        QString query;
        QString fingerprint;
    };
    Result<QList<StatementTotals>> topStatements(const QString &profileId, const QDateTime &from, const QDateTime &to,
                                                 int limit = 50);

    // Series kinds written by append().
    static QString tableSeriesName(const QString &database, const QString &schema, const QString &table);

private:
    // One attempt at opening: on failure, *damage holds the cause when the file itself is
    // damaged (SQLITE_CORRUPT, SQLITE_NOTADB or a failed quick_check).
    Status openOnce(QString *damage);
    Status quickCheck(QString *damage);
    Status setAside(const QString &damage);
    Error sqlError(const QString &what, const QSqlError &error) const;
    Result<qint64> seriesId(const QString &profileId, const QString &kind, const QString &name, bool create);
    Status addPoint(const QString &profileId, const QString &kind, const QString &name, qint64 t, double value);
    // numerator / denominator of two delta series per interval (stmt_ms / stmt_calls ...).
    Result<TimeSeries> ratioSeries(const QString &profileId, const QString &numeratorKind,
                                   const QString &denominatorKind, const QDateTime &from, const QDateTime &to,
                                   SeriesResolution resolution);
    Status appendStatements(const QString &profileId, const MetricSample &sample, const SampleRates &rates);

    QString m_path;
    HistoryRetention m_retention;
    QString m_connectionName;
    QString m_setAsideWarning;
    QHash<QString, qint64> m_seriesIds;
};

} // namespace pgs
