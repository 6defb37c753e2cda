// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timechartview.h"
#include "monitor/dashboard/dashboardframe.h"
#include "monitor/dashboard/dashboardview.h"
#include "monitor/dashboard/statementsbanner.h"
#include "shell/typedconfirmdialog.h"
#include "monitor/livesampler.h"
#include "pg/connection.h"
#include "shell/appcontext.h"
#include "guitestenv.h"
#include "testcluster.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace pgs;

// The live dashboard against the fixture cluster: real commits show up as transactions per
// second, hiding pauses the live samples (history goes on), the history fills a new dashboard,
// and a database without pg_stat_statements gets the banner and its Create extension button.
class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sessionBuckets();
    void fillGapsKeepsLivePoints();
    void liveChartsShowWorkload();
    void liveSampleLaysOutEachAxisOnce();
    void hiddenPausesLiveSamples();
    void backfillsFromHistory();
    void missingExtensionBannerCreatesIt();
    void productionNeedsTypedName();
    void unreachableServerIsExplained();

private:
    ConnectionProfile profile(const QString &id) const;
    std::unique_ptr<pg::Connection> connect(const QString &database) const;
    bool extensionInstalled(const QString &database) const;
    static bool anyAbove(const QList<QPointF> &points, double value);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    QString m_scratch;   // workload, and pg_stat_statements missing
    QString m_scratch2;  // pg_stat_statements missing, production profile
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_app = test::isolatedAppContext(m_dir);
    QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
    m_app->settings().setValue(QStringLiteral("dashboard/liveIntervalSeconds"), 2);
    m_app->settings().setValue(QStringLiteral("monitor/historyIntervalSeconds"), 1);
    m_scratch = test::createScratchDatabase(QStringLiteral("pgs_dash"));
    m_scratch2 = test::createScratchDatabase(QStringLiteral("pgs_dash"));
    QVERIFY(!m_scratch.isEmpty() && !m_scratch2.isEmpty());
    auto c = connect(m_scratch);
    QVERIFY(c);
    QVERIFY(c->exec(QStringLiteral("CREATE TABLE dash_load (id int PRIMARY KEY, v text)")).ok());
}

void TestDashboard::cleanupTestCase()
{
    m_app.reset(); // waits for its jobs
    for (const QString &db : {m_scratch, m_scratch2})
        if (!db.isEmpty())
            test::dropScratchDatabase(db);
}

ConnectionProfile TestDashboard::profile(const QString &id) const
{
    const ConnectionSpec spec = test::clusterSpec();
    ConnectionProfile p;
    p.id = id;
    p.name = QStringLiteral("Dashboard test");
    p.host = spec.value(QStringLiteral("host"));
    p.port = spec.value(QStringLiteral("port")).toInt();
    p.user = spec.value(QStringLiteral("user"));
    p.database = test::demoDatabase();
    return p;
}

std::unique_ptr<pg::Connection> TestDashboard::connect(const QString &database) const
{
    auto c = pg::Connection::open(test::clusterSpec(database));
    if (!c) {
        qWarning("%s", qPrintable(c.error().message));
        return nullptr;
    }
    return std::move(c).value();
}

bool TestDashboard::extensionInstalled(const QString &database) const
{
    auto c = connect(database);
    if (!c)
        return false;
    auto r = c->exec(QStringLiteral("SELECT count(*) AS n FROM pg_extension WHERE extname = 'pg_stat_statements'"));
    return r.ok() && r->toInt64(0, "n") == 1;
}

bool TestDashboard::anyAbove(const QList<QPointF> &points, double value)
{
    return std::any_of(points.cbegin(), points.cend(), [value](const QPointF &p) { return p.y() > value; });
}

void TestDashboard::sessionBuckets()
{
    using namespace dashboard;
    QCOMPARE(sessionBucket(QStringLiteral("active"), QString()), activeSessions());
    QCOMPARE(sessionBucket(QStringLiteral("active"), QStringLiteral("Lock")), waitingSessions());
    QCOMPARE(sessionBucket(QStringLiteral("active"), QStringLiteral("IO")), waitingSessions());
    QCOMPARE(sessionBucket(QStringLiteral("active"), QStringLiteral("Client")), activeSessions());
    QCOMPARE(sessionBucket(QStringLiteral("idle"), QStringLiteral("Client")), idleSessions());
    QCOMPARE(sessionBucket(QStringLiteral("idle in transaction (aborted)"), QStringLiteral("Client")),
             idleInTransactionSessions());
    QCOMPARE(sessionBucket(QStringLiteral("fastpath function call"), QString()), otherSessions());
}

void TestDashboard::fillGapsKeepsLivePoints()
{
    const QList<QPointF> live = {{100'000, 1}, {102'000, 2}, {400'000, 3}};
    const QList<QPointF> history = {{40'000, 9}, {101'000, 9}, {160'000, 7}, {220'000, 8}, {399'500, 9}};
    const QList<QPointF> merged = dashboard::fillGaps(live, history, 5'000);
    const QList<QPointF> expected = {{40'000, 9}, {100'000, 1}, {102'000, 2}, {160'000, 7}, {220'000, 8}, {400'000, 3}};
    QCOMPARE(merged, expected);
}

void TestDashboard::liveChartsShowWorkload()
{
    DashboardView view(m_app.get(), profile(QStringLiteral("dash-live")));
    view.resize(1280, 800);
    view.show();
    view.setConnection(test::clusterSpec(test::demoDatabase()));
    QCOMPARE(view.sampler()->mode(), LiveSampler::Mode::Live);
    QTRY_VERIFY_WITH_TIMEOUT(view.liveSampleCount() >= 1, 20000);

    // Real commits between two samples: 300 single-statement transactions.
    auto w = connect(m_scratch);
    QVERIFY(w);
    for (int i = 0; i < 300; ++i)
        QVERIFY(w->exec(QStringLiteral("INSERT INTO dash_load (id, v) VALUES ($1, 'x') ON CONFLICT (id) DO NOTHING"),
                        {i}).ok());
    QVERIFY(w->exec(QStringLiteral("SELECT pg_stat_force_next_flush()")).ok());

    TimeChartView *tps = view.chart(DashboardChart::Transactions);
    QTRY_VERIFY_WITH_TIMEOUT(anyAbove(tps->points(dashboard::commits()), 0), 30000);
    QVERIFY(tps->chart()->title().contains(QStringLiteral("all databases")));
    TimeChartView *written = view.chart(DashboardChart::RowsWritten);
    QCOMPARE(written->seriesNames().size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(anyAbove(written->points(written->seriesNames().at(0)), 0), 30000); // inserted
    QVERIFY(anyAbove(view.chart(DashboardChart::RowsRead)->points(view.chart(DashboardChart::RowsRead)->seriesNames().at(0)), 0));
    // pg_stat_statements counts the 300 inserts as calls.
    QVERIFY(anyAbove(view.chart(DashboardChart::Statements)->points(dashboard::statementCalls()), 0));

    TimeChartView *sessions = view.chart(DashboardChart::Sessions);
    QVERIFY(sessions->seriesNames().contains(dashboard::activeSessions()));
    QVERIFY(sessions->seriesNames().contains(dashboard::idleSessions()));
    QVERIFY(sessions->seriesNames().contains(dashboard::idleInTransactionSessions()));
    QVERIFY(sessions->seriesNames().contains(dashboard::waitingSessions()));
    // The sampler's own session is active while it samples; the workload connection is idle.
    QVERIFY(anyAbove(sessions->points(dashboard::activeSessions()), 0));
    QVERIFY(anyAbove(sessions->points(dashboard::idleSessions()), 0));

    const QList<QPointF> ratio = view.chart(DashboardChart::CacheHit)->points(dashboard::cacheHitRatio());
    QVERIFY(!ratio.isEmpty());
    for (const QPointF &p : ratio)
        QVERIFY2(p.y() >= 0 && p.y() <= 100, qPrintable(QString::number(p.y())));
    QVERIFY(!view.chart(DashboardChart::Wal)->points(dashboard::walRate()).isEmpty());

    const QString status = view.statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("Last sample")) && status.contains(QStringLiteral("every 2 s")),
             qPrintable(status));
    // The demo database has pg_stat_statements: no banner.
    QVERIFY(!view.statementsBanner()->isVisible());
}

// A live sample must not stall the GUI thread: every change of an axis range lays the axis out
// again (its labels measured as text), so each chart takes its new points and time range in one
// redraw; the y range is applied once (then rounded to nice numbers) or not at all when unchanged.
// Measured by bench_gui_heartbeat: one redraw per series and one for the time range made every
// live sample a 60-100 ms gap on the GUI thread.
void TestDashboard::liveSampleLaysOutEachAxisOnce()
{
    DashboardView view(m_app.get(), profile(QStringLiteral("dash-layout")));
    view.resize(1280, 800);
    view.show();
    view.setConnection(test::clusterSpec(test::demoDatabase()));
    QList<LiveSample> samples;
    QObject::connect(view.sampler(), &LiveSampler::sampled, &view, [&samples](const LiveSample &s) { samples.append(s); });
    QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 30000); // the second has rates: every chart has its series

    LiveSample next = samples.last();
    next.sample.takenAt = next.sample.takenAt.addSecs(2);
    std::vector<std::unique_ptr<QSignalSpy>> yChanges;
    for (int c = 0; c < kDashboardChartCount; ++c) {
        auto *axis = qobject_cast<QValueAxis *>(view.chart(DashboardChart(c))->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        yChanges.push_back(std::make_unique<QSignalSpy>(axis, &QValueAxis::rangeChanged));
    }
    QVERIFY(view.chart(DashboardChart::Sessions)->seriesNames().size() >= 4);
    Q_EMIT view.sampler()->sampled(next); // shown at once: the sampler lives on this thread
    for (int c = 0; c < kDashboardChartCount; ++c) {
        // setRange, applyNiceNumbers and, for the cache hit ratio, its floor
        QVERIFY2(yChanges[c]->count() <= 3, qPrintable(QStringLiteral("chart %1: the y axis changed %2 times")
                                                           .arg(view.chart(DashboardChart(c))->chart()->title())
                                                           .arg(yChanges[c]->count())));
    }
}

void TestDashboard::hiddenPausesLiveSamples()
{
    DashboardView view(m_app.get(), profile(QStringLiteral("dash-hide")));
    view.show();
    view.setConnection(test::clusterSpec(test::demoDatabase()));
    QTRY_VERIFY_WITH_TIMEOUT(view.liveSampleCount() >= 2, 20000);

    QSignalSpy history(view.sampler(), &LiveSampler::historyWritten);
    view.hide();
    QCOMPARE(view.sampler()->mode(), LiveSampler::Mode::HistoryOnly);
    // Live rounds under way when it was hidden may still land (each writes a history sample
    // before its live one is signalled); from the third history sample on, none can.
    QTRY_VERIFY_WITH_TIMEOUT(history.size() >= 3, 20000);
    const int livePoints = view.liveSampleCount();
    const qsizetype sessionPoints = view.chart(DashboardChart::Sessions)->points(dashboard::activeSessions()).size();
    // Ten more history samples (one a second) while hidden: the sampler kept running.
    QTRY_VERIFY_WITH_TIMEOUT(history.size() >= 13, 30000);
    QCOMPARE(view.liveSampleCount(), livePoints);
    QCOMPARE(view.chart(DashboardChart::Sessions)->points(dashboard::activeSessions()).size(), sessionPoints);

    QSignalSpy filled(&view, &DashboardView::historyLoaded);
    view.show();
    QCOMPARE(view.sampler()->mode(), LiveSampler::Mode::Live);
    QTRY_VERIFY_WITH_TIMEOUT(view.liveSampleCount() > livePoints, 20000);
    // The hidden time is filled from the history samples taken meanwhile: those farther than a
    // live interval (and a second) from every live point, so a few of the ten in the middle.
    QTRY_VERIFY_WITH_TIMEOUT(!filled.isEmpty(), 20000);
    const qsizetype newLive = view.liveSampleCount() - livePoints;
    const qsizetype now = view.chart(DashboardChart::Sessions)->points(dashboard::activeSessions()).size();
    QVERIFY2(now >= sessionPoints + newLive + 2,
             qPrintable(QStringLiteral("%1 %2 %3").arg(now).arg(sessionPoints).arg(newLive)));
}

void TestDashboard::backfillsFromHistory()
{
    const QString id = QStringLiteral("dash-backfill");
    {
        // Never shown (a profile open on another tab): history samples only.
        DashboardView writer(m_app.get(), profile(id));
        writer.setConnection(test::clusterSpec(test::demoDatabase()));
        QCOMPARE(writer.sampler()->mode(), LiveSampler::Mode::HistoryOnly);
        QSignalSpy history(writer.sampler(), &LiveSampler::historyWritten);
        QTRY_VERIFY_WITH_TIMEOUT(history.size() >= 4, 30000);
        QCOMPARE(writer.liveSampleCount(), 0);
    }
    m_app->settings().setValue(QStringLiteral("monitor/historyIntervalSeconds"), 0);
    DashboardView reader(m_app.get(), profile(id));
    QSignalSpy loaded(&reader, &DashboardView::historyLoaded);
    reader.setConnection(test::clusterSpec(test::demoDatabase()));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    m_app->settings().setValue(QStringLiteral("monitor/historyIntervalSeconds"), 1);
    QVERIFY2(loaded.first().first().toInt() >= 4, qPrintable(loaded.first().first().toString()));
    QCOMPARE(reader.liveSampleCount(), 0); // everything below came from the store
    QVERIFY(reader.chart(DashboardChart::Sessions)->points(dashboard::activeSessions()).size() >= 4);
    QVERIFY(reader.chart(DashboardChart::Transactions)->points(dashboard::commits()).size() >= 3);
    QVERIFY(reader.chart(DashboardChart::Wal)->points(dashboard::walRate()).size() >= 3);
    QVERIFY(!reader.chart(DashboardChart::CacheHit)->points(dashboard::cacheHitRatio()).isEmpty());
    QVERIFY(reader.chart(DashboardChart::Statements)->points(dashboard::statementCalls()).size() >= 3);
}

void TestDashboard::missingExtensionBannerCreatesIt()
{
    QVERIFY(!extensionInstalled(m_scratch));
    DashboardView view(m_app.get(), profile(QStringLiteral("dash-ext")));
    view.show();
    view.setConnection(test::clusterSpec(m_scratch));
    StatementsBanner *banner = view.statementsBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    const QString text = banner->label()->text();
    QVERIFY2(text.contains(QStringLiteral("CREATE EXTENSION pg_stat_statements")) && text.contains(m_scratch),
             qPrintable(text));
    QVERIFY(banner->createButton()->isVisible()); // the fixture preloads the library

    QSignalSpy created(&view, &DashboardView::extensionCreated);
    banner->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 20000);
    QVERIFY(extensionInstalled(m_scratch));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000); // the next sample reads the statements
}

void TestDashboard::productionNeedsTypedName()
{
    QVERIFY(!extensionInstalled(m_scratch2));
    ConnectionProfile p = profile(QStringLiteral("dash-prod"));
    p.production = true;
    p.name = QStringLiteral("Billing");
    DashboardView view(m_app.get(), p);
    view.show();
    view.setConnection(test::clusterSpec(m_scratch2));
    StatementsBanner *banner = view.statementsBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->createButton()->isVisible(), 20000);
    banner->createButton()->click();
    auto *dialog = view.findChild<TypedConfirmDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QPushButton *okButton = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!okButton->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("billing"));
    QVERIFY(!okButton->isEnabled()); // the exact name
    dialog->confirmationEdit()->clear();
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("Billing"));
    QVERIFY(okButton->isEnabled());
    QSignalSpy created(&view, &DashboardView::extensionCreated);
    okButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 20000);
    QVERIFY(extensionInstalled(m_scratch2));
}

void TestDashboard::unreachableServerIsExplained()
{
    ConnectionSpec spec = test::clusterSpec(test::demoDatabase());
    spec.set(QStringLiteral("port"), QString::number(spec.value(QStringLiteral("port")).toInt() + 1000));
    m_app->settings().setValue(QStringLiteral("monitor/historyIntervalSeconds"), 0);
    DashboardView view(m_app.get(), profile(QStringLiteral("dash-down")));
    m_app->settings().setValue(QStringLiteral("monitor/historyIntervalSeconds"), 1);
    view.show();
    view.setConnection(spec);
    QSignalSpy failed(view.sampler(), &LiveSampler::failed);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 30000); // retried on the next tick
    const QString status = view.statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("Sampling failed")) && status.contains(QStringLiteral("retrying every 2 s")),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("No PostgreSQL server is listening")), qPrintable(status));
    QCOMPARE(view.liveSampleCount(), 0);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
