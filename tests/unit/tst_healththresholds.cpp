// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/healthcheck.h"
#include "health/healthhistory.h"
#include "health/healththresholds.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;
using namespace pgs::health;

// The check registry's stable codes, threshold parsing and layering, and the per-profile files.
class TstHealthThresholds : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { qputenv("PGSTEWARD_DATA_DIR", m_dir.path().toUtf8()); }

    void registryHasTheIssuesCodes()
    {
        const QStringList expected{
            QStringLiteral("table-bloat"), QStringLiteral("index-bloat"), QStringLiteral("dead-tuples"),
            QStringLiteral("autovacuum-stale"), QStringLiteral("unused-index"), QStringLiteral("duplicate-index"),
            QStringLiteral("invalid-index"), QStringLiteral("missing-index"), QStringLiteral("fk-without-index"),
            QStringLiteral("unvalidated-constraint"), QStringLiteral("sequence-exhaustion"), QStringLiteral("txid-wraparound"),
            QStringLiteral("mxid-wraparound"), QStringLiteral("long-running-query"), QStringLiteral("idle-in-transaction"),
            QStringLiteral("blocking-locks"), QStringLiteral("connection-utilization"), QStringLiteral("replication-lag"),
            QStringLiteral("cache-hit-ratio"), QStringLiteral("checkpoint-pressure"), QStringLiteral("temp-files"),
            QStringLiteral("archive-failing"), QStringLiteral("partition-coverage")};
        QStringList codes = checkCodes();
        QStringList sortedExpected = expected;
        codes.sort();
        sortedExpected.sort();
        QCOMPARE(codes, sortedExpected);
        // The runbooks' defaults and the issue's names.
        Thresholds t;
        QCOMPARE(t.value(*findCheck(QStringLiteral("connection-utilization")), QStringLiteral("percent")), 80.0);
        QCOMPARE(t.value(*findCheck(QStringLiteral("long-running-query")), QStringLiteral("seconds")), 300.0);
        QCOMPARE(t.value(*findCheck(QStringLiteral("dead-tuples")), QStringLiteral("percent")), 20.0);
        QCOMPARE(t.value(*findCheck(QStringLiteral("replication-lag")), QStringLiteral("seconds")), 60.0);
        QCOMPARE(t.value(*findCheck(QStringLiteral("unused-index")), QStringLiteral("min_bytes")), 1024.0 * 1024.0);
        QVERIFY(findCheck(QStringLiteral("idle-in-transaction"))->threshold(QStringLiteral("seconds")));
        QVERIFY(findCheck(QStringLiteral("blocking-locks"))->threshold(QStringLiteral("seconds")));
    }

    void parseOverrides_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("ok") << QStringLiteral("idle-in-transaction.seconds=60") << QString();
        QTest::newRow("decimal") << QStringLiteral("cache-hit-ratio.percent=98.5") << QString();
        QTest::newRow("unknown check") << QStringLiteral("nope.seconds=1") << QStringLiteral("unknown-check");
        QTest::newRow("unknown name") << QStringLiteral("dead-tuples.seconds=1") << QStringLiteral("unknown-threshold");
        QTest::newRow("no thresholds") << QStringLiteral("invalid-index.percent=1") << QStringLiteral("unknown-threshold");
        QTest::newRow("not a number") << QStringLiteral("dead-tuples.percent=lots") << QStringLiteral("bad-threshold");
        QTest::newRow("negative") << QStringLiteral("dead-tuples.percent=-1") << QStringLiteral("bad-threshold");
        QTest::newRow("no equals") << QStringLiteral("dead-tuples.percent") << QStringLiteral("bad-threshold");
    }
    void parseOverrides()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorCode);
        Thresholds t;
        Status st = t.parseOverride(text);
        QCOMPARE(st.ok(), errorCode.isEmpty());
        if (!st)
            QCOMPARE(st.error().code, errorCode);
    }

    void layersAndSqlParameters()
    {
        Thresholds profile;
        QVERIFY(profile.parseOverride(QStringLiteral("dead-tuples.percent=30")));
        QVERIFY(profile.parseOverride(QStringLiteral("dead-tuples.min_rows=10")));
        Thresholds run;
        QVERIFY(run.parseOverride(QStringLiteral("dead-tuples.percent=40")));
        profile.apply(run);
        const CheckDef &dead = *findCheck(QStringLiteral("dead-tuples"));
        QCOMPARE(profile.value(dead, QStringLiteral("percent")), 40.0);
        // critical_percent is applied in C++, not bound: percent and min_rows only, in order
        QCOMPARE(profile.sqlParameters(dead), (QList<double>{40, 10}));
    }

    void profileFileRoundTrip()
    {
        Thresholds t;
        QVERIFY(t.parseOverride(QStringLiteral("sequence-exhaustion.percent=60")));
        QVERIFY(saveThresholds(QStringLiteral("profile-1"), t));
        auto loaded = loadThresholds(QStringLiteral("profile-1"));
        QVERIFY(loaded);
        QCOMPARE(loaded->overrides(), t.overrides());
        QVERIFY(loadThresholds(QStringLiteral("never-saved"))->overrides().isEmpty());
        QFile bad(thresholdsPath(QStringLiteral("broken")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"thresholds":{"dead-tuples.bogus":1}})");
        bad.close();
        QVERIFY(!loadThresholds(QStringLiteral("broken")));
        // an ad-hoc target's key becomes a safe file name
        QVERIFY(!thresholdsPath(QStringLiteral("db:postgres@/tmp:5432/x")).contains(QLatin1Char(':')));
    }

    void pastRunsKeepTheNewest()
    {
        for (int i = 0; i < 5; ++i) {
            HealthRun run;
            run.takenAt = QDateTime::currentDateTimeUtc().addSecs(i);
            run.findings << HealthFinding{QStringLiteral("db"), QStringLiteral("tables"),
                                          Finding{QStringLiteral("dead-tuples"), Severity::Warning, QStringLiteral("db.s.t%1").arg(i),
                                                  QStringLiteral("d"), 25.0, 20.0, QStringLiteral("VACUUM"), QString()}};
            run.nextXid = 1000 + i;
            QVERIFY(appendRun(QStringLiteral("runs"), run, 3));
        }
        auto runs = loadRuns(QStringLiteral("runs"));
        QVERIFY(runs);
        QCOMPARE(runs->size(), 3);
        QCOMPARE(runs->last().findings.first().finding.object, QStringLiteral("db.s.t4"));
        QCOMPARE(runs->last().findings.first().database, QStringLiteral("db"));
        QCOMPARE(*runs->last().nextXid, 1004);
    }
};

QTEST_GUILESS_MAIN(TstHealthThresholds)
#include "tst_healththresholds.moc"
