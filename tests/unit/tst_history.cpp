// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/historystore.h"
#include "monitor/rates.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

// The SQLite history over synthetic samples: append, roll-ups, series and the previous sample.
class TstHistory : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 start = 1'780'000'200; // not on an hour boundary on purpose
    static constexpr qint64 step = 900;            // a sample every 15 minutes
    static constexpr qint64 queryId = -4'611'686'018'427'387'000LL;
    QTemporaryDir m_dir;

    static MetricSample sampleAt(int i)
    {
        MetricSample s;
        s.takenAt = QDateTime::fromSecsSinceEpoch(start + i * step, Qt::UTC);
        s.currentDatabase = QStringLiteral("app");
        s.walBytes = 1'000'000 + qint64(i) * 9000;
        s.nextXid = 5000 + qint64(i) * 90;
        s.xidAgeMax = 1000 + i;
        DatabaseCounters d;
        d.datid = 16384;
        d.name = QStringLiteral("app");
        d.sizeBytes = 1'000'000'000 + qint64(i) * 1000;
        for (const QString &c : databaseCounterNames())
            d.counters.insert(c, 0);
        d.counters[QStringLiteral("xact_commit")] = qint64(i) * 1800; // 2 per second
        s.databases.append(d);
        s.tables.append({QStringLiteral("public"), QStringLiteral("orders"), 500'000 + qint64(i) * 10, 0, 0, 0});
        s.sessions.append({QStringLiteral("active"), QString(), 1 + i % 5});
        s.statementsAvailable = true;
        StatementCounters st;
        st.queryId = queryId;
        st.dbId = 16384;
        st.userId = 10;
        st.calls = qint64(i) * 100;
        st.totalMs = i * 50.0; // 0.5 ms per call
        st.rows = i;
        st.query = QStringLiteral("SELECT * FROM orders WHERE id = $1");
        st.fingerprint = statementFingerprint(st.query);
        s.statements.append(st);
        s.statementsCallsTotal = st.calls;
        s.statementsTotalMsTotal = st.totalMs;
        return s;
    }

    static Status appendRange(HistoryStore &store, int from, int to)
    {
        for (int i = from; i < to; ++i) {
            auto prev = store.previousSample(QStringLiteral("p1"));
            if (!prev)
                return prev.error();
            const MetricSample cur = sampleAt(i);
            const std::optional<SampleRates> rates = prev->has_value() ? computeRates(**prev, cur) : std::nullopt;
            if (Status st = store.append(QStringLiteral("p1"), cur, rates); !st)
                return st;
        }
        return ok();
    }

    static QDateTime at(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void thirtyDaysRollUp()
    {
        const QString path = m_dir.filePath(QStringLiteral("thirty.sqlite"));
        HistoryStore store(path);
        QVERIFY(store.open().ok());
        const int n = 30 * 96;
        const Status appended = appendRange(store, 0, n);
        QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().detail));
        const QDateTime all0 = at(start - 1), all1 = at(start + n * step);

        auto raw = store.sizeSeries(QStringLiteral("p1"), QStringLiteral("app"), all0, all1);
        QVERIFY(raw.ok());
        QCOMPARE(raw->times.size(), n);
        QCOMPARE(raw->values.last(), 1e9 + (n - 1) * 1000.0);

        const qint64 now = start + (n - 1) * step + 60;
        QVERIFY(store.compact(at(now)).ok());
        auto sizes = store.sizeSeries(QStringLiteral("p1"), QStringLiteral("app"), all0, all1);
        QVERIFY(sizes.ok());
        const qint64 cut = now - 7 * 86400;
        int rawCount = 0, hourlyCount = 0;
        QSet<qint64> hours;
        for (int i = 0; i < n; ++i) {
            if (start + i * step < cut)
                hours.insert((start + i * step) / 3600);
            else
                ++rawCount;
        }
        hourlyCount = int(hours.size());
        QCOMPARE(sizes->times.size(), hourlyCount + rawCount);
        QVERIFY(std::is_sorted(sizes->times.cbegin(), sizes->times.cend()));
        // Each hourly point is the last sample of its hour, at that sample's time.
        for (int k = 0; k < hourlyCount; ++k) {
            const qint64 t = sizes->times[k];
            QCOMPARE((t - start) % step, 0);
            const int i = int((t - start) / step);
            QCOMPARE(sizes->values[k], 1e9 + i * 1000.0);
            QVERIFY(i + 1 == n || (start + (i + 1) * step) / 3600 != t / 3600 || start + (i + 1) * step >= cut);
        }
        QCOMPARE(sizes->values.last(), 1e9 + (n - 1) * 1000.0);

        // Rates: 1800 commits per 900 s, as hourly averages and raw alike.
        auto commits = store.series(QStringLiteral("p1"), QStringLiteral("rate:xact_commit"), QStringLiteral("app"),
                                    all0, all1, HourlyValue::Average);
        QVERIFY(commits.ok());
        // The first sample has no rate, but its hour has a second sample that has one.
        QCOMPARE(commits->times.size(), hourlyCount + rawCount);
        for (double v : commits->values)
            QCOMPARE(v, 2.0);
        auto sessionsMax = store.series(QStringLiteral("p1"), QStringLiteral("sessions"), QStringLiteral("active/"),
                                        all0, at(cut), HourlyValue::Maximum);
        QVERIFY(sessionsMax.ok() && !sessionsMax->values.isEmpty());
        QCOMPARE(sessionsMax->values.size(), hourlyCount);
        for (qsizetype k = 0; k < sessionsMax->values.size(); ++k) {
            const qint64 h = sessionsMax->times[k] / 3600;
            int expected = 0;
            for (int i = 0; i < n; ++i) {
                if ((start + i * step) / 3600 == h && start + i * step < cut)
                    expected = qMax(expected, 1 + i % 5);
            }
            QCOMPARE(sessionsMax->values[k], double(expected));
        }
        auto tables = store.tableSizeSeries(QStringLiteral("p1"), QStringLiteral("app"), QStringLiteral("public"),
                                            QStringLiteral("orders"), all0, all1);
        QVERIFY(tables.ok());
        QCOMPARE(tables->times.size(), hourlyCount + rawCount);

        // Latency: 50 ms over 100 calls per interval, overall and for the statement.
        for (std::optional<qint64> q : {std::optional<qint64>(), std::optional<qint64>(queryId)}) {
            auto latency = store.latencySeries(QStringLiteral("p1"), all0, all1, q);
            QVERIFY(latency.ok());
            QCOMPARE(latency->times.size(), hourlyCount + rawCount);
            for (double v : latency->values)
                QVERIFY2(qAbs(v - 0.5) < 1e-9, qPrintable(QString::number(v)));
        }
        QVERIFY(store.latencySeries(QStringLiteral("p1"), all0, all1, 42)->times.isEmpty());
        QCOMPARE(*store.databases(QStringLiteral("p1")), QStringList{QStringLiteral("app")});
        QCOMPARE(*store.seriesNames(QStringLiteral("p1"), QStringLiteral("table_size")),
                 QStringList{HistoryStore::tableSeriesName(QStringLiteral("app"), QStringLiteral("public"),
                                                           QStringLiteral("orders"))});
        // The statements table over everything: n - 1 intervals of 100 calls and 50 ms each.
        auto top = store.topStatements(QStringLiteral("p1"), all0, all1);
        QVERIFY(top.ok());
        QCOMPARE(top->size(), 1);
        QCOMPARE(top->first().queryId, queryId);
        QCOMPARE(top->first().calls, qint64(n - 1) * 100);
        QCOMPARE(top->first().totalMs, (n - 1) * 50.0);
        QCOMPARE(top->first().meanMs, 0.5);
        QCOMPARE(top->first().shareOfTotal, 1.0);
        QCOMPARE(top->first().query, QStringLiteral("SELECT * FROM orders WHERE id = $1"));
        QCOMPARE(top->first().fingerprint.toLatin1(), statementFingerprint(top->first().query));

        // Hourly aggregates expire after the hourly retention.
        QVERIFY(store.compact(at(now + 3 * 366 * 86400LL)).ok());
        QVERIFY(store.sizeSeries(QStringLiteral("p1"), QStringLiteral("app"), all0, all1)->times.isEmpty());
        qInfo("30 days of 15-minute samples, compacted then expired: file %lld bytes",
              QFileInfo(path).size());
    }

    // A realistic sample (5 databases, 20 tables, 8 session kinds, 50 statements with 1 kB texts)
    // every minute for a day, raw and rolled up; a year is 7 raw days plus 358 hourly days.
    void yearOfMinuteSamplesStaysSmall()
    {
        auto realistic = [](int i) {
            MetricSample s;
            s.takenAt = QDateTime::fromSecsSinceEpoch(start + i * 60, Qt::UTC);
            s.currentDatabase = QStringLiteral("db0");
            s.walBytes = qint64(i) * 100000;
            s.nextXid = 1000 + i * 50;
            for (int d = 0; d < 5; ++d) {
                DatabaseCounters c;
                c.datid = 20000 + d;
                c.name = QStringLiteral("db%1").arg(d);
                c.sizeBytes = 1'000'000'000LL * (d + 1) + i * 4096;
                for (const QString &name : databaseCounterNames())
                    c.counters.insert(name, qint64(i) * (d + 3) * 17);
                s.databases.append(c);
            }
            for (int t = 0; t < 20; ++t)
                s.tables.append({QStringLiteral("public"), QStringLiteral("table_%1").arg(t), 1'000'000LL * t + i, 0, 0, 0});
            for (int k = 0; k < 8; ++k)
                s.sessions.append({QStringLiteral("state%1").arg(k), QString(), k + i % 3});
            s.statementsAvailable = true;
            for (int q = 0; q < 50; ++q) {
                StatementCounters c;
                c.queryId = 7'000'000'000LL + q;
                c.dbId = 20000;
                c.userId = 10;
                c.calls = qint64(i) * (q + 1);
                c.totalMs = i * (q + 1) * 0.3;
                c.rows = i;
                c.query = QStringLiteral("SELECT /* %1 */ ").arg(q) + QString(1000, QLatin1Char('x'));
                c.fingerprint = statementFingerprint(c.query);
                s.statements.append(c);
            }
            s.statementsCallsTotal = qint64(i) * 1275;
            s.statementsTotalMsTotal = i * 1275 * 0.3;
            return s;
        };
        const QString rawPath = m_dir.filePath(QStringLiteral("day-raw.sqlite"));
        const QString hourlyPath = m_dir.filePath(QStringLiteral("day-hourly.sqlite"));
        for (const QString &path : {rawPath, hourlyPath}) {
            HistoryStore store(path);
            QVERIFY(store.open().ok());
            std::optional<MetricSample> prev;
            for (int i = 0; i < 1440; ++i) {
                MetricSample cur = realistic(i);
                QVERIFY(store.append(QStringLiteral("p"), cur, prev ? computeRates(*prev, cur) : std::nullopt).ok());
                prev = std::move(cur);
            }
            if (path == hourlyPath)
                QVERIFY(store.compact(at(start + 1440 * 60 + 8 * 86400)).ok());
        }
        // Sizes without the free pages compaction leaves behind.
        auto vacuumedSize = [](const QString &path) -> qint64 {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("measure"));
                db.setDatabaseName(path);
                if (!db.open())
                    return -1;
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                q.exec(QStringLiteral("VACUUM"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("measure"));
            return QFileInfo(path).size();
        };
        const qint64 rawDay = vacuumedSize(rawPath);
        const qint64 hourlyDay = vacuumedSize(hourlyPath);
        QVERIFY(rawDay > 0 && hourlyDay > 0);
        QVERIFY(hourlyDay < rawDay);
        const qint64 year = 7 * rawDay + 358 * hourlyDay;
        qInfo("one day of 1-minute samples: raw %lld kB, rolled up %lld kB; a year estimated at %lld MB",
              rawDay / 1024, hourlyDay / 1024, year / (1024 * 1024));
        QVERIFY2(year < 300LL * 1024 * 1024, "a year of history would not be small");
    }

    void hourFoldedInTwoRuns()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("split.sqlite")));
        QVERIFY(store.open().ok());
        const qint64 hour = (start / 3600 + 1) * 3600;
        for (int minute = 0; minute < 60; ++minute) {
            MetricSample s;
            s.takenAt = at(hour + minute * 60);
            DatabaseCounters d;
            d.datid = 1;
            d.name = QStringLiteral("db");
            d.sizeBytes = (minute * 37) % 60; // a permutation of 0..59, last one 59*37%60 = 23
            s.databases.append(d);
            QVERIFY(store.append(QStringLiteral("p"), s, std::nullopt).ok());
        }
        // First run folds minutes 0..29, the second the rest.
        QVERIFY(store.compact(at(hour + 30 * 60 + 7 * 86400)).ok());
        QVERIFY(store.compact(at(hour + 3600 + 7 * 86400)).ok());
        const QDateTime a = at(hour - 1), b = at(hour + 3600);
        auto last = store.series(QStringLiteral("p"), QStringLiteral("db_size"), QStringLiteral("db"), a, b, HourlyValue::Last);
        auto avg = store.series(QStringLiteral("p"), QStringLiteral("db_size"), QStringLiteral("db"), a, b, HourlyValue::Average);
        auto max = store.series(QStringLiteral("p"), QStringLiteral("db_size"), QStringLiteral("db"), a, b, HourlyValue::Maximum);
        QVERIFY(last.ok() && avg.ok() && max.ok());
        QCOMPARE(last->values, QVector<double>{23});
        QCOMPARE(last->times, QVector<qint64>{hour + 59 * 60});
        QCOMPARE(avg->values, QVector<double>{29.5});
        QCOMPARE(max->values, QVector<double>{59});
    }

    void previousSampleAcrossStores()
    {
        const QString path = m_dir.filePath(QStringLiteral("prev.sqlite"));
        MetricSample s = sampleAt(7);
        {
            HistoryStore writer(path);
            QVERIFY(writer.open().ok());
            QVERIFY(!writer.previousSample(QStringLiteral("p1"))->has_value());
            QVERIFY(writer.append(QStringLiteral("p1"), s, std::nullopt).ok());
        }
        // A new store object (another process in real life: `pgsteward-cli sample` from cron).
        HistoryStore reader(path);
        QVERIFY(reader.open().ok());
        auto prev = reader.previousSample(QStringLiteral("p1"));
        QVERIFY(prev.ok() && prev->has_value());
        const MetricSample &p = **prev;
        QCOMPARE(p.takenAt, s.takenAt);
        QCOMPARE(p.databases.size(), 1);
        QCOMPARE(p.databases[0].counters, s.databases[0].counters);
        QCOMPARE(p.databases[0].sizeBytes, s.databases[0].sizeBytes);
        QCOMPARE(p.statements.size(), 1);
        QCOMPARE(p.statements[0].queryId, queryId); // 64-bit ids survive JSON
        QCOMPARE(p.statements[0].calls, s.statements[0].calls);
        QVERIFY(p.statements[0].query.isEmpty()); // texts live in their own table
        QCOMPARE(p.walBytes, s.walBytes);
        QVERIFY(!reader.previousSample(QStringLiteral("other"))->has_value());
        // Rates from the stored sample to a new one are the real ones.
        const auto rates = computeRates(p, sampleAt(8));
        QVERIFY(rates);
        QCOMPARE(rates->elapsedSeconds, double(step));
        QCOMPARE(rates->databases[0].perSecond.value(QStringLiteral("xact_commit")), 2.0);
    }

    // Hourly resolution reads one point per hour whether the hour is still raw or rolled up, so a
    // chart over 30 days or a year shows the same curve before and after compaction.
    void hourlyResolutionMatchesRollUps()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("hourly.sqlite")));
        QVERIFY(store.open().ok());
        const int n = 10 * 96; // 10 days of 15-minute samples
        QVERIFY(appendRange(store, 0, n).ok());
        const QDateTime all0 = at(start - 1), all1 = at(start + n * step);
        QCOMPARE(HistoryStore::resolutionFor(all1.addDays(-7), all1), SeriesResolution::Detailed);
        QCOMPARE(HistoryStore::resolutionFor(all1.addDays(-30), all1), SeriesResolution::Hourly);

        QSet<qint64> hours;
        for (int i = 0; i < n; ++i)
            hours.insert((start + i * step) / 3600);
        const QString p1 = QStringLiteral("p1"), app = QStringLiteral("app");
        auto before = store.sizeSeries(p1, app, all0, all1, SeriesResolution::Hourly);
        QVERIFY(before.ok());
        QCOMPARE(before->times.size(), hours.size());
        for (qsizetype k = 0; k < before->times.size(); ++k) {
            // The last sample of its hour, at that sample's time.
            const qint64 t = before->times[k];
            const int i = int((t - start) / step);
            QCOMPARE(before->values[k], 1e9 + i * 1000.0);
            QVERIFY(i + 1 == n || (start + (i + 1) * step) / 3600 != t / 3600);
        }
        auto latencyBefore = store.latencySeries(p1, all0, all1, std::nullopt, SeriesResolution::Hourly);
        auto statementBefore = store.latencySeries(p1, all0, all1, queryId, SeriesResolution::Hourly);
        auto callsBefore = store.callRateSeries(p1, all0, all1, SeriesResolution::Hourly);
        auto callsDetailed = store.callRateSeries(p1, all0, all1);
        QVERIFY(latencyBefore.ok() && statementBefore.ok() && callsBefore.ok() && callsDetailed.ok());
        QCOMPARE(latencyBefore->times.size(), hours.size());
        QCOMPARE(statementBefore->times, latencyBefore->times);
        QCOMPARE(callsBefore->times, latencyBefore->times);
        QCOMPARE(callsDetailed->times.size(), n - 1); // the first sample has no interval
        // 100 calls and 50 ms per 900 s interval.
        for (const auto *values : {&latencyBefore->values, &statementBefore->values})
            for (double v : *values)
                QVERIFY2(qAbs(v - 0.5) < 1e-9, qPrintable(QString::number(v)));
        for (const auto *values : {&callsBefore->values, &callsDetailed->values})
            for (double v : *values)
                QVERIFY2(qAbs(v - 100.0 / 900) < 1e-9, qPrintable(QString::number(v)));

        // Roll up the first three days (the cut on an hour boundary): the same hourly curve.
        const qint64 cut = (start / 3600 + 72) * 3600;
        QVERIFY(store.compact(at(cut + 7 * 86400)).ok());
        auto detailed = store.sizeSeries(p1, app, all0, all1);
        QVERIFY(detailed->times.size() < n && detailed->times.size() > hours.size());
        auto after = store.sizeSeries(p1, app, all0, all1, SeriesResolution::Hourly);
        QVERIFY(after.ok());
        QCOMPARE(after->times, before->times);
        QCOMPARE(after->values, before->values);
        auto latencyAfter = store.latencySeries(p1, all0, all1, std::nullopt, SeriesResolution::Hourly);
        auto statementAfter = store.latencySeries(p1, all0, all1, queryId, SeriesResolution::Hourly);
        auto callsAfter = store.callRateSeries(p1, all0, all1, SeriesResolution::Hourly);
        QCOMPARE(latencyAfter->times, latencyBefore->times);
        QCOMPARE(statementAfter->times, latencyBefore->times);
        QCOMPARE(callsAfter->times, callsBefore->times);
        for (qsizetype k = 0; k < callsAfter->values.size(); ++k) {
            QVERIFY(qAbs(latencyAfter->values[k] - 0.5) < 1e-9);
            QVERIFY(qAbs(callsAfter->values[k] - callsBefore->values[k]) < 1e-9);
        }
        // A range that ends before the data has nothing.
        QVERIFY(store.callRateSeries(p1, at(0), at(start - 10), SeriesResolution::Hourly)->times.isEmpty());
    }

    // An idle interval (no calls) lowers the call rate instead of disappearing from it.
    void idleIntervalsCountInTheCallRate()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("idle.sqlite")));
        QVERIFY(store.open().ok());
        MetricSample a = sampleAt(0), b = sampleAt(1), c = sampleAt(2);
        c.statementsCallsTotal = b.statementsCallsTotal; // nothing ran between b and c
        c.statementsTotalMsTotal = b.statementsTotalMsTotal;
        c.statements = b.statements;
        c.statements[0].query.clear();
        QVERIFY(store.append(QStringLiteral("p"), a, std::nullopt).ok());
        QVERIFY(store.append(QStringLiteral("p"), b, computeRates(a, b)).ok());
        QVERIFY(store.append(QStringLiteral("p"), c, computeRates(b, c)).ok());
        const QDateTime from = at(start - 1), to = at(start + 3 * step);
        auto detailed = store.callRateSeries(QStringLiteral("p"), from, to);
        QVERIFY(detailed.ok());
        QCOMPARE(detailed->values, (QVector<double>{100.0 / 900, 0.0}));
        auto latency = store.latencySeries(QStringLiteral("p"), from, to);
        QCOMPARE(latency->values, QVector<double>{0.5}); // no mean latency without calls
        auto hourly = store.callRateSeries(QStringLiteral("p"), from, to, SeriesResolution::Hourly);
        QVERIFY(hourly.ok());
        QCOMPARE(hourly->values, (QVector<double>{100.0 / 900, 0.0})); // b and c fall in two hours
    }

    // The top-N tables: ranked by the latest size in the range, a dropped table only while it existed.
    void largestSeriesByLatestValue()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("largest.sqlite")));
        QVERIFY(store.open().ok());
        for (int i = 0; i < 48; ++i) {
            MetricSample s;
            s.takenAt = at(start + i * 3600);
            s.currentDatabase = QStringLiteral("app");
            // small grows past medium at i = 20; dropped exists for the first 10 hours only.
            s.tables.append({QStringLiteral("public"), QStringLiteral("small"), 1000 + i * 100, 0, 0, 0});
            s.tables.append({QStringLiteral("public"), QStringLiteral("medium"), 3000, 0, 0, 0});
            s.tables.append({QStringLiteral("public"), QStringLiteral("big"), 100'000, 0, 0, 0});
            if (i < 10)
                s.tables.append({QStringLiteral("public"), QStringLiteral("dropped"), 50'000, 0, 0, 0});
            QVERIFY(store.append(QStringLiteral("p"), s, std::nullopt).ok());
        }
        auto name = [](const char *table) {
            return HistoryStore::tableSeriesName(QStringLiteral("app"), QStringLiteral("public"), QString::fromLatin1(table));
        };
        auto names = [](const QList<HistoryStore::LatestValue> &list) {
            QStringList out;
            for (const auto &v : list)
                out << v.name;
            return out;
        };
        const QString kind = QStringLiteral("table_size");
        auto whole = store.largestSeries(QStringLiteral("p"), kind, at(start), at(start + 48 * 3600), 10);
        QVERIFY(whole.ok());
        QCOMPARE(names(*whole), (QStringList{name("big"), name("dropped"), name("small"), name("medium")}));
        QCOMPARE(whole->at(2).value, 1000 + 47 * 100.0);
        QCOMPARE(whole->at(2).time, start + 47 * 3600);
        QCOMPARE(whole->at(1).time, start + 9 * 3600);
        // The last day: the dropped table is gone; the limit keeps the largest.
        auto lastDay = store.largestSeries(QStringLiteral("p"), kind, at(start + 24 * 3600), at(start + 48 * 3600), 2);
        QCOMPARE(names(*lastDay), (QStringList{name("big"), name("small")}));
        // Ranked by the value at the end of the range: at hour 15 medium is still larger than small.
        auto early = store.largestSeries(QStringLiteral("p"), kind, at(start), at(start + 15 * 3600), 10);
        QCOMPARE(names(*early), (QStringList{name("big"), name("dropped"), name("medium"), name("small")}));
        // Rolled up, the ranking reads the hourly last values.
        QVERIFY(store.compact(at(start + 60 * 3600 + 7 * 86400)).ok());
        auto rolled = store.largestSeries(QStringLiteral("p"), kind, at(start), at(start + 48 * 3600), 10);
        QCOMPARE(names(*rolled), names(*whole));
        QCOMPARE(rolled->at(2).value, 1000 + 47 * 100.0);
        QVERIFY(store.largestSeries(QStringLiteral("other"), kind, at(start), at(start + 48 * 3600), 10)->isEmpty());
    }

    void fallingCountersDropTheInterval()
    {
        MetricSample a = sampleAt(10), b = sampleAt(11);
        b.databases[0].counters[QStringLiteral("xact_commit")] = 5; // reset
        b.statements[0].calls = 3;                                   // pg_stat_statements reset
        b.statementsCallsTotal = 3;
        const auto rates = computeRates(a, b);
        QVERIFY(rates);
        QVERIFY(!rates->databases[0].perSecond.contains(QStringLiteral("xact_commit")));
        QVERIFY(rates->databases[0].perSecond.contains(QStringLiteral("tup_returned")));
        QVERIFY(rates->statements.isEmpty());
        QVERIFY(!rates->meanLatencyMs);
        // A moved stats_reset drops every series of that database even when counters climbed back.
        MetricSample c = sampleAt(12);
        c.databases[0].statsReset = 1.0;
        QVERIFY(computeRates(a, c)->databases[0].perSecond.isEmpty());
        QVERIFY(!computeRates(b, a)); // time going backwards: no rates at all
    }
};

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"
