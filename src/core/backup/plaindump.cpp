// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/plaindump.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupVerifier)
};

constexpr size_t kBlock = 1 << 20;
constexpr qsizetype kTailKeep = 512;

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QString();
}
} // namespace

void PlainDumpReader::Deleter::operator()(archive *a) const
{
    archive_read_free(a);
}

PlainDumpReader::PlainDumpReader(QString path) : m_path(std::move(path)) {}
PlainDumpReader::~PlainDumpReader() = default;

Status PlainDumpReader::open()
{
    m_archive.reset(archive_read_new());
    archive *a = m_archive.get();
    archive_read_support_filter_all(a);
    archive_read_support_format_raw(a);
    if (archive_read_open_filename(a, QFile::encodeName(m_path).constData(), kBlock) != ARCHIVE_OK)
        return Error::of(Tr::tr("Cannot read %1").arg(m_path), archiveError(a), QStringLiteral("dump-unreadable"));
    archive_entry *entry = nullptr;
    const int r = archive_read_next_header(a, &entry);
    if (r == ARCHIVE_EOF) {
        m_atEnd = true;
        return ok();
    }
    if (r != ARCHIVE_OK)
        return Error::of(Tr::tr("Cannot read %1").arg(m_path), archiveError(a), QStringLiteral("dump-unreadable"));
    return ok();
}

Result<QByteArray> PlainDumpReader::read()
{
    if (m_atEnd || !m_archive)
        return QByteArray();
    QByteArray block(qsizetype(kBlock), Qt::Uninitialized);
    const la_ssize_t n = archive_read_data(m_archive.get(), block.data(), kBlock);
    if (n < 0) {
        return Error::of(Tr::tr("%1 is damaged: %2").arg(QFileInfo(m_path).fileName(), archiveError(m_archive.get())),
                         {}, QStringLiteral("dump-corrupt"));
    }
    if (n == 0)
        m_atEnd = true;
    block.truncate(n);
    return block;
}

qint64 PlainDumpReader::compressedBytesRead() const
{
    return m_archive ? archive_filter_bytes(m_archive.get(), -1) : 0;
}

Result<PlainDumpScan> scanPlainDump(JobContext &ctx, const QString &path)
{
    PlainDumpReader reader(path);
    Status opened = reader.open();
    if (!opened)
        return opened.error();
    const qint64 size = QFileInfo(path).size();
    PlainDumpScan scan;
    QByteArray head;
    QByteArray tail;
    for (;;) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        Result<QByteArray> block = reader.read();
        if (!block)
            return block.error();
        if (block->isEmpty())
            break;
        if (head.size() < kTailKeep)
            head += block->left(kTailKeep - head.size());
        tail = QByteArray(tail + block->right(kTailKeep)).right(kTailKeep);
        scan.bytes += block->size();
        ctx.progress(size > 0 ? double(reader.compressedBytesRead()) / size : -1);
    }
    scan.hasHeader = head.startsWith("--\n-- PostgreSQL database dump\n")
                     || head.startsWith("--\n-- PostgreSQL database cluster dump\n");
    scan.isComplete = tail.contains("-- PostgreSQL database dump complete")
                      || tail.contains("-- PostgreSQL database cluster dump complete");
    return scan;
}

} // namespace pgs
