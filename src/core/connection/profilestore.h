// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pgs {

// profiles.json: {"schema_version": 1, "profiles": [ ... ]}, written atomically (QSaveFile).
// A file that cannot be parsed (bad JSON, wrong shape, a newer schema version) is never
// overwritten: load() moves it aside to profiles.json.corrupt-<yyyyMMdd-HHmmss>, starts empty and
// reports what happened through loadWarning(), so the app still starts and nothing is lost.
// Not thread-safe; the GUI and the CLI each own one store.
class ProfileStore
{
public:
    static constexpr int kSchemaVersion = 1;

    explicit ProfileStore(QString filePath); // usually paths::profilesFile()

    Status load();  // a missing file is fine (empty list); fails only on I/O errors
    Status save();
    QString loadWarning() const { return m_loadWarning; } // translated; empty when all was well
    QString filePath() const { return m_filePath; }

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    const ConnectionProfile *find(const QString &idOrName) const; // by id, then by exact name
    QStringList groups() const;                                   // sorted, non-empty

    // Adds (assigning a new id when empty) or replaces the profile with the same id.
    // Fails when another profile already has that name.
    Result<ConnectionProfile> upsert(ConnectionProfile profile);
    bool remove(const QString &id);
    // A copy named "<name> (copy)", "<name> (copy 2)" ..., with a fresh id; not yet saved.
    ConnectionProfile duplicateOf(const ConnectionProfile &profile) const;

private:
    void keepSkippedEntries(const QByteArray &original, const QStringList &skipped);

    QString m_filePath;
    QByteArray m_unsavedOriginal; // a file with skipped entries that could not be copied yet
    QList<ConnectionProfile> m_profiles;
    QString m_loadWarning;
};

} // namespace pgs
