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

    // The host name libpq matches against the file: "localhost" for "" and for the compiled-in
    // default socket directory (/var/run/postgresql on Debian); every other value unchanged
    // (another socket directory is matched literally, exactly as libpq 15 does).
    static QString pgpassHost(const QString &host);

    // Lines starting with '#', empty lines and lines with fewer than five fields are skipped.
    static QList<PgpassEntry> parse(const QString &text);
    // A missing file is an empty list, as for libpq.
    static Result<QList<PgpassEntry>> read(const QString &path);

    // The password libpq would use: the first matching line. host "" means a local socket,
    // which libpq matches as "localhost" (see pgpassHost); port "" means 5432. Like libpq,
    // nothing is found without a database and a user name.
    static QString lookup(const QList<PgpassEntry> &entries, QString host, QString port,
                          const QString &database, const QString &user);

    // Replaces the first line with exactly this host/port/database/user (no wildcards) in place or
    // appends one, keeping every other line and comment byte for byte. Atomic write, mode 0600.
    // When an earlier line (a wildcard) would match first, the line goes right before it instead,
    // because libpq uses the first match and the stored password would otherwise never be used.
    static Status upsert(const QString &path, const PgpassEntry &entry);
    // Removes every line with exactly this host/port/database/user; a missing file is fine.
    static Status remove(const QString &path, const QString &host, const QString &port,
                         const QString &database, const QString &user);
};

} // namespace pgs
