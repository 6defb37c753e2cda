// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzmutator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pgs::fuzz {

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

QByteArray Mutator::mutate(QByteArray bytes, QString *what)
{
    if (bytes.isEmpty())
        return bytes;
    const int size = int(bytes.size());
    const int at = below(size);
    switch (below(7)) {
    case 0: {
        const int flips = 1 + below(8);
        for (int i = 0; i < flips; ++i)
            bytes[below(size)] = char(bytes[below(size)] ^ (1 << below(8)));
        *what = QStringLiteral("%1 bit flips").arg(flips);
        break;
    }
    case 1:
        bytes.truncate(at);
        *what = QStringLiteral("cut at %1 of %2").arg(at).arg(size);
        break;
    case 2: { // an integer (sign byte + 4 bytes) set to an extreme
        static const char *const extremes[] = {"\x00\xff\xff\xff\x7f", "\x01\xff\xff\xff\x7f", "\x00\x00\x00\x00\x00",
                                               "\x00\xff\xff\xff\xff", "\x01\x01\x00\x00\x00"};
        const int pick = below(5);
        bytes.replace(at, std::min(5, size - at), QByteArray(extremes[pick], 5));
        *what = QStringLiteral("extreme integer %1 at %2").arg(pick).arg(at);
        break;
    }
    case 3: {
        QByteArray noise;
        for (int i = 0, n = 1 + below(64); i < n; ++i)
            noise.append(char(below(256)));
        bytes.insert(at, noise);
        *what = QStringLiteral("%1 random bytes inserted at %2").arg(noise.size()).arg(at);
        break;
    }
    case 4: {
        const int length = std::min(1 + below(512), size - at);
        bytes.replace(at, length, QByteArray(length, '\0'));
        *what = QStringLiteral("%1 bytes zeroed at %2").arg(length).arg(at);
        break;
    }
    case 5: {
        const int length = std::min(1 + below(256), size - at);
        bytes.insert(below(size), bytes.mid(at, length));
        *what = QStringLiteral("%1 bytes from %2 duplicated").arg(length).arg(at);
        break;
    }
    default:
        bytes.remove(at, std::min(1 + below(64), size - at));
        *what = QStringLiteral("bytes removed at %1").arg(at);
        break;
    }
    return bytes;
}

bool Mutator::mutateArchive(const QString &source, const QString &target, QString *what)
{
    if (!QFileInfo(source).isDir())
        return writeAll(target, mutate(readAll(source), what));
    QDir().mkpath(target);
    const QStringList files = QDir(source).entryList(QDir::Files, QDir::Name);
    // toc.dat most of the time: it is what the reader parses; else a data file, or one removed.
    const int pick = below(3) == 0 ? below(int(files.size())) : int(files.indexOf(QStringLiteral("toc.dat")));
    const bool remove = below(6) == 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString from = QDir(source).filePath(files[i]);
        const QString to = QDir(target).filePath(files[i]);
        if (i != pick) {
            if (!QFile::copy(from, to))
                return false;
        } else if (remove && files[i] != QLatin1String("toc.dat")) {
            *what = QStringLiteral("%1 removed").arg(files[i]);
        } else {
            QString how;
            if (!writeAll(to, mutate(readAll(from), &how)))
                return false;
            *what = files[i] + QStringLiteral(": ") + how;
        }
    }
    return true;
}

} // namespace pgs::fuzz
