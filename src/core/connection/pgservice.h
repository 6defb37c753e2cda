// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pgs {

struct ServiceEntry
{
    QString name;                   // the [section]
    QMap<QString, QString> values;  // keyword -> value, as written
    QString sourceFile;
};

// pg_service.conf: INI-like sections of libpq keywords. libpq looks at $PGSERVICEFILE or
// ~/.pg_service.conf first, then $PGSYSCONFDIR/pg_service.conf (default /etc/postgresql-common
// on Debian); the first file that has a service wins.
class PgServiceFile
{
public:
    static QStringList searchPaths(); // existing or not, in libpq's order
    static QList<ServiceEntry> parse(const QString &text, const QString &sourceFile = {});
    static Result<QList<ServiceEntry>> read(const QString &path);
    // All services from all search paths, first definition of a name wins.
    static QList<ServiceEntry> discover();

    // A profile that copies the service's host/port/dbname/user/sslmode... into its own fields
    // (named after the service, group "Imported"), so it also works without the service file.
    // A password in the service file is not copied (reported via *passwordFound).
    static ConnectionProfile toProfile(const ServiceEntry &entry, bool *passwordFound = nullptr);
};

} // namespace pgs
