// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct archive;

namespace pgs {

// Reads a plain SQL dump ("dump.sql", ".sql.gz", ".sql.zst", ...) decompressed, in blocks,
// whatever its compression (libarchive raw format with every filter). A damaged stream is an
// Error from read(), never a silent end.
class PlainDumpReader
{
public:
    explicit PlainDumpReader(QString path);
    ~PlainDumpReader();
    PlainDumpReader(const PlainDumpReader &) = delete;
    PlainDumpReader &operator=(const PlainDumpReader &) = delete;

    Status open();
    Result<QByteArray> read(); // the next block; empty at the end
    qint64 compressedBytesRead() const;

private:
    QString m_path;
    struct Deleter
    {
        void operator()(archive *a) const;
    };
    std::unique_ptr<archive, Deleter> m_archive;
    bool m_atEnd = false;
};

struct PlainDumpScan
{
    qint64 bytes = 0;          // decompressed size
    bool hasHeader = false;    // starts with pg_dump's (or pg_dumpall's) header comment
    bool isComplete = false;   // ends with its "dump complete" comment
};
// Decompresses the whole dump once (levels 2 and 3 for plain dumps).
Result<PlainDumpScan> scanPlainDump(JobContext &ctx, const QString &path);

} // namespace pgs
