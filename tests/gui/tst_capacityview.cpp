// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timechartview.h"
#include "monitor/capacity/capacityview.h"
#include "monitor/capacity/historyscheduledialog.h"
#include "fakecrontab.h"
#include "monitor/historystore.h"
#include "monitor/sampler.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "guitestenv.h"
#include "testcluster.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pgs;

// The capacity view over a real server and a history of 30 days: every database of the cluster
// had its current size minus 512 kB per day, so the review finds 512 kB/day growth for each.
class TestCapacityView : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 perDay = 512 * 1024;
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;

    ConnectionProfile clusterProfile() const
    {
        const ConnectionSpec spec = test::clusterSpec();
        ConnectionProfile p;
        p.id = QStringLiteral("capacity-test");
        p.name = QStringLiteral("Capacity test");
        p.host = spec.value(QStringLiteral("host"));
        p.port = spec.value(QStringLiteral("port")).toInt();
        p.user = spec.value(QStringLiteral("user"));
        p.database = test::demoDatabase();
        p.volumeCapacityBytes = 2LL * 1024 * 1024 * 1024;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");

        auto conn = pg::Connection::open(test::clusterSpec(test::demoDatabase()));
        QVERIFY(conn.ok());
        SampleOptions options;
        options.statements = false;
        auto now = takeSample(**conn, options);
        QVERIFY(now.ok());
        HistoryStore store;
        QVERIFY(store.open().ok());
        for (int day = 30; day >= 1; --day) {
            MetricSample past = *now;
            // 10 minutes later than whole days: the live sample of a review comes a few seconds
            // after this one, and a window of exactly 30 days must still hold the oldest point.
            past.takenAt = now->takenAt.addDays(-day).addSecs(600);
            past.nextXid = now->nextXid - qint64(day) * 1000;
            for (DatabaseCounters &d : past.databases)
                if (d.sizeBytes)
                    d.sizeBytes = *d.sizeBytes - day * perDay;
            QVERIFY(store.append(clusterProfile().id, past, std::nullopt).ok());
        }
    }

    void reviewFromHistoryAndLiveSample()
    {
        CapacityView view(m_app.get(), clusterProfile());
        QSignalSpy loaded(&view, &CapacityView::reviewLoaded);
        QSignalSpy failed(&view, &CapacityView::loadFailed);
        view.resize(1200, 800);
        view.show();
        view.setConnection(test::clusterSpec(test::demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        const CapacityReview &review = *view.review();
        bool demo = false;
        for (const CapacityItem &db : review.databases) {
            if (db.name != test::demoDatabase())
                continue;
            demo = true;
            QVERIFY(db.fit.valid);
            // Other tests may write to the demo database meanwhile: within 5 % of 512 kB/day.
            QVERIFY2(qAbs(*db.growthPerDay() - perDay) < 0.05 * perDay, qPrintable(QString::number(*db.growthPerDay())));
            QVERIFY(db.daysUntilFull);
        }
        QVERIFY(demo);
        QVERIFY(!review.tables.isEmpty()); // the demo schema's largest tables
        QVERIFY(review.xidsPerDay && *review.xidsPerDay > 900 && *review.xidsPerDay < 1100);

        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("forecastTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->childCount(), review.databases.size());
        QVERIFY(view.totalChart()->points(QStringLiteral("All databases")).size() >= 31);
        QCOMPARE(view.totalChart()->seriesNames().contains(QStringLiteral("Trend")), true);
        auto *card = view.findChild<QLabel *>(QStringLiteral("card2")); // volume full in
        QVERIFY(card && card->text().contains(QStringLiteral("day")));

        // The window changes the review.
        auto *window = view.findChild<QComboBox *>(QStringLiteral("windowCombo"));
        window->setCurrentIndex(window->findData(7));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 30000);
        QCOMPARE(view.review()->options.windowDays, 7);
        QVERIFY(view.totalChart()->points(QStringLiteral("All databases")).size() < 31);

        if (qEnvironmentVariableIsSet("PGSTEWARD_SCREENSHOT_DIR")) {
            window->setCurrentIndex(window->findData(30));
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 30000);
            view.grab().save(qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR") + QStringLiteral("/capacity.png"));
        }
    }

    // Issue 9: a fresh history (3 samples over a minute) shows what has been collected and when
    // forecasts begin, with no growth figure, trend or warning made from it.
    void collectingState()
    {
        ConnectionProfile fresh = clusterProfile();
        fresh.id = QStringLiteral("capacity-fresh");
        {
            auto conn = pg::Connection::open(test::clusterSpec(test::demoDatabase()));
            QVERIFY(conn.ok());
            auto now = takeSample(**conn);
            QVERIFY(now.ok());
            HistoryStore store;
            QVERIFY(store.open().ok());
            for (int i = 0; i < 3; ++i) {
                MetricSample past = *now;
                past.takenAt = now->takenAt.addSecs(-90 + i * 30); // the live sample comes 30 s after the last
                past.nextXid = now->nextXid - (3 - i) * 5000;
                for (DatabaseCounters &d : past.databases)
                    if (d.sizeBytes)
                        d.sizeBytes = *d.sizeBytes - (3 - i) * 1024 * 1024; // "1.4 GB/day" if extrapolated
                for (TableSize &t : past.tables)
                    t.totalBytes = std::max<qint64>(8192, t.totalBytes - (3 - i) * 512 * 1024);
                QVERIFY(store.append(fresh.id, past, std::nullopt).ok());
            }
        }
        CapacityView view(m_app.get(), fresh);
        QSignalSpy loaded(&view, &CapacityView::reviewLoaded);
        QSignalSpy failed(&view, &CapacityView::loadFailed);
        view.resize(1200, 800);
        view.show();
        view.setConnection(test::clusterSpec(test::demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        const CapacityReview &review = *view.review();
        QVERIFY(review.collecting());
        QCOMPARE(review.coverage.samples, 3);
        QVERIFY(review.coverage.expectedFrom.has_value());
        QVERIFY(!review.totalGrowthPerDay && !review.totalDaysUntilFull && !review.xidsPerDay);
        for (const CapacityItem &item : review.databases + review.tables)
            QVERIFY2(!item.growthPerDay() && !item.daysUntilFull, qPrintable(item.name));
        for (const QString &w : review.warnings())
            QVERIFY2(!w.contains(QStringLiteral("per day")) && !w.contains(QStringLiteral("full in")), qPrintable(w));

        auto *collecting = view.findChild<QLabel *>(QStringLiteral("collectingLabel"));
        QVERIFY(collecting && collecting->isVisible());
        QVERIFY2(collecting->text().contains(QStringLiteral("Collecting history: 3 of 12 samples")), qPrintable(collecting->text()));
        QVERIFY2(collecting->text().contains(QStringLiteral("Forecasts from about")), qPrintable(collecting->text()));
        for (const char *card : {"card1", "card2", "card4"}) // growth, volume full in, wraparound in
            QCOMPARE(view.findChild<QLabel *>(QLatin1String(card))->text(), QStringLiteral("collecting…"));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("findingsLabel"))->isVisible()); // capacity set: nothing to find
        QVERIFY(!view.totalChart()->seriesNames().contains(QStringLiteral("Trend")));
        QCOMPARE(view.totalChart()->points(QStringLiteral("All databases")).size(), 4); // 3 samples and the live one
        auto *tree = view.findChild<QTreeWidget *>(QStringLiteral("forecastTree"));
        QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
        QCOMPARE(first->text(2), QStringLiteral("collecting…"));
        QVERIFY(first->text(3).isEmpty() && first->text(4).isEmpty() && first->text(5).isEmpty()); // no %/day, r², days
        QVERIFY2(first->text(6).isEmpty(), qPrintable(first->text(6))); // the note is the banner's, said once

        const QString html = m_dir.filePath(QStringLiteral("collecting.html"));
        QCOMPARE(view.exportHtml(html), QString());
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(h.readAll());
        QVERIFY(text.contains(QStringLiteral("Collecting history: 3 of 12 samples")));
        QVERIFY(!text.contains(QStringLiteral("% per day")));
        const QString shots = qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            view.grab().save(shots + QStringLiteral("/capacity-collecting.png"));
            QFile::copy(html, shots + QStringLiteral("/capacity-collecting.html"));
        }
    }

    // Issue 8: a damaged history file is set aside where the view opens it, and the main
    // window's banner (AppContext::warning) names both paths.
    void damagedHistoryWarns()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("damaged-data"));
        QVERIFY(QDir().mkpath(dataDir));
        const QString history = dataDir + QStringLiteral("/history.sqlite");
        QFile garbage(history);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("not a history at all ").repeated(100));
        garbage.close();
        const QByteArray savedDataDir = qgetenv("PGSTEWARD_DATA_DIR");
        qputenv("PGSTEWARD_DATA_DIR", dataDir.toLocal8Bit());
        auto restore = qScopeGuard([&] { qputenv("PGSTEWARD_DATA_DIR", savedDataDir); });

        QSignalSpy warnings(m_app.get(), &AppContext::warning);
        CapacityView view(m_app.get(), clusterProfile());
        QSignalSpy loaded(&view, &CapacityView::reviewLoaded);
        QSignalSpy failed(&view, &CapacityView::loadFailed);
        view.setConnection(test::clusterSpec(test::demoDatabase()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QTRY_COMPARE(warnings.count(), 1);
        const QStringList kept = QDir(dataDir).entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        const QString message = warnings.first().first().toString();
        QVERIFY2(message.contains(history) && message.contains(dataDir + QLatin1Char('/') + kept.first()), qPrintable(message));
        QVERIFY(view.review()->collecting()); // the new history holds nothing yet
    }

    void exportsHtmlAndPdf()
    {
        CapacityView view(m_app.get(), clusterProfile());
        QSignalSpy loaded(&view, &CapacityView::reviewLoaded);
        QVERIFY(!view.exportPdf(m_dir.filePath(QStringLiteral("none.pdf"))).isEmpty()); // nothing loaded yet
        view.setConnection(test::clusterSpec(test::demoDatabase()));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);

        const QString html = m_dir.filePath(QStringLiteral("review.html"));
        QCOMPARE(view.exportHtml(html), QString());
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(h.readAll());
        QVERIFY(text.contains(QStringLiteral("Capacity test")));
        QVERIFY(text.contains(test::demoDatabase()));
        QVERIFY(text.count(QStringLiteral("data:image/png;base64,")) >= 2);

        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        QCOMPARE(view.exportPdf(pdf), QString());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray bytes = p.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 20'000, qPrintable(QString::number(bytes.size()))); // text and chart images
        QVERIFY(!QFile::exists(pdf + QStringLiteral(".partial")));
        if (qEnvironmentVariableIsSet("PGSTEWARD_SCREENSHOT_DIR"))
            QFile::copy(pdf, qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR") + QStringLiteral("/capacity.pdf"));
        QVERIFY(!view.exportPdf(m_dir.filePath(QStringLiteral("no/such/dir/review.pdf"))).isEmpty());
    }

    void historyTimerDialog()
    {
        const QString bin = m_dir.filePath(QStringLiteral("fakebin"));
        QVERIFY(test::writeFakeCrontab(bin));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.toLocal8Bit() + ':' + path);
        qputenv("FAKE_CRONTAB_FILE", m_dir.filePath(QStringLiteral("crontab.txt")).toLocal8Bit());
        qputenv("PGSTEWARD_SCHEDULER", "cron");
        HistoryScheduleDialog dialog(clusterProfile());
        QCOMPARE(dialog.scheduler(), SchedulerKind::Cron);
        auto *installed = dialog.findChild<QLabel *>(QStringLiteral("installedLabel"));
        QCOMPARE(installed->text(), QStringLiteral("no"));
        dialog.install();
        QCOMPARE(installed->text(), QStringLiteral("yes, every 1 min"));
        QFile table(m_dir.filePath(QStringLiteral("crontab.txt")));
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QString line = QString::fromUtf8(table.readAll()).trimmed();
        table.close();
        QVERIFY2(line.startsWith(QStringLiteral("* * * * * PGSTEWARD_CONFIG_DIR=")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("sample --profile 'Capacity test'")));
        dialog.remove();
        QCOMPARE(installed->text(), QStringLiteral("no"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        QVERIFY(table.readAll().trimmed().isEmpty());
        qputenv("PATH", path);
        qunsetenv("PGSTEWARD_SCHEDULER");
    }
};

QTEST_MAIN(TestCapacityView)
#include "tst_capacityview.moc"
