// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the restore wizard's globals page offers from a pg_dumpall --globals-only file, what it
// ticks by default, and which statements the restore runs for a choice (and in which order).
#include "restore/globalsselection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {
const QString kHash = QStringLiteral("SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy");

// As pg_dumpall 15 writes it.
QByteArray globalsSql()
{
    return QStringLiteral(
               "--\n-- PostgreSQL database cluster dump\n--\n\nSET default_transaction_read_only = off;\n\n"
               "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\n--\n-- Roles\n--\n\n"
               "CREATE ROLE app_owner;\n"
               "ALTER ROLE app_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;\n"
               "CREATE ROLE postgres;\n"
               "ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;\n"
               "CREATE ROLE \"Report User\";\n"
               "ALTER ROLE \"Report User\" WITH NOSUPERUSER NOINHERIT NOCREATEROLE CREATEDB LOGIN NOREPLICATION "
               "NOBYPASSRLS CONNECTION LIMIT 3 PASSWORD '%1';\n"
               "ALTER ROLE \"Report User\" SET search_path TO reports;\n\n"
               "--\n-- Role memberships\n--\n\n"
               "GRANT app_owner TO \"Report User\" GRANTED BY postgres;\n"
               "GRANT pg_read_all_data TO postgres GRANTED BY postgres;\n\n"
               "--\n-- Tablespaces\n--\n\n"
               "CREATE TABLESPACE fastdisk OWNER postgres LOCATION '/srv/fast';\n"
               "GRANT ALL ON TABLESPACE fastdisk TO app_owner;\n\n"
               "--\n-- PostgreSQL database cluster dump complete\n--\n\n")
        .arg(kHash)
        .toUtf8();
}

GlobalsItem *itemNamed(QList<GlobalsItem> &items, GlobalsItem::Kind kind, const QString &name)
{
    for (GlobalsItem &item : items) {
        if (item.kind == kind && item.name == name)
            return &item;
    }
    return nullptr;
}
} // namespace

class TestGlobalsSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsRolesMembershipsAndTablespaces();
    void defaultsToTheMissingRolesAndTheirMemberships();
    void stepsRunRolesThenMembershipsThenTablespaces();
    void unreadableFileIsAnError();

private:
    QTemporaryDir m_dir;
    QList<GlobalsItem> m_items;
};

void TestGlobalsSelection::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("globals.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(globalsSql());
    file.close();
    auto items = readGlobalsFile(path);
    QVERIFY2(items.ok(), items.ok() ? "" : qPrintable(items.error().message));
    m_items = items.value();
}

void TestGlobalsSelection::readsRolesMembershipsAndTablespaces()
{
    QCOMPARE(m_items.size(), 6);
    using K = GlobalsItem::Kind;
    GlobalsItem *report = itemNamed(m_items, K::Role, QStringLiteral("Report User"));
    QVERIFY(report);
    QCOMPARE(report->statements.size(), 3); // CREATE, ALTER ... WITH, ALTER ... SET
    // The defaults of CREATE ROLE are left out; the password is only said to be there.
    QCOMPARE(report->attributes, (QStringList{QStringLiteral("NOINHERIT"), QStringLiteral("CREATEDB"),
                                              QStringLiteral("LOGIN"), QStringLiteral("CONNECTION LIMIT 3"),
                                              QStringLiteral("password set")}));
    QCOMPARE(itemNamed(m_items, K::Role, QStringLiteral("app_owner"))->attributes, QStringList());
    QCOMPARE(itemNamed(m_items, K::Role, QStringLiteral("postgres"))->attributes,
             (QStringList{QStringLiteral("SUPERUSER"), QStringLiteral("CREATEROLE"), QStringLiteral("CREATEDB"),
                          QStringLiteral("LOGIN"), QStringLiteral("REPLICATION"), QStringLiteral("BYPASSRLS")}));
    GlobalsItem *membership = itemNamed(m_items, K::Membership, QStringLiteral("Report User"));
    QVERIFY(membership);
    QCOMPARE(membership->granted, QStringList{QStringLiteral("app_owner")});
    QCOMPARE(membership->label(), QStringLiteral("membership of Report User in app_owner"));
    GlobalsItem *tablespace = itemNamed(m_items, K::Tablespace, QStringLiteral("fastdisk"));
    QVERIFY(tablespace);
    QCOMPARE(tablespace->statements.size(), 2); // CREATE and its GRANT
    for (const GlobalsItem &item : std::as_const(m_items)) {
        QVERIFY2(!item.label().contains(QStringLiteral("SCRAM")), qPrintable(item.label()));
        QVERIFY(!item.attributes.join(u' ').contains(QStringLiteral("SCRAM")));
        QVERIFY(!item.selected && !item.exists);
    }
}

void TestGlobalsSelection::defaultsToTheMissingRolesAndTheirMemberships()
{
    using K = GlobalsItem::Kind;
    itemNamed(m_items, K::Role, QStringLiteral("postgres"))->exists = true;
    selectDefaultGlobals(m_items);
    QVERIFY(itemNamed(m_items, K::Role, QStringLiteral("app_owner"))->selected);
    QVERIFY(itemNamed(m_items, K::Role, QStringLiteral("Report User"))->selected);
    QVERIFY(!itemNamed(m_items, K::Role, QStringLiteral("postgres"))->selected);
    QVERIFY(itemNamed(m_items, K::Membership, QStringLiteral("Report User"))->selected);
    // Between roles that are there already: left as the target has it.
    QVERIFY(!itemNamed(m_items, K::Membership, QStringLiteral("postgres"))->selected);
    QVERIFY(!itemNamed(m_items, K::Tablespace, QStringLiteral("fastdisk"))->selected);

    // A membership that exists is not ticked even when its member is created.
    itemNamed(m_items, K::Membership, QStringLiteral("Report User"))->exists = true;
    selectDefaultGlobals(m_items);
    QVERIFY(!itemNamed(m_items, K::Membership, QStringLiteral("Report User"))->selected);
}

void TestGlobalsSelection::stepsRunRolesThenMembershipsThenTablespaces()
{
    using K = GlobalsItem::Kind;
    itemNamed(m_items, K::Role, QStringLiteral("postgres"))->exists = true;
    selectDefaultGlobals(m_items);
    itemNamed(m_items, K::Tablespace, QStringLiteral("fastdisk"))->selected = true;
    itemNamed(m_items, K::Role, QStringLiteral("app_owner"))->selected = false;
    itemNamed(m_items, K::Role, QStringLiteral("postgres"))->selected = true; // exists: never run

    const QList<GlobalsStep> steps = selectedGlobalsSteps(m_items);
    QStringList statements, labels;
    for (const GlobalsStep &step : steps) {
        statements << step.statement;
        labels << step.label;
    }
    QCOMPARE(statements,
             (QStringList{QStringLiteral("CREATE ROLE \"Report User\""),
                          QStringLiteral("ALTER ROLE \"Report User\" WITH NOSUPERUSER NOINHERIT NOCREATEROLE CREATEDB "
                                         "LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 3 PASSWORD '%1'")
                              .arg(kHash),
                          QStringLiteral("ALTER ROLE \"Report User\" SET search_path TO reports"),
                          QStringLiteral("GRANT app_owner TO \"Report User\" GRANTED BY postgres"),
                          QStringLiteral("CREATE TABLESPACE fastdisk OWNER postgres LOCATION '/srv/fast'"),
                          QStringLiteral("GRANT ALL ON TABLESPACE fastdisk TO app_owner")}));
    QCOMPARE(labels.first(), QStringLiteral("role Report User"));
    QCOMPARE(labels.last(), QStringLiteral("tablespace fastdisk"));
    for (const QString &label : std::as_const(labels))
        QVERIFY(!label.contains(kHash));

    for (GlobalsItem &item : m_items)
        item.selected = false;
    QVERIFY(selectedGlobalsSteps(m_items).isEmpty());
}

void TestGlobalsSelection::unreadableFileIsAnError()
{
    auto items = readGlobalsFile(m_dir.filePath(QStringLiteral("missing.sql")));
    QVERIFY(!items.ok());
    QCOMPARE(items.error().code, QStringLiteral("source-unreadable"));
}

QTEST_GUILESS_MAIN(TestGlobalsSelection)
#include "tst_globalsselection.moc"
