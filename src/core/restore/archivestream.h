// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace pgs {

// Reads pg_dump's archive primitives (pg_backup_archiver.c ReadInt/ReadStr/ReadOffset) from a
// window [start, end) of a device. The first failure sticks: every later read returns 0 or an
// empty string, and status() tells what went wrong, so a parser checks once per record.
// Nothing is allocated beyond what the window still holds, whatever a length field claims.
class ArchiveStream
{
public:
    ArchiveStream(QIODevice &device, qint64 start, qint64 end);

    explicit operator bool() const { return !m_error.has_value(); }
    Status status() const;
    Error fail(const QString &why, const QString &code); // keeps the first failure, returns it

    void setIntSize(int bytes) { m_intSize = bytes; }
    int byte(); // 0..255; -1 (and a failure) at the end of the window
    QByteArray bytes(qint64 count);
    qint64 integer(); // a sign byte, then intSize bytes least significant first
    QByteArray string(bool *isNull = nullptr); // length -1 is NULL (empty, *isNull true)
    qint64 offset(int offSize); // offSize bytes, least significant first
    bool skip(qint64 count);    // a seek: data is not read

    qint64 position() const { return m_pos; }
    qint64 remaining() const { return m_end - m_pos; }
    bool atEnd() const { return m_pos >= m_end; }

private:
    void truncated();

    QIODevice &m_device;
    qint64 m_pos;
    qint64 m_end;
    int m_intSize = 4;
    std::optional<Error> m_error;
};

// The size of the member a 512-byte ustar header describes (octal, or base-256 beyond 8 GiB);
// -1 when the header's checksum does not match.
qint64 tarMemberSize(const QByteArray &header);
bool isZeroBlock(const QByteArray &block);

} // namespace pgs
