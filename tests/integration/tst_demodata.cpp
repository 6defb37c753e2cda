// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/connection.h"
#include "sandbox/demodata.h"
#include "sandbox/demoworkload.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace pgs;

namespace {
class LogSink : public JobSink
{
public:
    void jobProgress(double, const QString &) override {}
    void jobLog(const QString &line) override
    {
        std::lock_guard lock(mutex);
        lines.append(line);
    }
    std::mutex mutex;
    QStringList lines;
};

qint64 scalar(pg::Connection &conn, const QString &sql)
{
    auto r = conn.exec(sql);
    return r && r->rows() == 1 ? r->toInt64(0, 0, -1) : -1;
}
} // namespace

class TstDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(test::clusterAvailable(), "the test cluster fixture is not running"); }
    void cleanupTestCase() { test::dropScratchDatabase(QStringLiteral("pgs_demo_%1").arg(QCoreApplication::applicationPid())); }

    void installsIntoAFreshDatabase()
    {
        const QString db = QStringLiteral("pgs_demo_%1").arg(QCoreApplication::applicationPid());
        LogSink sink;
        JobContext ctx(&sink);
        Status installed = installDemoData(ctx, test::clusterSpec(), db, 0.02);
        QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().message + installed.error().detail));
        {
            auto opened = pg::Connection::open(test::clusterSpec(db));
            QVERIFY(opened.ok());
            pg::Connection &conn = **opened;
            QVERIFY(demoDataPresent(conn));
            QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM ticketing.customers")), 1000);
            QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM ticketing.tickets")),
                     2 * scalar(conn, QStringLiteral("SELECT count(*) FROM ticketing.orders")));
            QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM pg_inherits WHERE inhparent = 'ticketing.transactions'::regclass")), 13);
            QVERIFY(scalar(conn, QStringLiteral("SELECT count(*) FROM ticketing.transactions")) > 0);
            QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM ticketing.transactions_default")), 0);
            QVERIFY(scalar(conn, QStringLiteral("SELECT count(*) FROM ticketing.audit_log WHERE payload ? 'user_agent'")) > 0);
            QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'")), 1);
            // The deliberate flaws the health checks look for.
            QVERIFY(scalar(conn, QStringLiteral("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'seat_holds'")) > 0);
            QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'ticketing' "
                                                 "AND indexdef LIKE '%ON ticketing.orders USING btree (customer_id, created_at)'")), 2);
            // Foreign keys were added after the load and hold.
            QVERIFY(scalar(conn, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' "
                                                "AND connamespace = 'ticketing'::regnamespace")) >= 8);
        }
        // A second install sees the complete load and leaves it alone.
        sink.lines.clear();
        QVERIFY(installDemoData(ctx, test::clusterSpec(), db, 0.02).ok());
        QVERIFY(sink.lines.join(QLatin1Char('\n')).contains(QLatin1String("already loaded")));
        QVERIFY(test::dropScratchDatabase(db));
    }

    void workloadRunsForAFewSeconds()
    {
        LogSink sink;
        JobContext ctx(&sink);
        JobResult result = runDemoWorkload(ctx, test::clusterSpec(test::demoDatabase()), 4, 3);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const QVariantMap summary = result->toMap();
        const qint64 tx = summary.value(QStringLiteral("transactions")).toLongLong();
        const double secs = summary.value(QStringLiteral("seconds")).toDouble();
        QVERIFY(summary.contains(QStringLiteral("rollbacks")));
        QVERIFY2(tx > 10, qPrintable(QString::number(tx)));
        QVERIFY(secs >= 3.0);
        qInfo("workload: %lld transactions, %lld rollbacks in %.1f s (%.1f/s)", tx,
              summary.value(QStringLiteral("rollbacks")).toLongLong(), secs, tx / secs);
        QVERIFY(sink.lines.join(QLatin1Char('\n')).contains(QLatin1String("Demo workload finished")));
    }

    void workloadStopsOnCancel()
    {
        JobContext ctx;
        JobResult result = Error::of(QStringLiteral("did not run"));
        std::thread worker([&] { result = runDemoWorkload(ctx, test::clusterSpec(test::demoDatabase()), 4, 0); });
        QTest::qWait(1500);
        QElapsedTimer stopping;
        stopping.start();
        ctx.cancel();
        worker.join();
        QVERIFY2(stopping.elapsed() < 1000, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY(result.ok());
        QVERIFY(result->toMap().value(QStringLiteral("transactions")).toLongLong() > 0);
    }

    void workloadWithoutDemoData()
    {
        JobContext ctx;
        JobResult result = runDemoWorkload(ctx, test::clusterSpec(), 1, 1);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("no-demo-data"));
    }
};

QTEST_GUILESS_MAIN(TstDemoData)
#include "tst_demodata.moc"
