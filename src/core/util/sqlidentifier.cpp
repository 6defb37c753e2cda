// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/sqlidentifier.h"

namespace pgs {

QString leadingSqlIdentifier(const QString &text, QString *rest)
{
    if (!text.startsWith(QLatin1Char('"'))) {
        const qsizetype end = text.indexOf(QLatin1Char('.'));
        *rest = end < 0 ? QString() : text.mid(end);
        return end < 0 ? text : text.left(end);
    }
    QString name;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('"')) {
            name += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
            name += QLatin1Char('"');
            ++i;
        } else {
            *rest = text.mid(i + 1);
            return name;
        }
    }
    *rest = QStringLiteral("\"");
    return {};
}

} // namespace pgs
