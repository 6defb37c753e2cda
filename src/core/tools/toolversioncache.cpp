// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toolversioncache.h"

#include "util/atomicfile.h"
#include "util/paths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace pgs {

namespace {

QString cacheFile()
{
    return paths::dataDir() + QStringLiteral("/tool-versions.json");
}

// What identifies one build of a binary well enough: a package upgrade changes size or time.
QString stampOf(const QFileInfo &info)
{
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

QJsonObject readCache()
{
    QFile file(cacheFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

std::optional<ToolVersion> cachedToolVersion(const QString &path)
{
    const QFileInfo info(path);
    QMutexLocker lock(&cacheMutex());
    const QJsonObject entry = readCache().value(info.absoluteFilePath()).toObject();
    if (entry.value(QStringLiteral("stamp")).toString() != stampOf(info) || entry.value(QStringLiteral("major")).toInt() <= 0)
        return std::nullopt;
    return ToolVersion{entry.value(QStringLiteral("major")).toInt(), entry.value(QStringLiteral("full")).toString()};
}

void rememberToolVersion(const QString &path, const ToolVersion &version)
{
    if (version.major <= 0)
        return;
    const QFileInfo info(path);
    QMutexLocker lock(&cacheMutex());
    QJsonObject cache = readCache();
    cache.insert(info.absoluteFilePath(), QJsonObject{{QStringLiteral("stamp"), stampOf(info)},
                                                      {QStringLiteral("major"), version.major},
                                                      {QStringLiteral("full"), version.full}});
    (void)writeFileAtomically(cacheFile(), QJsonDocument(cache).toJson(QJsonDocument::Compact), QStringLiteral("tool versions"));
}

} // namespace pgs
