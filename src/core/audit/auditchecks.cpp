// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditchecks.h"

#include <QCoreApplication>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AuditChecks)
};

} // namespace

Finding &AuditFindingSink::add(const QString &code, Severity severity, const QString &object, const QString &detail,
                               const QString &fixSql, const QString &advice, const QString &database)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.object = object;
    f.detail = detail;
    f.fixSql = fixSql;
    f.advice = advice;
    if (m_databases && !database.isEmpty())
        m_databases->insert(code + QLatin1Char('|') + object, database);
    m_out.append(f);
    return m_out.last();
}

QList<Finding> runAuditChecks(const AuditSnapshot &s, const AuditPolicy &policy, const IdentifierQuoter &quote,
                              QHash<QString, QString> *databaseOut)
{
    QList<Finding> out;
    AuditFindingSink sink(out, databaseOut);
    // Sources not read come first: a reader must see what the rest does not cover.
    for (const QString &source : s.notChecked)
        sink.add(QStringLiteral("not-checked"), Severity::Info, source.section(QLatin1Char(':'), 0, 0),
                 Tr::tr("Not checked: %1").arg(source), {},
                 Tr::tr("Run the audit as a superuser (or grant pg_read_all_settings and pg_read_all_stats) to cover it."));
    checkRoles(s, policy, quote, sink);
    checkPrivileges(s, quote, sink);
    checkAuthentication(s, sink);
    checkConfiguration(s, quote, sink);
    return out;
}

} // namespace pgs
