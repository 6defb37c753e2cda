// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Copy back's new names: suffixes from the recovered time, the 63-byte limit, schema.table parsing.
#include "physical/copyback.h"

#include <QDateTime>
#include <QTest>

using namespace pgs;

class TestCopyBackNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suffixFromTheRecoveredTime()
    {
        // Named after the local time of the moment.
        const QDateTime utc(QDate(2026, 12, 2), QTime(10, 42, 13, 512), Qt::UTC);
        const QString expected = QStringLiteral("_at_") + utc.toLocalTime().toString(QStringLiteral("HHmm"));
        QCOMPARE(suggestedCopyBackSuffix(QStringLiteral("2026-12-02T10:42:13.512Z")), expected);
        QCOMPARE(suggestedCopyBackSuffix(QStringLiteral("2026-12-02T10:42:13.512345Z")), expected);
        QCOMPARE(suggestedCopyBackSuffix(QStringLiteral("0/3000060")), QStringLiteral("_copy"));
        QCOMPARE(suggestedCopyBackSuffix({}), QStringLiteral("_copy"));
    }

    void namesKeepTheSuffixWithin63Bytes()
    {
        QCOMPARE(copyBackName(QStringLiteral("orders"), QStringLiteral("_at_1042")), QStringLiteral("orders_at_1042"));
        const QString longName(60, QLatin1Char('x'));
        const QString cut = copyBackName(longName, QStringLiteral("_at_1042"));
        QCOMPARE(cut.toUtf8().size(), 63);
        QVERIFY(cut.endsWith(QStringLiteral("_at_1042")));
        // Multi-byte characters are counted in bytes, as PostgreSQL does.
        QVERIFY(copyBackName(QString(40, QChar(0x00e4)), QStringLiteral("_x")).toUtf8().size() <= 63);
    }

    void parsesSchemaAndTable_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("name");
        QTest::newRow("bare") << "orders" << "public" << "orders";
        QTest::newRow("qualified") << "sales.orders" << "sales" << "orders";
        QTest::newRow("quoted") << "\"my schema\".\"Order Items\"" << "my schema" << "Order Items";
        QTest::newRow("quote inside") << "s.\"a\"\"b\"" << "s" << "a\"b";
        QTest::newRow("three parts") << "a.b.c" << "" << "";
        QTest::newRow("unterminated") << "\"abc" << "" << "";
    }
    void parsesSchemaAndTable()
    {
        QFETCH(QString, given);
        QFETCH(QString, schema);
        QFETCH(QString, name);
        const CopyBackTable t = parseCopyBackTable(given, QStringLiteral("_old"));
        QCOMPARE(t.schema, schema);
        if (!schema.isEmpty()) {
            QCOMPARE(t.name, name);
            QCOMPARE(t.newName, name + QStringLiteral("_old"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCopyBackNames)
#include "tst_copybacknames.moc"
