// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace pgs {

// ~/.pgpass exactly as libpq reads it: hostname:port:database:username:password, '*' matches
// anything, '\:' and '\\' escape, lines starting with '#' are comments. libpq ignores the file
// when it is group/world readable, so we always write it 0600.
struct PgpassEntry
{
    QString host, port, database, user, password;
    bool matches(const QString &host, const QString &port, const QString &database, const QString &user) const;
    QString toLine() const; // escaped, no newline
};

class PgpassFile
{
public:
    // $PGPASSFILE, else ~/.pgpass
    static QString defaultPath();

    static QList<PgpassEntry> parse(const QString &text);
    static Result<QList<PgpassEntry>> read(const QString &path);

    // The password libpq would use: the first matching line. host "" means a local socket,
    // which libpq matches as "localhost"; port "" means 5432.
    static QString lookup(const QList<PgpassEntry> &entries, QString host, QString port,
                          const QString &database, const QString &user);

    // Replaces the first line with exactly this host/port/database/user (no wildcards) or appends
    // one, keeping every other line and comment byte for byte. Atomic write, mode 0600.
    static Status upsert(const QString &path, const PgpassEntry &entry);
    static Status remove(const QString &path, const QString &host, const QString &port,
                         const QString &database, const QString &user);
};

} // namespace pgs
