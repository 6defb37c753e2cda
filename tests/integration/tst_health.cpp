// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthhistory.h"
#include "health/healthrun.h"
#include "healthfixture.h"
#include "pg/connection.h"
#include "testcluster.h"

#include <QFile>
#include <QScopeGuard>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace pgs;
using namespace pgs::health;

// The health checks on the real test server: a fixture database triggering every check one
// local server can trigger (all but archive-failing, which needs archive_mode and a restart),
// the fix SQL of a finding making it disappear, a clean pgbench database without a critical
// finding, and the figures of shared checks agreeing with check_postgres.
class TstHealth : public QObject
{
    Q_OBJECT

    std::unique_ptr<pg::Connection> open(const QString &db)
    {
        auto c = pg::Connection::open(test::clusterSpec(db));
        return c ? std::move(c).value() : nullptr;
    }

    Result<HealthRun> run(const QStringList &checks = {}, const QStringList &overrides = {})
    {
        HealthOptions options;
        options.checks = checks;
        for (const QString &o : overrides)
            if (Status st = options.thresholds.parseOverride(o); !st)
                return st.error();
        JobContext ctx;
        return runHealthChecks(ctx, test::clusterSpec(m_db), options);
    }

    QList<HealthFinding> of(const HealthRun &r, const QString &code, const QString &database = {})
    {
        QList<HealthFinding> out;
        for (const HealthFinding &h : r.findings)
            if (h.finding.code == code && (database.isEmpty() || h.database == database))
                out << h;
        return out;
    }

    QString m_db;
    QString m_pgbenchDb;
    QTemporaryDir m_data;
    std::unique_ptr<pg::Connection> m_fixture, m_idle, m_holder, m_blocked;
    std::future<Status> m_blockedStatement;
    QString m_slot = QStringLiteral("pgs_health_slot_%1").arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::clusterAvailable(), "the test cluster fixture is not running");
        qputenv("PGSTEWARD_DATA_DIR", m_data.path().toUtf8());
        m_db = test::createScratchDatabase(QStringLiteral("health_fx"));
        QVERIFY(!m_db.isEmpty());
        m_fixture = open(m_db);
        QVERIFY(m_fixture);
        const QString built = test::buildHealthFixture(*m_fixture);
        QVERIFY2(built.isEmpty(), qPrintable(built));
    }

    void cleanPgbenchDatabaseHasNoCritical()
    {
        m_pgbenchDb = test::createScratchDatabase(QStringLiteral("health_pgbench"));
        QVERIFY(!m_pgbenchDb.isEmpty());
        const ConnectionSpec spec = test::clusterSpec(m_pgbenchDb);
        QProcess pgbench;
        pgbench.setProcessEnvironment(spec.toolEnvironment(QProcessEnvironment::systemEnvironment()));
        pgbench.start(QStringLiteral("pgbench"), {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("2"), m_pgbenchDb});
        QVERIFY(pgbench.waitForFinished(120000));
        QVERIFY2(pgbench.exitCode() == 0, pgbench.readAllStandardError().constData());
        auto r = run();
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(r->databases.contains(m_pgbenchDb));
        QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.join(QLatin1Char('\n'))));
        for (const HealthFinding &h : r->findings)
            if (h.database == m_pgbenchDb)
                QVERIFY2(h.finding.severity != Severity::Critical, qPrintable(h.finding.code + QLatin1Char(' ') + h.finding.detail));
        // the fixture's own problems are found in the same run: every database is checked
        QVERIFY(!of(*r, QStringLiteral("invalid-index"), m_db).isEmpty());
    }

    void fixtureTriggersEveryCheck()
    {
        // Sessions the test holds open: idle in a transaction, a lock holder and a session it blocks.
        m_idle = open(m_db);
        m_holder = open(m_db);
        m_blocked = open(m_db);
        QVERIFY(m_idle && m_holder && m_blocked);
        QVERIFY(m_idle->execScript(QStringLiteral("BEGIN; SELECT 1")).ok());
        const QString scanned = m_holder->quoteIdentifier(test::hostileSchema()) + QStringLiteral(".scanned");
        QVERIFY(m_holder->execScript(QStringLiteral("BEGIN; LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(scanned)).ok());
        m_blockedStatement = std::async(std::launch::async, [this, scanned] {
            return m_blocked->execScript(QStringLiteral("SELECT count(*) FROM %1").arg(scanned));
        });
        QVERIFY(m_fixture->execScript(QStringLiteral("SELECT pg_create_physical_replication_slot('%1', true)").arg(m_slot)).ok());
        QVERIFY(m_fixture->execScript(QStringLiteral("CHECKPOINT")).ok()); // a requested checkpoint
        QThread::msleep(300);
        // Release the sessions however the test ends; the blocked statement then completes.
        auto release = qScopeGuard([this] {
            (void)m_holder->execScript(QStringLiteral("ROLLBACK"));
            (void)m_blockedStatement.get();
            (void)m_idle->execScript(QStringLiteral("ROLLBACK"));
            (void)m_fixture->execScript(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(m_slot));
        });

        auto r = run({}, {QStringLiteral("unused-index.min_bytes=0"), QStringLiteral("table-bloat.min_bytes=0"),
                          QStringLiteral("index-bloat.min_bytes=0"), QStringLiteral("index-bloat.percent=1"),
                          QStringLiteral("missing-index.min_rows=100"), QStringLiteral("missing-index.min_scans=10"),
                          QStringLiteral("txid-wraparound.percent=0"), QStringLiteral("mxid-wraparound.percent=0"),
                          QStringLiteral("long-running-query.seconds=0"), QStringLiteral("idle-in-transaction.seconds=0"),
                          QStringLiteral("blocking-locks.seconds=0"), QStringLiteral("connection-utilization.percent=0"),
                          QStringLiteral("replication-lag.bytes=0"), QStringLiteral("cache-hit-ratio.percent=100"),
                          QStringLiteral("cache-hit-ratio.min_blocks=0"), QStringLiteral("checkpoint-pressure.percent=0"),
                          QStringLiteral("checkpoint-pressure.min_checkpoints=0"), QStringLiteral("temp-files.bytes=0"),
                          QStringLiteral("autovacuum-stale.seconds=0")});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.join(QLatin1Char('\n'))));
        QSet<QString> found;
        for (const HealthFinding &h : r->findings)
            found.insert(h.finding.code);
        for (const CheckDef &check : checkRegistry()) {
            if (check.code == QLatin1String("archive-failing"))
                continue;
            QVERIFY2(found.contains(check.code), qPrintable(check.code));
        }
        // The numbers: the sequence at 95 % is critical against 90 %, the dead tuples are measured.
        const auto seq = of(*r, QStringLiteral("sequence-exhaustion"), m_db);
        QCOMPARE(seq.size(), 1);
        QCOMPARE(seq[0].finding.severity, Severity::Critical);
        QCOMPARE(seq[0].finding.value.toDouble(), 95.0);
        QCOMPARE(seq[0].finding.threshold.toDouble(), 90.0);
        QCOMPARE(seq[0].finding.object, m_db + QLatin1Char('.') + test::hostileSchema() + QStringLiteral(".seq 95"));
        const QString hostile = m_db + QLatin1Char('.') + test::hostileSchema() + QLatin1Char('.') + test::hostileTable();
        QList<HealthFinding> dead;
        for (const HealthFinding &h : of(*r, QStringLiteral("dead-tuples"), m_db))
            if (h.finding.object == hostile)
                dead << h;
        // 10000 dead rows: a third while the statistics still count the 20000 inserted rows as live,
        // half once ANALYZE's count of 10000 live rows has reached them (when is up to the server).
        QCOMPARE(dead.size(), 1);
        QVERIFY2(dead[0].finding.value.toDouble() > 30 && dead[0].finding.value.toDouble() <= 50.0, qPrintable(dead[0].finding.detail));
        QCOMPARE(dead[0].finding.threshold.toDouble(), 20.0);
        QVERIFY(dead[0].finding.fixSql.contains(QStringLiteral("\"we ird\"\"name.t\"")));
        bool sawIdle = false, sawBlocked = false;
        for (const auto &h : of(*r, QStringLiteral("idle-in-transaction")))
            sawIdle |= h.finding.object.startsWith(QStringLiteral("pid %1 ").arg(m_idle->backendPid()));
        for (const auto &h : of(*r, QStringLiteral("blocking-locks")))
            sawBlocked |= h.finding.object.startsWith(QStringLiteral("pid %1 ").arg(m_blocked->backendPid()))
                          && h.finding.detail.contains(QString::number(m_holder->backendPid()));
        QVERIFY(sawIdle);
        QVERIFY(sawBlocked);
        const auto dup = of(*r, QStringLiteral("duplicate-index"), m_db);
        QCOMPARE(dup.size(), 1);
        QVERIFY(dup[0].finding.object.endsWith(QStringLiteral(".dup b")));
    }

    void fixSqlMakesFindingDisappear_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"dead-tuples", "invalid-index", "duplicate-index", "fk-without-index", "unvalidated-constraint",
                                 "sequence-exhaustion", "table-bloat", "autovacuum-stale"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void fixSqlMakesFindingDisappear()
    {
        QFETCH(QString, code);
        const QStringList overrides{QStringLiteral("table-bloat.min_bytes=0"), QStringLiteral("autovacuum-stale.seconds=0")};
        auto before = run({code}, overrides);
        QVERIFY(before);
        const auto found = of(*before, code, m_db);
        QVERIFY2(!found.isEmpty(), qPrintable(code));
        const HealthFinding target = found.first();
        QVERIFY2(!target.finding.fixSql.isEmpty(), qPrintable(target.finding.detail));
        auto conn = open(target.database);
        QVERIFY(conn);
        for (const QString &statement : target.finding.fixSql.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            Status st = conn->execScript(statement);
            QVERIFY2(st, qPrintable(statement + QLatin1Char('\n') + (st ? QString() : st.error().message)));
        }
        QVERIFY(test::flushStatistics(*conn).isEmpty());
        auto after = run({code}, overrides);
        QVERIFY(after);
        for (const HealthFinding &h : of(*after, code, m_db))
            QVERIFY2(h.finding.object != target.finding.object, qPrintable(target.finding.fixSql));
    }

    void sharedFiguresAgreeWithCheckPostgres()
    {
        QString tool = QStringLiteral("/usr/bin/check_postgres.pl");
        if (!QFile::exists(tool))
            tool = QStringLiteral("/usr/bin/check_postgres");
        if (!QFile::exists(tool))
            QSKIP("check_postgres is not installed (Debian package check-postgres)");
        QVERIFY(m_fixture->execScript(QStringLiteral("CREATE SEQUENCE \"cp seq\" MAXVALUE 200; SELECT setval('\"cp seq\"', 173)")).ok());
        const ConnectionSpec spec = test::clusterSpec(m_db);
        const auto checkPostgres = [&](const QString &action) {
            QProcess p;
            QStringList args{QStringLiteral("--action=") + action, QStringLiteral("--dbname=") + m_db, QStringLiteral("--output=simple")};
            if (!spec.value(QStringLiteral("host")).isEmpty())
                args << QStringLiteral("--host=") + spec.value(QStringLiteral("host"));
            if (!spec.value(QStringLiteral("port")).isEmpty())
                args << QStringLiteral("--port=") + spec.value(QStringLiteral("port"));
            if (!spec.value(QStringLiteral("user")).isEmpty())
                args << QStringLiteral("--dbuser=") + spec.value(QStringLiteral("user"));
            p.start(tool, args);
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        };
        // sequence: check_postgres prints the highest percent used, rounded
        const QString theirs = checkPostgres(QStringLiteral("sequence"));
        auto r = run({QStringLiteral("sequence-exhaustion")}, {QStringLiteral("sequence-exhaustion.percent=0")});
        QVERIFY(r);
        double ours = 0;
        for (const auto &h : of(*r, QStringLiteral("sequence-exhaustion"), m_db))
            ours = std::max(ours, h.finding.value.toDouble());
        QCOMPARE(ours, 86.5); // 173 of 200, the fixed 95 % one was widened by the fix test
        QCOMPARE(theirs.toInt(), 87);
        // txn_wraparound: the oldest datfrozenxid age of the server
        const qint64 theirAge = checkPostgres(QStringLiteral("txn_wraparound")).toLongLong();
        r = run({QStringLiteral("txid-wraparound")}, {QStringLiteral("txid-wraparound.percent=0")});
        QVERIFY(r);
        qint64 ourAge = 0;
        static const QRegularExpression age(QStringLiteral("age (\\d+)"));
        for (const auto &h : of(*r, QStringLiteral("txid-wraparound")))
            if (h.finding.object == h.database)
                ourAge = std::max(ourAge, age.match(h.finding.detail).captured(1).toLongLong());
        QVERIFY2(theirAge > 0 && qAbs(ourAge - theirAge) <= 100, qPrintable(QStringLiteral("%1 vs %2").arg(ourAge).arg(theirAge)));
        // hitratio: the fixture database's buffer cache hit ratio since the reset, in percent
        // with two decimals ("<db>: 99.12" in the Nagios line). Both read moving counters, so a
        // small difference is allowed.
        QProcess hit;
        QStringList hitArgs{QStringLiteral("--action=hitratio"), QStringLiteral("--dbname=") + m_db, QStringLiteral("--include=") + m_db};
        if (!spec.value(QStringLiteral("host")).isEmpty())
            hitArgs << QStringLiteral("--host=") + spec.value(QStringLiteral("host"));
        if (!spec.value(QStringLiteral("port")).isEmpty())
            hitArgs << QStringLiteral("--port=") + spec.value(QStringLiteral("port"));
        if (!spec.value(QStringLiteral("user")).isEmpty())
            hitArgs << QStringLiteral("--dbuser=") + spec.value(QStringLiteral("user"));
        hit.start(tool, hitArgs);
        QVERIFY(hit.waitForFinished(60000));
        const QString hitLine = QString::fromUtf8(hit.readAllStandardOutput());
        const auto theirRatio = QRegularExpression(QRegularExpression::escape(m_db) + QStringLiteral(": ([0-9.]+)")).match(hitLine);
        QVERIFY2(theirRatio.hasMatch(), qPrintable(hitLine));
        r = run({QStringLiteral("cache-hit-ratio")}, {QStringLiteral("cache-hit-ratio.percent=100.01"), QStringLiteral("cache-hit-ratio.min_blocks=0")});
        QVERIFY(r);
        std::optional<double> ourRatio;
        for (const auto &h : of(*r, QStringLiteral("cache-hit-ratio")))
            if (h.finding.object == m_db)
                ourRatio = h.finding.value.toDouble();
        QVERIFY(ourRatio);
        QVERIFY2(qAbs(*ourRatio - theirRatio.captured(1).toDouble()) <= 0.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*ourRatio).arg(theirRatio.captured(1))));
    }

    void pastRunsReportWhatIsNew()
    {
        const QString key = QStringLiteral("tst-health-key");
        auto first = run({QStringLiteral("unvalidated-constraint")});
        QVERIFY(first);
        QVERIFY(appendRun(key, *first));
        QVERIFY(m_fixture->execScript(QStringLiteral("CREATE TABLE \"new one\" (x int); "
                                                     "ALTER TABLE \"new one\" ADD CONSTRAINT c CHECK (x > 0) NOT VALID"))
                    .ok());
        auto second = run({QStringLiteral("unvalidated-constraint")});
        QVERIFY(second);
        auto past = loadRuns(key);
        QVERIFY(past && past->size() == 1);
        const FindingsDiff diff = diffFindings(past->last().plainFindings(), second->plainFindings());
        QCOMPARE(diff.added.size(), 1);
        QCOMPARE(diff.added[0].object, m_db + QStringLiteral(".public.new one.c"));
        QVERIFY(appendRun(key, *second, 1));
        past = loadRuns(key);
        QCOMPARE(past->size(), 1);
        QCOMPARE(past->last().findings.size(), second->findings.size());
    }

    void cleanupTestCase()
    {
        m_idle.reset();
        m_holder.reset();
        m_blocked.reset();
        m_fixture.reset();
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
        if (!m_pgbenchDb.isEmpty())
            test::dropScratchDatabase(m_pgbenchDb);
    }
};

QTEST_GUILESS_MAIN(TstHealth)
#include "tst_health.moc"
