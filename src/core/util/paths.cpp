// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/paths.h"

#include <QDir>

namespace pgs::paths {

namespace {
QString resolve(const char *overrideVar, const char *xdgVar, const QString &fallbackBelowHome)
{
    QString dir = qEnvironmentVariable(overrideVar);
    if (dir.isEmpty()) {
        const QString xdg = qEnvironmentVariable(xdgVar);
        dir = (xdg.isEmpty() ? QDir::homePath() + fallbackBelowHome : xdg) + QStringLiteral("/pgsteward");
    }
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}
} // namespace

QString configDir()
{
    return resolve("PGSTEWARD_CONFIG_DIR", "XDG_CONFIG_HOME", QStringLiteral("/.config"));
}

QString dataDir()
{
    return resolve("PGSTEWARD_DATA_DIR", "XDG_DATA_HOME", QStringLiteral("/.local/share"));
}

QString profilesFile()
{
    return configDir() + QStringLiteral("/profiles.json");
}

QString sandboxDir()
{
    return dataDir() + QStringLiteral("/sandbox");
}

} // namespace pgs::paths
