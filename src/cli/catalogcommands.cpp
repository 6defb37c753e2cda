// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Being written by the catalog work; replaced in the next commits.
#include "commands.h"
namespace pgs::cli {
int runBackupsCommand(const QStringList &) { return 1; }
int runVerifyCommand(const QStringList &) { return 1; }
int runPruneCommand(const QStringList &) { return 1; }
int runBundleCommand(const QStringList &) { return 1; }
int runUnbundleCommand(const QStringList &) { return 1; }
} // namespace pgs::cli
