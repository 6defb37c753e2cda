// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/archivestream.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <limits>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::ArchiveToc)
};
} // namespace

ArchiveStream::ArchiveStream(QIODevice &device, qint64 start, qint64 end) : m_device(device), m_pos(start), m_end(end)
{
    if (!m_device.seek(start))
        truncated();
}

Status ArchiveStream::status() const
{
    if (m_error)
        return *m_error;
    return ok();
}

Error ArchiveStream::fail(const QString &why, const QString &code)
{
    if (!m_error)
        m_error = Error::of(why, {}, code);
    return *m_error;
}

void ArchiveStream::truncated()
{
    fail(Tr::tr("the file ends early, at byte %1").arg(std::min(m_pos, m_end)), QStringLiteral("archive-truncated"));
}

int ArchiveStream::byte()
{
    if (m_error)
        return -1;
    char c = 0;
    if (m_pos >= m_end || !m_device.getChar(&c)) {
        truncated();
        return -1;
    }
    ++m_pos;
    return static_cast<unsigned char>(c);
}

QByteArray ArchiveStream::bytes(qint64 count)
{
    if (m_error || count <= 0)
        return {};
    if (count > remaining()) {
        m_pos = m_end;
        truncated();
        return {};
    }
    QByteArray data = m_device.read(count);
    m_pos += data.size();
    if (data.size() != count) {
        truncated();
        return {};
    }
    return data;
}

qint64 ArchiveStream::integer()
{
    const int sign = byte();
    quint64 value = 0;
    for (int b = 0; b < m_intSize; ++b) {
        const int v = byte();
        if (v > 0)
            value |= quint64(v) << (8 * b);
    }
    if (m_error)
        return 0;
    // pg_dump writes C ints: a magnitude beyond 31 bits is not something it wrote.
    if (value > 0x7fffffffULL) {
        fail(Tr::tr("an integer at byte %1 is out of range").arg(m_pos), QStringLiteral("archive-damaged"));
        return 0;
    }
    return sign ? -qint64(value) : qint64(value);
}

QByteArray ArchiveStream::string(bool *isNull)
{
    const qint64 length = integer();
    if (isNull)
        *isNull = m_error.has_value() || length < 0;
    if (m_error)
        return {};
    if (length < -1) {
        fail(Tr::tr("a string length %1 at byte %2 is negative").arg(length).arg(m_pos), QStringLiteral("archive-damaged"));
        return {};
    }
    return length <= 0 ? QByteArray() : bytes(length);
}

qint64 ArchiveStream::offset(int offSize)
{
    quint64 value = 0;
    for (int b = 0; b < offSize; ++b) {
        const int v = byte();
        if (v <= 0)
            continue;
        if (b >= 8 || (b == 7 && v > 0x7f)) {
            fail(Tr::tr("a file offset at byte %1 is too large").arg(m_pos), QStringLiteral("archive-damaged"));
            return 0;
        }
        value |= quint64(v) << (8 * b);
    }
    return m_error ? 0 : qint64(value);
}

bool ArchiveStream::skip(qint64 count)
{
    if (m_error)
        return false;
    if (count < 0 || count > remaining()) {
        m_pos = m_end;
        truncated();
        return false;
    }
    m_pos += count;
    if (!m_device.seek(m_pos)) {
        truncated();
        return false;
    }
    return true;
}

qint64 tarMemberSize(const QByteArray &header)
{
    if (header.size() < 512)
        return -1;
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    // The checksum: every byte summed with its own 8-byte field counted as spaces.
    qint64 sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : h[i];
    int at = 148;
    while (at < 156 && h[at] == ' ')
        ++at;
    qint64 stored = 0;
    for (; at < 156 && h[at] >= '0' && h[at] <= '7'; ++at)
        stored = stored * 8 + (h[at] - '0');
    if (stored != sum)
        return -1;
    qint64 size = 0;
    if (h[124] & 0x80) { // base-256 (GNU/star) for sizes beyond 8 GiB
        for (int i = 125; i < 136; ++i) {
            if (size > (std::numeric_limits<qint64>::max() >> 8))
                return -1;
            size = (size << 8) | h[i];
        }
        return size;
    }
    for (int i = 124; i < 136; ++i) {
        if (h[i] == ' ' && size == 0)
            continue;
        if (h[i] < '0' || h[i] > '7')
            break;
        size = size * 8 + (h[i] - '0');
    }
    return size;
}

bool isZeroBlock(const QByteArray &block)
{
    return block.size() == 512 && std::all_of(block.cbegin(), block.cend(), [](char c) { return c == 0; });
}

} // namespace pgs
