// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "offsite/destination.h"
#include "tools/toolprocess.h"
#include "util/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pgs {

// rclone and age as child tools, found on PATH, their versions checked once per process.
Result<QString> findRclone(JobContext &ctx);
Result<QString> findAge(JobContext &ctx);

// How rclone reaches one destination. The remote is configured only through the environment
// (RCLONE_CONFIG_PGSDEST_TYPE=s3 ...), so nothing about it is in argv or in a file of ours; S3
// credentials are taken by rclone from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
// AWS_SESSION_TOKEN (env_auth).
class RcloneTarget
{
public:
    static Result<RcloneTarget> open(JobContext &ctx, const OffsiteDestination &destination);

    // "pgsdest:bucket/prefix/child", "/srv/nas/child", "myremote:path/child"
    QString path(const QString &child = {}) const;

    // Runs rclone with these arguments (no secret may be among them); stdout is returned.
    Result<QByteArray> run(JobContext &ctx, const QStringList &arguments) const;
    // rclone lsjson of path(child): the JSON array, or an empty one when the folder is missing.
    Result<QByteArray> listJson(JobContext &ctx, const QString &child, const QStringList &more = {}) const;
    Result<QByteArray> cat(JobContext &ctx, const QString &child) const;
    Status exists(JobContext &ctx, const QString &child) const;

private:
    QString m_program;
    QString m_base;
    QProcessEnvironment m_env;
};

// The file names of an rclone lsjson answer ("Path" of each entry); dirs: directories only.
Result<QStringList> lsjsonPaths(const QByteArray &json, bool dirs);

} // namespace pgs
