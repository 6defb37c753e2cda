// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textoutput.h"

#include "clicontext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace pgs::cli {

void printKeyValues(const KeyValues &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 1);
    for (const auto &row : rows)
        printOut(QStringLiteral("%1 %2").arg(row.first + QLatin1Char(':'), -int(width)).arg(row.second));
}

void printTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    auto format = [&](const QStringList &cells) {
        QStringList padded;
        for (int c = 0; c < widths.size(); ++c) {
            const QString cell = cells.value(c);
            const int w = int(widths[c]);
            const bool last = c == widths.size() - 1;
            if (rightAligned.contains(c))
                padded << cell.rightJustified(w);
            else
                padded << (last ? cell : cell.leftJustified(w));
        }
        QString line = padded.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line;
    };
    printOut(format(headers));
    for (const QStringList &row : rows)
        printOut(format(row));
}

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString humanDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return QCoreApplication::translate("pgs::cli::TextOutput", "%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("pgs::cli::TextOutput", "%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return QCoreApplication::translate("pgs::cli::TextOutput", "%1 min %2 s").arg(minutes).arg(secs);
    return QCoreApplication::translate("pgs::cli::TextOutput", "%1 s").arg(secs);
}

} // namespace pgs::cli
