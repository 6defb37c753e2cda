// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Being written by the restore work; replaced in the next commits.
#include "commands.h"
namespace pgs::cli {
int runTocCommand(const QStringList &) { return 1; }
int runRestoreCommand(const QStringList &) { return 1; }
int runGlobalsRestoreCommand(const QStringList &) { return 1; }
} // namespace pgs::cli
