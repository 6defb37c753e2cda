// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/filehashes.h"

#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteHashes)
};

constexpr qint64 kBlock = 1 << 20;

class TwoHashes
{
public:
    void add(const QByteArray &bytes)
    {
        m_sha.addData(bytes);
        m_md5.addData(bytes);
        m_size += bytes.size();
    }
    FileHashes result() const
    {
        return {m_size, QString::fromLatin1(m_sha.result().toHex()), QString::fromLatin1(m_md5.result().toHex())};
    }

private:
    QCryptographicHash m_sha{QCryptographicHash::Sha256};
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    qint64 m_size = 0;
};
} // namespace

Result<FileHashes> hashFile(JobContext &ctx, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read %1").arg(path), f.errorString());
    TwoHashes hashes;
    while (!f.atEnd()) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const QByteArray block = f.read(kBlock);
        if (block.isEmpty() && f.error() != QFileDevice::NoError)
            return Error::of(Tr::tr("Cannot read %1").arg(path), f.errorString());
        hashes.add(block);
    }
    return hashes.result();
}

Status encryptFile(JobContext &ctx, const QString &age, const QStringList &recipients, const QString &in,
                   const QString &out)
{
    QDir().mkpath(QFileInfo(out).absolutePath());
    ToolRun run;
    run.program = age;
    for (const QString &r : recipients)
        run.arguments << QStringLiteral("-r") << r;
    run.arguments << QStringLiteral("-o") << out << in;
    Result<ToolOutput> done = runTool(ctx, run);
    if (!done)
        return Error::of(Tr::tr("Cannot encrypt %1").arg(QFileInfo(in).fileName()), done.error().message);
    return ok();
}

} // namespace pgs
