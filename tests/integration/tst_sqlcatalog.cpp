// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/connection.h"
#include "sql/sqlcatalog.h"
#include "testcluster.h"

#include <QRegularExpression>
#include <QTest>

using namespace pgs;

// PREPAREs every query of the catalog on the test cluster (in the demo database, so queries on
// the demo schema resolve): catches syntax errors, missing columns and parameters PostgreSQL
// cannot type. Rule: every file is a single statement, except the demo/ loader scripts
// (several statements, DDL); of demo/ only the workload's statements are checked.
class TstSqlCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::clusterAvailable(), "the test cluster fixture is not running");
        auto conn = pg::Connection::open(test::clusterSpec(test::demoDatabase()));
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
        m_conn = std::move(conn).value();
    }

    void prepares_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = sql::allNames();
        QVERIFY(names.contains(QStringLiteral("demo/workload_reserve_seats")));
        for (const QString &name : names) {
            if (name.startsWith(QLatin1String("demo/")) && !name.startsWith(QLatin1String("demo/workload_")))
                continue;
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void prepares()
    {
        QFETCH(QString, name);
        static const QRegularExpression variant(QStringLiteral("\\.pg(\\d+)$"));
        const auto m = variant.match(name);
        if (m.hasMatch() && m.captured(1).toInt() > m_conn->serverMajorVersion())
            QSKIP("variant for a newer server than the test cluster");
        // query() strips the trailing semicolon; read the exact file through it by its own name.
        const QString text = sql::query(name);
        QVERIFY2(!text.trimmed().isEmpty(), "empty query file");
        // Utility statements (CREATE EXTENSION ...) cannot be PREPAREd: they run in a rolled back
        // transaction instead.
        static const QRegularExpression utility(QStringLiteral("^(\\s*--[^\\n]*\\n)*\\s*CREATE\\s"),
                                                QRegularExpression::CaseInsensitiveOption);
        // A migrations/<tool>_* query reads or writes that tool's history table: create it first
        // (migrations/<tool>_create) in a transaction that is rolled back.
        const QString tool = name.startsWith(QLatin1String("migrations/"))
                                 ? name.section(QLatin1Char('/'), 1).section(QLatin1Char('_'), 0, 0)
                                 : QString();
        const QString createName = QStringLiteral("migrations/") + tool + QStringLiteral("_create");
        if (!tool.isEmpty() && name != createName && sql::allNames().contains(createName)) {
            QVERIFY(m_conn->exec(QStringLiteral("BEGIN")).ok());
            QVERIFY(m_conn->exec(sql::query(createName)).ok());
            const bool isUtility = utility.match(text).hasMatch();
            auto ran = isUtility ? m_conn->exec(text) : m_conn->exec(QStringLiteral("PREPARE pgs_catalog_check AS ") + text);
            QVERIFY(m_conn->exec(QStringLiteral("ROLLBACK")).ok());
            if (ran.ok() && !isUtility) // a prepared statement outlives the rollback
                QVERIFY(m_conn->exec(QStringLiteral("DEALLOCATE pgs_catalog_check")).ok());
            QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : ran.error().message + QLatin1Char('\n') + text));
            return;
        }
        // "-- extension: NAME": the query calls the extension's functions as @extschema@.f(); it
        // is prepared after CREATE EXTENSION in a transaction that is rolled back.
        static const QRegularExpression extension(QStringLiteral("^-- extension: (\\w+)$"), QRegularExpression::MultilineOption);
        if (const auto e = extension.match(text); e.hasMatch()) {
            QVERIFY(m_conn->exec(QStringLiteral("BEGIN")).ok());
            auto created = m_conn->exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS ") + m_conn->quoteIdentifier(e.captured(1)));
            auto schema = m_conn->exec(QStringLiteral("SELECT n.nspname FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace "
                                                      "WHERE x.extname = $1"),
                                       {e.captured(1)});
            const QString qualified = schema && schema->rows() == 1 ? m_conn->quoteIdentifier(schema->text(0, 0)) : QString();
            auto ran = m_conn->exec(QStringLiteral("PREPARE pgs_catalog_check AS ") + QString(text).replace(QStringLiteral("@extschema@"), qualified));
            QVERIFY(m_conn->exec(QStringLiteral("ROLLBACK")).ok());
            if (ran.ok())
                QVERIFY(m_conn->exec(QStringLiteral("DEALLOCATE pgs_catalog_check")).ok());
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
            QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : ran.error().message + QLatin1Char('\n') + text));
            return;
        }
        // ALTER SYSTEM can neither be PREPAREd nor run in a transaction, and running it would change
        // the shared test cluster's configuration: check its shape and that the setting exists.
        static const QRegularExpression alterSystem(QStringLiteral("^(\\s*--[^\\n]*\\n)*\\s*ALTER\\s+SYSTEM\\s+(SET|RESET)\\s+([a-z_]+)(\\s*=\\s*[a-z0-9_]+)?\\s*$"),
                                                    QRegularExpression::CaseInsensitiveOption);
        if (const auto alter = alterSystem.match(text); text.contains(QLatin1String("ALTER SYSTEM"), Qt::CaseInsensitive)) {
            QVERIFY2(alter.hasMatch(), qPrintable(QStringLiteral("ALTER SYSTEM SET name = value or RESET name only:\n") + text));
            QCOMPARE(alter.captured(4).isEmpty(), alter.captured(2).compare(QLatin1String("RESET"), Qt::CaseInsensitive) == 0);
            auto known = m_conn->exec(QStringLiteral("SELECT count(*) FROM pg_settings WHERE name = $1"), {alter.captured(3)});
            QVERIFY(known.ok());
            QVERIFY2(known->toInt64(0, 0) == 1, qPrintable(QStringLiteral("unknown setting ") + alter.captured(3)));
            return;
        }
        if (utility.match(text).hasMatch()) {
            QVERIFY(m_conn->exec(QStringLiteral("BEGIN")).ok());
            auto ran = m_conn->exec(text);
            QVERIFY(m_conn->exec(QStringLiteral("ROLLBACK")).ok());
            QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : ran.error().message + QLatin1Char('\n') + text));
            return;
        }
        auto prepared = m_conn->exec(QStringLiteral("PREPARE pgs_catalog_check AS ") + text);
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message + QLatin1Char('\n') + text));
        QVERIFY(m_conn->exec(QStringLiteral("DEALLOCATE pgs_catalog_check")).ok());
    }

private:
    std::unique_ptr<pg::Connection> m_conn;
};

QTEST_GUILESS_MAIN(TstSqlCatalog)
#include "tst_sqlcatalog.moc"
