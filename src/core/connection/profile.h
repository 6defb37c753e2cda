// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pgs {

// Where the password of a profile lives. It is never stored in profiles.json.
enum class PasswordStorage {
    None,     // no password (trust, peer, certificate auth) or taken from PG* environment
    Keychain, // OS keychain through QtKeychain
    Pgpass,   // a line in ~/.pgpass (or $PGPASSFILE) that libpq reads itself
    Ask,      // ask every time a connection is opened; kept in memory for the session only
};

QString toString(PasswordStorage storage);
PasswordStorage passwordStorageFromString(const QString &text);

// One saved server. Every field maps onto a libpq connection keyword, except the
// presentation fields (name, group, production, colour, read-only) and the capacity figure.
struct ConnectionProfile
{
    QString id; // stable UUID, the key for keychain entries and per-profile settings
    QString name;
    QString group;
    QString host; // libpq "host": one name, an IP, a socket directory, or a comma list
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // disable allow prefer require verify-ca verify-full
    QString sslRootCert;
    QString sslCert;
    QString sslKey;
    int connectTimeoutSeconds = 10;
    QString applicationName = QStringLiteral("pgsteward");
    QString service; // a pg_service.conf section; its values fill what the profile leaves empty
    bool production = false;
    QString productionColor = QStringLiteral("#c62828");
    // Every connection sets default_transaction_read_only=on (options), and the app refuses its
    // write actions on it: a recovered PITR sandbox, a reporting replica one only looks at.
    bool readOnly = false;
    qint64 volumeCapacityBytes = 0; // 0: unknown
    QString toolsDir;               // overrides where pg_dump & co. are looked up
    PasswordStorage passwordStorage = PasswordStorage::None;

    QJsonObject toJson() const;
    static ConnectionProfile fromJson(const QJsonObject &object);

    // "user@host:port/database", for titles and logs (no secrets in it).
    QString displayTarget() const;

    static QStringList sslModes();
    bool operator==(const ConnectionProfile &) const = default;
};

// Where a write action starts: ok, or on a read-only profile the error saying so ("Restore into
// it is refused: the profile X is read-only").
Status refuseOnReadOnly(const ConnectionProfile &profile, const QString &action);

} // namespace pgs
