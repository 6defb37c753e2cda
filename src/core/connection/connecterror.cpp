// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connecterror.h"

#include "connection/connectionspec.h"

#include <QCoreApplication>

namespace pgs {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ConnectError)
};
} // namespace

Error classifyConnectError(const QString &raw, const ConnectionSpec &spec, bool passwordGiven)
{
    const QString text = raw.trimmed();
    const QString lower = text.toLower();
    const QString target = spec.describe();
    auto make = [&](const QString &message, const char *code) {
        return Error::of(message, text, QString::fromLatin1(code));
    };

    if (lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("pam authentication failed")))
        return make(Tr::tr("Wrong password or user name for %1.").arg(target), "auth-failed");
    if (lower.contains(QLatin1String("no password supplied"))
        || lower.contains(QLatin1String("fe_sendauth")))
        return make(Tr::tr("The server %1 asks for a password and none was given.").arg(target), "password-required");
    if (lower.contains(QLatin1String("peer authentication failed"))
        || lower.contains(QLatin1String("ident authentication failed")))
        return make(Tr::tr("The server refused the operating-system user for %1 (peer/ident authentication).").arg(target), "auth-failed");
    if (lower.contains(QLatin1String("database \"")) && lower.contains(QLatin1String("does not exist")))
        return make(Tr::tr("The database does not exist on %1.").arg(target), "no-database");
    if (lower.contains(QLatin1String("role \"")) && lower.contains(QLatin1String("does not exist")))
        return make(Tr::tr("The user (role) does not exist on %1.").arg(target), "no-role");
    if (lower.contains(QLatin1String("no pg_hba.conf entry")) && lower.contains(QLatin1String("no encryption")))
        return make(Tr::tr("The server %1 requires an SSL connection; set the SSL mode to require or stricter.").arg(target), "ssl-required");
    if (lower.contains(QLatin1String("no pg_hba.conf entry")))
        return make(Tr::tr("The server %1 has no pg_hba.conf rule that allows this user, database and address.").arg(target), "hba-rejected");
    if (lower.contains(QLatin1String("server does not support ssl")))
        return make(Tr::tr("The server %1 does not support SSL, but the SSL mode requires it.").arg(target), "ssl-unsupported");
    if (lower.contains(QLatin1String("certificate")) || lower.contains(QLatin1String("root cert"))
        || lower.contains(QLatin1String("ssl error")) || lower.contains(QLatin1String("private key")))
        return make(Tr::tr("SSL certificate problem with %1: %2").arg(target, text.section(QLatin1Char('\n'), 0, 0)), "certificate");
    if (lower.contains(QLatin1String("timeout expired")) || lower.contains(QLatin1String("timed out")))
        return make(Tr::tr("No answer from %1 within the connect timeout.").arg(target), "timeout");
    if (lower.contains(QLatin1String("too many clients")) || lower.contains(QLatin1String("remaining connection slots")))
        return make(Tr::tr("The server %1 has no free connection slots.").arg(target), "too-many-connections");
    if (lower.contains(QLatin1String("the database system is starting up"))
        || lower.contains(QLatin1String("the database system is shutting down")))
        return make(Tr::tr("The server %1 is starting up or shutting down.").arg(target), "starting-up");
    if (lower.contains(QLatin1String("could not translate host name")))
        return make(Tr::tr("The host name of %1 could not be resolved.").arg(target), "unreachable");
    if (lower.contains(QLatin1String("connection refused")) || lower.contains(QLatin1String("no such file or directory"))
        || lower.contains(QLatin1String("no route to host")) || lower.contains(QLatin1String("network is unreachable")))
        return make(Tr::tr("No PostgreSQL server is listening at %1.").arg(target), "unreachable");
    Q_UNUSED(passwordGiven)
    return make(Tr::tr("Could not connect to %1: %2").arg(target, text.section(QLatin1Char('\n'), 0, 0)), "connect-failed");
}

} // namespace pgs
