// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings about pg_hba.conf, SSL, logging and what is installed (the CIS benchmark's checks,
// read over the connection).
#include "audit/auditchecks.h"

#include <QCoreApplication>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AuditChecks)
};

bool isLoopback(const AuditHbaRule &rule)
{
    return rule.address == QLatin1String("127.0.0.1") || rule.address == QLatin1String("::1")
           || rule.address == QLatin1String("samehost") || rule.address.startsWith(QLatin1String("127."));
}

bool isWideRange(const AuditHbaRule &rule)
{
    if (rule.address == QLatin1String("all") || rule.address == QLatin1String("samenet"))
        return true;
    return (rule.address == QLatin1String("0.0.0.0") || rule.address == QLatin1String("::"))
           && (rule.netmask == QLatin1String("0.0.0.0") || rule.netmask == QLatin1String("::") || rule.netmask.isEmpty());
}

bool listHas(const QString &list, const QString &item) { return list.split(QLatin1Char(',')).contains(item); }

QString hbaObject(const AuditHbaRule &rule) { return Tr::tr("pg_hba.conf line %1").arg(rule.line); }

QString alterSystem(const QString &name, const QString &value)
{
    return QStringLiteral("ALTER SYSTEM SET %1 = '%2';\nSELECT pg_reload_conf();").arg(name, value);
}

} // namespace

void checkAuthentication(const AuditSnapshot &s, AuditFindingSink &sink)
{
    QStringList superusers;
    for (const AuditRole &r : s.roles)
        if (r.superuser && r.login)
            superusers << r.name;
    for (const AuditHbaRule &rule : s.hba) {
        const QString object = hbaObject(rule);
        if (!rule.error.isEmpty()) {
            sink.add(QStringLiteral("hba-file-error"), Severity::Warning, object,
                     Tr::tr("pg_hba.conf line %1 has an error: %2").arg(rule.line).arg(rule.error), {},
                     Tr::tr("Fix the line; the server keeps the previous rules until the file loads cleanly."));
            continue;
        }
        const bool remote = rule.type.startsWith(QLatin1String("host"));
        if (rule.method == QLatin1String("trust"))
            sink.add(QStringLiteral("hba-trust"), remote && !isLoopback(rule) ? Severity::Critical : Severity::Warning, object,
                     Tr::tr("Line %1 (%2) lets anyone in without a password.")
                         .arg(rule.line)
                         .arg(QStringList{rule.type, rule.database, rule.user, rule.address}.join(QLatin1Char(' ')).trimmed()),
                     {}, Tr::tr("Use scram-sha-256 (or peer for local connections) instead of trust."));
        else if (rule.method == QLatin1String("password"))
            sink.add(QStringLiteral("hba-password-cleartext"), Severity::Critical, object,
                     Tr::tr("Line %1 sends passwords in clear text (method password).").arg(rule.line), {},
                     Tr::tr("Use scram-sha-256."));
        else if (rule.method == QLatin1String("md5"))
            sink.add(QStringLiteral("hba-md5"), Severity::Info, object,
                     Tr::tr("Line %1 accepts MD5 password authentication.").arg(rule.line), {},
                     Tr::tr("Once every password is a SCRAM verifier, change the method to scram-sha-256."));
        if (!remote || rule.method == QLatin1String("reject"))
            continue;
        if (listHas(rule.database, QStringLiteral("all")) && listHas(rule.user, QStringLiteral("all")) && isWideRange(rule))
            sink.add(QStringLiteral("hba-wide-open"), Severity::Warning, object,
                     Tr::tr("Line %1 admits every user to every database from any address.").arg(rule.line), {},
                     Tr::tr("Name the databases, roles and client networks that need access."));
        if (!isLoopback(rule)) {
            bool names = listHas(rule.user, QStringLiteral("all"));
            for (const QString &su : std::as_const(superusers))
                names = names || listHas(rule.user, su);
            if (names && !superusers.isEmpty())
                sink.add(QStringLiteral("hba-superuser-remote"), Severity::Warning, object,
                         Tr::tr("Line %1 lets superusers (%2) log in from other hosts.")
                             .arg(rule.line).arg(superusers.mid(0, 5).join(QStringLiteral(", "))),
                         {}, Tr::tr("Add a reject line for superusers from remote addresses before it, or name the "
                                    "roles it is meant for."));
        }
    }
    if (s.tcpSessionsWithoutSsl > 0) {
        Finding &f = sink.add(QStringLiteral("no-ssl-connections"), Severity::Warning, QStringLiteral("pg_stat_ssl"),
                              Tr::tr("%1 of %2 TCP connections do not use SSL.").arg(s.tcpSessionsWithoutSsl).arg(s.tcpSessions),
                              {}, Tr::tr("Use hostssl lines in pg_hba.conf and sslmode=verify-full on the clients."));
        f.value = s.tcpSessionsWithoutSsl;
    }
}

void checkConfiguration(const AuditSnapshot &s, const IdentifierQuoter &quote, AuditFindingSink &sink)
{
    const auto has = [&](const char *name) { return s.settings.contains(QString::fromLatin1(name)); };
    const auto value = [&](const char *name) { return s.settings.value(QString::fromLatin1(name)); };
    if (has("password_encryption") && value("password_encryption") == QLatin1String("md5"))
        sink.add(QStringLiteral("password-encryption-md5"), Severity::Warning, QStringLiteral("password_encryption"),
                 Tr::tr("New passwords are stored as MD5 hashes."), alterSystem(QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256")));
    if (has("ssl") && value("ssl") == QLatin1String("off"))
        sink.add(QStringLiteral("ssl-off"), Severity::Warning, QStringLiteral("ssl"),
                 Tr::tr("The server does not accept SSL connections."), {},
                 Tr::tr("Install a certificate and key (ssl_cert_file, ssl_key_file), then set ssl = on."));
    if (has("ssl_min_protocol_version")
        && (value("ssl_min_protocol_version") == QLatin1String("TLSv1") || value("ssl_min_protocol_version") == QLatin1String("TLSv1.1")))
        sink.add(QStringLiteral("ssl-old-protocol"), Severity::Warning, QStringLiteral("ssl_min_protocol_version"),
                 Tr::tr("SSL accepts %1, which is no longer safe.").arg(value("ssl_min_protocol_version")),
                 alterSystem(QStringLiteral("ssl_min_protocol_version"), QStringLiteral("TLSv1.2")));
    if (has("log_connections") && value("log_connections") == QLatin1String("off"))
        sink.add(QStringLiteral("logging-connections-off"), Severity::Warning, QStringLiteral("log_connections"),
                 Tr::tr("Connections are not logged."), alterSystem(QStringLiteral("log_connections"), QStringLiteral("on")));
    if (has("log_disconnections") && value("log_disconnections") == QLatin1String("off"))
        sink.add(QStringLiteral("logging-disconnections-off"), Severity::Info, QStringLiteral("log_disconnections"),
                 Tr::tr("Session ends are not logged."), alterSystem(QStringLiteral("log_disconnections"), QStringLiteral("on")));
    if (has("log_statement") && value("log_statement") == QLatin1String("none"))
        sink.add(QStringLiteral("logging-statement-none"), Severity::Info, QStringLiteral("log_statement"),
                 Tr::tr("Schema changes (DDL) are not logged."), alterSystem(QStringLiteral("log_statement"), QStringLiteral("ddl")));
    if (has("log_line_prefix")) {
        const QString prefix = value("log_line_prefix");
        if (!prefix.contains(QLatin1String("%u")) || !prefix.contains(QLatin1String("%d")))
            sink.add(QStringLiteral("log-line-prefix-incomplete"), Severity::Info, QStringLiteral("log_line_prefix"),
                     Tr::tr("Log lines do not name the user (%u) and database (%d): '%1'.").arg(prefix),
                     alterSystem(QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] %q%u@%d/%a ")));
    }
    if (has("authentication_timeout")) {
        const int seconds = value("authentication_timeout").remove(QLatin1Char('s')).toInt();
        if (seconds > 60)
            sink.add(QStringLiteral("authentication-timeout-long"), Severity::Info, QStringLiteral("authentication_timeout"),
                     Tr::tr("A client may take %1 s to authenticate.").arg(seconds),
                     alterSystem(QStringLiteral("authentication_timeout"), QStringLiteral("60s")));
    }
    if (has("data_checksums") && value("data_checksums") == QLatin1String("off"))
        sink.add(QStringLiteral("data-checksums-off"), Severity::Info, QStringLiteral("data_checksums"),
                 Tr::tr("Data pages carry no checksums, so silent corruption goes unnoticed."), {},
                 Tr::tr("Enable them with pg_checksums --enable while the server is stopped."));

    QStringList extensions;
    for (const AuditDatabase &db : s.databases)
        extensions += db.extensions;
    const QString preload = value("shared_preload_libraries");
    if (has("shared_preload_libraries")) {
        if (!preload.contains(QLatin1String("pgaudit")))
            sink.add(QStringLiteral("pgaudit-missing"), Severity::Info, QStringLiteral("pgaudit"),
                     Tr::tr("pgaudit is not loaded: reads and writes are not audited."), {},
                     Tr::tr("Install pgaudit, add it to shared_preload_libraries and set pgaudit.log."));
        if (!preload.contains(QLatin1String("credcheck")) && !extensions.contains(QStringLiteral("credcheck")))
            sink.add(QStringLiteral("credcheck-missing"), Severity::Info, QStringLiteral("credcheck"),
                     Tr::tr("credcheck is not installed: password strength and reuse are not enforced."), {},
                     Tr::tr("Install credcheck and add it to shared_preload_libraries."));
    }

    static const QStringList risky{QStringLiteral("adminpack"), QStringLiteral("file_fdw"), QStringLiteral("dblink"),
                                   QStringLiteral("plpython3u"), QStringLiteral("plperlu"), QStringLiteral("pltclu")};
    for (const AuditDatabase &db : s.databases) {
        for (const QString &language : db.untrustedLanguages)
            sink.add(QStringLiteral("untrusted-language"), Severity::Warning, db.name + QStringLiteral(": ") + language,
                     Tr::tr("The untrusted language %1 is installed in %2: its functions run with the server's OS rights.")
                         .arg(language, db.name),
                     {}, Tr::tr("Drop it (DROP EXTENSION or DROP LANGUAGE) unless functions need it."), db.name);
        for (const QString &extension : db.extensions)
            if (risky.contains(extension))
                sink.add(QStringLiteral("risky-extension"), Severity::Warning, db.name + QStringLiteral(": ") + extension,
                         Tr::tr("%1 is installed in %2: it reaches files or other servers.").arg(extension, db.name),
                         QStringLiteral("DROP EXTENSION %1;").arg(quote(extension)), {}, db.name);
    }
}

} // namespace pgs
