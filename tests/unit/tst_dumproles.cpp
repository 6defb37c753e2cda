// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the roles a dump names (owners, grants, default privileges, policies) in SQL as pg_dump
// and pg_dumpall write it, without being fooled by function bodies, literals, comments or COPY data;
// and the --clean order of a partitioned table's constraints on the demo database's TOC.
#include "restore/dumproles.h"
#include "restore/restoretools.h"
#include "restore/sqlstatementscanner.h"
#include "restore/toc.h"

#include <QFile>
#include <QTest>

using namespace pgs;

namespace {
QStringList statementsOf(const QByteArray &sql, int chunk)
{
    QStringList statements;
    SqlStatementScanner scanner([&statements](const QString &s) { statements << s; });
    for (qsizetype at = 0; at < sql.size(); at += chunk)
        scanner.feed(sql.mid(at, chunk));
    scanner.finish();
    return statements;
}

QString fixture(const QString &name)
{
    const QString dir = qEnvironmentVariable("PGSTEWARD_SOURCE_DIR");
    const QString path = dir.isEmpty() ? QFINDTESTDATA(QStringLiteral("data/") + name)
                                       : dir + QStringLiteral("/tests/unit/data/") + name;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class DumpRolesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesOfStatements_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QStringList>("roles");
        QTest::newRow("owner") << "ALTER TABLE public.items OWNER TO alice" << QStringList{"alice"};
        QTest::newRow("quoted owner") << "ALTER SCHEMA sales OWNER TO \"John Smith\"" << QStringList{"John Smith"};
        QTest::newRow("function owner") << "ALTER FUNCTION public.f(a integer, b text) OWNER TO \"Zoë\""
                                        << QStringList{QString::fromUtf8("Zoë")};
        QTest::newRow("quote in name") << "ALTER TABLE t OWNER TO \"O\"\"Brien\"" << QStringList{"O\"Brien"};
        QTest::newRow("unquoted folds") << "ALTER TABLE t OWNER TO Alice" << QStringList{"alice"};
        QTest::newRow("grant") << "GRANT SELECT,INSERT ON TABLE public.items TO \"John Smith\", bob WITH GRANT OPTION"
                               << QStringList{"John Smith", "bob"};
        QTest::newRow("grant columns") << "GRANT SELECT(id, name) ON TABLE public.items TO carol" << QStringList{"carol"};
        QTest::newRow("grant to public") << "GRANT USAGE ON SCHEMA sales TO PUBLIC" << QStringList{};
        QTest::newRow("quoted public is a role") << "GRANT USAGE ON SCHEMA sales TO \"PUBLIC\"" << QStringList{"PUBLIC"};
        QTest::newRow("granted by") << "GRANT ALL ON TABLE t TO dave GRANTED BY erin" << QStringList{"dave", "erin"};
        QTest::newRow("revoke") << "REVOKE ALL ON FUNCTION public.f() FROM PUBLIC" << QStringList{};
        QTest::newRow("revoke role") << "REVOKE ALL ON TABLE t FROM \"Team A\"" << QStringList{"Team A"};
        QTest::newRow("membership") << "GRANT readers, \"Writers\" TO frank GRANTED BY postgres"
                                    << QStringList{"readers", "Writers", "frank", "postgres"};
        QTest::newRow("default privileges")
            << "ALTER DEFAULT PRIVILEGES FOR ROLE \"App Owner\" IN SCHEMA sales GRANT SELECT ON TABLES TO reporting"
            << QStringList{"App Owner", "reporting"};
        QTest::newRow("default privileges revoke")
            << "ALTER DEFAULT PRIVILEGES FOR ROLE owner1, owner2 REVOKE ALL ON FUNCTIONS FROM PUBLIC"
            << QStringList{"owner1", "owner2"};
        QTest::newRow("policy") << "CREATE POLICY p ON public.items AS PERMISSIVE FOR SELECT TO gina, \"H I\" USING ((id > 0))"
                                << QStringList{"gina", "H I"};
        QTest::newRow("user mapping") << "CREATE USER MAPPING FOR ivan SERVER remote" << QStringList{"ivan"};
        QTest::newRow("session authorization") << "SET SESSION AUTHORIZATION 'judy'" << QStringList{"judy"};
        QTest::newRow("rename is no owner") << "ALTER TABLE t RENAME TO owner_table" << QStringList{};
        QTest::newRow("column named to") << "ALTER TABLE t ALTER COLUMN \"to\" SET DEFAULT 'OWNER TO x'" << QStringList{};
    }
    void rolesOfStatements()
    {
        QFETCH(QString, statement);
        QFETCH(QStringList, roles);
        QCOMPARE(rolesReferencedBy(statement), roles);
    }

    // Whatever the block size, the same statements: strings, dollar bodies, comments and COPY data
    // are not split and not mistaken for statements.
    void scannerSkipsBodiesAndData_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 7, 64, 100000})
            QTest::newRow(qPrintable(QString::number(chunk))) << chunk;
    }
    void scannerSkipsBodiesAndData()
    {
        QFETCH(int, chunk);
        const QByteArray sql =
            "--\n-- PostgreSQL database dump\n--\n\\restrict abc123\n"
            "SET client_encoding = 'UTF8';\n"
            "CREATE FUNCTION public.f() RETURNS void LANGUAGE plpgsql AS $_$\nBEGIN\n"
            "  EXECUTE 'GRANT ALL ON t TO mallory;';\n  GRANT SELECT ON t TO oscar;\nEND\n$_$;\n"
            "ALTER FUNCTION public.f() OWNER TO alice;\n"
            "/* GRANT ALL ON t TO trudy; /* nested */ still comment; */\n"
            "COPY public.items (id, name) FROM stdin;\n1\tGRANT x TO eve;\n2\t'quote\n\\.\n"
            "INSERT INTO t VALUES ('a;b', E'it\\'s; GRANT y TO eve');\n"
            "GRANT SELECT ON TABLE public.items TO \"John; Smith\";\n"
            "\\connect other\n"
            "ALTER TABLE t OWNER TO peggy";
        const QStringList statements = statementsOf(sql, chunk);
        QStringList roles;
        for (const QString &s : statements)
            roles << rolesReferencedBy(s);
        QCOMPARE(roles, (QStringList{"alice", "John; Smith", "peggy"}));
        QCOMPARE(statements.first(), QStringLiteral("SET client_encoding = 'UTF8'"));
        QVERIFY(statements.size() == 5); // SET, CREATE FUNCTION, ALTER, GRANT, ALTER: no INSERT, no COPY
    }

    void globalsStatements_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("role");
        using K = GlobalsStatement::Kind;
        QTest::newRow("create") << "CREATE ROLE \"John Smith\"" << int(K::CreateRole) << "John Smith";
        QTest::newRow("alter") << "ALTER ROLE alice WITH NOSUPERUSER INHERIT LOGIN PASSWORD 'SCRAM-SHA-256$4096:x'"
                               << int(K::AlterRole) << "alice";
        QTest::newRow("setting") << "ALTER ROLE alice SET search_path TO 'sales', 'public'" << int(K::AlterRole) << "alice";
        QTest::newRow("membership") << "GRANT pg_monitor TO alice GRANTED BY postgres" << int(K::Membership) << "alice";
        QTest::newRow("tablespace") << "CREATE TABLESPACE fast OWNER alice LOCATION '/srv/fast'" << int(K::Tablespace) << "";
        QTest::newRow("tablespace grant") << "GRANT CREATE ON TABLESPACE fast TO alice" << int(K::Tablespace) << "";
        QTest::newRow("set") << "SET standard_conforming_strings = on" << int(K::Other) << "";
    }
    void globalsStatements()
    {
        QFETCH(QString, statement);
        QFETCH(int, kind);
        QFETCH(QString, role);
        const GlobalsStatement g = classifyGlobalsStatement(statement);
        QCOMPARE(int(g.kind), kind);
        QCOMPARE(g.role, role);
    }

    // pg_restore --clean drops in reverse list order: the parent's primary key must come after its
    // partitions' so that it is dropped first.
    void cleanOrderPutsParentConstraintAfterPartitions()
    {
        const QString list = fixture(QStringLiteral("demo_toc.list"));
        QVERIFY2(!list.isEmpty(), "fixture demo_toc.list missing");
        TableOfContents toc = parseTableOfContents(list);
        applyScriptComments(toc, fixture(QStringLiteral("demo_toc.script")));
        const TableOfContents before = toc;
        auto position = [](const TableOfContents &t, const QString &name) {
            for (qsizetype i = 0; i < t.entries.size(); ++i) {
                if (t.entries[i].type == QLatin1String("CONSTRAINT") && t.entries[i].name.endsWith(name))
                    return i;
            }
            return qsizetype(-1);
        };
        const QString parent = QStringLiteral(" transactions_pkey");
        const QString partition = QStringLiteral(" transactions_default_pkey");
        QVERIFY(position(before, parent) >= 0 && position(before, partition) >= 0);
        QVERIFY(position(before, parent) < position(before, partition)); // as pg_dump lists them

        QVERIFY(orderConstraintsForClean(toc));
        QCOMPARE(toc.entries.size(), before.entries.size());
        qsizetype firstAttach = -1;
        for (qsizetype i = 0; i < toc.entries.size(); ++i) {
            const TocEntry &e = toc.entries[i];
            if (e.type == QLatin1String("CONSTRAINT") && e.name.startsWith(QLatin1String("transactions_")))
                QVERIFY2(i < position(toc, parent), qPrintable(e.line));
            if (firstAttach < 0 && e.type == QLatin1String("INDEX ATTACH"))
                firstAttach = i;
        }
        QVERIFY(position(toc, parent) < firstAttach);
        // Nothing else moved.
        TableOfContents without = toc;
        TableOfContents original = before;
        auto drop = [&parent](TableOfContents &t) {
            t.entries.removeIf([&parent](const TocEntry &e) { return e.name.endsWith(parent); });
        };
        drop(without);
        drop(original);
        for (qsizetype i = 0; i < original.entries.size(); ++i)
            QCOMPARE(without.entries[i].id, original.entries[i].id);

        TableOfContents plain = parseTableOfContents(QStringLiteral("1; 2606 1 CONSTRAINT public t t_pkey postgres\n"));
        QVERIFY(!orderConstraintsForClean(plain));
    }
};

QTEST_GUILESS_MAIN(DumpRolesTest)
#include "tst_dumproles.moc"
