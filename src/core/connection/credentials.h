// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace pgs {

// Stores and fetches profile passwords: OS keychain (QtKeychain, key = profile id, service
// "pgsteward") or ~/.pgpass. Never writes a password anywhere else.
//
// Keychain calls are asynchronous: callbacks run on the thread that owns this object (the GUI
// thread), never through a nested event loop. keychainAvailable() answers fast (no 25-second
// D-Bus time-out on a headless machine): it checks for a session bus and a registered secret
// service (org.freedesktop.secrets, KWallet) with a short time-out, and caches the answer.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    static bool keychainAvailable();
    // Keychain when available, else Pgpass: what a new profile with a password should use.
    static PasswordStorage preferredStorage();

    // Keychain: asks QtKeychain. Pgpass: looks the entry up in PgpassFile::defaultPath().
    // None/Ask: returns an empty string (the caller asks the user for Ask).
    void readPassword(const ConnectionProfile &profile, std::function<void(Result<QString>)> done);
    void writePassword(const ConnectionProfile &profile, const QString &password,
                       std::function<void(Status)> done);
    void deletePassword(const ConnectionProfile &profile, std::function<void(Status)> done);

    // For the CLI only (no event loop of its own to spare): the same, waiting for the answer.
    Result<QString> readPasswordBlocking(const ConnectionProfile &profile);
    Status writePasswordBlocking(const ConnectionProfile &profile, const QString &password);
};

} // namespace pgs
