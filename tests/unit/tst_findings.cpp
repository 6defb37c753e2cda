// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/finding.h"

#include <QTest>

using namespace pgs;

namespace {
Finding finding(const QString &code, Severity severity, const QString &object)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.object = object;
    return f;
}
} // namespace

class TestFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTripKeepsEveryField()
    {
        Finding f = finding(QStringLiteral("unused-index"), Severity::Warning, QStringLiteral("app.public.\"odd name\""));
        f.detail = QStringLiteral("never scanned, 12 MB");
        f.value = 12582912;
        f.threshold = 1048576;
        f.fixSql = QStringLiteral("DROP INDEX CONCURRENTLY public.\"odd name\";");
        const QJsonObject json = f.toJson();
        QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(json.value(QStringLiteral("fix_sql")).toString(), f.fixSql);
        QVERIFY(json.value(QStringLiteral("advice")).isNull());
        const auto back = Finding::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->code, f.code);
        QCOMPARE(back->object, f.object);
        QCOMPARE(back->value.toLongLong(), 12582912);
        QCOMPARE(back->fixSql, f.fixSql);
        QVERIFY(back->advice.isEmpty());
    }

    void unmeasuredFindingHasNullValue()
    {
        const QJsonObject json = finding(QStringLiteral("hba-trust"), Severity::Critical, QStringLiteral("line 3")).toJson();
        QVERIFY(json.value(QStringLiteral("value")).isNull());
        QVERIFY(json.value(QStringLiteral("threshold")).isNull());
        QVERIFY(!Finding::fromJson(json)->value.isValid());
    }

    void unknownSeverityIsRefused()
    {
        QVERIFY(!severityFromName(QStringLiteral("fatal")));
        QCOMPARE(severityFromName(QStringLiteral(" Critical ")), Severity::Critical);
        QJsonObject json = finding(QStringLiteral("x"), Severity::Info, {}).toJson();
        json[QStringLiteral("severity")] = QStringLiteral("bad");
        QVERIFY(!Finding::fromJson(json));
    }

    void failOnComparesAtOrAbove()
    {
        const QList<Finding> findings{finding(QStringLiteral("a"), Severity::Info, {}),
                                      finding(QStringLiteral("b"), Severity::Warning, {})};
        QCOMPARE(worstSeverity(findings), Severity::Warning);
        QVERIFY(anyAtOrAbove(findings, Severity::Warning));
        QVERIFY(!anyAtOrAbove(findings, Severity::Critical));
        QVERIFY(!anyAtOrAbove({}, Severity::Info));
        QVERIFY(!worstSeverity({}));
    }

    void diffIsByCodeAndObject()
    {
        const QList<Finding> before{finding(QStringLiteral("bypassrls"), Severity::Warning, QStringLiteral("etl")),
                                    finding(QStringLiteral("hba-trust"), Severity::Critical, QStringLiteral("line 3"))};
        const QList<Finding> after{finding(QStringLiteral("bypassrls"), Severity::Warning, QStringLiteral("etl")),
                                   finding(QStringLiteral("bypassrls"), Severity::Warning, QStringLiteral("loader"))};
        const FindingsDiff diff = diffFindings(before, after);
        QCOMPARE(diff.added.size(), 1);
        QCOMPARE(diff.added.first().object, QStringLiteral("loader"));
        QCOMPARE(diff.resolved.size(), 1);
        QCOMPARE(diff.resolved.first().code, QStringLiteral("hba-trust"));
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
