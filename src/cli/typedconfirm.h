// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <optional>

namespace pgs::cli {

// The name a command that changes which server accepts writes (promote, switchover) wants typed
// with --confirm: the profile's name, or with --db the database name.
QString confirmationName(const std::optional<ConnectionProfile> &profile, const ConnectionSpec &spec);

// Refuses (usage error, exit 2) unless --confirm holds exactly that name; why says what the
// command changes ("Promotion changes which server accepts writes"). Nothing when confirmed.
std::optional<int> refuseUnlessConfirmed(const CommandParser &parser, const std::optional<ConnectionProfile> &profile,
                                         const ConnectionSpec &spec, const QString &why);

} // namespace pgs::cli
