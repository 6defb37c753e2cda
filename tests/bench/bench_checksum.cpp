// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checksum speed: our streamed sha256OfFile (QCryptographicHash, 1 MiB blocks) against coreutils
// sha256sum on the same 1 GiB file, both with the file in the page cache. Prints MB/s; asserts
// only that both agree on the digest.
#include "catalog/manifest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <cstdio>

namespace {
constexpr qint64 kMiB = 1 << 20;

double mbPerSecond(qint64 bytes, qint64 msecs)
{
    return msecs > 0 ? (bytes / double(kMiB)) / (msecs / 1000.0) : 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 sizeMiB = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    QTemporaryFile file;
    if (!file.open()) {
        std::fprintf(stderr, "cannot create a temporary file\n");
        return 1;
    }
    // Incompressible data: 16 random MiB written over and over.
    QByteArray pattern(16 * kMiB, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(pattern.data()), pattern.size() / 4);
    for (qint64 written = 0; written < sizeMiB * kMiB; written += pattern.size())
        file.write(pattern);
    file.flush();
    const qint64 bytes = file.size();
    std::printf("file: %s, %lld MiB\n", qPrintable(file.fileName()), bytes / kMiB);

    QElapsedTimer timer;
    QString ours;
    QString theirs;
    qint64 oursMs = 0;
    qint64 theirsMs = 0;
    // Twice each, alternating, keeping the better run: the first pass may still warm the cache.
    for (int round = 0; round < 2; ++round) {
        timer.start();
        pgs::Result<QString> sha = pgs::sha256OfFile(file.fileName());
        const qint64 ms = timer.elapsed();
        if (!sha) {
            std::fprintf(stderr, "sha256OfFile failed: %s\n", qPrintable(sha.error().message));
            return 1;
        }
        ours = *sha;
        oursMs = round == 0 ? ms : std::min(oursMs, ms);

        timer.start();
        QProcess p;
        p.start(QStringLiteral("sha256sum"), {file.fileName()});
        p.waitForFinished(-1);
        const qint64 pms = timer.elapsed();
        theirs = QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
        theirsMs = round == 0 ? pms : std::min(theirsMs, pms);
    }
    std::printf("sha256OfFile: %6lld ms  %8.1f MB/s\n", oursMs, mbPerSecond(bytes, oursMs));
    std::printf("sha256sum:    %6lld ms  %8.1f MB/s\n", theirsMs, mbPerSecond(bytes, theirsMs));
    std::printf("ratio (ours / sha256sum time): %.2f\n", theirsMs ? double(oursMs) / theirsMs : 0.0);
    if (ours != theirs) {
        std::fprintf(stderr, "digests differ: %s vs %s\n", qPrintable(ours), qPrintable(theirs));
        return 1;
    }
    std::printf("digests agree: %s\n", qPrintable(ours));
    return 0;
}
