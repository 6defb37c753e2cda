// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/retention.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgs {

// One off-site destination: where copies of catalog backups go. Never holds a secret: S3 keys
// come from the AWS_* environment at run time, SFTP keys from ssh-agent or RCLONE_SFTP_KEY_FILE,
// rclone remotes from the user's own rclone configuration.
struct OffsiteDestination
{
    enum class Kind { Local, S3, Sftp, Rclone };

    QString name;
    QString url; // as given: s3://BUCKET/PREFIX, sftp://USER@HOST[:PORT]/PATH, rclone:REMOTE:PATH or a path
    Kind kind = Kind::Local;
    QString s3Endpoint;
    QString s3Region;
    bool s3PathStyle = false;
    QStringList recipients; // age public keys (age1...); empty: copies are not encrypted
    RetentionPolicy retention;

    bool encrypted() const { return !recipients.isEmpty(); }
    // The options beyond the URL: age recipients are age1... keys, --s3-* only for s3://.
    Status checkOptions() const;
    QJsonObject toJson() const;
    static Result<OffsiteDestination> fromJson(const QJsonObject &object);
    // Fills kind from url; an unparsable URL or a bad option is an error.
    static Result<OffsiteDestination> make(const QString &name, const QString &url);
};

QString toString(OffsiteDestination::Kind kind); // "local" "s3" "sftp" "rclone"

// configDir()/destinations.json, written atomically.
class DestinationStore
{
public:
    explicit DestinationStore(QString file = {}); // empty: the default file
    QString file() const { return m_file; }
    Result<QList<OffsiteDestination>> load() const;
    Result<OffsiteDestination> find(const QString &name) const;
    Status add(const OffsiteDestination &destination); // an existing name is an error
    Status remove(const QString &name);

private:
    Status save(const QList<OffsiteDestination> &list) const;
    QString m_file;
};

} // namespace pgs
