// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Off-site copy speed: an encrypted copy of a backup (age, every file checked and hashed, copy
// manifest last; the dump streamed from age through us into rclone rcat) to a local S3 endpoint
// (s3rver) through copyToDestination, beside a bare `rclone copy` of the same files to the same
// endpoint (and one with a single PUT per file, as ours uploads). Prints the times and the ratio
// to the bare copy (goal: within 10 %); asserts nothing. Size: PGSTEWARD_BENCH_OFFSITE_MB (default 1024).
#include "benchsupport.h"
#include "catalog/manifest.h"
#include "offsite/offsitecopy.h"
#include "offsite/rclone.h"
#include "s3rverfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

using namespace pgs;
using namespace pgs::test;

namespace {
constexpr qint64 kMiB = 1 << 20;

// A complete backup folder of sizeMiB incompressible bytes, as the catalog writes one.
QString writeBackup(const QString &catalog, qint64 sizeMiB)
{
    const QString folder = QDir(catalog).filePath(QStringLiteral("bench_20261202-000000_0badc0de"));
    QDir().mkpath(folder);
    QFile dump(QDir(folder).filePath(QStringLiteral("dump.custom")));
    if (!dump.open(QIODevice::WriteOnly))
        return {};
    QByteArray pattern(16 * kMiB, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(pattern.data()), pattern.size() / 4);
    for (qint64 written = 0; written < sizeMiB * kMiB; written += pattern.size()) {
        pattern[0] = char(written / pattern.size()); // no two blocks alike
        dump.write(pattern);
    }
    dump.close();
    BackupManifest m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.database = QStringLiteral("bench");
    m.startedAt = QDateTime::currentDateTime();
    m.finishedAt = m.startedAt;
    m.status = BackupManifest::State::Complete;
    m.dumpName = QStringLiteral("dump.custom");
    m.files.append({m.dumpName, dump.size(), sha256OfFile(dump.fileName()).value()});
    return m.save(folder) ? folder : QString();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 sizeMiB = qEnvironmentVariableIsSet("PGSTEWARD_BENCH_OFFSITE_MB")
                               ? qEnvironmentVariable("PGSTEWARD_BENCH_OFFSITE_MB").toLongLong()
                               : 1024;
    S3rverFixture s3;
    if (const QString why = s3.start(QStringLiteral("bench")); !why.isEmpty()) {
        say(QStringLiteral("bench_offsite skipped: ") + why);
        return 0;
    }
    qputenv("AWS_ACCESS_KEY_ID", S3rverFixture::accessKey().toUtf8());
    qputenv("AWS_SECRET_ACCESS_KEY", S3rverFixture::secretKey().toUtf8());
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key.txt"));
    QProcess keygen;
    keygen.start(QStringLiteral("age-keygen"), {QStringLiteral("-o"), key});
    keygen.waitForFinished();
    QString recipient;
    QFile keyFile(key);
    if (keyFile.open(QIODevice::ReadOnly))
        for (const QByteArray &line : keyFile.readAll().split('\n'))
            if (line.startsWith("# public key: "))
                recipient = QString::fromLatin1(line.mid(14).trimmed());
    if (!recipient.startsWith(QLatin1String("age1"))) {
        say(QStringLiteral("bench_offsite skipped: age-keygen did not give a key"));
        return 0;
    }
    say(QStringLiteral("writing a %1 MiB backup …").arg(sizeMiB));
    const QString backup = writeBackup(dir.filePath(QStringLiteral("catalog")), sizeMiB);
    if (backup.isEmpty()) {
        say(QStringLiteral("cannot write the backup"));
        return 1;
    }

    OffsiteDestination destination = *OffsiteDestination::make(QStringLiteral("bench"), QStringLiteral("s3://bench/ours"));
    destination.s3Endpoint = s3.endpoint();
    destination.s3PathStyle = true;
    destination.recipients = {recipient};
    OffsiteDestination bare = destination;
    bare.url = QStringLiteral("s3://bench/bare");
    bare.recipients.clear();

    JobContext ctx;
    Result<RcloneTarget> target = RcloneTarget::open(ctx, bare);
    if (!target) {
        say(target.error().message);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Result<QByteArray> plain = target->run(ctx, {QStringLiteral("copy"), backup, target->path(QFileInfo(backup).fileName())});
    const qint64 bareMs = timer.elapsed();
    if (!plain) {
        say(QStringLiteral("rclone copy failed: ") + plain.error().message);
        return 1;
    }
    // The same with one PUT per file, as our streamed upload does (not the goal's baseline:
    // it says how much of a difference is the upload mode rather than the encryption).
    timer.restart();
    Result<QByteArray> single = target->run(ctx, {QStringLiteral("copy"), QStringLiteral("--s3-upload-cutoff"), QStringLiteral("5Gi"),
                                                  backup, target->path(QStringLiteral("single/") + QFileInfo(backup).fileName())});
    const qint64 singleMs = timer.elapsed();
    if (!single) {
        say(QStringLiteral("rclone copy (one PUT) failed: ") + single.error().message);
        return 1;
    }
    timer.restart();
    Result<OffsiteCopyResult> ours = copyToDestination(ctx, destination, backup);
    const qint64 oursMs = timer.elapsed();
    if (!ours) {
        say(QStringLiteral("copyToDestination failed: ") + ours.error().message + QLatin1Char('\n') + ours.error().detail);
        return 1;
    }
    say(QStringLiteral("size                      %1 MiB").arg(sizeMiB));
    say(QStringLiteral("bare rclone copy          %1 s (%2 MiB/s)").arg(bareMs / 1000.0, 0, 'f', 2).arg(sizeMiB * 1000.0 / std::max<qint64>(1, bareMs), 0, 'f', 1));
    say(QStringLiteral("bare rclone copy, one PUT %1 s (%2 MiB/s)").arg(singleMs / 1000.0, 0, 'f', 2).arg(sizeMiB * 1000.0 / std::max<qint64>(1, singleMs), 0, 'f', 1));
    say(QStringLiteral("encrypted copy (ours)     %1 s (%2 MiB/s)").arg(oursMs / 1000.0, 0, 'f', 2).arg(sizeMiB * 1000.0 / std::max<qint64>(1, oursMs), 0, 'f', 1));
    say(QStringLiteral("ratio ours / bare         %1 (goal <= 1.10)").arg(double(oursMs) / std::max<qint64>(1, bareMs), 0, 'f', 2));
    say(QStringLiteral("ratio ours / one PUT      %1 (the cost of age and the hashes)")
            .arg(double(oursMs) / std::max<qint64>(1, singleMs), 0, 'f', 2));
    return 0;
}
