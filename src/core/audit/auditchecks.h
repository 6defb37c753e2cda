// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditdata.h"
#include "findings/finding.h"

#include <QHash>
#include <QList>

#include <functional>

namespace pgs {

struct AuditPolicy
{
    // login-no-password-expiry is a warning when the site requires expiring passwords, else info.
    bool requirePasswordExpiry = false;
    int passwordLifetimeDays = 90; // the VALID UNTIL its fix SQL proposes
};

using IdentifierQuoter = std::function<QString(const QString &)>;

// Every audit finding over a collected snapshot (no I/O). quote: the connection's
// quoteIdentifier (libpq escaping) for the fix SQL. databaseOut receives, per "code|object",
// the database a fix must run in (only for fixes that are per database). Fix SQL holds one
// statement per line, so a fix with ALTER SYSTEM can run statement by statement.
QList<Finding> runAuditChecks(const AuditSnapshot &snapshot, const AuditPolicy &policy, const IdentifierQuoter &quote,
                              QHash<QString, QString> *databaseOut = nullptr);

// The parts (one file each).
class AuditFindingSink
{
public:
    AuditFindingSink(QList<Finding> &out, QHash<QString, QString> *databases) : m_out(out), m_databases(databases) {}
    Finding &add(const QString &code, Severity severity, const QString &object, const QString &detail,
                 const QString &fixSql = {}, const QString &advice = {}, const QString &database = {});

private:
    QList<Finding> &m_out;
    QHash<QString, QString> *m_databases;
};

void checkRoles(const AuditSnapshot &s, const AuditPolicy &policy, const IdentifierQuoter &quote, AuditFindingSink &sink);
void checkPrivileges(const AuditSnapshot &s, const IdentifierQuoter &quote, AuditFindingSink &sink);
void checkAuthentication(const AuditSnapshot &s, AuditFindingSink &sink);
void checkConfiguration(const AuditSnapshot &s, const IdentifierQuoter &quote, AuditFindingSink &sink);

} // namespace pgs
