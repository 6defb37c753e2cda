// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A cluster configured the way the audit asks (SCRAM everywhere, SSL on with a certificate,
// connections and DDL logged, a log line prefix naming user and database, no extra roles or
// PUBLIC grants) gets no finding at warning or above, and nothing "not checked", from a real
// audit over the connection. The counterpart of the fixture cluster, which triggers them.
#include "audit/auditcollector.h"
#include "pg/connection.h"
#include "sandbox/sandboxcluster.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace pgs;

class TstAuditClean : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<SandboxCluster> m_cluster;
    const QString m_password = QStringLiteral("clean-audit-pw");

    static bool handToServerUser(const QString &path)
    {
        if (!SandboxCluster::runsAsRoot())
            return true;
        const passwd *pw = ::getpwnam("postgres");
        return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
    }

    static bool writeFile(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Truncate)
    {
        QFile f(path);
        return f.open(mode) && f.write(data) == data.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cluster = std::make_unique<SandboxCluster>(m_tmp.filePath(QStringLiteral("cluster")));
        JobContext ctx;
        Status st = m_cluster->create(ctx);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QVERIFY(m_cluster->start(ctx).ok());
        {
            auto conn = pg::Connection::open(m_cluster->connectionSpec());
            QVERIFY(conn.ok());
            QVERIFY((*conn)->exec(QStringLiteral("ALTER ROLE %1 PASSWORD %2")
                                      .arg((*conn)->quoteIdentifier(m_cluster->superuser()), (*conn)->quoteLiteral(m_password)))
                        .ok());
        }
        QVERIFY(m_cluster->stop(ctx).ok()); // ssl and the rest take effect on the next start
        const QString data = m_cluster->dataDirectory();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                                                 QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("2"),
                                                 QStringLiteral("-keyout"), data + QStringLiteral("/server.key"),
                                                 QStringLiteral("-out"), data + QStringLiteral("/server.crt")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile::setPermissions(data + QStringLiteral("/server.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(handToServerUser(data + QStringLiteral("/server.key")));
        QVERIFY(handToServerUser(data + QStringLiteral("/server.crt")));
        QVERIFY(writeFile(data + QStringLiteral("/postgresql.conf"),
                          "\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
                          "log_connections = on\nlog_disconnections = on\nlog_statement = 'ddl'\n"
                          "log_line_prefix = '%m [%p] %q%u@%d '\npassword_encryption = 'scram-sha-256'\n",
                          QIODevice::Append));
        st = m_cluster->start(ctx);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message + QLatin1Char('\n') + st.error().detail));
        // SCRAM only from now on (the sandbox's start checks the server without a password, so
        // the rules change after it, by a reload).
        QVERIFY(writeFile(data + QStringLiteral("/pg_hba.conf"),
                          "local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n"));
        auto conn = pg::Connection::open(m_cluster->connectionSpec());
        QVERIFY(conn.ok());
        QVERIFY((*conn)->exec(QStringLiteral("SELECT pg_reload_conf()")).ok());
        QTest::qWait(500);
        QVERIFY(!pg::Connection::open(m_cluster->connectionSpec()).ok()); // a password is needed now
    }

    void cleanupTestCase()
    {
        if (m_cluster) {
            JobContext ctx;
            (void)m_cluster->drop(ctx);
        }
    }

    void noWarningOrCritical()
    {
        ConnectionSpec spec = m_cluster->connectionSpec();
        spec.setPassword(m_password);
        auto conn = pg::Connection::open(spec);
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
        JobContext ctx;
        auto s = collectAudit(**conn, spec, ctx);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QStringList shown;
        for (const Finding &f : s->findings)
            shown << severityName(f.severity) + QLatin1Char(' ') + f.code + QLatin1Char(' ') + f.object;
        QVERIFY2(!anyAtOrAbove(s->findings, Severity::Warning), qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY2(s->notChecked.isEmpty(), qPrintable(s->notChecked.join(QLatin1Char('\n'))));
        QVERIFY(s->hbaReadable);
        QCOMPARE(s->settings.value(QStringLiteral("ssl")), QStringLiteral("on"));
        // What remains is information only (checksums, pgaudit/credcheck not installed).
        QVERIFY2(shown.join(QLatin1Char(' ')).contains(QLatin1String("pgaudit-missing")), qPrintable(shown.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TstAuditClean)
#include "tst_audit_clean.moc"
