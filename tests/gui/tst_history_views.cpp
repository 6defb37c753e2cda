// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timechartview.h"
#include "monitor/history/historytexts.h"
#include "monitor/history/historytoolbar.h"
#include "monitor/history/latencyview.h"
#include "monitor/history/sizegrowthview.h"
#include "monitor/history/statementtablemodel.h"
#include "monitor/historystore.h"
#include "monitor/rates.h"
#include "monitor/sampler.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "guitestenv.h"
#include "testcluster.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QFile>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pgs;

// The Size growth and Query latency tabs over a history store in a temporary data dir: 30 days of
// synthetic samples (every two hours, built from a real sample of the test cluster: its databases,
// tables and statements, with daily cycles of growth and load), then two real samples with a
// workload of ours between them.
class TestHistoryViews : public QObject
{
    Q_OBJECT
private:
    static constexpr int syntheticSteps = 30 * 12; // 30 days, every 2 hours
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_scratch;
    int m_databasesWithSize = 0;
    int m_tables = 0;
    MetricSample m_sample; // a real one, for stores of other shapes

    static ConnectionProfile profile(const QString &id)
    {
        ConnectionProfile p;
        p.id = id;
        p.name = QStringLiteral("History test");
        p.database = test::demoDatabase();
        return p;
    }

    // Day-shaped activity: quiet at night, busy in the afternoon, lighter at weekends.
    static double activity(const QDateTime &t)
    {
        const double hour = t.time().hour() + t.time().minute() / 60.0;
        const double day = 0.55 + 0.45 * std::sin((hour - 9) / 24.0 * 2 * M_PI);
        return t.date().dayOfWeek() >= 6 ? 0.4 * day : day;
    }

    // The state of the server `step` two-hour steps before the real sample: sizes smaller by the
    // growth since, statement counters accumulated from zero with the day's load.
    static QList<MetricSample> syntheticHistory(const MetricSample &real)
    {
        QList<MetricSample> out;
        QList<StatementCounters> statements;
        for (const StatementCounters &s : real.statements) {
            // The demo workload's queries, not the DDL of the fixture or the sampler's own.
            static const QRegularExpression dml(QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE)\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
            const QString firstStatement = QString(s.query).remove(comment).trimmed();
            if (statements.size() < 12 && s.query.contains(QLatin1String("ticketing.")) && dml.match(firstStatement).hasMatch()
                && !s.query.contains(QLatin1String("history_probe"))) {
                StatementCounters c = s;
                c.calls = 0;
                c.totalMs = 0;
                c.rows = 0;
                statements.append(c);
            }
        }
        double growth = 0; // fraction of the final size grown so far
        std::vector<double> growthAt(syntheticSteps + 1);
        double total = 0;
        for (int k = 0; k < syntheticSteps; ++k)
            total += activity(real.takenAt.addSecs(-qint64(syntheticSteps - k) * 7200));
        qint64 callsTotal = 0;
        double msTotal = 0;
        for (int k = 0; k < syntheticSteps; ++k) {
            MetricSample s = real;
            s.takenAt = real.takenAt.addSecs(-qint64(syntheticSteps - k) * 7200);
            const double load = activity(s.takenAt);
            growth += load / total;
            // 40 % of today's size grew over the 30 days.
            const double shrink = 0.4 * (1.0 - growth);
            for (DatabaseCounters &d : s.databases)
                if (d.sizeBytes)
                    d.sizeBytes = qint64(double(*d.sizeBytes) * (1.0 - shrink));
            for (int i = 0; i < s.tables.size(); ++i) // larger tables grow faster
                s.tables[i].totalBytes = qint64(double(s.tables[i].totalBytes) * (1.0 - shrink * (1.2 - i * 0.05)));
            s.nextXid = real.nextXid - qint64(syntheticSteps - k) * 500;
            for (int q = 0; q < statements.size(); ++q) {
                const qint64 calls = qint64(load * 3600 * (q + 1));
                statements[q].calls += calls;
                // Latency rises with the load: 0.3 ms to 1.5 ms per call, heavier queries higher.
                statements[q].totalMs += calls * (0.3 + load * 1.2) * (1 + q * 0.15);
                statements[q].rows += calls;
                callsTotal += calls;
                msTotal += calls * (0.3 + load * 1.2) * (1 + q * 0.15);
            }
            s.statements = statements;
            s.statementsCallsTotal = callsTotal;
            s.statementsTotalMsTotal = msTotal;
            s.statementsResetAt.reset();
            out.append(s);
        }
        return out;
    }

    static Status append(HistoryStore &store, const QString &id, const MetricSample &s)
    {
        auto prev = store.previousSample(id);
        if (!prev)
            return prev.error();
        return store.append(id, s, prev->has_value() ? computeRates(**prev, s) : std::nullopt);
    }

    static QDateTimeAxis *timeAxis(TimeChartView *chart)
    {
        const auto axes = chart->chart()->axes(Qt::Horizontal);
        return axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.first());
    }

    static qint64 shownSeconds(TimeChartView *chart)
    {
        QDateTimeAxis *axis = timeAxis(chart);
        return axis ? axis->min().secsTo(axis->max()) : -1;
    }

    template<typename View>
    static bool waitLoaded(View &view, QSignalSpy &loaded, int count)
    {
        return QTest::qWaitFor([&] { return loaded.count() >= count && !view.isLoading(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = test::isolatedAppContext(m_dir);
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");

        m_scratch = test::createScratchDatabase(QStringLiteral("history"));
        QVERIFY(!m_scratch.isEmpty());
        auto work = pg::Connection::open(test::clusterSpec(m_scratch));
        QVERIFY(work.ok());
        QVERIFY((*work)->execScript(QStringLiteral("CREATE TABLE history_probe (id int PRIMARY KEY, v text);"
                                                   "INSERT INTO history_probe SELECT g, 'x' FROM generate_series(1, 1000) g"))
                    .ok());
        // Known to pg_stat_statements before the first sample, so the second one has its delta.
        QVERIFY((*work)->exec(QStringLiteral("SELECT v, pg_sleep(0.005) FROM history_probe WHERE id = $1"), {1}).ok());
        QVERIFY((*work)->exec(QStringLiteral("SELECT pg_stat_force_next_flush()")).ok());

        auto monitor = pg::Connection::open(test::clusterSpec(test::demoDatabase()));
        QVERIFY(monitor.ok());
        // The demo workload's statements, which the synthetic history builds on, run here too:
        // a test beside this one on the shared cluster may have reset pg_stat_statements.
        auto demo = pg::Connection::open(test::clusterSpec(test::demoDatabase()));
        QVERIFY(demo.ok());
        for (const char *table : {"events", "customers", "orders", "tickets"})
            QVERIFY((*demo)->exec(QStringLiteral("SELECT count(*) FROM ticketing.%1").arg(QLatin1String(table))).ok());
        SampleOptions options;
        options.topStatements = 5000; // every text, so ours is found by it
        auto first = takeSample(**monitor, options);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY2(first->statementsAvailable, qPrintable(first->statementsUnavailableReason));
        for (const DatabaseCounters &d : first->databases)
            m_databasesWithSize += d.sizeBytes && !d.isTemplate ? 1 : 0; // templates are not charted
        m_tables = int(first->tables.size());
        QVERIFY(m_tables > 0);

        HistoryStore store;
        QVERIFY(store.open().ok());
        const QString id = QStringLiteral("history-test");
        for (const MetricSample &s : syntheticHistory(*first))
            QVERIFY(append(store, id, s).ok());
        QVERIFY(append(store, id, *first).ok());
        for (int i = 2; i <= 301; ++i)
            QVERIFY((*work)->exec(QStringLiteral("SELECT v, pg_sleep(0.005) FROM history_probe WHERE id = $1"), {i}).ok());
        QVERIFY((*work)->exec(QStringLiteral("SELECT pg_stat_force_next_flush()")).ok());
        QTest::qWait(1100); // a later sample time than the first
        auto second = takeSample(**monitor, options);
        QVERIFY(second.ok());
        QVERIFY(append(store, id, *second).ok());
        m_sample = *second;
        // Older than 7 days becomes hourly roll-ups, as in a real store.
        QVERIFY(store.compact(QDateTime::currentDateTimeUtc()).ok());

        // A server whose last sample found no pg_stat_statements.
        MetricSample without = *second;
        without.statements.clear();
        without.statementsAvailable = false;
        without.statementsUnavailableReason = QStringLiteral("pg_stat_statements is not in shared_preload_libraries.");
        QVERIFY(store.append(QStringLiteral("no-statements"), without, std::nullopt).ok());
    }

    void cleanupTestCase()
    {
        if (!m_scratch.isEmpty())
            test::dropScratchDatabase(m_scratch);
    }

    void sizeGrowthCharts()
    {
        SizeGrowthView view(m_app.get(), profile(QStringLiteral("history-test")));
        QSignalSpy loaded(&view, &SizeGrowthView::loaded);
        QSignalSpy failed(&view, &SizeGrowthView::loadFailed);
        view.resize(1300, 850);
        view.show();
        QVERIFY(waitLoaded(view, loaded, 1));
        view.toolbar()->setRange(HistoryRange::Month);
        QVERIFY(waitLoaded(view, loaded, 2));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        TimeChartView *databases = view.databaseChart();
        QCOMPARE(databases->seriesNames().size(), m_databasesWithSize);
        QVERIFY(databases->seriesNames().contains(test::demoDatabase()));
        // 30 days read one point per hour: the two-hourly samples, not more than one per hour.
        const QList<QPointF> demo = databases->points(test::demoDatabase());
        QVERIFY2(demo.size() >= syntheticSteps - 2 && demo.size() <= 30 * 24 + 1, qPrintable(QString::number(demo.size())));
        QVERIFY(demo.first().y() < demo.last().y()); // it grew
        QVERIFY(std::abs(shownSeconds(databases) - 30 * 86400) < 120);
        TimeChartView *tables = view.tableChart();
        QCOMPARE(tables->seriesNames().size(), std::min(10, m_tables));
        QVERIFY(tables->points(tables->seriesNames().first()).size() >= syntheticSteps - 2);
        QVERIFY(view.statusText().contains(QStringLiteral("hourly")));

        // One hour: only the two real samples, and the axis spans an hour.
        view.toolbar()->setRange(HistoryRange::Hour);
        QVERIFY(waitLoaded(view, loaded, 3));
        QCOMPARE(databases->points(test::demoDatabase()).size(), 2);
        QVERIFY(std::abs(shownSeconds(databases) - 3600) < 120);
        QCOMPARE(m_app->settings().value(QStringLiteral("sizeGrowth/range")).toInt(), int(HistoryRange::Hour));

        // Top 5 tables.
        auto *top = view.findChild<QComboBox *>(QStringLiteral("topTablesCombo"));
        QVERIFY(top);
        top->setCurrentIndex(top->findData(5));
        QVERIFY(waitLoaded(view, loaded, 4));
        QCOMPARE(tables->seriesNames().size(), std::min(5, m_tables));

        // CSV: time, then one column per database.
        const QString csvPath = m_dir.filePath(QStringLiteral("sizes.csv"));
        QVERIFY(databases->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(csv.readLine()).trimmed();
        QCOMPARE(header, QStringLiteral("time,") + databases->seriesNames().join(QLatin1Char(',')));
        QCOMPARE(QString::fromUtf8(csv.readAll()).count(QLatin1Char('\n')), 2); // one row per sample time

        // A second view remembers the range and the top-N choice.
        SizeGrowthView again(m_app.get(), profile(QStringLiteral("history-test")));
        QVERIFY(again.toolbar()->rangeButton(HistoryRange::Hour)->isChecked());
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("topTablesCombo"))->currentData().toInt(), 5);

        if (qEnvironmentVariableIsSet("PGSTEWARD_SCREENSHOT_DIR")) {
            view.toolbar()->setRange(HistoryRange::Month);
            top->setCurrentIndex(top->findData(10));
            QVERIFY(waitLoaded(view, loaded, 5));
            QTest::qWait(200);
            view.grab().save(qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR") + QStringLiteral("/size-growth.png"));
        }
    }

    void sizeGrowthEmptyState()
    {
        SizeGrowthView view(m_app.get(), profile(QStringLiteral("never-sampled")));
        QSignalSpy loaded(&view, &SizeGrowthView::loaded);
        QVERIFY(waitLoaded(view, loaded, 1));
        QCOMPARE(view.statusText(), historyTexts::noHistoryYet());
        QVERIFY(view.statusText().contains(QStringLiteral("pgsteward-cli sample")));
        QVERIFY(view.databaseChart()->seriesNames().isEmpty());
    }

    void latencyChartsAndStatements()
    {
        m_app->settings().setValue(QStringLiteral("latency/range"), int(HistoryRange::Month));
        LatencyView view(m_app.get(), profile(QStringLiteral("history-test")));
        QSignalSpy loaded(&view, &LatencyView::loaded);
        QSignalSpy statementLoaded(&view, &LatencyView::statementLoaded);
        QSignalSpy failed(&view, &LatencyView::loadFailed);
        view.resize(1300, 850);
        view.show();
        QVERIFY(waitLoaded(view, loaded, 1));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(view.toolbar()->rangeButton(HistoryRange::Month)->isChecked());

        const QString all = LatencyView::allStatementsSeries();
        const QList<QPointF> latency = view.latencyChart()->points(all);
        const QList<QPointF> calls = view.callsChart()->points(all);
        QVERIFY2(latency.size() >= syntheticSteps - 2 && latency.size() <= 30 * 24 + 1,
                 qPrintable(QString::number(latency.size())));
        QCOMPARE(calls.size(), latency.size());
        for (const QPointF &p : latency)
            QVERIFY(p.y() > 0 && p.y() < 1000);
        QVERIFY(std::abs(shownSeconds(view.latencyChart()) - 30 * 86400) < 120);

        // Our statement is listed with its 300 calls between the two real samples; 5 ms each ranks
        // it among the top 100 by total time on a cluster other tests keep busy.
        StatementTableModel *model = view.statementModel();
        std::optional<int> ours;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->statement(row).query.contains(QLatin1String("FROM history_probe WHERE id = $1")))
                ours = row;
        QVERIFY2(ours, qPrintable(QString::number(model->rowCount())));
        QVERIFY2(model->statement(*ours).calls >= 300, qPrintable(QString::number(model->statement(*ours).calls)));
        QVERIFY(model->statement(*ours).meanMs > 0);

        // Sorting by calls, largest first.
        view.statementTable()->sortByColumn(StatementTableModel::CallsColumn, Qt::DescendingOrder);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->statement(row - 1).calls >= model->statement(row).calls);

        // Selecting it adds its own latency series and shows its text.
        const qint64 queryId = [&] {
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->statement(row).query.contains(QLatin1String("FROM history_probe WHERE id = $1")))
                    return model->statement(row).queryId;
            return qint64(0);
        }();
        view.statementTable()->selectRow(*model->rowOf(queryId));
        QVERIFY(statementLoaded.wait(30000));
        QVERIFY(view.selectedQueryId() == queryId);
        QVERIFY(view.latencyChart()->seriesNames().contains(LatencyView::selectedSeries()));
        // Its calls are in the last real interval (the one before may count its very first call).
        const QList<QPointF> own = view.latencyChart()->points(LatencyView::selectedSeries());
        QVERIFY(!own.isEmpty() && own.size() <= 2);
        QVERIFY(own.last().y() > 0);
        QVERIFY(QDateTime::fromMSecsSinceEpoch(qint64(own.last().x())).secsTo(QDateTime::currentDateTime()) < 600);
        QVERIFY(view.statementText()->toPlainText().contains(QLatin1String("history_probe")));

        // The last hour keeps the selection; the synthetic days are out of range.
        view.toolbar()->setRange(HistoryRange::Hour);
        QVERIFY(waitLoaded(view, loaded, 2));
        QVERIFY(view.latencyChart()->points(all).size() <= 2);
        QVERIFY(std::abs(shownSeconds(view.latencyChart()) - 3600) < 120);
        QVERIFY(view.selectedQueryId() == queryId);
        // Every interval now (the 30 days folded the two real ones into their hour).
        const QList<QPointF> ownLastHour = view.latencyChart()->points(LatencyView::selectedSeries());
        QVERIFY(ownLastHour.size() >= own.size() && ownLastHour.size() <= 2);
        QVERIFY(ownLastHour.last().y() > 0);

        const QString csvPath = m_dir.filePath(QStringLiteral("latency.csv"));
        QVERIFY(view.latencyChart()->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readLine()).trimmed(),
                 QStringLiteral("time,%1,%2").arg(all, LatencyView::selectedSeries()));

        if (qEnvironmentVariableIsSet("PGSTEWARD_SCREENSHOT_DIR")) {
            view.toolbar()->setRange(HistoryRange::Month);
            QVERIFY(waitLoaded(view, loaded, 3));
            view.statementTable()->sortByColumn(StatementTableModel::TotalColumn, Qt::DescendingOrder);
            view.statementTable()->selectRow(0);
            QVERIFY(statementLoaded.wait(30000));
            QTest::qWait(200);
            view.grab().save(qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR") + QStringLiteral("/latency.png"));
        }
    }

    // First run: two samples a minute apart. Both tabs open on 1h (24h would show two dots at its
    // right edge) and say how much history there is; the remembered range stays; a range the user
    // picks is kept; with 30 days of history 24h stays.
    void firstRunOpensOnTheRangeWithData()
    {
        HistoryStore store;
        QVERIFY(store.open().ok());
        const QString id = QStringLiteral("first-run");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        MetricSample s = m_sample;
        s.takenAt = now.addSecs(-61);
        QVERIFY(append(store, id, s).ok());
        s.takenAt = now.addSecs(-1);
        for (StatementCounters &c : s.statements) { // a minute of work between the two
            c.calls += 10;
            c.totalMs += 25;
        }
        s.statementsCallsTotal = s.statementsCallsTotal.value_or(0) + 10 * s.statements.size();
        s.statementsTotalMsTotal = s.statementsTotalMsTotal.value_or(0) + 25.0 * s.statements.size();
        QVERIFY(append(store, id, s).ok());
        m_app->settings().remove(QStringLiteral("sizeGrowth/range"));
        m_app->settings().remove(QStringLiteral("latency/range"));

        SizeGrowthView sizes(m_app.get(), profile(id));
        QSignalSpy sizesLoaded(&sizes, &SizeGrowthView::loaded);
        sizes.resize(1100, 700);
        sizes.show();
        QVERIFY(waitLoaded(sizes, sizesLoaded, 1));
        QCOMPARE(sizesLoaded.count(), 1); // the 24h load was not shown first
        QCOMPARE(sizes.toolbar()->range(), HistoryRange::Hour);
        QVERIFY(sizes.toolbar()->rangeButton(HistoryRange::Hour)->isChecked());
        QVERIFY(std::abs(shownSeconds(sizes.databaseChart()) - 3600) < 120);
        QCOMPARE(sizes.databaseChart()->points(test::demoDatabase()).size(), 2);
        QVERIFY2(sizes.statusText().contains(QStringLiteral("History: 2 samples over 1 minute, since ")),
                 qPrintable(sizes.statusText()));
        QVERIFY(!m_app->settings().contains(QStringLiteral("sizeGrowth/range"))); // picked for the data, not remembered

        LatencyView latency(m_app.get(), profile(id));
        QSignalSpy latencyLoaded(&latency, &LatencyView::loaded);
        latency.resize(1100, 700);
        latency.show();
        QVERIFY(waitLoaded(latency, latencyLoaded, 1));
        QCOMPARE(latency.toolbar()->range(), HistoryRange::Hour);
        QVERIFY2(latency.statusText().contains(QStringLiteral("History: 2 samples over 1 minute")),
                 qPrintable(latency.statusText()));
        QCOMPARE(latency.latencyChart()->points(LatencyView::allStatementsSeries()).size(), 1); // one interval
        QVERIFY(latency.statementModel()->rowCount() > 0);
        bool dotted = false; // a lone point on a line draws nothing: it is a dot
        for (QAbstractSeries *series : latency.latencyChart()->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(series); line && line->count() == 1)
                dotted = line->pointsVisible();
        QVERIFY(dotted);

        if (qEnvironmentVariableIsSet("PGSTEWARD_SCREENSHOT_DIR")) {
            QTest::qWait(200);
            const QString dir = qEnvironmentVariable("PGSTEWARD_SCREENSHOT_DIR");
            QVERIFY(sizes.grab().save(dir + QStringLiteral("/first-run-sizes.png")));
            QVERIFY(latency.grab().save(dir + QStringLiteral("/first-run-latency.png")));
        }

        // Picked by the user before the first load: kept (and remembered).
        SizeGrowthView chosen(m_app.get(), profile(id));
        QSignalSpy chosenLoaded(&chosen, &SizeGrowthView::loaded);
        chosen.toolbar()->setRange(HistoryRange::Week);
        QVERIFY(waitLoaded(chosen, chosenLoaded, 1));
        QCOMPARE(chosen.toolbar()->range(), HistoryRange::Week);
        QCOMPARE(m_app->settings().value(QStringLiteral("sizeGrowth/range")).toInt(), int(HistoryRange::Week));
        // ... and the next view over one sample-minute of history opens on 1h again.
        SizeGrowthView next(m_app.get(), profile(id));
        QSignalSpy nextLoaded(&next, &SizeGrowthView::loaded);
        QVERIFY(waitLoaded(next, nextLoaded, 1));
        QCOMPARE(next.toolbar()->range(), HistoryRange::Hour);

        // 30 days of history: the default 24h has data, and 1h would hide most of it.
        m_app->settings().remove(QStringLiteral("sizeGrowth/range"));
        SizeGrowthView month(m_app.get(), profile(QStringLiteral("history-test")));
        QSignalSpy monthLoaded(&month, &SizeGrowthView::loaded);
        QVERIFY(waitLoaded(month, monthLoaded, 1));
        QCOMPARE(month.toolbar()->range(), HistoryRange::Day);
        QVERIFY2(month.statusText().contains(QRegularExpression(QStringLiteral("History over (29|30) days, since "))),
                 qPrintable(month.statusText()));
    }

    void latencyExplainsMissingStatements()
    {
        {
            LatencyView view(m_app.get(), profile(QStringLiteral("no-statements")));
            QSignalSpy loaded(&view, &LatencyView::loaded);
            QVERIFY(waitLoaded(view, loaded, 1));
            QVERIFY2(view.statusText().contains(QLatin1String("shared_preload_libraries")), qPrintable(view.statusText()));
            QCOMPARE(view.statementModel()->rowCount(), 0);
        }
        LatencyView never(m_app.get(), profile(QStringLiteral("never-sampled")));
        QSignalSpy loaded(&never, &LatencyView::loaded);
        QVERIFY(waitLoaded(never, loaded, 1));
        QCOMPARE(never.statusText(), historyTexts::noHistoryYet());
    }
};

QTEST_MAIN(TestHistoryViews)
#include "tst_history_views.moc"
