// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthrun.h"
#include "healthfixture.h"
#include "pg/connection.h"
#include "testcluster.h"

#include <QTest>

using namespace pgs;
using namespace pgs::health;

// table-bloat in a scratch database: the statistics estimate without pgstattuple, then the
// measurement by pgstattuple_approx once the extension is created there (in a schema with a
// hostile name), each finding saying which method it used and the measured figure matching what
// pgstattuple_approx itself reports.
class TstHealthBloat : public QObject
{
    Q_OBJECT
    QString m_db;
    std::unique_ptr<pg::Connection> m_conn;
    QString m_object;

    std::optional<HealthFinding> bloatFinding()
    {
        HealthOptions options;
        options.checks = {QStringLiteral("table-bloat")};
        (void)options.thresholds.parseOverride(QStringLiteral("table-bloat.min_bytes=0"));
        (void)options.thresholds.parseOverride(QStringLiteral("table-bloat.percent=1"));
        JobContext ctx;
        auto run = runHealthChecks(ctx, test::clusterSpec(m_db), options);
        if (!run || !run->problems.isEmpty()) {
            qWarning("%s", qPrintable(run ? run->problems.join(QLatin1Char('\n')) : run.error().message));
            return std::nullopt;
        }
        for (const HealthFinding &h : run->findings)
            if (h.database == m_db && h.finding.object == m_object)
                return h;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::clusterAvailable(), "the test cluster is not running");
        m_db = test::createScratchDatabase(QStringLiteral("health_bloat"));
        QVERIFY(!m_db.isEmpty());
        auto c = pg::Connection::open(test::clusterSpec(m_db));
        QVERIFY(c);
        m_conn = std::move(c).value();
        const QString t = m_conn->quoteIdentifier(test::hostileSchema()) + QLatin1Char('.') + m_conn->quoteIdentifier(test::hostileTable());
        // 90 % of the rows deleted and vacuumed: the pages stay, mostly empty.
        QVERIFY(m_conn->execScript(QStringLiteral("CREATE SCHEMA %1").arg(m_conn->quoteIdentifier(test::hostileSchema()))).ok());
        QVERIFY(m_conn->execScript(QStringLiteral("CREATE TABLE %1 (id int, pad text) WITH (autovacuum_enabled = false, fillfactor = 90);"
                                                  "INSERT INTO %1 SELECT g, repeat('y', 200) FROM generate_series(1, 50000) g;"
                                                  "DELETE FROM %1 WHERE id % 10 <> 0;")
                                       .arg(t))
                    .ok());
        QVERIFY(m_conn->execScript(QStringLiteral("VACUUM ANALYZE %1").arg(t)).ok());
        m_object = m_db + QLatin1Char('.') + test::hostileSchema() + QLatin1Char('.') + test::hostileTable();
    }

    void estimateWithoutTheExtension()
    {
        const auto h = bloatFinding();
        QVERIFY(h);
        QVERIFY2(h->finding.detail.contains(QStringLiteral("statistics estimate")), qPrintable(h->finding.detail));
        QVERIFY2(h->finding.value.toDouble() > 70, qPrintable(h->finding.detail));
    }

    void measuredWithPgstattuple()
    {
        const QString schema = QStringLiteral("ext \"stat\"");
        QVERIFY(m_conn->execScript(QStringLiteral("CREATE SCHEMA %1; CREATE EXTENSION pgstattuple SCHEMA %1")
                                       .arg(m_conn->quoteIdentifier(schema)))
                    .ok());
        const auto h = bloatFinding();
        QVERIFY(h);
        QVERIFY2(h->finding.detail.contains(QStringLiteral("pgstattuple_approx")), qPrintable(h->finding.detail));
        // The same figure from the extension directly: free space and dead tuples beyond the 10 %
        // the fillfactor keeps free.
        const QString t = m_conn->quoteIdentifier(test::hostileSchema()) + QLatin1Char('.') + m_conn->quoteIdentifier(test::hostileTable());
        auto direct = m_conn->exec(QStringLiteral("SELECT round(100 * greatest(dead_tuple_len + approx_free_space - table_len * 0.1, 0) "
                                                  "/ table_len, 1)::float8 FROM %1.pgstattuple_approx($1::regclass)")
                                       .arg(m_conn->quoteIdentifier(schema)),
                                   {t});
        QVERIFY(direct && direct->rows() == 1);
        QCOMPARE(h->finding.value.toDouble(), direct->toDouble(0, 0));
        QVERIFY(h->finding.value.toDouble() > 70);
        QVERIFY(h->finding.fixSql.contains(QStringLiteral("\"we ird\"\"name.t\"")));
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        if (!m_db.isEmpty())
            test::dropScratchDatabase(m_db);
    }
};

QTEST_GUILESS_MAIN(TstHealthBloat)
#include "tst_health_bloat.moc"
