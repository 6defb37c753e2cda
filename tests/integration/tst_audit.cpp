// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit against the fixture cluster: roles and grants with hostile names (quotes, spaces,
// non-ASCII) that trigger every role and privilege finding, a scratch database the audit must
// visit on its own connection, fix SQL that makes its finding disappear, effective privileges
// through a group and PUBLIC, and a non-superuser audit that reports "not checked".
// Roles are cluster-wide: they carry a unique prefix and are dropped at the end.
#include "clitestenv.h"

#include "audit/auditcollector.h"
#include "audit/effectiveprivileges.h"
#include "pg/connection.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class TstAudit : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_prefix;
    QTemporaryDir m_tmp;

    QString name(const QString &what) const { return m_prefix + what; }

    Status run(const QString &database, const QString &sql)
    {
        auto conn = pg::Connection::open(clusterSpec(database));
        if (!conn)
            return conn.error();
        return (*conn)->execScript(sql);
    }

    Result<AuditSnapshot> audit(const ConnectionSpec &spec)
    {
        auto conn = pg::Connection::open(spec);
        if (!conn)
            return conn.error();
        JobContext ctx;
        return collectAudit(**conn, spec, ctx);
    }

    static bool has(const AuditSnapshot &s, const QString &code, const QString &object)
    {
        for (const Finding &f : s.findings)
            if (f.code == code && f.object == object)
                return true;
        return false;
    }

    QString q(const QString &what) const { return quoteIdentAlways(name(what)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clusterAvailable(), "the test cluster fixture is not running");
        m_prefix = QStringLiteral("pgs au%1 \"'ü ").arg(QRandomGenerator::global()->bounded(100000000));
        m_db = createScratchDatabase(QStringLiteral("audit"));
        QVERIFY(!m_db.isEmpty());
        const QString roles = QStringLiteral(
            "CREATE ROLE %1 LOGIN SUPERUSER;"
            "CREATE ROLE %2 CREATEROLE;"
            "CREATE ROLE %3 LOGIN BYPASSRLS;"
            "CREATE ROLE %4 LOGIN REPLICATION;"
            "SET password_encryption = 'md5'; CREATE ROLE %5 LOGIN PASSWORD 'not-a-secret'; RESET password_encryption;"
            "CREATE ROLE %6;"
            "CREATE ROLE %7 LOGIN;"   // the non-superuser auditor, and a member of the group
            "CREATE ROLE %8 IN ROLE %2;" // gives the createrole role a member... of a group it is in
            "CREATE ROLE %9; GRANT %9 TO %7;")
                                  .arg(q(QStringLiteral("super")), q(QStringLiteral("creator")), q(QStringLiteral("bypass")),
                                       q(QStringLiteral("repl")), q(QStringLiteral("md5")), q(QStringLiteral("unused")),
                                       q(QStringLiteral("auditor")), q(QStringLiteral("sub")), q(QStringLiteral("group")));
        QVERIFY2(run(QStringLiteral("postgres"), roles).ok(), "could not create the roles");
        const QString objects = QStringLiteral(
            "CREATE SCHEMA %1 AUTHORIZATION %2;"
            "CREATE TABLE %1.%3 (id int, secret text);"
            "GRANT SELECT ON %1.%3 TO PUBLIC;"
            "GRANT UPDATE (secret) ON %1.%3 TO PUBLIC;"
            "GRANT CREATE ON SCHEMA %1 TO PUBLIC;"
            "GRANT USAGE ON SCHEMA %1 TO %2;"
            "CREATE TABLE %1.%4 (id int);"
            "GRANT INSERT ON %1.%4 TO %2;"
            "ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2;")
                                    .arg(quoteIdentAlways(QStringLiteral("app ü \"x\"")), q(QStringLiteral("group")),
                                         quoteIdentAlways(QStringLiteral("open table")), quoteIdentAlways(QStringLiteral("group table")));
        const Status created = run(m_db, objects);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }

    void cleanupTestCase()
    {
        if (!m_db.isEmpty())
            dropScratchDatabase(m_db);
        auto conn = pg::Connection::open(clusterSpec());
        QVERIFY(conn.ok());
        auto roles = (*conn)->exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)"), {m_prefix});
        QVERIFY(roles.ok());
        for (int i = 0; i < roles->rows(); ++i)
            QVERIFY((*conn)->exec(QStringLiteral("DROP ROLE ") + (*conn)->quoteIdentifier(roles->text(i, 0))).ok());
    }

    void everyRoleAndPrivilegeFinding()
    {
        auto s = audit(clusterSpec());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QVERIFY(s->superuser);
        QVERIFY2(s->notChecked.isEmpty() || !s->notChecked.join(QLatin1Char(' ')).contains(QLatin1String("pg_authid")),
                 qPrintable(s->notChecked.join(QLatin1Char('\n'))));
        const QString schemaObject = m_db + QStringLiteral(": app ü \"x\"");
        const QList<std::pair<const char *, QString>> expected{
            {"superuser-login", name(QStringLiteral("super"))},
            {"createrole-nonsuper", name(QStringLiteral("creator"))},
            {"bypassrls", name(QStringLiteral("bypass"))},
            {"replication-role-login", name(QStringLiteral("repl"))},
            {"password-md5", name(QStringLiteral("md5"))},
            {"login-no-password-expiry", name(QStringLiteral("md5"))},
            {"unused-role", name(QStringLiteral("unused"))},
            {"public-schema-create", schemaObject},
            {"public-table-privileges", schemaObject + QStringLiteral(".open table")},
        };
        for (const auto &[code, object] : expected)
            QVERIFY2(has(*s, QString::fromLatin1(code), object), qPrintable(QStringLiteral("%1 on %2").arg(QString::fromLatin1(code), object)));
        // The group has members and owns a schema: not unused. The scratch database was read on its own connection.
        QVERIFY(!has(*s, QStringLiteral("unused-role"), name(QStringLiteral("group"))));
        bool scratchRead = false;
        for (const AuditDatabase &db : s->databases)
            scratchRead = scratchRead || (db.name == m_db && db.checked);
        QVERIFY(scratchRead);
        const AuditRole *auditor = s->roleNamed(name(QStringLiteral("auditor")));
        QVERIFY(auditor);
        QCOMPARE(auditor->memberOf, QStringList{name(QStringLiteral("group"))});
        QCOMPARE(auditor->passwordMethod, QStringLiteral("none"));
    }

    void effectivePrivilegesThroughGroupPublicAndDefaults()
    {
        auto s = audit(clusterSpec());
        QVERIFY(s.ok());
        const MembershipGraph graph(*s);
        const qint64 auditor = s->roleNamed(name(QStringLiteral("auditor")))->oid;
        QStringList seen;
        for (const EffectivePrivilege &p : privilegesOfRole(*s, graph, auditor))
            if (p.grant->database == m_db)
                seen << QStringLiteral("%1 %2 %3 via %4").arg(p.grant->privilege, p.grant->kind, p.grant->objectText(), p.via);
        const QString all = seen.join(QLatin1Char('\n'));
        const QString group = name(QStringLiteral("group"));
        QVERIFY2(all.contains(QStringLiteral("INSERT table \"app ü \"\"x\"\"\".\"group table\" via member of %1 → %2")
                                  .arg(name(QStringLiteral("auditor")), group)), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("SELECT table \"app ü \"\"x\"\"\".\"open table\" via PUBLIC")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("SELECT default tables")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("CONNECT database")), qPrintable(all)); // PUBLIC's default CONNECT
        // Who may change the group's table: the group directly, the auditor through it.
        QStringList who;
        for (const EffectivePrivilege &p : accessToObject(*s, graph, m_db, QStringLiteral("table"), QStringLiteral("app ü \"x\""),
                                                          QStringLiteral("group table")))
            who << s->roleName(p.role) + QLatin1Char(' ') + p.grant->privilege;
        QVERIFY2(who.contains(name(QStringLiteral("auditor")) + QStringLiteral(" INSERT")), qPrintable(who.join(QLatin1Char('\n'))));
    }

    void fixSqlMakesTheFindingDisappear()
    {
        auto before = audit(clusterSpec());
        QVERIFY(before.ok());
        QList<Finding> ours;
        for (const Finding &f : before->findings)
            if ((f.object.startsWith(m_prefix) || f.object.startsWith(m_db + QLatin1Char(':'))) && !f.fixSql.isEmpty())
                ours << f;
        QVERIFY2(ours.size() >= 6, qPrintable(QString::number(ours.size())));
        for (const Finding &f : std::as_const(ours)) {
            const QString db = before->databaseOf(f).isEmpty() ? QStringLiteral("postgres") : before->databaseOf(f);
            const Status applied = run(db, f.fixSql);
            QVERIFY2(applied.ok(), qPrintable(f.fixSql + QLatin1Char('\n') + (applied.ok() ? QString() : applied.error().message)));
        }
        auto after = audit(clusterSpec());
        QVERIFY(after.ok());
        for (const Finding &f : std::as_const(ours))
            QVERIFY2(!has(*after, f.code, f.object), qPrintable(f.code + QLatin1Char(' ') + f.object + QLatin1Char('\n') + f.fixSql));
        QVERIFY(has(*after, QStringLiteral("password-md5"), name(QStringLiteral("md5")))); // advice only: still there
        // Restore what later tests rely on.
        QVERIFY(run(m_db, QStringLiteral("GRANT SELECT ON %1.%2 TO PUBLIC")
                              .arg(quoteIdentAlways(QStringLiteral("app ü \"x\"")), quoteIdentAlways(QStringLiteral("open table"))))
                    .ok());
    }

    void nonSuperuserReportsNotChecked()
    {
        ConnectionSpec spec = clusterSpec();
        spec.set(QStringLiteral("user"), name(QStringLiteral("auditor")));
        QVERIFY(run(QStringLiteral("postgres"), QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(quoteIdentAlways(m_db))).ok());
        auto s = audit(spec);
        QVERIFY(run(QStringLiteral("postgres"), QStringLiteral("GRANT CONNECT ON DATABASE %1 TO PUBLIC").arg(quoteIdentAlways(m_db))).ok());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QVERIFY(!s->superuser);
        const QString notChecked = s->notChecked.join(QLatin1Char('\n'));
        QVERIFY2(notChecked.contains(QLatin1String("pg_authid")), qPrintable(notChecked));
        QVERIFY2(notChecked.contains(QLatin1String("pg_hba_file_rules")), qPrintable(notChecked));
        QVERIFY2(notChecked.contains(QStringLiteral("database %1").arg(m_db)), qPrintable(notChecked));
        QVERIFY2(notChecked.contains(QLatin1String("pg_stat_ssl")), qPrintable(notChecked));
        int notCheckedFindings = 0;
        for (const Finding &f : s->findings) {
            notCheckedFindings += f.code == QLatin1String("not-checked");
            QVERIFY2(f.code != QLatin1String("password-md5") && !f.code.startsWith(QLatin1String("hba-")), qPrintable(f.code));
        }
        QCOMPARE(notCheckedFindings, s->notChecked.size());
        QVERIFY(s->roleNamed(name(QStringLiteral("md5")))->passwordMethod.isEmpty()); // unknown, not "none"
        // The md5 role's unused check cannot be answered without every database: not reported clean.
        QVERIFY(!has(*s, QStringLiteral("unused-role"), name(QStringLiteral("unused"))));
    }

    void cliAuditJsonFailOnAndCompare()
    {
        const QProcessEnvironment env = isolatedCliEnvironment(m_tmp);
        const QString conninfo = conninfoOf(clusterSpec());
        const CliRun first = runCli({QStringLiteral("audit"), QStringLiteral("--db"), conninfo, QStringLiteral("--json"),
                                     QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("first.json")), QStringLiteral("--format"),
                                     QStringLiteral("json")}, env);
        QVERIFY2(first.exitCode == 0, describeRun(first));
        const QJsonObject json = jsonObjectOf(first);
        bool found = false;
        for (const QJsonValue &f : json.value(QStringLiteral("findings")).toArray())
            found = found || (f[QStringLiteral("code")] == QStringLiteral("password-md5") && f[QStringLiteral("object")] == name(QStringLiteral("md5")));
        QVERIFY(found);
        bool member = false;
        for (const QJsonValue &r : json.value(QStringLiteral("roles")).toArray())
            if (r[QStringLiteral("name")] == name(QStringLiteral("auditor")))
                member = r[QStringLiteral("member_of")].toArray().contains(QJsonValue(name(QStringLiteral("group")))) && r[QStringLiteral("login")].toBool();
        QVERIFY(member);
        // Every audit is saved under the data directory.
        QDir audits(m_tmp.filePath(QStringLiteral("data/audits")));
        QCOMPARE(audits.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        const QString saved = QDir(audits.filePath(audits.entryList(QDir::Dirs | QDir::NoDotAndDotDot).first()))
                                  .entryInfoList({QStringLiteral("*.json")}).first().absoluteFilePath();

        const CliRun failing = runCli({QStringLiteral("audit"), QStringLiteral("--db"), conninfo, QStringLiteral("--fail-on"),
                                       QStringLiteral("warning")}, env);
        QCOMPARE(failing.exitCode, 1);
        QVERIFY2(failing.out().contains(QLatin1String("password-md5")), describeRun(failing));
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("--db"), conninfo, QStringLiteral("--fail-on"), QStringLiteral("info2")}, env).exitCode, 2);

        // A change, then --compare with the saved audit.
        QVERIFY(run(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1").arg(q(QStringLiteral("later")))).ok());
        const CliRun second = runCli({QStringLiteral("audit"), QStringLiteral("--db"), conninfo, QStringLiteral("--json"),
                                      QStringLiteral("--compare"), saved}, env);
        QVERIFY2(second.exitCode == 0, describeRun(second));
        const QJsonObject cmp = jsonObjectOf(second).value(QStringLiteral("comparison")).toObject();
        QVERIFY2(cmp.value(QStringLiteral("roles_added")).toArray().contains(QJsonValue(name(QStringLiteral("later")))), second.standardOutput.constData());
        bool newUnused = false;
        for (const QJsonValue &f : cmp.value(QStringLiteral("findings_new")).toArray())
            newUnused = newUnused || (f[QStringLiteral("code")] == QStringLiteral("unused-role") && f[QStringLiteral("object")] == name(QStringLiteral("later")));
        QVERIFY(newUnused);
        for (const char *format : {"html", "csv", "pdf"}) {
            const QString out = m_tmp.filePath(QStringLiteral("report.") + QString::fromLatin1(format));
            const CliRun exported = runCli({QStringLiteral("audit"), QStringLiteral("--db"), conninfo, QStringLiteral("--out"), out}, env);
            QVERIFY2(exported.exitCode == 0, describeRun(exported));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(5);
            if (qstrcmp(format, "pdf") == 0)
                QCOMPARE(head, QByteArray("%PDF-"));
            else
                QVERIFY(file.readAll().contains(name(QStringLiteral("md5")).toUtf8().replace("\"", qstrcmp(format, "html") == 0 ? "&quot;" : "\"\"")));
        }
    }

    void cliRoleAndGrant()
    {
        const QProcessEnvironment env = isolatedCliEnvironment(m_tmp);
        const QString conninfo = conninfoOf(clusterSpec(m_db));
        const QString reader = name(QStringLiteral("reader, x"));
        CliRun created = runCli({QStringLiteral("role"), QStringLiteral("create"), reader, QStringLiteral("--login"),
                                 QStringLiteral("--in-role"), name(QStringLiteral("group")), QStringLiteral("--connection-limit"),
                                 QStringLiteral("4"), QStringLiteral("--db"), conninfo}, env);
        QVERIFY2(created.exitCode == 0, describeRun(created));
        const QString schema = quoteIdentAlways(QStringLiteral("app ü \"x\""));
        CliRun dry = runCli({QStringLiteral("grant"), QStringLiteral("select"), QStringLiteral("on"), QStringLiteral("all"),
                             QStringLiteral("tables"), QStringLiteral("in"), QStringLiteral("schema"), schema, QStringLiteral("to"),
                             quoteIdentAlways(reader), QStringLiteral("--db"), conninfo, QStringLiteral("--dry-run")}, env);
        QVERIFY2(dry.exitCode == 0 && dry.out().startsWith(QLatin1String("GRANT SELECT ON ALL TABLES IN SCHEMA")), describeRun(dry));
        auto conn = pg::Connection::open(clusterSpec(m_db));
        QVERIFY(conn.ok());
        const QVariantList check{reader, QStringLiteral("\"app ü \"\"x\"\"\".\"group table\"")};
        auto r = (*conn)->exec(QStringLiteral("SELECT has_table_privilege($1, $2::text::regclass, 'SELECT') AND rolconnlimit = 4 FROM pg_roles WHERE rolname = $1"), check);
        QVERIFY(r.ok());
        QCOMPARE(r->text(0, 0), QStringLiteral("f")); // the dry run changed nothing
        CliRun granted = runCli({QStringLiteral("grant"), QStringLiteral("select"), QStringLiteral("on"), QStringLiteral("all"),
                                 QStringLiteral("tables"), QStringLiteral("in"), QStringLiteral("schema"), schema, QStringLiteral("to"),
                                 quoteIdentAlways(reader), QStringLiteral("--db"), conninfo}, env);
        QVERIFY2(granted.exitCode == 0, describeRun(granted));
        r = (*conn)->exec(QStringLiteral("SELECT has_table_privilege($1, $2::text::regclass, 'SELECT') AND rolconnlimit = 4 FROM pg_roles WHERE rolname = $1"), check);
        QCOMPARE(r->text(0, 0), QStringLiteral("t"));
        // One transaction: a revoke naming a missing role as well changes nothing.
        CliRun bad = runCli({QStringLiteral("revoke"), QStringLiteral("select"), QStringLiteral("on"), QStringLiteral("table"),
                             schema + QStringLiteral(".\"group table\""), schema + QStringLiteral(".\"no such\""), QStringLiteral("from"),
                             quoteIdentAlways(reader), QStringLiteral("--db"), conninfo}, env);
        QCOMPARE(bad.exitCode, 1);
        r = (*conn)->exec(QStringLiteral("SELECT has_table_privilege($1, $2::text::regclass, 'SELECT') FROM pg_roles WHERE rolname = $1"), check);
        QCOMPARE(r->text(0, 0), QStringLiteral("t"));
        CliRun dropped = runCli({QStringLiteral("revoke"), QStringLiteral("select"), QStringLiteral("on"), QStringLiteral("all"),
                                 QStringLiteral("tables"), QStringLiteral("in"), QStringLiteral("schema"), schema, QStringLiteral("from"),
                                 quoteIdentAlways(reader), QStringLiteral("--db"), conninfo}, env);
        QVERIFY2(dropped.exitCode == 0, describeRun(dropped));
        CliRun altered = runCli({QStringLiteral("role"), QStringLiteral("alter"), reader, QStringLiteral("--no-login"),
                                 QStringLiteral("--valid-until"), QStringLiteral("2031-01-01"), QStringLiteral("--not-in-role"),
                                 name(QStringLiteral("group")), QStringLiteral("--password-stdin"), QStringLiteral("--db"), conninfo},
                                env, "alter-Secret 9\n");
        QVERIFY2(altered.exitCode == 0, describeRun(altered));
        QVERIFY(!altered.standardOutput.contains("alter-Secret"));
        r = (*conn)->exec(QStringLiteral("SELECT rolcanlogin, rolvaliduntil::date, starts_with(rolpassword, 'SCRAM-SHA-256$'), "
                                         "pg_has_role(rolname, $2, 'MEMBER') FROM pg_authid WHERE rolname = $1"),
                          {reader, name(QStringLiteral("group"))});
        QVERIFY(r.ok() && r->rows() == 1);
        QCOMPARE(QStringList({r->text(0, 0), r->text(0, 1), r->text(0, 2), r->text(0, 3)}).join(QLatin1Char(' ')),
                 QStringLiteral("f 2031-01-01 t f"));
        QCOMPARE(runCli({QStringLiteral("grant"), QStringLiteral("fly"), QStringLiteral("on"), QStringLiteral("table"), QStringLiteral("t"),
                         QStringLiteral("to"), QStringLiteral("x"), QStringLiteral("--db"), conninfo}, env).exitCode, 2);
        CliRun gone = runCli({QStringLiteral("role"), QStringLiteral("drop"), reader, QStringLiteral("--db"), conninfo}, env);
        QVERIFY2(gone.exitCode == 0, describeRun(gone));
        r = (*conn)->exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"), {reader});
        QCOMPARE(r->text(0, 0), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"
