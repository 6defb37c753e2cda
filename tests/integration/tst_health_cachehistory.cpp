// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/cachehistory.h"
#include "health/healthrun.h"
#include "healthfixture.h"
#include "monitor/historystore.h"
#include "monitor/rates.h"
#include "monitor/sampler.h"
#include "pg/connection.h"
#include "testcluster.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pgs;
using namespace pgs::health;

// cache-hit-ratio from the sampler's history: real samples of the test server go into a history
// store, the check then reports the ratio of the blocks hit and read between the first and the
// last history sample of its window (and says so), not the counters since their reset; without
// history it says the figure is since the reset.
class TstHealthCacheHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_key = QStringLiteral("cache-history-test");

    static std::optional<HealthFinding> findingOf(const HealthRun &run, const QString &database)
    {
        for (const HealthFinding &h : run.findings)
            if (h.finding.code == QLatin1String("cache-hit-ratio") && h.finding.object == database)
                return h;
        return std::nullopt;
    }

    Result<HealthRun> check(bool withHistory)
    {
        HealthOptions options;
        options.checks = {QStringLiteral("cache-hit-ratio")};
        // Report every database: below 100.01 % is every ratio, with any number of blocks.
        (void)options.thresholds.parseOverride(QStringLiteral("cache-hit-ratio.percent=100.01"));
        (void)options.thresholds.parseOverride(QStringLiteral("cache-hit-ratio.min_blocks=0"));
        if (withHistory) {
            options.historyKey = m_key;
            options.historyPath = m_dir.filePath(QStringLiteral("history.sqlite"));
        }
        JobContext ctx;
        return runHealthChecks(ctx, test::clusterSpec(m_db), options);
    }

    static const DatabaseCounters *countersOf(const MetricSample &s, const QString &database)
    {
        for (const DatabaseCounters &d : s.databases)
            if (d.name == database)
                return &d;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
        m_db = test::createScratchDatabase(QStringLiteral("health_cache"));
        QVERIFY(!m_db.isEmpty());
    }

    void ratioComesFromTheHistoryDeltas()
    {
        auto opened = pg::Connection::open(test::clusterSpec(m_db));
        QVERIFY(opened);
        pg::Connection &conn = **opened;
        // Blocks read from disk since the reset: a fresh database's catalog and a new table.
        QVERIFY(conn.execScript(QStringLiteral("CREATE TABLE small (id int PRIMARY KEY, v text);"
                                               "INSERT INTO small SELECT g, repeat('x', 100) FROM generate_series(1, 2000) g"))
                    .ok());
        QVERIFY(test::flushStatistics(conn).isEmpty());

        HistoryStore store(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(store.open());
        SampleOptions options;
        options.statements = false;
        options.tables = false;
        QList<MetricSample> samples;
        std::optional<MetricSample> previous;
        for (int round = 0; round < 3; ++round) {
            if (round > 0) {
                // Cached reads only between the history samples: the window's ratio is near 100 %.
                for (int i = 0; i < 200; ++i)
                    QVERIFY(conn.execScript(QStringLiteral("SELECT count(*) FROM small WHERE v LIKE 'x%'")).ok());
                QVERIFY(test::flushStatistics(conn).isEmpty());
                QThread::msleep(1100); // the store keys points by the second
            }
            auto sample = takeSample(conn, options);
            QVERIFY2(sample, sample ? "" : qPrintable(sample.error().message));
            const auto rates = previous ? computeRates(*previous, *sample) : std::nullopt;
            QVERIFY(store.append(m_key, *sample, rates));
            previous = *sample;
            samples << *sample;
        }
        // The window starts at the first rate point (the second sample): its deltas to the last.
        const DatabaseCounters *from = countersOf(samples.at(1), m_db);
        const DatabaseCounters *to = countersOf(samples.at(2), m_db);
        QVERIFY(from && to);
        const double hits = double(to->counters.value(QStringLiteral("blks_hit")) - from->counters.value(QStringLiteral("blks_hit")));
        const double reads = double(to->counters.value(QStringLiteral("blks_read")) - from->counters.value(QStringLiteral("blks_read")));
        QVERIFY2(hits > 0, "the cached reads did not reach pg_stat_database");
        const double expected = 100.0 * hits / (hits + reads);

        auto windows = cacheWindows(store, m_key, QDateTime::currentDateTimeUtc());
        QVERIFY(windows);
        const CacheWindow *window = nullptr;
        for (const CacheWindow &w : *windows)
            if (w.database == m_db)
                window = &w;
        QVERIFY(window);
        QVERIFY2(qAbs(window->ratioPercent() - expected) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(window->ratioPercent()).arg(expected)));

        auto withHistory = check(true);
        QVERIFY2(withHistory, withHistory ? "" : qPrintable(withHistory.error().message));
        const auto fromHistory = findingOf(*withHistory, m_db);
        QVERIFY(fromHistory);
        QVERIFY2(qAbs(fromHistory->finding.value.toDouble() - expected) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2: %3").arg(fromHistory->finding.value.toDouble()).arg(expected).arg(fromHistory->finding.detail)));
        QVERIFY2(fromHistory->finding.detail.contains(QStringLiteral("sampler's history")), qPrintable(fromHistory->finding.detail));

        // Without history: the counters since the reset, which include the reads from disk.
        auto sinceReset = check(false);
        QVERIFY(sinceReset);
        const auto plain = findingOf(*sinceReset, m_db);
        QVERIFY(plain);
        QVERIFY2(plain->finding.detail.contains(QStringLiteral("since the statistics were reset")), qPrintable(plain->finding.detail));
        const DatabaseCounters *now = countersOf(samples.at(2), m_db);
        QVERIFY2(double(now->counters.value(QStringLiteral("blks_read"))) > reads, "no block was read from disk before the window");
        QVERIFY2(plain->finding.value.toDouble() < fromHistory->finding.value.toDouble(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(plain->finding.value.toDouble()).arg(fromHistory->finding.value.toDouble())));
    }

    void tooFewBlocksKeepTheSinceResetFigure()
    {
        HealthRun run;
        run.checks = {QStringLiteral("cache-hit-ratio")};
        HealthFinding sql;
        sql.area = QStringLiteral("server");
        sql.finding.code = QStringLiteral("cache-hit-ratio");
        sql.finding.severity = Severity::Warning;
        sql.finding.object = QStringLiteral("quiet");
        sql.finding.value = 80.0;
        sql.finding.detail = QStringLiteral("since the statistics were reset");
        run.findings << sql;
        CacheWindow quiet{QStringLiteral("quiet"), 10, 10, QDateTime::currentDateTimeUtc().addSecs(-600), QDateTime::currentDateTimeUtc()};
        CacheWindow busy{QStringLiteral("busy"), 90000, 10000, QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc()};
        CacheWindow fine{QStringLiteral("fine"), 999900, 100, QDateTime::currentDateTimeUtc().addSecs(-3600), QDateTime::currentDateTimeUtc()};
        applyCacheWindows(run, {quiet, busy, fine}, Thresholds());
        QCOMPARE(run.findings.size(), 2);
        QCOMPARE(run.findings.at(0).finding.object, QStringLiteral("quiet")); // 20 blocks < min_blocks
        QCOMPARE(run.findings.at(0).finding.value.toDouble(), 80.0);
        QCOMPARE(run.findings.at(1).finding.object, QStringLiteral("busy")); // 90 % < 99 %
        QCOMPARE(run.findings.at(1).finding.value.toDouble(), 90.0);
        QCOMPARE(run.findings.at(1).finding.threshold.toDouble(), 99.0);
        QVERIFY(run.findings.at(1).finding.detail.contains(QStringLiteral("1 h")));
        // A run that did not make the check is left alone.
        HealthRun other;
        other.checks = {QStringLiteral("temp-files")};
        applyCacheWindows(other, {busy}, Thresholds());
        QVERIFY(other.findings.isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
    }
};

QTEST_GUILESS_MAIN(TstHealthCacheHistory)
#include "tst_health_cachehistory.moc"
