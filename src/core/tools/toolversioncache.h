// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pgs {

// "<tool> --version" costs a process start (about 40 ms) on every pgsteward-cli run; its answer
// never changes for the same binary. Kept in dataDir()/tool-versions.json, keyed by the path and
// valid while the file's size and modification time are the ones recorded. A cache that cannot
// be read or written is no error: the version is then asked again.
struct ToolVersion
{
    int major = 0;
    QString full; // "15.4"
};

std::optional<ToolVersion> cachedToolVersion(const QString &path);
void rememberToolVersion(const QString &path, const ToolVersion &version);

} // namespace pgs
