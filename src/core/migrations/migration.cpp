// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/migration.h"

#include <QCoreApplication>

namespace pgs::migrations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::migrations::Migration)
};

struct FormatEntry
{
    Format format;
    const char *name;
};
constexpr FormatEntry kFormats[] = {
    {Format::Native, "native"}, {Format::Flyway, "flyway"}, {Format::GolangMigrate, "golang-migrate"},
    {Format::Dbmate, "dbmate"}, {Format::Sqlx, "sqlx"},     {Format::Alembic, "alembic"},
};

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

int compareNumberText(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == QLatin1Char('0'))
        a = a.mid(1);
    while (b.size() > 1 && b.front() == QLatin1Char('0'))
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}
} // namespace

QString formatName(Format format)
{
    for (const FormatEntry &e : kFormats) {
        if (e.format == format)
            return QString::fromLatin1(e.name);
    }
    return {};
}

std::optional<Format> formatFromName(const QString &name)
{
    for (const FormatEntry &e : kFormats) {
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.format;
    }
    return std::nullopt;
}

QStringList formatNames()
{
    QStringList names;
    for (const FormatEntry &e : kFormats)
        names << QString::fromLatin1(e.name);
    return names;
}

int compareVersions(const QString &a, const QString &b)
{
    // Walks both strings part by part without allocating: status sorts thousands of versions.
    auto nextPart = [](QStringView s, qsizetype &pos) {
        const qsizetype start = pos;
        while (pos < s.size() && s[pos] != QLatin1Char('.') && s[pos] != QLatin1Char('_'))
            ++pos;
        const QStringView part = s.mid(start, pos - start);
        if (pos < s.size())
            ++pos; // the separator
        return part;
    };
    qsizetype pa = 0, pb = 0;
    bool moreA = !a.isEmpty(), moreB = !b.isEmpty();
    while (moreA || moreB) {
        const QStringView x = moreA ? nextPart(a, pa) : QStringView(u"0");
        const QStringView y = moreB ? nextPart(b, pb) : QStringView(u"0");
        moreA = moreA && pa < a.size();
        moreB = moreB && pb < b.size();
        const int c = allDigits(x) && allDigits(y) ? compareNumberText(x, y) : x.compare(y);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

QString canonicalVersion(const QString &version)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= version.size(); ++i) {
        if (i < version.size() && version[i] != QLatin1Char('.') && version[i] != QLatin1Char('_'))
            continue;
        QStringView part = QStringView(version).mid(start, i - start);
        if (allDigits(part)) {
            while (part.size() > 1 && part.front() == QLatin1Char('0'))
                part = part.mid(1);
        }
        parts << part.toString();
        start = i + 1;
    }
    while (parts.size() > 1 && parts.last() == QLatin1String("0"))
        parts.removeLast();
    return parts.join(QLatin1Char('.'));
}

QString stateName(State state)
{
    switch (state) {
    case State::Applied:
        return QStringLiteral("applied");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Changed:
        return QStringLiteral("changed");
    case State::MissingFile:
        return QStringLiteral("missing-file");
    case State::Failed:
        return QStringLiteral("failed");
    case State::OutOfOrder:
        return QStringLiteral("out-of-order");
    }
    return {};
}

QString stateLabel(State state)
{
    switch (state) {
    case State::Applied:
        return Tr::tr("Applied");
    case State::Pending:
        return Tr::tr("Pending");
    case State::Changed:
        return Tr::tr("Changed");
    case State::MissingFile:
        return Tr::tr("Missing file");
    case State::Failed:
        return Tr::tr("Failed");
    case State::OutOfOrder:
        return Tr::tr("Out of order");
    }
    return {};
}

} // namespace pgs::migrations
