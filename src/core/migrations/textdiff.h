// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgs::migrations {

// A line diff of the SQL as applied against the file now: "  " same, "- " only applied, "+ " only
// in the file. Line endings do not count (a CRLF re-save is no change). Longest common
// subsequence; past 4,000 lines per side it gives up and shows both texts whole.
QString lineDiff(const QString &applied, const QString &current);

} // namespace pgs::migrations
