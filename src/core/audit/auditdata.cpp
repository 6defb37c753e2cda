// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditdata.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pgs {

QString quoteIdentAlways(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString quoteIdentForDisplay(const QString &identifier)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    return plain.match(identifier).hasMatch() ? identifier : quoteIdentAlways(identifier);
}

QString AuditGrant::objectText(const std::function<QString(const QString &)> &quote) const
{
    if (kind == QLatin1String("database"))
        return quote(name);
    if (kind == QLatin1String("schema"))
        return quote(schema);
    if (kind.startsWith(QLatin1String("default ")))
        return QStringLiteral("FOR ROLE %1%2").arg(quote(name), schema.isEmpty() ? QString() : QStringLiteral(" IN SCHEMA ") + quote(schema));
    QString text = quote(schema) + QLatin1Char('.') + quote(name);
    if (kind == QLatin1String("column"))
        text += QLatin1Char('.') + quote(sub);
    else if (kind == QLatin1String("function"))
        text += QLatin1Char('(') + sub + QLatin1Char(')');
    return text;
}

QString AuditGrant::objectText() const { return objectText(quoteIdentForDisplay); }

QString AuditGrant::key() const
{
    return QStringList{database, kind, schema, name, sub, QString::number(grantee), privilege}.join(QLatin1Char('|'));
}

const AuditRole *AuditSnapshot::role(qint64 oid) const
{
    if (m_byOid.size() != roles.size()) {
        m_byOid.clear();
        for (int i = 0; i < roles.size(); ++i)
            m_byOid.insert(roles[i].oid, i);
    }
    const auto it = m_byOid.constFind(oid);
    return it == m_byOid.cend() ? nullptr : &roles[*it];
}

const AuditRole *AuditSnapshot::roleNamed(const QString &name) const
{
    for (const AuditRole &r : roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

QString AuditSnapshot::roleName(qint64 oid) const
{
    if (oid == 0)
        return QStringLiteral("PUBLIC");
    const AuditRole *r = role(oid);
    return r ? r->name : QStringLiteral("#%1").arg(oid);
}

QString AuditSnapshot::databaseOf(const Finding &finding) const
{
    return findingDatabase.value(finding.code + QLatin1Char('|') + finding.object);
}

namespace {

QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

QJsonObject AuditSnapshot::toJson() const
{
    QJsonArray rolesJson, membersJson, grantsJson, ownedJson, dbJson, hbaJson, findingsJson, settingsJson;
    for (const AuditRole &r : roles)
        rolesJson.append(QJsonObject{{QStringLiteral("oid"), r.oid}, {QStringLiteral("name"), r.name},
                                     {QStringLiteral("login"), r.login}, {QStringLiteral("superuser"), r.superuser},
                                     {QStringLiteral("inherit"), r.inherit}, {QStringLiteral("createrole"), r.createRole},
                                     {QStringLiteral("createdb"), r.createDb}, {QStringLiteral("replication"), r.replication},
                                     {QStringLiteral("bypassrls"), r.bypassRls}, {QStringLiteral("predefined"), r.predefined},
                                     {QStringLiteral("connection_limit"), r.connectionLimit},
                                     {QStringLiteral("valid_until"), r.validUntil},
                                     {QStringLiteral("password_method"), r.passwordMethod},
                                     {QStringLiteral("settings"), strings(r.settings)},
                                     {QStringLiteral("sessions"), r.sessions},
                                     {QStringLiteral("member_of"), strings(r.memberOf)}});
    for (const AuditMembership &m : memberships)
        membersJson.append(QJsonArray{m.role, m.member, m.grantor, m.admin, m.inherit, m.set});
    for (const AuditGrant &g : grants)
        grantsJson.append(QJsonArray{g.database, g.kind, g.schema, g.name, g.sub, g.grantee, g.grantor, g.privilege, g.grantable, g.fromExtension});
    for (const AuditOwned &o : owned)
        ownedJson.append(QJsonArray{o.database, o.owner, o.kind, o.objects});
    for (const AuditDatabase &d : databases)
        dbJson.append(QJsonObject{{QStringLiteral("name"), d.name}, {QStringLiteral("owner"), d.owner},
                                  {QStringLiteral("checked"), d.checked}, {QStringLiteral("not_checked"), d.notCheckedReason},
                                  {QStringLiteral("extensions"), strings(d.extensions)},
                                  {QStringLiteral("untrusted_languages"), strings(d.untrustedLanguages)}});
    for (const AuditHbaRule &h : hba)
        hbaJson.append(QJsonArray{h.line, h.type, h.database, h.user, h.address, h.netmask, h.method, h.options, h.error});
    for (const AuditRoleSetting &s : roleSettings)
        settingsJson.append(QJsonArray{s.database, s.role, strings(s.settings)});
    for (const Finding &f : findings) {
        QJsonObject o = f.toJson();
        o.insert(QStringLiteral("database"), databaseOf(f));
        findingsJson.append(o);
    }
    QJsonObject serverSettings;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        serverSettings.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("pgsteward-audit-1")},
                       {QStringLiteral("server"), server}, {QStringLiteral("profile"), profile},
                       {QStringLiteral("taken_at"), takenAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("server_version_num"), serverVersionNum},
                       {QStringLiteral("connected_as"), connectedAs}, {QStringLiteral("superuser"), superuser},
                       {QStringLiteral("roles"), rolesJson}, {QStringLiteral("memberships"), membersJson},
                       {QStringLiteral("role_settings"), settingsJson}, {QStringLiteral("grants"), grantsJson},
                       {QStringLiteral("owned"), ownedJson}, {QStringLiteral("databases"), dbJson},
                       {QStringLiteral("hba"), hbaJson}, {QStringLiteral("hba_readable"), hbaReadable},
                       {QStringLiteral("settings"), serverSettings}, {QStringLiteral("tcp_sessions"), tcpSessions},
                       {QStringLiteral("tcp_sessions_without_ssl"), tcpSessionsWithoutSsl},
                       {QStringLiteral("ssl_sessions_complete"), sslSessionsComplete},
                       {QStringLiteral("not_checked"), strings(notChecked)}, {QStringLiteral("findings"), findingsJson}};
}

AuditSnapshot AuditSnapshot::fromJson(const QJsonObject &o)
{
    AuditSnapshot s;
    s.server = o.value(QStringLiteral("server")).toString();
    s.profile = o.value(QStringLiteral("profile")).toString();
    s.takenAt = QDateTime::fromString(o.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs);
    s.serverVersionNum = o.value(QStringLiteral("server_version_num")).toInt();
    s.connectedAs = o.value(QStringLiteral("connected_as")).toString();
    s.superuser = o.value(QStringLiteral("superuser")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("roles")).toArray()) {
        const QJsonObject r = v.toObject();
        AuditRole role;
        role.oid = r.value(QStringLiteral("oid")).toInteger();
        role.name = r.value(QStringLiteral("name")).toString();
        role.login = r.value(QStringLiteral("login")).toBool();
        role.superuser = r.value(QStringLiteral("superuser")).toBool();
        role.inherit = r.value(QStringLiteral("inherit")).toBool(true);
        role.createRole = r.value(QStringLiteral("createrole")).toBool();
        role.createDb = r.value(QStringLiteral("createdb")).toBool();
        role.replication = r.value(QStringLiteral("replication")).toBool();
        role.bypassRls = r.value(QStringLiteral("bypassrls")).toBool();
        role.predefined = r.value(QStringLiteral("predefined")).toBool();
        role.connectionLimit = r.value(QStringLiteral("connection_limit")).toInt(-1);
        role.validUntil = r.value(QStringLiteral("valid_until")).toString();
        role.passwordMethod = r.value(QStringLiteral("password_method")).toString();
        role.settings = strings(r.value(QStringLiteral("settings")));
        role.sessions = r.value(QStringLiteral("sessions")).toInt();
        role.memberOf = strings(r.value(QStringLiteral("member_of")));
        s.roles.append(role);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("memberships")).toArray()) {
        const QJsonArray a = v.toArray();
        s.memberships.append({a[0].toInteger(), a[1].toInteger(), a[2].toInteger(), a[3].toBool(), a[4].toBool(), a[5].toBool()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("role_settings")).toArray()) {
        const QJsonArray a = v.toArray();
        s.roleSettings.append({a[0].toString(), a[1].toString(), strings(a[2])});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("grants")).toArray()) {
        const QJsonArray a = v.toArray();
        s.grants.append({a[0].toString(), a[1].toString(), a[2].toString(), a[3].toString(), a[4].toString(),
                         a[5].toInteger(), a[6].toInteger(), a[7].toString(), a[8].toBool(), a[9].toBool()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("owned")).toArray()) {
        const QJsonArray a = v.toArray();
        s.owned.append({a[0].toString(), a[1].toInteger(), a[2].toString(), a[3].toInt()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("databases")).toArray()) {
        const QJsonObject d = v.toObject();
        s.databases.append({d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("owner")).toString(),
                            d.value(QStringLiteral("checked")).toBool(), d.value(QStringLiteral("not_checked")).toString(),
                            strings(d.value(QStringLiteral("extensions"))),
                            strings(d.value(QStringLiteral("untrusted_languages")))});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("hba")).toArray()) {
        const QJsonArray a = v.toArray();
        s.hba.append({a[0].toInt(), a[1].toString(), a[2].toString(), a[3].toString(), a[4].toString(),
                      a[5].toString(), a[6].toString(), a[7].toString(), a[8].toString()});
    }
    s.hbaReadable = o.value(QStringLiteral("hba_readable")).toBool();
    const QJsonObject settings = o.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        s.settings.insert(it.key(), it.value().toString());
    s.tcpSessions = o.value(QStringLiteral("tcp_sessions")).toInt();
    s.tcpSessionsWithoutSsl = o.value(QStringLiteral("tcp_sessions_without_ssl")).toInt();
    s.sslSessionsComplete = o.value(QStringLiteral("ssl_sessions_complete")).toBool();
    s.notChecked = strings(o.value(QStringLiteral("not_checked")));
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
        if (auto f = Finding::fromJson(v.toObject())) {
            s.findings.append(*f);
            const QString db = v.toObject().value(QStringLiteral("database")).toString();
            if (!db.isEmpty())
                s.findingDatabase.insert(f->code + QLatin1Char('|') + f->object, db);
        }
    }
    return s;
}

} // namespace pgs
