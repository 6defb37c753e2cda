// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/connectedjob.h"
#include "jobs/joblistmodel.h"
#include "jobs/jobrunner.h"
#include "jobs/jobspanel.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace pgs;

namespace {
const QString kAppName = QStringLiteral("tst_jobspanel_sleep");

// How many sessions of our sleeping job the server still shows (-1: could not ask).
int sleepingSessions()
{
    auto conn = pg::Connection::open(test::clusterSpec());
    if (!conn)
        return -1;
    auto rows = (*conn)->exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                             "WHERE application_name = $1 AND query LIKE '%pg_sleep%' AND state = 'active'"),
                              {kAppName});
    return rows ? int(rows->toInt64(0, 0)) : -1;
}
} // namespace

class TestJobsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cancelStopsServerQueryQuickly();
    void clearFinishedRemovesRows();
};

void TestJobsPanel::initTestCase()
{
    QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
}

void TestJobsPanel::cancelStopsServerQueryQuickly()
{
    JobRunner runner;
    JobsPanel panel(&runner);
    panel.resize(900, 250);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    ConnectionSpec spec = test::clusterSpec();
    spec.set(QStringLiteral("application_name"), kAppName);
    Job *job = runner.start(QStringLiteral("Sleep for ten minutes"), [spec](JobContext &ctx) -> JobResult {
        ctx.log(QStringLiteral("going to sleep"));
        return runConnected(ctx, spec, [](pg::Connection &conn) -> JobResult {
            auto slept = conn.exec(QStringLiteral("SELECT pg_sleep(600)"));
            if (!slept)
                return slept.error();
            return QVariant();
        });
    });

    auto *view = panel.findChild<QTreeView *>(QStringLiteral("jobsView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, JobListModel::Title).data().toString(), QStringLiteral("Sleep for ten minutes"));
    QCOMPARE(panel.selectedJob(), job); // a new job is selected so its log shows
    QTRY_VERIFY(panel.findChild<QPlainTextEdit *>(QStringLiteral("jobLog"))->toPlainText().contains(QStringLiteral("going to sleep")));
    // Cancel only once the query really runs on the server: that is the case to prove.
    QTRY_COMPARE_WITH_TIMEOUT(sleepingSessions(), 1, 10000);
    QCOMPARE(job->state(), Job::State::Running);

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    qint64 canceledAfter = -1;
    QElapsedTimer clock;
    connect(job, &Job::finished, this, [&] { canceledAfter = clock.elapsed(); });

    auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    ticker.start();
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    // Watch a full second: the job must end within it and the event loop must keep turning.
    while (clock.elapsed() < 1000)
        QTest::qWait(5);
    ticker.stop();

    QCOMPARE(job->state(), Job::State::Canceled);
    QVERIFY2(canceledAfter >= 0 && canceledAfter < 1000, qPrintable(QString::number(canceledAfter)));
    QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("only %1 timer ticks in one second").arg(ticks)));
    QCOMPARE(view->model()->index(0, JobListModel::State).data().toString(), Job::stateText(Job::State::Canceled));
    QVERIFY(!cancel->isEnabled());

    QElapsedTimer gone;
    gone.start();
    while (sleepingSessions() != 0 && gone.elapsed() < 2000)
        QTest::qWait(50);
    QCOMPARE(sleepingSessions(), 0);
}

void TestJobsPanel::clearFinishedRemovesRows()
{
    JobRunner runner;
    JobsPanel panel(&runner);
    panel.show();
    Job *done = runner.start(QStringLiteral("Quick"), [](JobContext &) -> JobResult { return QVariant(1); });
    Job *hidden = runner.start(QStringLiteral("Refresh"), [](JobContext &) -> JobResult { return QVariant(); },
                               QStringLiteral("refresh"));
    auto *view = panel.findChild<QTreeView *>(QStringLiteral("jobsView"));
    QCOMPARE(view->model()->rowCount(), 1); // background refreshes are not listed
    QTRY_VERIFY(done->isFinished() && hidden->isFinished());
    auto *clear = panel.findChild<QPushButton *>(QStringLiteral("clearButton"));
    QTRY_VERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(runner.jobs().isEmpty());
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
