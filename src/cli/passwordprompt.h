// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

namespace pgs::cli {

bool stdinIsTerminal();
bool stderrIsTerminal();

// Asks on /dev/tty with echo off, so the password never reaches the terminal, a pipe or argv.
Result<QString> promptPassword(const QString &prompt);
// One line from stdin without its line ending (--password-stdin).
Result<QString> readPasswordLine();

} // namespace pgs::cli
