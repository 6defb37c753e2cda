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
    // A copy/copyto/moveto run with rclone's JSON log and 1 s stats parsed: the transferred
    // fraction is mapped onto [from, to] of the job's progress with label; rclone's notices and
    // errors go to the job log as plain text. Cancel kills rclone (runTool).
    // stdinSource feeds rclone's stdin (rcat), as ToolRun::stdinSource.
    Result<QByteArray> transfer(JobContext &ctx, const QStringList &arguments, double from, double to,
                                const QString &label, std::function<Result<QByteArray>()> stdinSource = {}) const;
    OffsiteDestination::Kind kind() const { return m_kind; }
    // rclone lsjson of path(child): the JSON array, or an empty one when the folder is missing.
    Result<QByteArray> listJson(JobContext &ctx, const QString &child, const QStringList &more = {}) const;
    // The bytes of one file. rclone cat of a missing key on S3 prints nothing and succeeds, so an
    // empty answer counts as missing ("not-found"): none of our files is ever empty.
    Result<QByteArray> cat(JobContext &ctx, const QString &child) const;
    // The folder names directly below path() (none when it does not exist yet).
    Result<QStringList> folders(JobContext &ctx) const;
    // The folder holds at least one entry (object stores have no empty folders).
    Status exists(JobContext &ctx, const QString &child) const;
    const QProcessEnvironment &environment() const { return m_env; }
    QString program() const { return m_program; }

private:
    // rclone's failure in words a DBA can act on (a refused key, an unreachable host); rclone's
    // own lines stay in the detail.
    Error explained(const Error &error) const;

    QString m_name; // the destination's
    OffsiteDestination::Kind m_kind = OffsiteDestination::Kind::Local;
    QString m_program;
    QString m_base;
    QProcessEnvironment m_env;
};

// One line of rclone --use-json-log: its "stats" as a fraction (bytes / totalBytes), -1 when the
// line has none; message gets "msg" of notice, warning and error lines (empty for the rest).
double parseRcloneLogLine(const QString &line, QString *message);

// The file names of an rclone lsjson answer ("Path" of each entry); dirs: directories only.
Result<QStringList> lsjsonPaths(const QByteArray &json, bool dirs);

} // namespace pgs
