// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/humanformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace pgs {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::HumanFormat)
};
} // namespace

QString humanDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return Tr::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return Tr::tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 s").arg(seconds);
}

QString humanBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace pgs
