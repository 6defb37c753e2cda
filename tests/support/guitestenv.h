// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/appcontext.h"

#include <QTemporaryDir>

#include <memory>

namespace pgs::test {

// For GUI tests: HOME, PGSTEWARD_CONFIG_DIR and PGSTEWARD_DATA_DIR inside dir and no keychain,
// so a test never reads or writes the user's profiles, history or passwords; the AppContext
// over that profile store.
inline std::unique_ptr<AppContext> isolatedAppContext(const QTemporaryDir &dir)
{
    qputenv("HOME", dir.path().toLocal8Bit());
    qputenv("PGSTEWARD_CONFIG_DIR", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("PGSTEWARD_DATA_DIR", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("PGSTEWARD_NO_KEYCHAIN", "1");
    return std::make_unique<AppContext>(dir.filePath(QStringLiteral("config/profiles.json")));
}

} // namespace pgs::test
