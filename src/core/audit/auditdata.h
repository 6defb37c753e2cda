// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/finding.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pgs {

// Plain data of one audit, as collected from the server (auditcollector.h) and saved per profile
// (auditstore.h). No QObject, so a job builds it on its thread and the GUI builds models from it.

// PQescapeIdentifier's result without a connection: always in double quotes, inner quotes doubled.
QString quoteIdentAlways(const QString &identifier);
// For screens: quoted only where SQL needs it (as quote_ident does).
QString quoteIdentForDisplay(const QString &identifier);

struct AuditRole
{
    qint64 oid = 0;
    QString name;
    bool superuser = false, inherit = true, createRole = false, createDb = false, login = false;
    bool replication = false, bypassRls = false, predefined = false;
    int connectionLimit = -1;
    QString validUntil;     // ISO UTC, empty: forever
    QString passwordMethod; // "none" | "md5" | "scram-sha-256" | "plain"; empty: not readable
    QStringList settings;   // "name=value" from ALTER ROLE ... SET
    int sessions = 0;       // connected right now (the only "last seen" the server knows)
    QStringList memberOf;   // direct, by name (filled by the collector for output)
};

struct AuditMembership
{
    qint64 role = 0;   // the group
    qint64 member = 0; // who is in it
    qint64 grantor = 0;
    bool admin = false, inherit = true, set = true;
};

struct AuditRoleSetting
{
    QString database; // empty: every database
    QString role;     // empty: every role
    QStringList settings;
};

// One exploded ACL entry. grantee 0 is PUBLIC.
struct AuditGrant
{
    QString database;
    QString kind;   // database, schema, table, sequence, column, function, "default tables" ...
    QString schema; // for "default ...": the schema, empty for every schema
    QString name;   // relation, function, database; for "default ...": the role whose objects
    QString sub;    // column name, or a function's identity arguments
    qint64 grantee = 0, grantor = 0;
    QString privilege; // SELECT, USAGE ...
    bool grantable = false;
    bool fromExtension = false; // the object belongs to an extension

    // The object as SQL names it (app."My table".col, app.f(integer)), quoted with quote.
    QString objectText(const std::function<QString(const QString &)> &quote) const;
    QString objectText() const; // quoted with quoteIdentForDisplay
    QString key() const;        // for compare: database|kind|object|grantee|privilege
};

struct AuditOwned
{
    QString database;
    qint64 owner = 0;
    QString kind;
    int objects = 0;
};

struct AuditHbaRule
{
    int line = 0;
    QString type, database, user, address, netmask, method, options, error;
};

struct AuditDatabase
{
    QString name;
    QString owner;
    bool checked = false;
    QString notCheckedReason;
    QStringList extensions;
    QStringList untrustedLanguages;
};

struct AuditSnapshot
{
    QString server;  // user@host:port/db
    QString profile; // profile name, when run for one
    QDateTime takenAt;
    int serverVersionNum = 0;
    QString connectedAs;
    bool superuser = false;

    QList<AuditRole> roles;
    QList<AuditMembership> memberships;
    QList<AuditRoleSetting> roleSettings;
    QList<AuditGrant> grants;
    QList<AuditOwned> owned;
    QList<AuditDatabase> databases;
    QList<AuditHbaRule> hba;
    bool hbaReadable = false;
    QHash<QString, QString> settings; // name -> value (with its unit appended), only those visible
    int tcpSessions = 0, tcpSessionsWithoutSsl = 0;
    bool sslSessionsComplete = false;
    QStringList notChecked; // "source: reason" for every source we could not read

    QList<Finding> findings;
    QHash<QString, QString> findingDatabase; // code|object -> database the fix runs in (empty: any)

    const AuditRole *role(qint64 oid) const;
    const AuditRole *roleNamed(const QString &name) const;
    QString roleName(qint64 oid) const; // "PUBLIC" for 0, "#oid" when unknown
    QString databaseOf(const Finding &finding) const;

    QJsonObject toJson() const;
    static AuditSnapshot fromJson(const QJsonObject &object);

private:
    mutable QHash<qint64, int> m_byOid; // built on first lookup
};

} // namespace pgs
