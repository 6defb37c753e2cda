// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgs {

// One SQL identifier at the start of text: bare (up to the first dot) or in double quotes with ""
// for a quote character, as a user types "schema"."table" or pg_dump writes a tag. *rest is what
// follows (".orders", or empty). An unterminated quote is no name: empty, and *rest is "\"".
QString leadingSqlIdentifier(const QString &text, QString *rest);

} // namespace pgs
