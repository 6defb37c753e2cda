// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/credentials.h"
#include "connection/profilestore.h"
#include "jobs/jobrunner.h"
#include "monitor/metrics.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QSettings>

#include <functional>
#include <memory>

class QWidget;

namespace pgs {

// What every window and panel of the GUI shares: the profile store, the credential store, the job
// runner, the session-only cache of "ask every time" passwords and the GUI settings. Widgets get
// a pointer to it instead of reaching for globals; it holds no widgets itself.
class AppContext : public QObject
{
    Q_OBJECT
public:
    // profilesFile: usually paths::profilesFile(); settingsFile: empty means configDir()/gui.ini.
    explicit AppContext(const QString &profilesFile, const QString &settingsFile = {}, QObject *parent = nullptr);
    ~AppContext() override;

    ProfileStore &profiles() { return m_profiles; }
    CredentialStore &credentials() { return *m_credentials; }
    JobRunner &jobs() { return *m_jobs; }
    QSettings &settings() { return *m_settings; }

    // The status of the initial load (an I/O error); the corrupt-file case is loadWarning().
    const Status &loadStatus() const { return m_loadStatus; }

    // Builds the ConnectionSpec for a profile, adding its password: from the keychain
    // (asynchronously), from the session cache, or by asking the user in a non-modal prompt
    // parented to parent. done runs on the GUI thread, possibly before resolveSpec returns;
    // it is dropped when parent is destroyed first. A canceled prompt gives an Error with code
    // "canceled".
    void resolveSpec(const ConnectionProfile &profile, QWidget *parent,
                     std::function<void(Result<ConnectionSpec>)> done);

    // The same without ever asking: a password entered this session, the keychain's, or none
    // needed (no password, ~/.pgpass). Otherwise (asked for and not entered, keychain unusable)
    // an Error with code "password-needed". For reads
    // over many profiles at once (the replication topology), where a prompt per server is no way.
    void resolveSpecWithoutAsking(const ConnectionProfile &profile, QObject *context,
                                  std::function<void(Result<ConnectionSpec>)> done);

    // Upserts and saves the profile; a non-empty password goes to the profile's storage (the
    // session cache for Ask). Password storage failures are reported through warning().
    Result<ConnectionProfile> saveProfile(const ConnectionProfile &profile, const QString &password);
    Status removeProfile(const QString &id);

    void rememberSessionPassword(const QString &profileId, const QString &password);
    void forgetSessionPassword(const QString &profileId);

    // A health run of the profile was stored (the tree's badge reads it again).
    void notifyHealthRunStored(const QString &profileId) { Q_EMIT healthRunStored(profileId); }
    // A dashboard's live sampler took a sample of the profile (the desktop notifications judge it).
    void publishLiveSample(const QString &profileId, const pgs::MetricSample &sample) { Q_EMIT liveSampled(profileId, sample); }

Q_SIGNALS:
    void profilesChanged();
    void healthRunStored(const QString &profileId);
    void liveSampled(const QString &profileId, const pgs::MetricSample &sample);
    // Something the user should know, shown non-modally (banner) by the main window.
    void warning(const QString &message);

private:
    ProfileStore m_profiles;
    Status m_loadStatus = ok();
    std::unique_ptr<QSettings> m_settings;
    CredentialStore *m_credentials;
    JobRunner *m_jobs;
    QHash<QString, QString> m_sessionPasswords; // profile id -> password, never written
};

} // namespace pgs
