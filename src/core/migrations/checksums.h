// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pgs::migrations {

// Flyway's checksum of a SQL file: CRC32 (IEEE) updated with each line's UTF-8 bytes without its
// line ending (\n, \r\n or \r, as Java's BufferedReader.readLine splits), the BOM of the first line
// dropped, read back as a signed 32-bit int (Java's (int) crc32.getValue()).
qint32 flywayChecksum(const QByteArray &fileBytes);

// sqlx's checksum: SHA-384 of the file's bytes as they are (BOM and CRLF included).
QByteArray sqlxChecksum(const QByteArray &fileBytes);

// pgsteward's own: SHA-256 of the file's bytes, lowercase hex.
QString nativeChecksum(const QByteArray &fileBytes);

// The plain CRC32 (IEEE 802.3, as zlib.crc32), continuing from crc.
quint32 crc32Update(quint32 crc, const char *data, qsizetype size);

// The file's text for running: UTF-8 decoded, a leading BOM dropped.
QString sqlText(const QByteArray &fileBytes);

} // namespace pgs::migrations
