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
#include <QFile>
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
            past.takenAt = now->takenAt.addDays(-day);
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
