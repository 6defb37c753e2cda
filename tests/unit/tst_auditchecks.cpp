// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's checks, compare, exports and SQL builders over hand-made snapshots: every
// configuration and authentication finding from a bad server, none at warning or above from a
// clean one, hostile names quoted, the CLI grant form parsed.
#include "audit/auditchecks.h"
#include "audit/auditreport.h"
#include "audit/auditstore.h"
#include "audit/effectiveprivileges.h"
#include "audit/grantsql.h"
#include "audit/rolesql.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pgs;

namespace {

AuditRole role(qint64 oid, const QString &name, bool login = false)
{
    AuditRole r;
    r.oid = oid;
    r.name = name;
    r.login = login;
    r.passwordMethod = QStringLiteral("scram-sha-256");
    r.validUntil = QStringLiteral("2030-01-01T00:00:00Z");
    return r;
}

AuditSnapshot cleanServer()
{
    AuditSnapshot s;
    s.superuser = true;
    s.hbaReadable = true;
    AuditRole postgres = role(10, QStringLiteral("postgres"), true);
    postgres.superuser = true;
    postgres.passwordMethod = QStringLiteral("none");
    postgres.validUntil.clear();
    s.roles << postgres << role(20000, QStringLiteral("app")) << role(20001, QStringLiteral("app user"), true);
    s.memberships << AuditMembership{20000, 20001, 10, false, true, true};
    s.databases << AuditDatabase{QStringLiteral("appdb"), QStringLiteral("postgres"), true, {}, {QStringLiteral("plpgsql")}, {}};
    s.owned << AuditOwned{QStringLiteral("appdb"), 20000, QStringLiteral("table"), 3};
    s.hba << AuditHbaRule{1, QStringLiteral("local"), QStringLiteral("all"), QStringLiteral("postgres"), {}, {}, QStringLiteral("peer"), {}, {}}
          << AuditHbaRule{2, QStringLiteral("hostssl"), QStringLiteral("appdb"), QStringLiteral("+app"), QStringLiteral("10.1.0.0"),
                          QStringLiteral("255.255.0.0"), QStringLiteral("scram-sha-256"), {}, {}};
    s.settings = {{QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256")}, {QStringLiteral("ssl"), QStringLiteral("on")},
                  {QStringLiteral("ssl_min_protocol_version"), QStringLiteral("TLSv1.2")}, {QStringLiteral("log_connections"), QStringLiteral("on")},
                  {QStringLiteral("log_disconnections"), QStringLiteral("on")}, {QStringLiteral("log_statement"), QStringLiteral("ddl")},
                  {QStringLiteral("log_line_prefix"), QStringLiteral("%m %u@%d ")}, {QStringLiteral("authentication_timeout"), QStringLiteral("30s")},
                  {QStringLiteral("data_checksums"), QStringLiteral("on")}, {QStringLiteral("shared_preload_libraries"), QStringLiteral("pgaudit,credcheck")}};
    s.grants << AuditGrant{QStringLiteral("appdb"), QStringLiteral("schema"), QStringLiteral("app"), {}, {}, 20000, 10, QStringLiteral("USAGE"), false}
             << AuditGrant{QStringLiteral("appdb"), QStringLiteral("table"), QStringLiteral("app"), QStringLiteral("t"), {}, 20000, 10,
                           QStringLiteral("SELECT"), false};
    return s;
}

QSet<QString> codes(const QList<Finding> &findings)
{
    QSet<QString> out;
    for (const Finding &f : findings)
        out.insert(f.code);
    return out;
}

} // namespace

class TstAuditChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanServerHasNoWarnings()
    {
        const AuditSnapshot s = cleanServer();
        const QList<Finding> findings = runAuditChecks(s, {}, quoteIdentAlways);
        QStringList shown;
        for (const Finding &f : findings)
            shown << f.code + QLatin1Char(' ') + f.object;
        QVERIFY2(!anyAtOrAbove(findings, Severity::Warning), qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY2(findings.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
    }

    void badServerTriggersEveryCheck()
    {
        AuditSnapshot s = cleanServer();
        s.settings[QStringLiteral("password_encryption")] = QStringLiteral("md5");
        s.settings[QStringLiteral("ssl")] = QStringLiteral("off");
        s.settings[QStringLiteral("ssl_min_protocol_version")] = QStringLiteral("TLSv1");
        s.settings[QStringLiteral("log_connections")] = QStringLiteral("off");
        s.settings[QStringLiteral("log_disconnections")] = QStringLiteral("off");
        s.settings[QStringLiteral("log_statement")] = QStringLiteral("none");
        s.settings[QStringLiteral("log_line_prefix")] = QStringLiteral("%m ");
        s.settings[QStringLiteral("authentication_timeout")] = QStringLiteral("300s");
        s.settings[QStringLiteral("data_checksums")] = QStringLiteral("off");
        s.settings[QStringLiteral("shared_preload_libraries")] = QString();
        s.tcpSessions = 3;
        s.tcpSessionsWithoutSsl = 2;
        s.hba << AuditHbaRule{3, QStringLiteral("host"), QStringLiteral("all"), QStringLiteral("all"), QStringLiteral("0.0.0.0"),
                              QStringLiteral("0.0.0.0"), QStringLiteral("trust"), {}, {}}
              << AuditHbaRule{4, QStringLiteral("host"), QStringLiteral("all"), QStringLiteral("all"), QStringLiteral("10.0.0.0"),
                              QStringLiteral("255.0.0.0"), QStringLiteral("md5"), {}, {}}
              << AuditHbaRule{5, QStringLiteral("host"), QStringLiteral("x"), QStringLiteral("y"), {}, {}, QStringLiteral("password"), {}, {}}
              << AuditHbaRule{6, QStringLiteral("host"), {}, {}, {}, {}, {}, {}, QStringLiteral("invalid IP mask")};
        s.databases[0].untrustedLanguages << QStringLiteral("plpython3u");
        s.databases[0].extensions << QStringLiteral("dblink");
        s.notChecked << QStringLiteral("database other: no CONNECT privilege");
        AuditRole nopw = role(20002, QStringLiteral("no pw"), true);
        nopw.passwordMethod = QStringLiteral("none");
        s.roles << nopw;
        const QSet<QString> found = codes(runAuditChecks(s, {}, quoteIdentAlways));
        for (const char *code : {"hba-trust", "hba-wide-open", "hba-superuser-remote", "hba-md5", "hba-password-cleartext",
                                 "hba-file-error", "no-ssl-connections", "password-encryption-md5", "ssl-off", "ssl-old-protocol",
                                 "logging-connections-off", "logging-disconnections-off", "logging-statement-none",
                                 "log-line-prefix-incomplete", "authentication-timeout-long", "data-checksums-off",
                                 "pgaudit-missing", "credcheck-missing", "untrusted-language", "risky-extension",
                                 "role-no-password-login", "not-checked"})
            QVERIFY2(found.contains(QString::fromLatin1(code)), code);
    }

    void unusedRoleNeedsEveryDatabaseRead()
    {
        AuditSnapshot s = cleanServer();
        s.roles << role(20003, QStringLiteral("old group"));
        QVERIFY(codes(runAuditChecks(s, {}, quoteIdentAlways)).contains(QStringLiteral("unused-role")));
        s.databases << AuditDatabase{QStringLiteral("locked"), QStringLiteral("postgres"), false, QStringLiteral("no CONNECT"), {}, {}};
        QVERIFY(!codes(runAuditChecks(s, {}, quoteIdentAlways)).contains(QStringLiteral("unused-role")));
    }

    void expiryPolicy()
    {
        AuditSnapshot s = cleanServer();
        s.roles[2].validUntil.clear();
        QList<Finding> f = runAuditChecks(s, {}, quoteIdentAlways);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].code, QStringLiteral("login-no-password-expiry"));
        QCOMPARE(f[0].severity, Severity::Info);
        QVERIFY2(f[0].fixSql.startsWith(QStringLiteral("ALTER ROLE \"app user\" VALID UNTIL '")), qPrintable(f[0].fixSql));
        AuditPolicy strict;
        strict.requirePasswordExpiry = true;
        QCOMPARE(runAuditChecks(s, strict, quoteIdentAlways)[0].severity, Severity::Warning);
    }

    void publicPrivilegesFixRunsInTheirDatabase()
    {
        AuditSnapshot s = cleanServer();
        s.grants << AuditGrant{QStringLiteral("appdb"), QStringLiteral("table"), QStringLiteral("My \"S"), QStringLiteral("t ü"), {}, 0, 10,
                               QStringLiteral("SELECT"), false}
                 << AuditGrant{QStringLiteral("appdb"), QStringLiteral("column"), QStringLiteral("My \"S"), QStringLiteral("t ü"),
                               QStringLiteral("c"), 0, 10, QStringLiteral("UPDATE"), false}
                 << AuditGrant{QStringLiteral("appdb"), QStringLiteral("schema"), QStringLiteral("public"), {}, {}, 0, 10,
                               QStringLiteral("CREATE"), false}
                 // An extension's own grant (pg_stat_statements' view to PUBLIC) is its design, not a finding.
                 << AuditGrant{QStringLiteral("appdb"), QStringLiteral("table"), QStringLiteral("public"), QStringLiteral("pg_stat_statements"),
                               {}, 0, 10, QStringLiteral("SELECT"), false, true};
        s.findings = runAuditChecks(s, {}, quoteIdentAlways, &s.findingDatabase);
        QCOMPARE(s.findings.size(), 2);
        for (const Finding &f : s.findings)
            QCOMPARE(s.databaseOf(f), QStringLiteral("appdb"));
        const Finding table = s.findings[0].code == QLatin1String("public-table-privileges") ? s.findings[0] : s.findings[1];
        QCOMPARE(table.fixSql, QStringLiteral("REVOKE ALL ON TABLE \"My \"\"S\".\"t ü\" FROM PUBLIC;\n"
                                              "REVOKE UPDATE (\"c\") ON TABLE \"My \"\"S\".\"t ü\" FROM PUBLIC;"));
    }

    void effectivePrivilegesThroughGroupsAndPublic()
    {
        AuditSnapshot s = cleanServer();
        s.grants << AuditGrant{QStringLiteral("appdb"), QStringLiteral("database"), {}, QStringLiteral("appdb"), {}, 0, 10,
                               QStringLiteral("CONNECT"), false};
        const MembershipGraph graph(s);
        const QList<EffectivePrivilege> privileges = privilegesOfRole(s, graph, 20001);
        QCOMPARE(privileges.size(), 3);
        QStringList vias;
        for (const EffectivePrivilege &p : privileges)
            vias << p.via;
        QVERIFY2(vias.contains(QStringLiteral("member of app user → app")), qPrintable(vias.join(QLatin1Char('|'))));
        QVERIFY(vias.contains(QStringLiteral("PUBLIC")));
        s.memberships[0].inherit = false; // NOINHERIT: only after SET ROLE
        QCOMPARE(privilegesOfRole(s, MembershipGraph(s), 20001).size(), 1);
        s.memberships[0].inherit = true;
        const QList<EffectivePrivilege> who = accessToObject(s, graph, QStringLiteral("appdb"), QStringLiteral("table"),
                                                             QStringLiteral("app"), QStringLiteral("t"));
        QCOMPARE(who.size(), 2); // app directly, app user through app
        QCOMPARE(who[1].role, 20001);
    }

    void compareAndRoundTrip()
    {
        AuditSnapshot before = cleanServer();
        before.findings = runAuditChecks(before, {}, quoteIdentAlways);
        AuditSnapshot after = cleanServer();
        after.roles << role(20009, QStringLiteral("new role"));
        after.grants.removeLast();
        after.grants << AuditGrant{QStringLiteral("appdb"), QStringLiteral("table"), QStringLiteral("app"), QStringLiteral("t"), {}, 0, 10,
                                   QStringLiteral("SELECT"), false};
        after.findings = runAuditChecks(after, {}, quoteIdentAlways, &after.findingDatabase);
        QTemporaryDir dir;
        AuditStore store(dir.path());
        before.takenAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.save(QStringLiteral("profile/1"), before).ok());
        after.takenAt = before.takenAt.addSecs(60);
        auto saved = store.save(QStringLiteral("profile/1"), after);
        QVERIFY(saved.ok());
        QCOMPARE(store.files(QStringLiteral("profile/1")).size(), 2);
        auto latest = store.latest(QStringLiteral("profile/1"));
        QVERIFY(latest.ok() && latest->has_value());
        const AuditSnapshot &loaded = **latest;
        QCOMPARE(loaded.roles.size(), after.roles.size());
        QCOMPARE(loaded.grants.size(), after.grants.size());
        QCOMPARE(loaded.findings.size(), after.findings.size());
        for (const Finding &f : loaded.findings)
            QCOMPARE(loaded.databaseOf(f), f.code == QLatin1String("public-table-privileges") ? QStringLiteral("appdb") : QString());
        QCOMPARE(QFile(*saved).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        const AuditComparison c = compareAudits(before, loaded);
        QCOMPARE(c.rolesAdded, QStringList{QStringLiteral("new role")});
        QCOMPARE(c.grantsAdded.size(), 1);
        QCOMPARE(c.grantsRemoved.size(), 1);
        QVERIFY(codes(c.findingsNew).contains(QStringLiteral("public-table-privileges")));
        QVERIFY(c.findingsResolved.isEmpty());
    }

    void exports()
    {
        AuditSnapshot s = cleanServer();
        s.roles[2].name = QStringLiteral("a,\"b\"\n<c>");
        s.roles[2].validUntil.clear(); // a finding that names it
        s.findings = runAuditChecks(s, {}, quoteIdentAlways);
        const QString csv = QString::fromUtf8(auditFindingsCsv(s));
        QVERIFY2(csv.contains(QStringLiteral("\"a,\"\"b\"\"\n<c>\"")), qPrintable(csv));
        const QString html = auditReportHtml(s);
        QVERIFY(html.contains(QStringLiteral("a,&quot;b&quot;\n&lt;c&gt;")));
        const QJsonObject json = auditJson(s);
        QCOMPARE(json.value(QStringLiteral("roles")).toArray().size(), 3);
        const QJsonObject appUser = json.value(QStringLiteral("roles")).toArray()[2].toObject();
        QCOMPARE(appUser.value(QStringLiteral("member_of")).toArray().size(), 0); // memberOf filled by the collector
        QVERIFY(json.value(QStringLiteral("findings")).toArray()[0].toObject().contains(QStringLiteral("fix_sql")));
    }

    void roleSqlQuotesAndNeverHoldsThePassword()
    {
        RoleDefinition r;
        r.name = QStringLiteral("O'Brien \"x\" ü");
        r.login = true;
        r.connectionLimit = 3;
        r.validUntil = QStringLiteral("2030-01-01");
        r.passwordVerifier = QStringLiteral("SCRAM-SHA-256$4096:abc$def:ghi");
        r.inRoles << QStringLiteral("read ers");
        const auto literal = [](const QString &s) -> QString { return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); };
        QCOMPARE(createRoleSql(r, quoteIdentAlways, literal),
                 QStringList{QStringLiteral("CREATE ROLE \"O'Brien \"\"x\"\" ü\" WITH LOGIN CONNECTION LIMIT 3 VALID UNTIL '2030-01-01' "
                                            "PASSWORD 'SCRAM-SHA-256$4096:abc$def:ghi' IN ROLE \"read ers\";")});
        RoleDefinition alter;
        alter.name = QStringLiteral("a");
        alter.superuser = false;
        alter.leaveRoles << QStringLiteral("g");
        QCOMPARE(alterRoleSql(alter, quoteIdentAlways, literal),
                 (QStringList{QStringLiteral("ALTER ROLE \"a\" WITH NOSUPERUSER;"), QStringLiteral("REVOKE \"g\" FROM \"a\";")}));
        QCOMPARE(dropRoleSql(QStringLiteral("x\"y"), quoteIdentAlways), QStringList{QStringLiteral("DROP ROLE \"x\"\"y\";")});
    }

    void parsesGrantForms()
    {
        using T = GrantRequest::Target;
        auto all = parseGrantCommand(false, QString("select on all tables in schema app to reader").split(QLatin1Char(' ')));
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
        QCOMPARE(all->target, T::AllTablesInSchema);
        QCOMPARE(all->schema, QStringLiteral("app"));
        QCOMPARE(all->roles, QStringList{QStringLiteral("reader")});
        auto many = parseGrantCommand(false, {QStringLiteral("select,INSERT"), QStringLiteral("on"), QStringLiteral("table"),
                                              QStringLiteral("app.t,\"My S\".\"T, x\""), QStringLiteral("to"),
                                              QStringLiteral("\"a b\""), QStringLiteral("public"), QStringLiteral("with"),
                                              QStringLiteral("grant"), QStringLiteral("option")});
        QVERIFY2(many.ok(), qPrintable(many.ok() ? QString() : many.error().message));
        QCOMPARE(many->privileges, (QStringList{QStringLiteral("SELECT"), QStringLiteral("INSERT")}));
        QCOMPARE(many->objects.size(), 2);
        QCOMPARE(many->objects[1], (QStringList{QStringLiteral("My S"), QStringLiteral("T, x")}));
        QCOMPARE(many->roles, (QStringList{QStringLiteral("a b"), QStringLiteral("PUBLIC")}));
        QVERIFY(many->withGrantOption);
        auto def = parseGrantCommand(true, QString("select on default tables in schema app for role owner from reader cascade").split(QLatin1Char(' ')));
        QVERIFY(def.ok());
        QCOMPARE(def->target, T::DefaultTables);
        QCOMPARE(def->forRole, QStringLiteral("owner"));
        QVERIFY(def->cascade);
        QVERIFY(!parseGrantCommand(false, QString("fly on table t to r").split(QLatin1Char(' '))).ok());
        QVERIFY(!parseGrantCommand(false, QString("select on table t from r").split(QLatin1Char(' '))).ok());
        QVERIFY(!parseGrantCommand(false, QString("select on table \"t to r").split(QLatin1Char(' '))).ok());
    }
};

QTEST_GUILESS_MAIN(TstAuditChecks)
#include "tst_auditchecks.moc"
