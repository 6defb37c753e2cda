// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/setaside.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace pgs {

QString setAsideName(const QString &path, const QStringList &companionSuffixes)
{
    const QString base = path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto taken = [&](const QString &candidate) {
        return QFileInfo::exists(candidate)
            || std::any_of(companionSuffixes.cbegin(), companionSuffixes.cend(),
                           [&](const QString &suffix) { return QFileInfo::exists(candidate + suffix); });
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace pgs
