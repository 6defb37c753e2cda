// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>

namespace pgs {

struct ConnectionProfile;

// Everything needed to open one connection: libpq keywords plus, separately, the password.
// The password is kept apart so that describe(), logs and child-process argv never see it.
// Keywords left empty are not passed, so libpq falls back to PG* variables, pg_service.conf
// and its defaults exactly as psql would.
class ConnectionSpec
{
public:
    ConnectionSpec() = default;
    static ConnectionSpec fromProfile(const ConnectionProfile &profile);
    // Any libpq conninfo string ("host=... dbname=...") or URI ("postgresql://...").
    // A password inside it is moved to the secret slot.
    static Result<ConnectionSpec> fromConninfo(const QString &conninfo);
    // The libpq "options" of a read-only profile: "-c default_transaction_read_only=on".
    static QString readOnlyOptions();

    void set(const QString &keyword, const QString &value); // empty value removes it
    QString value(const QString &keyword) const;
    const QMap<QString, QString> &keywords() const { return m_keywords; }

    void setPassword(const QString &password) { m_password = password; }
    const QString &password() const { return m_password; }
    bool hasPassword() const { return !m_password.isEmpty(); }

    ConnectionSpec withDatabase(const QString &database) const;

    // "user@host:port/db" as libpq will resolve it; never contains the password.
    QString describe() const;

    // Variables for a child tool (PGHOST, PGPORT, PGSSLMODE, ...). The password is NOT included:
    // use a PassFile (tools/passfile.h) or add PGPASSWORD explicitly where that is acceptable.
    QProcessEnvironment toolEnvironment(const QProcessEnvironment &base) const;

private:
    QMap<QString, QString> m_keywords;
    QString m_password;
};

} // namespace pgs
