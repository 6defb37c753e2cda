// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace pgs {

// A pasted connection URI ("postgresql://dba@db1:5432/app?sslmode=verify-full") or key=value
// string ("host=db1 dbname=app"), read by libpq's own parser, laid onto the fields of a profile.
struct PastedConnection
{
    ConnectionProfile profile; // the base profile with every field the string names replaced
    QString password;          // when the string holds one (the caller decides where it goes)
    QStringList ignored;       // keywords a profile has no field for ("options", "target_session_attrs")
};

// Whether text is meant as a whole connection string rather than a host name.
bool looksLikeConnectionString(const QString &text);
Result<PastedConnection> applyConnectionString(const ConnectionProfile &base, const QString &text);

} // namespace pgs
