// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/textdiff.h"

#include <QStringList>

#include <vector>

namespace pgs::migrations {

namespace {
QStringList linesOf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.split(QLatin1Char('\n'));
}
} // namespace

QString lineDiff(const QString &applied, const QString &current)
{
    const QStringList a = linesOf(applied);
    const QStringList b = linesOf(current);
    QStringList out;
    if (a.size() > 4000 || b.size() > 4000) {
        for (const QString &l : a)
            out << QStringLiteral("- ") + l;
        for (const QString &l : b)
            out << QStringLiteral("+ ") + l;
        return out.join(QLatin1Char('\n'));
    }
    const qsizetype n = a.size(), m = b.size();
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..]
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out << QStringLiteral("  ") + a[i];
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out << QStringLiteral("- ") + a[i++]; // what was applied first, as diff -u shows it
        } else {
            out << QStringLiteral("+ ") + b[j++];
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace pgs::migrations
