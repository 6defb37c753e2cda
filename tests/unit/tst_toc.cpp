// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The table of contents parser on real pg_restore 15 output of the demo database (plus a function
// with arguments, comments, ACLs, a trigger, a materialized view, a serial column and default
// privileges): tests/unit/data/demo_toc.list is `pg_restore --list`, demo_toc.script the
// "-- TOC entry" / "-- Dependencies" lines of `pg_restore -v --schema-only -f -` of the same dump.
#include "restore/toc.h"

#include <QFile>
#include <QTest>

using namespace pgs;

class TocTest : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name)
    {
        QString dir = qEnvironmentVariable("PGSTEWARD_SOURCE_DIR");
        QString path = dir.isEmpty() ? QFINDTESTDATA(QStringLiteral("data/") + name)
                                     : dir + QStringLiteral("/tests/unit/data/") + name;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }
    TableOfContents m_toc;

    const TocEntry *entry(const QString &type, const QString &schema, const QString &name) const
    {
        for (const TocEntry &e : m_toc.entries) {
            if (e.type == type && e.schema == schema && e.name == name)
                return &e;
        }
        return nullptr;
    }
    QStringList describe(const QSet<int> &ids) const
    {
        QStringList out;
        for (const TocEntry &e : m_toc.entries) {
            if (ids.contains(e.id))
                out << e.type + QLatin1Char(' ') + e.schema + QLatin1Char(' ') + e.name;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString list = fixture(QStringLiteral("demo_toc.list"));
        QVERIFY2(!list.isEmpty(), "fixture demo_toc.list missing");
        m_toc = parseTableOfContents(list);
        applyScriptComments(m_toc, fixture(QStringLiteral("demo_toc.script")));
    }

    void parsesEveryEntryLine()
    {
        // 222 lines: 15 header lines, the rest one entry each.
        QCOMPARE(m_toc.entries.size(), 207);
        QVERIFY(m_toc.header.contains(QLatin1String("; Archive created at")));
        QVERIFY(m_toc.header.contains(QLatin1String("dbname: demo")));
        QCOMPARE(m_toc.encoding, QStringLiteral("UTF8"));
        for (const TocEntry &e : m_toc.entries) {
            QVERIFY2(e.id > 0, qPrintable(e.line));
            QVERIFY2(!e.type.isEmpty() && !e.name.isEmpty(), qPrintable(e.line));
        }
    }

    void parsesTypes_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("owner");
        QTest::newRow("schema") << 7 << "SCHEMA" << "" << "ticketing" << "postgres";
        QTest::newRow("extension without owner") << 2 << "EXTENSION" << "" << "pg_stat_statements" << "";
        QTest::newRow("comment without owner") << 3706 << "COMMENT" << "" << "EXTENSION pg_stat_statements" << "";
        QTest::newRow("function with args") << 254 << "FUNCTION" << "ticketing" << "order_total(integer, text)" << "postgres";
        QTest::newRow("text search configuration") << 2158 << "TEXT SEARCH CONFIGURATION" << "ticketing" << "names" << "postgres";
        QTest::newRow("table data") << 3672 << "TABLE DATA" << "ticketing" << "orders" << "postgres";
        QTest::newRow("comment on table") << 3708 << "COMMENT" << "ticketing" << "TABLE orders" << "postgres";
        QTest::newRow("comment on column") << 3709 << "COMMENT" << "ticketing" << "COLUMN orders.status" << "postgres";
        QTest::newRow("acl on table") << 3710 << "ACL" << "ticketing" << "TABLE orders" << "postgres";
        QTest::newRow("acl on schema") << 3705 << "ACL" << "" << "SCHEMA ticketing" << "postgres";
        QTest::newRow("sequence owned by") << 3707 << "SEQUENCE OWNED BY" << "public" << "notes_id_seq" << "postgres";
        QTest::newRow("materialized view") << 251 << "MATERIALIZED VIEW" << "ticketing" << "daily_orders" << "postgres";
        QTest::newRow("materialized view data") << 3696 << "MATERIALIZED VIEW DATA" << "ticketing" << "daily_orders" << "postgres";
        QTest::newRow("default acl") << 2159 << "DEFAULT ACL" << "ticketing" << "DEFAULT PRIVILEGES FOR TABLES" << "postgres";
        QTest::newRow("fk constraint") << 3511 << "FK CONSTRAINT" << "ticketing" << "orders orders_customer_id_fkey" << "postgres";
        QTest::newRow("default") << 3362 << "DEFAULT" << "public" << "notes id" << "postgres";
    }
    void parsesTypes()
    {
        QFETCH(int, id);
        QFETCH(QString, type);
        QFETCH(QString, schema);
        QFETCH(QString, name);
        QFETCH(QString, owner);
        const TocEntry *e = m_toc.find(id);
        QVERIFY2(e, qPrintable(QString::number(id)));
        QCOMPARE(e->type, type);
        QCOMPARE(e->schema, schema);
        QCOMPARE(e->name, name);
        QCOMPARE(e->owner, owner);
    }

    void typesAreLongestFirst()
    {
        const QStringList &types = tocEntryTypes();
        QVERIFY(types.indexOf(QStringLiteral("MATERIALIZED VIEW DATA")) < types.indexOf(QStringLiteral("MATERIALIZED VIEW")));
        QVERIFY(types.indexOf(QStringLiteral("SEQUENCE OWNED BY")) < types.indexOf(QStringLiteral("SEQUENCE")));
        QVERIFY(types.indexOf(QStringLiteral("TABLE DATA")) < types.indexOf(QStringLiteral("TABLE")));
    }

    void readsDependencies()
    {
        const TocEntry *index = entry(QStringLiteral("INDEX"), QStringLiteral("ticketing"), QStringLiteral("orders_event_id_idx"));
        QVERIFY(index);
        const TocEntry *orders = entry(QStringLiteral("TABLE"), QStringLiteral("ticketing"), QStringLiteral("orders"));
        QVERIFY(orders);
        QVERIFY(index->dependencies.contains(orders->id));
        QCOMPARE(m_toc.tableOf(*index), QStringLiteral("ticketing.orders"));
        QCOMPARE(orders->tableKey(), QStringLiteral("ticketing.orders"));
    }

    void entriesForOrdersHoldItsDependents()
    {
        const QSet<int> ids = entriesForTable(m_toc, QStringLiteral("ticketing.orders"));
        const QStringList got = describe(ids);
        const QStringList expected = {
            QStringLiteral("SCHEMA  ticketing"),
            QStringLiteral("TABLE ticketing orders"),
            QStringLiteral("COMMENT ticketing TABLE orders"),
            QStringLiteral("COMMENT ticketing COLUMN orders.status"),
            QStringLiteral("ACL ticketing TABLE orders"),
            QStringLiteral("SEQUENCE ticketing orders_order_id_seq"),
            QStringLiteral("TABLE DATA ticketing orders"),
            QStringLiteral("SEQUENCE SET ticketing orders_order_id_seq"),
            QStringLiteral("CONSTRAINT ticketing orders orders_pkey"),
            QStringLiteral("INDEX ticketing orders_customer_id_idx"),
            QStringLiteral("INDEX ticketing orders_customer_idx"),
            QStringLiteral("INDEX ticketing orders_event_id_idx"),
            QStringLiteral("TRIGGER ticketing orders x"),
            QStringLiteral("FK CONSTRAINT ticketing orders orders_customer_id_fkey"),
            QStringLiteral("FK CONSTRAINT ticketing orders orders_event_id_fkey"),
        };
        for (const QString &want : expected)
            QVERIFY2(got.contains(want), qPrintable(want + QStringLiteral(" missing from: ") + got.join(QStringLiteral(", "))));
        // Nothing of other tables: not their data, nor their foreign keys pointing at orders.
        for (const QString &line : got) {
            QVERIFY2(!line.contains(QLatin1String("tickets")) && !line.contains(QLatin1String("customers "))
                         && !line.contains(QLatin1String("transactions")) && !line.contains(QLatin1String("daily_orders")),
                     qPrintable(line));
        }
        QCOMPARE(got.size(), expected.size());
    }

    void serialSequenceFollowsItsTable()
    {
        const QStringList got = describe(entriesForTable(m_toc, QStringLiteral("public.notes")));
        QVERIFY2(got.contains(QStringLiteral("SEQUENCE public notes_id_seq")), qPrintable(got.join(QLatin1Char(','))));
        QVERIFY(got.contains(QStringLiteral("SEQUENCE OWNED BY public notes_id_seq")));
        QVERIFY(got.contains(QStringLiteral("SEQUENCE SET public notes_id_seq")));
        QVERIFY(got.contains(QStringLiteral("DEFAULT public notes id")));
        QVERIFY(got.contains(QStringLiteral("CONSTRAINT public notes notes_pkey")));
        QVERIFY(!got.contains(QStringLiteral("SCHEMA  public"))); // public exists everywhere
    }

    void unknownTableSelectsNothing()
    {
        QVERIFY(entriesForTable(m_toc, QStringLiteral("ticketing.nope")).isEmpty());
    }

    void danglingForeignKeysAreLeftOut()
    {
        const QSet<int> ids = entriesForTable(m_toc, QStringLiteral("ticketing.orders"));
        QStringList skipped;
        const QSet<int> kept = withoutDanglingForeignKeys(m_toc, ids, &skipped);
        QCOMPARE(ids.size() - kept.size(), 2);
        QCOMPARE(skipped.size(), 2);
        QVERIFY2(skipped.join(QLatin1Char(' ')).contains(QLatin1String("ticketing.customers")), qPrintable(skipped.join(QLatin1Char('|'))));
        // With the referenced tables selected too, the foreign keys stay.
        QSet<int> wider = ids;
        wider.unite(entriesForTable(m_toc, QStringLiteral("ticketing.customers")));
        wider.unite(entriesForTable(m_toc, QStringLiteral("ticketing.events")));
        skipped.clear();
        // Only the events -> venues key dangles now.
        QCOMPARE(withoutDanglingForeignKeys(m_toc, wider, &skipped).size(), wider.size() - 1);
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().contains(QLatin1String("events_venue_id_fkey")), qPrintable(skipped.first()));
    }

    void listFileCommentsOutTheRest()
    {
        const QSet<int> ids = entriesForTable(m_toc, QStringLiteral("ticketing.orders"));
        const QString list = restoreListFile(m_toc, ids);
        const QStringList lines = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int active = 0;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char(';')))
                continue;
            ++active;
            QVERIFY2(ids.contains(line.section(QLatin1Char(';'), 0, 0).toInt()), qPrintable(line));
        }
        QCOMPARE(active, ids.size());
        QVERIFY(list.contains(QLatin1String(";3676; 0 16465 TABLE DATA ticketing tickets postgres")));
        // Re-parsing the list file gives back only the selected entries.
        QCOMPARE(parseTableOfContents(list).entries.size(), ids.size());
    }

    void schemaSelection()
    {
        const QSet<int> ids = entriesForSelection(m_toc, {QStringLiteral("public")}, {});
        const QStringList got = describe(ids);
        QVERIFY(got.contains(QStringLiteral("TABLE public notes")));
        QVERIFY(!got.contains(QStringLiteral("TABLE ticketing orders")));
        QVERIFY(describe(entriesForSelection(m_toc, {}, {QStringLiteral("ticketing.orders")})).contains(QStringLiteral("TABLE DATA ticketing orders")));
    }

    void jsonShape()
    {
        const QJsonObject o = m_toc.find(254)->toJson();
        QCOMPARE(o.value(QStringLiteral("id")).toInt(), 254);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("FUNCTION"));
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("ticketing"));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("order_total(integer, text)"));
        QCOMPARE(o.value(QStringLiteral("owner")).toString(), QStringLiteral("postgres"));
    }
};

QTEST_GUILESS_MAIN(TocTest)
#include "tst_toc.moc"
