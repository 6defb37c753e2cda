// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appcontext.h"

#include "monitor/historystore.h"
#include "shell/passwordprompt.h"
#include "util/paths.h"

#include <QPointer>
#include <QWidget>

namespace pgs {

AppContext::AppContext(const QString &profilesFile, const QString &settingsFile, QObject *parent)
    : QObject(parent),
      m_profiles(profilesFile),
      m_settings(std::make_unique<QSettings>(
          settingsFile.isEmpty() ? paths::configDir() + QStringLiteral("/gui.ini") : settingsFile,
          QSettings::IniFormat)),
      m_credentials(new CredentialStore(this)),
      m_jobs(new JobRunner(this))
{
    m_loadStatus = m_profiles.load();
    // Whichever view opens the history first finds a damaged file; the banner tells the user
    // where it was kept (queued: stores are opened on worker threads).
    connect(HistoryStore::events(), &HistoryStoreEvents::storeSetAside, this, &AppContext::warning);
}

AppContext::~AppContext()
{
    // Workers may still report to Job objects; stop them before anything else goes away.
    m_jobs->cancelAll();
    m_jobs->waitForAll();
}

void AppContext::resolveSpec(const ConnectionProfile &profile, QWidget *parent,
                             std::function<void(Result<ConnectionSpec>)> done)
{
    ConnectionSpec spec = ConnectionSpec::fromProfile(profile);
    QPointer<QWidget> guard(parent);
    const bool hadParent = parent != nullptr;
    auto deliver = [guard, hadParent, done](Result<ConnectionSpec> result) {
        if (hadParent && !guard)
            return;
        done(std::move(result));
    };

    switch (profile.passwordStorage) {
    case PasswordStorage::None:
    case PasswordStorage::Pgpass: // libpq reads the file itself
        deliver(spec);
        return;
    case PasswordStorage::Keychain:
        m_credentials->readPassword(profile, [spec, deliver](Result<QString> password) mutable {
            if (!password) {
                deliver(password.error());
                return;
            }
            spec.setPassword(password.value());
            deliver(spec);
        });
        return;
    case PasswordStorage::Ask:
        break;
    }

    if (auto cached = m_sessionPasswords.constFind(profile.id); cached != m_sessionPasswords.cend()) {
        spec.setPassword(*cached);
        deliver(spec);
        return;
    }
    auto *prompt = new PasswordPrompt(profile.name, profile.displayTarget(), parent);
    const QString id = profile.id;
    connect(prompt, &QDialog::accepted, this, [this, prompt, spec, id, deliver]() mutable {
        spec.setPassword(prompt->password());
        if (!id.isEmpty())
            m_sessionPasswords.insert(id, prompt->password());
        deliver(spec);
    });
    connect(prompt, &QDialog::rejected, this, [deliver] {
        deliver(Error::of(tr("No password given."), {}, QStringLiteral("canceled")));
    });
    prompt->open();
}

void AppContext::resolveSpecWithoutAsking(const ConnectionProfile &profile, QObject *context,
                                          std::function<void(Result<ConnectionSpec>)> done)
{
    ConnectionSpec spec = ConnectionSpec::fromProfile(profile);
    if (auto cached = m_sessionPasswords.constFind(profile.id); cached != m_sessionPasswords.cend()) {
        spec.setPassword(*cached);
        done(spec);
        return;
    }
    const auto needed = [](const QString &why) {
        return Error::of(tr("password needed: %1").arg(why), {}, QStringLiteral("password-needed"));
    };
    switch (profile.passwordStorage) {
    case PasswordStorage::None:
    case PasswordStorage::Pgpass:
        done(spec);
        return;
    case PasswordStorage::Ask:
        done(needed(tr("it is asked for, and was not entered this session")));
        return;
    case PasswordStorage::Keychain:
        break;
    }
    QPointer<QObject> guard(context);
    m_credentials->readPassword(profile, [spec, guard, done, needed](Result<QString> password) mutable {
        if (!guard)
            return;
        if (!password) {
            done(needed(password.error().message));
            return;
        }
        spec.setPassword(password.value()); // none stored: the server may not ask for one
        done(spec);
    });
}

Result<ConnectionProfile> AppContext::saveProfile(const ConnectionProfile &profile, const QString &password)
{
    auto saved = m_profiles.upsert(profile);
    if (!saved)
        return saved.error();
    if (Status written = m_profiles.save(); !written)
        return written.error();

    const ConnectionProfile &stored = saved.value();
    if (!password.isEmpty()) {
        switch (stored.passwordStorage) {
        case PasswordStorage::None:
            break;
        case PasswordStorage::Ask:
            m_sessionPasswords.insert(stored.id, password);
            break;
        case PasswordStorage::Keychain:
        case PasswordStorage::Pgpass: {
            const QString name = stored.name;
            m_credentials->writePassword(stored, password, [this, name](Status status) {
                if (!status)
                    Q_EMIT warning(tr("The password of %1 could not be stored: %2").arg(name, status.error().message));
            });
            break;
        }
        }
    }
    Q_EMIT profilesChanged();
    return saved;
}

Status AppContext::removeProfile(const QString &id)
{
    const ConnectionProfile *found = m_profiles.find(id);
    if (!found)
        return ok();
    const ConnectionProfile removed = *found;
    m_profiles.remove(id);
    if (Status written = m_profiles.save(); !written)
        return written;
    m_sessionPasswords.remove(id);
    if (removed.passwordStorage == PasswordStorage::Keychain) {
        m_credentials->deletePassword(removed, [this, name = removed.name](Status status) {
            if (!status)
                Q_EMIT warning(tr("The stored password of %1 could not be deleted: %2").arg(name, status.error().message));
        });
    }
    Q_EMIT profilesChanged();
    return ok();
}

void AppContext::rememberSessionPassword(const QString &profileId, const QString &password)
{
    m_sessionPasswords.insert(profileId, password);
}

void AppContext::forgetSessionPassword(const QString &profileId)
{
    m_sessionPasswords.remove(profileId);
}

} // namespace pgs
