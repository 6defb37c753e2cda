// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/plaincompressor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <archive.h>
#include <archive_entry.h>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::PlainCompressor)
};

// libarchive says only "Write error" for a failed write (ENOSPC in the compressor's flush): the
// errno it kept says why.
QString archiveError(struct archive *a)
{
    const char *s = archive_error_string(a);
    const int e = archive_errno(a);
    const QString reason = e > 0 ? QString::fromLocal8Bit(std::strerror(e)) : QString();
    if (!s)
        return reason.isEmpty() ? Tr::tr("unknown libarchive error") : reason;
    const QString message = QString::fromLocal8Bit(s);
    return reason.isEmpty() || message.contains(reason) ? message : QStringLiteral("%1: %2").arg(message, reason);
}

} // namespace

PlainCompressor::~PlainCompressor()
{
    if (m_archive)
        archive_write_free(m_archive); // also closes
}

Status PlainCompressor::open(const QString &path, const QString &method, int level)
{
    m_path = path;
    m_archive = archive_write_new();
    int rc = archive_write_set_format_raw(m_archive);
    if (rc == ARCHIVE_OK) {
        if (method == QLatin1String("gzip"))
            rc = archive_write_add_filter_gzip(m_archive);
        else if (method == QLatin1String("zstd"))
            rc = archive_write_add_filter_zstd(m_archive);
        else
            return Error::of(Tr::tr("Cannot compress a plain dump with \"%1\"").arg(method));
    }
    if (rc == ARCHIVE_OK && level >= 0) {
        const QByteArray filter = method.toLatin1();
        rc = archive_write_set_filter_option(m_archive, filter.constData(), "compression-level",
                                             QByteArray::number(level).constData());
    }
    // Fill whole blocks only: the raw format must not pad the compressed stream's input.
    if (rc == ARCHIVE_OK)
        rc = archive_write_set_bytes_in_last_block(m_archive, 1);
    if (rc == ARCHIVE_OK)
        rc = archive_write_open_filename(m_archive, QFile::encodeName(path).constData());
    if (rc != ARCHIVE_OK)
        return Error::of(Tr::tr("Cannot create %1").arg(path), archiveError(m_archive));

    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, "dump.sql");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0600);
    rc = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (rc != ARCHIVE_OK)
        return Error::of(Tr::tr("Cannot create %1").arg(path), archiveError(m_archive));
    return ok();
}

bool PlainCompressor::write(const QByteArray &chunk)
{
    if (!m_archive)
        return false;
    const la_ssize_t n = archive_write_data(m_archive, chunk.constData(), size_t(chunk.size()));
    if (n != chunk.size()) {
        m_error = archiveError(m_archive);
        return false;
    }
    m_bytesIn += n;
    return true;
}

Status PlainCompressor::close()
{
    if (!m_archive)
        return ok();
    const int rc = archive_write_close(m_archive);
    QString error = rc == ARCHIVE_OK ? QString() : archiveError(m_archive);
    archive_write_free(m_archive);
    m_archive = nullptr;
    // No fsync here: the backup job fsyncs every file it wrote beside the checksums, before the
    // manifest may say complete.
    // Named by its file name: the folder it is in is renamed when the backup is marked failed.
    if (!error.isEmpty())
        return Error::of(Tr::tr("Cannot finish the compressed dump %1: %2").arg(QFileInfo(m_path).fileName(), error),
                         m_path, QStringLiteral("io"));
    return ok();
}

Status decompressPlainDump(const QString &inputPath, const QString &outputPath, JobContext *ctx)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_raw(a);
    auto fail = [&](const QString &message) {
        const Error e = Error::of(message, archiveError(a));
        archive_read_free(a);
        return e;
    };
    if (archive_read_open_filename(a, QFile::encodeName(inputPath).constData(), 1 << 20) != ARCHIVE_OK)
        return fail(Tr::tr("Cannot read %1").arg(inputPath));
    struct archive_entry *entry = nullptr;
    if (archive_read_next_header(a, &entry) != ARCHIVE_OK)
        return fail(Tr::tr("%1 is not a readable plain dump").arg(inputPath));
    QFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        archive_read_free(a);
        return Error::of(Tr::tr("Cannot write %1").arg(outputPath), out.errorString());
    }
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (ctx && ctx->isCanceled()) {
            archive_read_free(a);
            return JobContext::canceledError();
        }
        const la_ssize_t n = archive_read_data(a, block.data(), size_t(block.size()));
        if (n < 0)
            return fail(Tr::tr("%1 is damaged").arg(inputPath));
        if (n == 0)
            break;
        if (out.write(block.constData(), n) != n) {
            archive_read_free(a);
            return Error::of(Tr::tr("Cannot write %1").arg(outputPath), out.errorString());
        }
    }
    archive_read_free(a);
    if (!out.flush())
        return Error::of(Tr::tr("Cannot write %1").arg(outputPath), out.errorString());
    return ok();
}

} // namespace pgs
