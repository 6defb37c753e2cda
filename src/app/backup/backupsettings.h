// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupoptions.h"

#include <QString>

#include <optional>

class QSettings;

namespace pgs {

struct ConnectionProfile;

// What the backup screens remember per profile in the GUI settings: the catalog directory
// ("backupWizard/<profileId>/catalogDir") and the last wizard choices per database
// ("backupWizard/<profileId>/<database>/options", BackupOptions as JSON).
namespace backupsettings {

QString profileSlug(const QString &profileName); // "Billing (EU)" -> "billing-eu"
QString catalogDirectory(QSettings &settings, const ConnectionProfile &profile);
void setCatalogDirectory(QSettings &settings, const QString &profileId, const QString &directory);

// database: the database name, or "" for the globals-only / whole-cluster sources.
std::optional<BackupOptions> lastChoices(QSettings &settings, const QString &profileId, const QString &database);
void rememberChoices(QSettings &settings, const QString &profileId, const BackupOptions &options);

} // namespace backupsettings
} // namespace pgs
