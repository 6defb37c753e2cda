// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

struct archive;

namespace pgs {

// Compresses a plain SQL dump while pg_dump streams it: libarchive's "raw" format (one entry,
// no headers) with a gzip or zstd filter, so the result is a plain .gz / .zst file that
// zcat / zstdcat read. Nothing is kept in memory beyond libarchive's blocks.
class PlainCompressor
{
public:
    PlainCompressor() = default;
    ~PlainCompressor();
    PlainCompressor(const PlainCompressor &) = delete;
    PlainCompressor &operator=(const PlainCompressor &) = delete;

    // method "gzip" or "zstd"; level -1: the library's default.
    Status open(const QString &path, const QString &method, int level);
    bool write(const QByteArray &chunk); // false on error, see errorString()
    Status close();                      // flushes the compressor's tail
    QString errorString() const { return m_error; }
    qint64 bytesIn() const { return m_bytesIn; }

private:
    struct archive *m_archive = nullptr;
    QString m_path;
    QString m_error;
    qint64 m_bytesIn = 0;
};

// Decompresses a .gz / .zst (or copies an uncompressed) plain dump to outputPath, streaming;
// used by tests and by restore verification of plain backups.
Status decompressPlainDump(const QString &inputPath, const QString &outputPath, JobContext *ctx = nullptr);

} // namespace pgs
