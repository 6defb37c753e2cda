// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/historystore.h"
#include "monitor/livesampler.h"
#include "testcluster.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

// The live sampler's modes against the fixture cluster: a hidden dashboard pauses the live
// samples while the history keeps its one sample per interval; stop() ends both.
class TstLiveSampler : public QObject
{
    Q_OBJECT
private:
    static LiveSamplerSettings settingsIn(const QTemporaryDir &dir)
    {
        LiveSamplerSettings settings;
        settings.liveIntervalMs = 300;
        settings.historyIntervalSeconds = 1;
        settings.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        settings.profileId = QStringLiteral("paused");
        return settings;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(test::clusterAvailable(), "the test cluster is not running"); }

    void pausedKeepsHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LiveSamplerSettings settings = settingsIn(dir);
        LiveSampler sampler(test::clusterSpec(test::demoDatabase()), settings);
        QSignalSpy samples(&sampler, &LiveSampler::sampled);
        QSignalSpy history(&sampler, &LiveSampler::historyWritten);
        QSignalSpy failures(&sampler, &LiveSampler::failed);
        QSignalSpy historyFailures(&sampler, &LiveSampler::historyFailed);
        QCOMPARE(sampler.mode(), LiveSampler::Mode::Stopped);

        // Paused from the start (a profile opened on another tab): history only.
        sampler.pause();
        QCOMPARE(sampler.mode(), LiveSampler::Mode::HistoryOnly);
        QVERIFY(sampler.isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(history.size() >= 3, 20000);
        QCOMPARE(samples.size(), 0); // no live sample while hidden
        QCOMPARE(failures.size(), 0);
        QCOMPARE(historyFailures.size(), 0);
        // One history sample per interval, each a distinct server time.
        const QDateTime first = history.at(0).first().toDateTime();
        const QDateTime third = history.at(2).first().toDateTime();
        QVERIFY2(first.secsTo(third) >= 2 * settings.historyIntervalSeconds - 1,
                 qPrintable(first.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + third.toString(Qt::ISODateWithMs)));

        // Resumed: live samples again; the first one has no rates across the pause.
        sampler.resume();
        QCOMPARE(sampler.mode(), LiveSampler::Mode::Live);
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 20000);
        QVERIFY(!samples.at(0).first().value<LiveSample>().rates);
        const auto second = samples.at(1).first().value<LiveSample>();
        QVERIFY(second.rates);
        QVERIFY(second.rates->elapsedSeconds < 5); // between two live samples, not across the pause

        // Stopped: nothing at all. A round already under way may still land (on a busy machine
        // well after stop()): wait for a quiet second first.
        sampler.stop();
        QCOMPARE(sampler.mode(), LiveSampler::Mode::Stopped);
        for (int i = 0; i < 10; ++i) {
            const qsizetype before = samples.size() + history.size();
            QTest::qWait(1000);
            if (samples.size() + history.size() == before)
                break;
        }
        const qsizetype liveAtStop = samples.size();
        const qsizetype historyAtStop = history.size();
        QTest::qWait(2500); // more than two history intervals and eight live ones
        QCOMPARE(samples.size(), liveAtStop);
        QCOMPARE(history.size(), historyAtStop);

        // What the signals said is in the file.
        HistoryStore store(settings.historyPath);
        QVERIFY(store.open().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto sizes = store.sizeSeries(settings.profileId, test::demoDatabase(), now.addSecs(-600), now.addSecs(60));
        QVERIFY(sizes.ok());
        QVERIFY2(sizes->times.size() >= 3, qPrintable(QString::number(sizes->times.size())));
    }

    // Table sizes cost a stat() per file: live ticks skip them unless their sample may go to the
    // history, and every history sample still has them.
    void liveTicksReadSizesOnlyForHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LiveSamplerSettings settings = settingsIn(dir);
        settings.historyIntervalSeconds = 3;
        settings.profileId = QStringLiteral("tables");
        LiveSampler sampler(test::clusterSpec(test::demoDatabase()), settings);
        QSignalSpy samples(&sampler, &LiveSampler::sampled);
        QSignalSpy history(&sampler, &LiveSampler::historyWritten);
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(history.size() >= 3, 30000);
        sampler.stop();
        int withTables = 0, without = 0;
        for (const QList<QVariant> &args : std::as_const(samples)) {
            const MetricSample &sample = args.first().value<LiveSample>().sample;
            (sample.tables.isEmpty() ? without : withTables) += 1;
            // Database sizes cost as much as table sizes: read on the same ticks only.
            for (const DatabaseCounters &d : sample.databases)
                QCOMPARE(d.sizeBytes.has_value(), !sample.tables.isEmpty());
        }
        QVERIFY2(without > withTables, qPrintable(QStringLiteral("%1 with, %2 without").arg(withTables).arg(without)));
        HistoryStore store(settings.historyPath);
        QVERIFY(store.open().ok());
        auto names = store.seriesNames(settings.profileId, QStringLiteral("table_size"));
        QVERIFY(names.ok() && !names->isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto sizes = store.series(settings.profileId, QStringLiteral("table_size"), names->first(), now.addSecs(-600),
                                  now.addSecs(60), HourlyValue::Last);
        auto dbSizes = store.sizeSeries(settings.profileId, test::demoDatabase(), now.addSecs(-600), now.addSecs(60));
        QVERIFY(sizes.ok() && dbSizes.ok());
        QCOMPARE(sizes->times.size(), dbSizes->times.size()); // every history sample has the tables
    }

    void pausedWithoutHistoryIsIdle()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LiveSamplerSettings settings = settingsIn(dir);
        settings.historyIntervalSeconds = 0;
        LiveSampler sampler(test::clusterSpec(test::demoDatabase()), settings);
        QSignalSpy samples(&sampler, &LiveSampler::sampled);
        QSignalSpy history(&sampler, &LiveSampler::historyWritten);
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 1, 20000);
        sampler.pause();
        QTest::qWait(500);
        // One sample may already have been in flight when pause() came (a slow one on a loaded
        // machine); after that, nothing more.
        const qsizetype paused = samples.size();
        QTest::qWait(1500);
        QVERIFY2(samples.size() <= paused + 1, qPrintable(QStringLiteral("%1 samples after pausing").arg(samples.size() - paused)));
        const qsizetype settled = samples.size();
        QTest::qWait(1500);
        QCOMPARE(samples.size(), settled);
        QCOMPARE(history.size(), 0);
    }

    void liveIntervalChangesWhileRunning()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LiveSamplerSettings settings = settingsIn(dir);
        settings.liveIntervalMs = 60'000; // one sample at start, then a minute of nothing
        settings.historyIntervalSeconds = 0;
        LiveSampler sampler(test::clusterSpec(test::demoDatabase()), settings);
        QSignalSpy samples(&sampler, &LiveSampler::sampled);
        sampler.start();
        QTRY_COMPARE_WITH_TIMEOUT(samples.size(), 1, 20000);
        sampler.setLiveInterval(200);
        QCOMPARE(sampler.liveIntervalMs(), 200);
        // Without the change the second sample would be a minute away.
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 20000);
    }
};

QTEST_MAIN(TstLiveSampler)
#include "tst_livesampler.moc"
