// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pgs::sql {

// Every query we send lives in resources/sql/<name>.sql, compiled into the binary. A query that
// differs between server versions has one file per variant, named "<name>.pg<major>.sql" for the
// first major version it applies to; query(name, serverVersionNum) picks the newest variant not
// newer than the server. tests/integration/tst_sqlcatalog PREPAREs every file on a real server.
QString query(const QString &name, int serverVersionNum = 0);
QStringList allNames(); // "overview/server", "overview/server.pg10" ...

} // namespace pgs::sql
