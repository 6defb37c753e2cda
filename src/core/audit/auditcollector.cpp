// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditcollector.h"

#include "sql/sqlcatalog.h"

#include <QCoreApplication>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AuditCollector)
};

QString arrayLiteral(const QStringList &items)
{
    QStringList quoted;
    for (QString s : items)
        quoted << QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QStringList lines(const QString &text) { return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n')); }

Status readRoles(pg::Connection &conn, AuditSnapshot &s)
{
    auto roles = conn.exec(sql::query(QStringLiteral("audit/roles"), conn.serverVersionNum()));
    if (!roles)
        return roles.error();
    const pg::QueryResult &r = *roles;
    const int cOid = r.column("oid"), cName = r.column("rolname"), cSuper = r.column("rolsuper"),
              cInherit = r.column("rolinherit"), cCreateRole = r.column("rolcreaterole"), cCreateDb = r.column("rolcreatedb"),
              cLogin = r.column("rolcanlogin"), cRepl = r.column("rolreplication"), cBypass = r.column("rolbypassrls"),
              cLimit = r.column("rolconnlimit"), cValid = r.column("rolvaliduntil"), cConfig = r.column("rolconfig"),
              cPre = r.column("predefined"), cSessions = r.column("sessions");
    s.roles.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        AuditRole role;
        role.oid = r.toInt64(i, cOid);
        role.name = r.text(i, cName);
        role.superuser = r.toBool(i, cSuper);
        role.inherit = r.toBool(i, cInherit);
        role.createRole = r.toBool(i, cCreateRole);
        role.createDb = r.toBool(i, cCreateDb);
        role.login = r.toBool(i, cLogin);
        role.replication = r.toBool(i, cRepl);
        role.bypassRls = r.toBool(i, cBypass);
        role.connectionLimit = int(r.toInt64(i, cLimit, -1));
        role.validUntil = r.text(i, cValid);
        role.settings = lines(r.text(i, cConfig));
        role.predefined = r.toBool(i, cPre);
        role.sessions = int(r.toInt64(i, cSessions));
        s.roles.append(std::move(role));
    }
    return ok();
}

void readPasswords(pg::Connection &conn, AuditSnapshot &s, bool readable)
{
    if (!readable) {
        s.notChecked << Tr::tr("pg_authid (password methods): needs superuser");
        return;
    }
    auto r = conn.exec(sql::query(QStringLiteral("audit/passwords")));
    if (!r) {
        s.notChecked << Tr::tr("pg_authid (password methods): %1").arg(r.error().message);
        return;
    }
    QHash<qint64, QString> methods;
    for (int i = 0; i < r->rows(); ++i)
        methods.insert(r->toInt64(i, 0), r->text(i, 1));
    for (AuditRole &role : s.roles)
        role.passwordMethod = methods.value(role.oid);
}

Status readMemberships(pg::Connection &conn, AuditSnapshot &s)
{
    auto r = conn.exec(sql::query(QStringLiteral("audit/memberships"), conn.serverVersionNum()));
    if (!r)
        return r.error();
    s.memberships.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        s.memberships.append({r->toInt64(i, 0), r->toInt64(i, 1), r->toInt64(i, 2), r->toBool(i, 3), r->toBool(i, 4), r->toBool(i, 5)});
    QHash<qint64, int> index;
    for (int i = 0; i < s.roles.size(); ++i)
        index.insert(s.roles[i].oid, i);
    for (const AuditMembership &m : std::as_const(s.memberships)) {
        const auto it = index.constFind(m.member);
        if (it != index.cend())
            s.roles[*it].memberOf << s.roleName(m.role);
    }
    return ok();
}

Status readRoleSettings(pg::Connection &conn, AuditSnapshot &s)
{
    auto r = conn.exec(sql::query(QStringLiteral("audit/rolesettings")));
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        s.roleSettings.append({r->text(i, 0), r->text(i, 1), lines(r->text(i, 2))});
    return ok();
}

void readHba(pg::Connection &conn, AuditSnapshot &s, bool readable)
{
    auto r = readable ? conn.exec(sql::query(QStringLiteral("audit/hba"))) : Result<pg::QueryResult>(Error::of(Tr::tr("needs superuser")));
    if (!r) {
        s.notChecked << Tr::tr("pg_hba_file_rules (authentication rules): %1").arg(r.error().message);
        return;
    }
    s.hbaReadable = true;
    for (int i = 0; i < r->rows(); ++i)
        s.hba.append({int(r->toInt64(i, 0)), r->text(i, 1), r->text(i, 2), r->text(i, 3), r->text(i, 4), r->text(i, 5),
                      r->text(i, 6), r->text(i, 7), r->text(i, 8)});
}

void readSettings(pg::Connection &conn, AuditSnapshot &s)
{
    auto r = conn.exec(sql::query(QStringLiteral("audit/settings")), {arrayLiteral(auditedSettings())});
    if (!r) {
        s.notChecked << Tr::tr("pg_settings: %1").arg(r.error().message);
        return;
    }
    for (int i = 0; i < r->rows(); ++i)
        s.settings.insert(r->text(i, 0), r->text(i, 1) + r->text(i, 2));
    QStringList missing;
    for (const QString &name : auditedSettings())
        if (!s.settings.contains(name) && !name.contains(QLatin1Char('.'))) // pgaudit.* exist only when loaded
            missing << name;
    if (!missing.isEmpty())
        s.notChecked << Tr::tr("settings %1: not visible to this role").arg(missing.join(QStringLiteral(", ")));
}

void readSsl(pg::Connection &conn, AuditSnapshot &s)
{
    auto r = conn.exec(sql::query(QStringLiteral("audit/ssl")));
    if (!r) {
        s.notChecked << Tr::tr("pg_stat_ssl: %1").arg(r.error().message);
        return;
    }
    s.tcpSessionsWithoutSsl = int(r->toInt64(0, 0));
    s.tcpSessions = int(r->toInt64(0, 1));
    s.sslSessionsComplete = r->toBool(0, 2);
    if (!s.sslSessionsComplete)
        s.notChecked << Tr::tr("pg_stat_ssl: only this role's own sessions are visible (needs pg_read_all_stats)");
}

// Grants, owned objects, extensions and languages of the database conn is connected to.
Status readDatabase(pg::Connection &conn, AuditSnapshot &s, AuditDatabase &db)
{
    auto grants = conn.exec(sql::query(QStringLiteral("audit/grants"), conn.serverVersionNum()));
    if (!grants)
        return grants.error();
    const pg::QueryResult &g = *grants;
    s.grants.reserve(s.grants.size() + g.rows());
    for (int i = 0; i < g.rows(); ++i)
        s.grants.append({db.name, g.text(i, 0), g.text(i, 1), g.text(i, 2), g.text(i, 3), g.toInt64(i, 4), g.toInt64(i, 5),
                         g.text(i, 6), g.toBool(i, 7), g.toBool(i, 8)});
    auto owned = conn.exec(sql::query(QStringLiteral("audit/owned")));
    if (!owned)
        return owned.error();
    for (int i = 0; i < owned->rows(); ++i)
        s.owned.append({db.name, owned->toInt64(i, 0), owned->text(i, 1), int(owned->toInt64(i, 2))});
    auto langs = conn.exec(sql::query(QStringLiteral("audit/languages")));
    if (!langs)
        return langs.error();
    for (int i = 0; i < langs->rows(); ++i)
        (langs->text(i, 0) == QLatin1String("extension") ? db.extensions : db.untrustedLanguages) << langs->text(i, 1);
    db.checked = true;
    return ok();
}

Status readDatabases(pg::Connection &conn, const ConnectionSpec &spec, AuditSnapshot &s, JobContext &ctx)
{
    auto r = conn.exec(sql::query(QStringLiteral("audit/databases")));
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i) {
        AuditDatabase db;
        db.name = r->text(i, 0);
        db.owner = r->text(i, 3);
        for (const QString &entry : r->text(i, 4).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList p = entry.split(QLatin1Char(':'));
            if (p.size() == 4)
                s.grants.append({db.name, QStringLiteral("database"), QString(), db.name, QString(), p[0].toLongLong(),
                                 p[1].toLongLong(), p[2], p[3] == QLatin1String("1")});
        }
        if (!r->toBool(i, 1))
            db.notCheckedReason = Tr::tr("does not allow connections");
        else if (!r->toBool(i, 2))
            db.notCheckedReason = Tr::tr("no CONNECT privilege");
        s.databases.append(db);
    }
    for (int i = 0; i < s.databases.size(); ++i) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        AuditDatabase &db = s.databases[i];
        if (!db.notCheckedReason.isEmpty())
            continue;
        ctx.progress(0.3 + 0.6 * i / std::max<qsizetype>(1, s.databases.size()), Tr::tr("Reading database %1").arg(db.name));
        Status read = ok();
        if (db.name == conn.database()) {
            read = readDatabase(conn, s, db);
        } else {
            auto other = pg::Connection::open(spec.withDatabase(db.name));
            read = other ? readDatabase(**other, s, db) : Status(other.error());
        }
        if (!read)
            db.notCheckedReason = read.error().message;
    }
    for (const AuditDatabase &db : std::as_const(s.databases))
        if (!db.checked)
            s.notChecked << Tr::tr("database %1: %2").arg(db.name, db.notCheckedReason);
    return ok();
}

} // namespace

QStringList auditedSettings()
{
    return {QStringLiteral("password_encryption"), QStringLiteral("ssl"), QStringLiteral("ssl_min_protocol_version"),
            QStringLiteral("ssl_ciphers"), QStringLiteral("log_connections"), QStringLiteral("log_disconnections"),
            QStringLiteral("log_statement"), QStringLiteral("log_line_prefix"), QStringLiteral("authentication_timeout"),
            QStringLiteral("data_checksums"), QStringLiteral("shared_preload_libraries"), QStringLiteral("listen_addresses"),
            QStringLiteral("pgaudit.log")};
}

Result<AuditSnapshot> collectAudit(pg::Connection &conn, const ConnectionSpec &spec, JobContext &ctx, const AuditPolicy &policy)
{
    AuditSnapshot s;
    s.server = spec.describe();
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.serverVersionNum = conn.serverVersionNum();
    s.connectedAs = conn.user();
    ctx.progress(0.05, Tr::tr("Reading roles"));
    auto access = conn.exec(sql::query(QStringLiteral("audit/privileges")));
    if (!access)
        return access.error();
    s.superuser = access->toBool(0, 0);
    const bool readAuthid = access->toBool(0, 1), readHbaRules = access->toBool(0, 3);
    if (Status st = readRoles(conn, s); !st)
        return st.error();
    readPasswords(conn, s, readAuthid);
    if (Status st = readMemberships(conn, s); !st)
        return st.error();
    if (Status st = readRoleSettings(conn, s); !st)
        return st.error();
    ctx.progress(0.2, Tr::tr("Reading authentication and settings"));
    readHba(conn, s, readHbaRules);
    readSettings(conn, s);
    readSsl(conn, s);
    if (Status st = readDatabases(conn, spec, s, ctx); !st)
        return st.error();
    ctx.progress(0.95, Tr::tr("Checking"));
    s.findings = runAuditChecks(s, policy, [&conn](const QString &id) { return conn.quoteIdentifier(id); }, &s.findingDatabase);
    return s;
}

} // namespace pgs
