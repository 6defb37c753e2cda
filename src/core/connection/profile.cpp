// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profile.h"

#include <QCoreApplication>

namespace pgs {

QString toString(PasswordStorage storage)
{
    switch (storage) {
    case PasswordStorage::Keychain: return QStringLiteral("keychain");
    case PasswordStorage::Pgpass: return QStringLiteral("pgpass");
    case PasswordStorage::Ask: return QStringLiteral("ask");
    case PasswordStorage::None: break;
    }
    return QStringLiteral("none");
}

PasswordStorage passwordStorageFromString(const QString &text)
{
    if (text == QLatin1String("keychain"))
        return PasswordStorage::Keychain;
    if (text == QLatin1String("pgpass"))
        return PasswordStorage::Pgpass;
    if (text == QLatin1String("ask"))
        return PasswordStorage::Ask;
    return PasswordStorage::None;
}

QJsonObject ConnectionProfile::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("group"), group},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), port},
        {QStringLiteral("database"), database},
        {QStringLiteral("user"), user},
        {QStringLiteral("sslmode"), sslMode},
        {QStringLiteral("sslrootcert"), sslRootCert},
        {QStringLiteral("sslcert"), sslCert},
        {QStringLiteral("sslkey"), sslKey},
        {QStringLiteral("connect_timeout"), connectTimeoutSeconds},
        {QStringLiteral("application_name"), applicationName},
        {QStringLiteral("service"), service},
        {QStringLiteral("production"), production},
        {QStringLiteral("production_color"), productionColor},
        {QStringLiteral("read_only"), readOnly},
        {QStringLiteral("volume_capacity_bytes"), double(volumeCapacityBytes)},
        {QStringLiteral("tools_dir"), toolsDir},
        {QStringLiteral("password_storage"), toString(passwordStorage)},
    };
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &o)
{
    ConnectionProfile p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.group = o.value(QStringLiteral("group")).toString();
    p.host = o.value(QStringLiteral("host")).toString();
    p.port = o.value(QStringLiteral("port")).toInt(5432);
    p.database = o.value(QStringLiteral("database")).toString();
    p.user = o.value(QStringLiteral("user")).toString();
    p.sslMode = o.value(QStringLiteral("sslmode")).toString(QStringLiteral("prefer"));
    p.sslRootCert = o.value(QStringLiteral("sslrootcert")).toString();
    p.sslCert = o.value(QStringLiteral("sslcert")).toString();
    p.sslKey = o.value(QStringLiteral("sslkey")).toString();
    p.connectTimeoutSeconds = o.value(QStringLiteral("connect_timeout")).toInt(10);
    p.applicationName = o.value(QStringLiteral("application_name")).toString(QStringLiteral("pgsteward"));
    p.service = o.value(QStringLiteral("service")).toString();
    p.production = o.value(QStringLiteral("production")).toBool();
    p.productionColor = o.value(QStringLiteral("production_color")).toString(QStringLiteral("#c62828"));
    p.readOnly = o.value(QStringLiteral("read_only")).toBool();
    p.volumeCapacityBytes = qint64(o.value(QStringLiteral("volume_capacity_bytes")).toDouble());
    p.toolsDir = o.value(QStringLiteral("tools_dir")).toString();
    p.passwordStorage = passwordStorageFromString(o.value(QStringLiteral("password_storage")).toString());
    return p;
}

QString ConnectionProfile::displayTarget() const
{
    QString text;
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    text += QLatin1Char(':') + QString::number(port);
    if (!database.isEmpty())
        text += QLatin1Char('/') + database;
    if (!service.isEmpty() && host.isEmpty())
        text = QStringLiteral("service=") + service;
    return text;
}

Status refuseOnReadOnly(const ConnectionProfile &profile, const QString &action)
{
    if (!profile.readOnly)
        return ok();
    return Error::of(QCoreApplication::translate("pgs::ConnectionProfile", "%1 is refused: the profile %2 is read-only. Clear \"Read-only\" "
                                                 "in its settings to write to it.")
                         .arg(action, profile.name),
                     {}, QStringLiteral("read-only-profile"));
}

QStringList ConnectionProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

} // namespace pgs
