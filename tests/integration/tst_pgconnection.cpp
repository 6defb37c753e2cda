// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/connectedjob.h"
#include "jobs/jobrunner.h"
#include "pg/connection.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace pgs;

namespace {
std::unique_ptr<pg::Connection> connectOrNull(const ConnectionSpec &spec)
{
    auto conn = pg::Connection::open(spec);
    if (!conn) {
        qWarning() << conn.error().message << conn.error().detail;
        return nullptr;
    }
    return std::move(conn).value();
}
} // namespace

class TstPgConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(test::clusterAvailable(), "the test cluster fixture is not running"); }

    void boundParameters()
    {
        auto conn = connectOrNull(test::clusterSpec());
        QVERIFY(conn);
        const QStringList items{QStringLiteral("plain"), QStringLiteral("with,comma"), QStringLiteral("quote\"and\\slash"),
                                QStringLiteral("Grüße")};
        auto r = conn->exec(QStringLiteral("SELECT $1::text AS t, $2::int + 1 AS n, $3::text IS NULL AS is_null, "
                                           "array_length($4::text[], 1) AS len, ($4::text[])[3] AS third, "
                                           "($4::text[])[4] AS fourth, $5::boolean AS b"),
                            {QStringLiteral("it's"), 41, QVariant(), items, true});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->text(0, "t"), QStringLiteral("it's"));
        QCOMPARE(r->toInt64(0, "n"), 42);
        QVERIFY(r->toBool(0, "is_null"));
        QCOMPARE(r->toInt64(0, "len"), 4);
        QCOMPARE(r->text(0, "third"), items[2]);
        QCOMPARE(r->text(0, "fourth"), items[3]);
        QVERIFY(r->toBool(0, "b"));
    }

    void nullResultIsNull()
    {
        auto conn = connectOrNull(test::clusterSpec());
        QVERIFY(conn);
        auto r = conn->exec(QStringLiteral("SELECT NULL::int AS x, '' AS y"));
        QVERIFY(r.ok());
        QVERIFY(r->isNull(0, 0));
        QVERIFY(!r->isNull(0, 1));
    }

    void quoteIdentifier()
    {
        auto conn = connectOrNull(test::clusterSpec());
        QVERIFY(conn);
        const QString name = QStringLiteral("we\"ird Name");
        QCOMPARE(conn->quoteIdentifier(name), QStringLiteral("\"we\"\"ird Name\""));
        auto r = conn->exec(QStringLiteral("SELECT 1 AS ") + conn->quoteIdentifier(name));
        QVERIFY(r.ok());
        QCOMPARE(r->columnName(0), name);
        QCOMPARE(conn->quoteLiteral(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }

    void sqlstateOnError_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlstate");
        QTest::newRow("undefined table") << "SELECT * FROM no_such_table" << "42P01";
        QTest::newRow("division by zero") << "SELECT 1/0" << "22012";
        QTest::newRow("syntax") << "SELEKT 1" << "42601";
    }
    void sqlstateOnError()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqlstate);
        auto conn = connectOrNull(test::clusterSpec());
        QVERIFY(conn);
        auto r = conn->exec(sql);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, sqlstate);
        QVERIFY(!r.error().message.isEmpty());
        // The connection stays usable.
        QVERIFY(conn->exec(QStringLiteral("SELECT 1")).ok());
    }

    void noticesDelivered()
    {
        auto conn = connectOrNull(test::clusterSpec());
        QVERIFY(conn);
        QStringList notices;
        conn->setNoticeHandler([&notices](const QString &n) { notices.append(n); });
        QVERIFY(conn->execScript(QStringLiteral("DO $$BEGIN RAISE NOTICE 'hello %', 42; END$$")).ok());
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices[0].contains(QLatin1String("hello 42")), qPrintable(notices[0]));
    }

    void classifiedErrors_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("no database") << "dbname" << "pgsteward_no_such_db" << "no-database";
        QTest::newRow("wrong port") << "port" << "1" << "unreachable";
    }
    void classifiedErrors()
    {
        QFETCH(QString, keyword);
        QFETCH(QString, value);
        QFETCH(QString, code);
        ConnectionSpec spec = test::clusterSpec();
        spec.set(keyword, value);
        auto conn = pg::Connection::open(spec);
        QVERIFY(!conn.ok());
        QCOMPARE(conn.error().code, code);
    }

    void cancelRunningQuery()
    {
        const QString appName = QStringLiteral("pgs-cancel-%1").arg(QCoreApplication::applicationPid());
        ConnectionSpec spec = test::clusterSpec();
        spec.set(QStringLiteral("application_name"), appName);
        auto observer = connectOrNull(test::clusterSpec());
        QVERIFY(observer);
        const QString activeSleep = QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' "
            "AND query LIKE 'SELECT pg_sleep%'");

        JobRunner runner;
        Job *job = runner.start(QStringLiteral("sleep"), [spec](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [](pg::Connection &conn) -> JobResult {
                auto r = conn.exec(QStringLiteral("SELECT pg_sleep(600)"));
                if (!r)
                    return r.error();
                return QVariant();
            });
        });
        QSignalSpy finished(job, &Job::finished);

        // Wait until the server really runs the query, so the cancel hits a running statement.
        QElapsedTimer wait;
        wait.start();
        bool running = false;
        while (!running && wait.elapsed() < 5000) {
            auto r = observer->exec(activeSleep, {appName});
            QVERIFY(r.ok());
            running = r->toInt64(0, 0) == 1;
            if (!running)
                QTest::qWait(20);
        }
        QVERIFY2(running, "pg_sleep never showed up in pg_stat_activity");

        QElapsedTimer canceled;
        canceled.start();
        job->cancel();
        QVERIFY(finished.count() == 1 || finished.wait(1000));
        QVERIFY2(canceled.elapsed() < 1000, qPrintable(QString::number(canceled.elapsed())));
        QCOMPARE(job->state(), Job::State::Canceled);

        bool gone = false;
        wait.restart();
        while (!gone && wait.elapsed() < 2000) {
            auto r = observer->exec(activeSleep, {appName});
            QVERIFY(r.ok());
            gone = r->toInt64(0, 0) == 0;
            if (!gone)
                QTest::qWait(20);
        }
        QVERIFY2(gone, "pg_sleep still active on the server after cancel");
    }
};

QTEST_GUILESS_MAIN(TstPgConnection)
#include "tst_pgconnection.moc"
