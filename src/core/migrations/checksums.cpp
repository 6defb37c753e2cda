// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/checksums.h"

#include <QCryptographicHash>

#include <array>

namespace pgs::migrations {

namespace {
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

const QByteArray kBom("\xEF\xBB\xBF");
} // namespace

quint32 crc32Update(quint32 crc, const char *data, qsizetype size)
{
    const auto &table = crcTable();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ static_cast<unsigned char>(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

qint32 flywayChecksum(const QByteArray &fileBytes)
{
    qsizetype pos = fileBytes.startsWith(kBom) ? kBom.size() : 0;
    const qsizetype n = fileBytes.size();
    quint32 crc = 0;
    qsizetype lineStart = pos;
    while (pos < n) {
        const char c = fileBytes[pos];
        if (c == '\n' || c == '\r') {
            crc = crc32Update(crc, fileBytes.constData() + lineStart, pos - lineStart);
            pos += (c == '\r' && pos + 1 < n && fileBytes[pos + 1] == '\n') ? 2 : 1;
            lineStart = pos;
        } else {
            ++pos;
        }
    }
    if (lineStart < n) // the last line without an ending
        crc = crc32Update(crc, fileBytes.constData() + lineStart, n - lineStart);
    return static_cast<qint32>(crc);
}

QByteArray sqlxChecksum(const QByteArray &fileBytes)
{
    return QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha384);
}

QString nativeChecksum(const QByteArray &fileBytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha256).toHex());
}

QString sqlText(const QByteArray &fileBytes)
{
    QString text = QString::fromUtf8(fileBytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace pgs::migrations
