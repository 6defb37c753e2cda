// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pgs {

QString translationsDirectory()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + QStringLiteral("/../translations"),
                                 appDir + QStringLiteral("/../share/pgsteward/translations")};
    for (const QString &candidate : candidates) {
        if (QDir(candidate).exists())
            return QDir::cleanPath(candidate);
    }
    return {};
}

void installTranslations()
{
    const QString forced = qEnvironmentVariable("PGSTEWARD_LANG");
    const QLocale locale = forced.isEmpty() ? QLocale::system() : QLocale(forced);
    if (!forced.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(QCoreApplication::instance());
    // A locale we have no translation for (C, POSIX, French ...) shows the English texts; they
    // still need pgsteward_en for the plural forms ("1 table", "23 tables", not "table(s)").
    if (ours->load(locale, QStringLiteral("pgsteward"), QStringLiteral("_"), translationsDirectory())
        || ours->load(QStringLiteral("pgsteward_en"), translationsDirectory()))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace pgs
