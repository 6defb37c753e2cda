// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace pgs {

// SHA-256 (what our manifests record) and MD5 (what S3 and most rclone backends can tell us
// without a download) of the same bytes, in one read.
struct FileHashes
{
    qint64 size = 0;
    QString sha256;
    QString md5;
};

Result<FileHashes> hashFile(JobContext &ctx, const QString &path);

// age -r R... -o out in, for the small files of a copy (large ones stream, streamupload.h); the
// caller hashes the plain bytes meanwhile and the stored ones during the upload, when both come
// from the page cache.
Status encryptFile(JobContext &ctx, const QString &age, const QStringList &recipients, const QString &in,
                   const QString &out);

} // namespace pgs
