// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A password set through `pgsteward-cli role create --password-stdin` is hashed on the client:
// on our own cluster (TCP on 127.0.0.1 with scram-sha-256, log_statement = all) the new role
// logs in with it over TCP, a wrong one is refused, and the server log holds the CREATE ROLE
// statement with the SCRAM verifier but never the password. The same cluster's pg_hba.conf
// asks every TCP login for a password, so a login role without one is a finding.
#include "clitestenv.h"

#include "audit/auditcollector.h"
#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"

#include <QFile>
#include <QTest>

using namespace pgs;
using namespace pgs::test;

class TstAuditScram : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<SandboxCluster> m_cluster;

    ConnectionSpec tcpSpec(const QString &user, const QString &password) const
    {
        ConnectionSpec spec;
        spec.set(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        spec.set(QStringLiteral("port"), QString::number(m_cluster->port()));
        spec.set(QStringLiteral("dbname"), QStringLiteral("postgres"));
        spec.set(QStringLiteral("user"), user);
        spec.set(QStringLiteral("sslmode"), QStringLiteral("disable"));
        spec.setPassword(password);
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cluster = std::make_unique<SandboxCluster>(m_tmp.filePath(QStringLiteral("cluster")));
        JobContext ctx;
        Status st = m_cluster->create(ctx);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        // Every TCP login needs a SCRAM password; this line comes before initdb's trust lines.
        QFile hba(m_cluster->dataDirectory() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("host all all 127.0.0.1/32 scram-sha-256\n" + rules);
        hba.close();
        QFile conf(m_cluster->dataDirectory() + QStringLiteral("/postgresql.conf"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write("\nlisten_addresses = '127.0.0.1'\nlog_statement = 'all'\npassword_encryption = 'scram-sha-256'\n");
        conf.close();
        st = m_cluster->start(ctx);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message + QLatin1Char('\n') + st.error().detail));
    }

    void cleanupTestCase()
    {
        if (m_cluster) {
            JobContext ctx;
            (void)m_cluster->drop(ctx);
        }
    }

    void passwordNeverReachesTheServer()
    {
        const QString role = QStringLiteral("scram \"tester\" ü");
        const QByteArray password = "Plain-Text-Pa55 wörd'\"";
        const CliRun created = runCli({QStringLiteral("role"), QStringLiteral("create"), role, QStringLiteral("--login"),
                                       QStringLiteral("--password-stdin"), QStringLiteral("--db"), conninfoOf(m_cluster->connectionSpec())},
                                      isolatedCliEnvironment(m_tmp), password + "\n");
        QVERIFY2(created.exitCode == 0, describeRun(created));
        QVERIFY2(created.out().contains(QLatin1String("PASSWORD 'SCRAM-SHA-256$4096:")), describeRun(created));
        QVERIFY(!created.standardOutput.contains(password));

        auto login = pg::Connection::open(tcpSpec(role, QString::fromUtf8(password)));
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().message));
        QCOMPARE((*login)->user(), role);
        QVERIFY(!(*login)->host().isEmpty());
        auto wrong = pg::Connection::open(tcpSpec(role, QStringLiteral("not the password")));
        QVERIFY(!wrong.ok()); // the TCP login really checks the password

        QFile log(m_cluster->logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("CREATE ROLE"), "log_statement = all did not log the statement");
        QVERIFY(text.contains("SCRAM-SHA-256$4096:"));
        QVERIFY2(!text.contains(password), "the plain password is in the server log");
        QVERIFY(!text.contains("Plain-Text-Pa55"));
    }

    void loginWithoutPasswordWhereHbaAsksForOne()
    {
        auto conn = pg::Connection::open(m_cluster->connectionSpec());
        QVERIFY(conn.ok());
        QVERIFY((*conn)->exec(QStringLiteral("CREATE ROLE \"no password\" LOGIN")).ok());
        JobContext ctx;
        auto s = collectAudit(**conn, m_cluster->connectionSpec(), ctx);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        bool flagged = false, scram = false;
        for (const Finding &f : s->findings)
            flagged = flagged || (f.code == QLatin1String("role-no-password-login") && f.object == QLatin1String("no password"));
        for (const AuditRole &r : s->roles)
            scram = scram || (r.name == QStringLiteral("scram \"tester\" ü") && r.passwordMethod == QLatin1String("scram-sha-256"));
        QVERIFY(flagged);
        QVERIFY(scram);
        QVERIFY(s->hbaReadable);
        QCOMPARE(s->hba.first().method, QStringLiteral("scram-sha-256"));
    }
};

QTEST_GUILESS_MAIN(TstAuditScram)
#include "tst_audit_scram.moc"
