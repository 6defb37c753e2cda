// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/commandquoting.h"

#include <QRegularExpression>

namespace pgs {

// systemd command lines: double quotes with C-style escapes; '%' starts a specifier and '$' a
// variable expansion, both doubled to stay literal.
QString systemdQuote(const QString &arg)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : arg) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        else if (c == QLatin1Char('%') || c == QLatin1Char('$'))
            out += c;
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QStringList systemdSplit(const QString &line)
{
    QStringList args;
    int i = 0;
    const int n = line.size();
    while (i < n) {
        while (i < n && line[i].isSpace())
            ++i;
        if (i >= n)
            break;
        QString arg;
        if (line[i] == QLatin1Char('"')) {
            for (++i; i < n && line[i] != QLatin1Char('"'); ++i) {
                if (line[i] == QLatin1Char('\\') && i + 1 < n) {
                    ++i;
                    arg += line[i] == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : line[i];
                } else {
                    arg += line[i];
                }
            }
            ++i; // closing quote
        } else {
            for (; i < n && !line[i].isSpace(); ++i)
                arg += line[i];
        }
        args << arg.replace(QStringLiteral("%%"), QStringLiteral("%")).replace(QStringLiteral("$$"), QStringLiteral("$"));
    }
    return args;
}

// POSIX sh: single quotes unless the word is plainly safe; cron itself turns '%' into a newline
// unless it is escaped with a backslash (cron removes that backslash before the shell sees it).
QString shellQuote(const QString &arg)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_/.:=@+,-]+$"));
    QString quoted = safe.match(arg).hasMatch()
        ? arg
        : QLatin1Char('\'') + QString(arg).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    return quoted.replace(QLatin1Char('%'), QStringLiteral("\\%"));
}

QStringList shellSplit(QString line)
{
    line.replace(QStringLiteral("\\%"), QStringLiteral("%"));
    QStringList args;
    QString arg;
    bool inArg = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char('\'')) {
            inArg = true;
            for (++i; i < line.size() && line[i] != QLatin1Char('\''); ++i)
                arg += line[i];
        } else if (c == QLatin1Char('"')) {
            inArg = true;
            for (++i; i < line.size() && line[i] != QLatin1Char('"'); ++i) {
                if (line[i] == QLatin1Char('\\') && i + 1 < line.size())
                    ++i;
                arg += line[i];
            }
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            inArg = true;
            arg += line[++i];
        } else if (c.isSpace()) {
            if (inArg)
                args << arg;
            arg.clear();
            inArg = false;
        } else {
            inArg = true;
            arg += c;
        }
    }
    if (inArg)
        args << arg;
    return args;
}

} // namespace pgs
