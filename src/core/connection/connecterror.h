// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

namespace pgs {

class ConnectionSpec;

// Turns libpq's connection failure text into one specific, translated sentence plus a stable
// code, so the user learns *what* to fix: auth-failed, password-required, no-database, no-role,
// unreachable, timeout, ssl-required, ssl-unsupported, certificate, too-many-connections,
// starting-up, or connect-failed when nothing more specific applies. The raw text goes to detail.
Error classifyConnectError(const QString &libpqMessage, const ConnectionSpec &spec, bool passwordGiven);

} // namespace pgs
