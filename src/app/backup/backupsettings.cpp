// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupsettings.h"

#include "catalog/catalog.h"
#include "connection/profile.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

namespace pgs::backupsettings {

namespace {
QString group(const QString &profileId)
{
    return QStringLiteral("backupWizard/") + profileId;
}

// A database name may hold '/', which QSettings reads as a group separator.
QString databaseKey(const QString &database)
{
    return database.isEmpty() ? QStringLiteral("@cluster") : QString(database).replace(QLatin1Char('/'), QStringLiteral("%2F"));
}
} // namespace

QString profileSlug(const QString &profileName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString slug = profileName.toLower().replace(unsafe, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("profile") : slug;
}

QString catalogDirectory(QSettings &settings, const ConnectionProfile &profile)
{
    const QString stored = settings.value(group(profile.id) + QStringLiteral("/catalogDir")).toString();
    if (!stored.isEmpty())
        return stored;
    return QDir(BackupCatalog::defaultDirectory()).filePath(profileSlug(profile.name));
}

void setCatalogDirectory(QSettings &settings, const QString &profileId, const QString &directory)
{
    settings.setValue(group(profileId) + QStringLiteral("/catalogDir"), directory);
}

std::optional<BackupOptions> lastChoices(QSettings &settings, const QString &profileId, const QString &database)
{
    const QByteArray json =
        settings.value(group(profileId) + QLatin1Char('/') + databaseKey(database) + QStringLiteral("/options")).toByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    return BackupOptions::fromJson(doc.object());
}

void rememberChoices(QSettings &settings, const QString &profileId, const BackupOptions &options)
{
    const QString database = options.source == BackupOptions::Source::Database ? options.database : QString();
    settings.setValue(group(profileId) + QLatin1Char('/') + databaseKey(database) + QStringLiteral("/options"),
                      QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace pgs::backupsettings
