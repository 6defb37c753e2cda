// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

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

    // False at once when $PGSTEWARD_NO_KEYCHAIN is set (not "0") or there is no session bus
    // address; otherwise probes once per process (cached) and answers within about a second.
    static bool keychainAvailable();
    // The uncached probe behind keychainAvailable(): a secret service registered or activatable
    // on the session bus, answered within capMsecs however slow the bus is.
    static bool probeSecretService(int capMsecs);
    // Keychain when available, else Pgpass: what a new profile with a password should use.
    static PasswordStorage preferredStorage();

    // Keychain: asks QtKeychain. Pgpass: looks the entry up in PgpassFile::defaultPath() under the
    // key libpq will use (host "" -> localhost, database "" -> "*", user "" -> $PGUSER or the OS
    // user). None/Ask: returns an empty string (the caller asks the user for Ask). A missing
    // entry is an empty string, not an error. Callbacks always arrive through the event loop.
    void readPassword(const ConnectionProfile &profile, std::function<void(Result<QString>)> done);
    void writePassword(const ConnectionProfile &profile, const QString &password,
                       std::function<void(Status)> done);
    void deletePassword(const ConnectionProfile &profile, std::function<void(Status)> done);

    // For the CLI only (no event loop of its own to spare): the same, waiting for the answer.
    Result<QString> readPasswordBlocking(const ConnectionProfile &profile);
    Status writePasswordBlocking(const ConnectionProfile &profile, const QString &password);
    Status deletePasswordBlocking(const ConnectionProfile &profile);

private:
    static Result<QString> readFromPgpass(const ConnectionProfile &profile);
    static Status writeToPgpass(const ConnectionProfile &profile, const QString &password);
    static Status deleteFromPgpass(const ConnectionProfile &profile);
    std::optional<Error> keychainUnusable(const ConnectionProfile &profile) const;
    void post(std::function<void()> call);
};

} // namespace pgs
