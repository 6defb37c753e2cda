// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "offsite/rclone.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace pgs {

struct StreamedFile
{
    qint64 plainSize = 0;
    QString plainSha256;
    qint64 storedSize = 0;
    QString storedSha256;
    QString storedMd5; // of the encrypted bytes, when asked for (S3 compares it with its ETag)
};

// One file encrypted and uploaded in a single pass, no staging copy on disk:
//   age -r R... FILE  ->  stdout  ->  us (SHA-256 [and MD5] of the encrypted bytes)  ->  rclone rcat --size N
// The plain file's SHA-256 is taken meanwhile on a thread of its own. age's output size is known
// once its header is read (header + nonce + plain + 16 bytes per 64 KiB chunk), so rclone uploads
// with a known size: one PUT on S3 up to 5 GiB (whose ETag is then the MD5), never a half object.
// age runs on a worker thread, rclone on the calling (job) thread; Cancel stops both. A failure
// of either stops the other and is the error; what arrived at remotePath is then no copy (the
// caller's copy manifest, written last, decides that).
Result<StreamedFile> encryptAndUpload(JobContext &ctx, const RcloneTarget &target, const QString &age,
                                      const QStringList &recipients, const QString &plainPath, const QString &remotePath,
                                      bool withMd5, double from, double to, const QString &label);

// The size of age's output for a plain input of plainSize bytes behind a header of headerBytes
// (through the "--- MAC" line): a 16-byte nonce, then 64 KiB chunks with a 16-byte tag each (one
// empty chunk for an empty input).
qint64 ageOutputSize(qint64 headerBytes, qint64 plainSize);
// The length of an age header at the start of bytes ("age-encryption.org/v1" ... "--- MAC\n"),
// 0 while it is not complete yet, -1 when bytes do not start like one.
qint64 ageHeaderLength(const QByteArray &bytes);

} // namespace pgs
