// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "physical/basebackuptar.h"

#include "physical/walarchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>
#include <openssl/evp.h>

#include <memory>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BaseBackupTar)
};

struct ReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct WriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
using Reader = std::unique_ptr<archive, ReadDeleter>;

const QString kDamaged = QStringLiteral("basebackup-damaged");

// SHA-256 through OpenSSL (SHA-NI/AVX2 where the CPU has them): several times faster than
// QCryptographicHash, which dominated the verification of a large base backup.
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { reset(); }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void reset() { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }
    void addData(QByteArrayView data) { EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())); }
    QString hexResult()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx, digest, &length);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    }

private:
    EVP_MD_CTX *m_ctx;
};

Error damaged(const BaseBackupInfo &b, const QString &what, const QString &detail = {})
{
    return Error::of(Tr::tr("The base backup %1 is damaged: %2").arg(b.name, what), detail, kDamaged);
}

// The tar files of a backup's data folder: "base.tar.zst" -> "" (the data directory itself),
// "16385.tar.zst" -> "pg_tblspc/16385/", "pg_wal.tar.zst" -> "pg_wal/".
QList<QPair<QString, QString>> tarFiles(const QString &dataDir)
{
    QList<QPair<QString, QString>> out;
    const QStringList names = QDir(dataDir).entryList({QStringLiteral("*.tar"), QStringLiteral("*.tar.*")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString stem = name.left(name.indexOf(QLatin1String(".tar")));
        if (stem == QLatin1String("base"))
            out.prepend({name, QString()});
        else if (stem == QLatin1String("pg_wal"))
            out.append({name, QStringLiteral("pg_wal/")});
        else
            out.append({name, QStringLiteral("pg_tblspc/%1/").arg(stem)});
    }
    return out;
}

Reader openTar(const QString &path, Error *error)
{
    Reader a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 20) != ARCHIVE_OK) {
        *error = Error::of(Tr::tr("Could not open %1").arg(path), QString::fromLocal8Bit(archive_error_string(a.get())), kDamaged);
        return nullptr;
    }
    return a;
}

// Calls onEntry(path inside the data directory, entry) for each member; onData(chunk) gets the
// member's bytes. Progress: compressed bytes read of all archives.
template<typename OnEntry, typename OnData, typename OnEnd>
Status walkTar(JobContext &ctx, const BaseBackupInfo &b, const QString &file, const QString &prefix, qint64 doneBefore,
               qint64 total, OnEntry onEntry, OnData onData, OnEnd onEnd)
{
    Error openError;
    const QString path = QDir(b.dataDirectory()).filePath(file);
    Reader a = openTar(path, &openError);
    if (!a)
        return openError;
    archive_entry *entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return damaged(b, Tr::tr("%1 cannot be read").arg(file), QString::fromLocal8Bit(archive_error_string(a.get())));
        if (ctx.isCanceled())
            return JobContext::canceledError();
        QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (name.startsWith(QLatin1String("./")))
            name = name.mid(2);
        const QString inData = prefix + name;
        if (Status s = onEntry(inData, entry); !s)
            return s;
        const void *buf = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        for (;;) {
            const int d = archive_read_data_block(a.get(), &buf, &size, &offset);
            if (d == ARCHIVE_EOF)
                break;
            if (d < ARCHIVE_WARN)
                return damaged(b, Tr::tr("%1 is truncated or corrupt").arg(file), QString::fromLocal8Bit(archive_error_string(a.get())));
            if (Status s = onData(inData, QByteArrayView(static_cast<const char *>(buf), qsizetype(size)), offset); !s)
                return s;
        }
        if (Status s = onEnd(inData, entry); !s)
            return s;
        if (total > 0)
            ctx.progress(double(doneBefore + archive_filter_bytes(a.get(), -1)) / double(total), {});
    }
    return ok();
}

qint64 totalTarBytes(const BaseBackupInfo &b, const QList<QPair<QString, QString>> &tars)
{
    qint64 total = 0;
    for (const auto &t : tars)
        total += QFileInfo(QDir(b.dataDirectory()).filePath(t.first)).size();
    return total;
}

// What pg_verifybackup leaves alone on disk as well.
bool ignoredByManifest(const QString &path)
{
    return path == QLatin1String("backup_manifest") || path.startsWith(QLatin1String("pg_wal/")) || path == QLatin1String("pg_wal")
           || path == QLatin1String("postgresql.auto.conf") || path == QLatin1String("recovery.signal")
           || path == QLatin1String("standby.signal");
}
} // namespace

QString bestBaseBackupCompression(const QString &toolPath, int toolMajor)
{
    if (toolMajor < 15)
        return QStringLiteral("gzip");
    // The ELF dynamic section names the libraries the tool was linked with.
    QFile f(toolPath);
    const QByteArray binary = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    if (binary.contains("libzstd.so"))
        return QStringLiteral("zstd");
    if (binary.contains("liblz4.so"))
        return QStringLiteral("lz4");
    return QStringLiteral("gzip");
}

QStringList compressionArguments(const QString &method, int toolMajor)
{
    if (method == QLatin1String("none") || method.isEmpty())
        return {};
    if (toolMajor < 15)
        return {QStringLiteral("--gzip")};
    return {QStringLiteral("--compress=client-") + method};
}

Status verifyTarBaseBackup(JobContext &ctx, const BaseBackupInfo &b)
{
    ctx.progress(0, Tr::tr("Verifying the base backup's checksums"));
    QFile mf(QDir(b.dataDirectory()).filePath(QStringLiteral("backup_manifest")));
    if (!mf.open(QIODevice::ReadOnly))
        return damaged(b, Tr::tr("backup_manifest is missing"), mf.errorString());
    const QByteArray text = mf.readAll();
    // The manifest's checksum covers everything up to its own last line.
    const qsizetype last = text.lastIndexOf("\n\"Manifest-Checksum\"");
    const QJsonObject manifest = QJsonDocument::fromJson(text).object();
    if (last < 0 || manifest.isEmpty())
        return damaged(b, Tr::tr("backup_manifest is not a backup manifest"));
    const QString stated = manifest.value(QStringLiteral("Manifest-Checksum")).toString();
    if (QString::fromLatin1(QCryptographicHash::hash(text.left(last + 1), QCryptographicHash::Sha256).toHex()) != stated)
        return damaged(b, Tr::tr("the checksum of backup_manifest does not match"));

    struct Expected
    {
        qint64 size;
        QString sha256;
        bool seen = false;
    };
    QHash<QString, Expected> files;
    for (const QJsonValue &v : manifest.value(QStringLiteral("Files")).toArray()) {
        const QJsonObject o = v.toObject();
        const bool sha = o.value(QStringLiteral("Checksum-Algorithm")).toString() == QLatin1String("SHA256");
        files.insert(o.value(QStringLiteral("Path")).toString(),
                     Expected{o.value(QStringLiteral("Size")).toInteger(), sha ? o.value(QStringLiteral("Checksum")).toString() : QString()});
    }
    const auto tars = tarFiles(b.dataDirectory());
    if (tars.isEmpty() || !tars.first().second.isEmpty())
        return damaged(b, Tr::tr("base.tar is missing"));
    const qint64 total = totalTarBytes(b, tars);
    qint64 done = 0;
    QSet<QString> walSegments;
    Sha256 hash;
    qint64 seenBytes = 0;
    for (const auto &[file, prefix] : tars) {
        Status s = walkTar(
            ctx, b, file, prefix, done, total,
            [&](const QString &path, archive_entry *e) -> Status {
                hash.reset();
                seenBytes = 0;
                if (archive_entry_filetype(e) != AE_IFREG)
                    return ok();
                if (path.startsWith(QLatin1String("pg_wal/"))) {
                    if (archive_entry_size(e) == b.walSegmentSize)
                        walSegments.insert(QFileInfo(path).fileName());
                    return ok();
                }
                if (!files.contains(path) && !ignoredByManifest(path))
                    return damaged(b, Tr::tr("%1 is in the backup but not in its manifest").arg(path));
                return ok();
            },
            [&](const QString &, QByteArrayView chunk, la_int64_t) -> Status {
                hash.addData(chunk);
                seenBytes += chunk.size();
                return ok();
            },
            [&](const QString &path, archive_entry *e) -> Status {
                auto it = files.find(path);
                if (archive_entry_filetype(e) != AE_IFREG || it == files.end())
                    return ok();
                it->seen = true;
                if (seenBytes != it->size)
                    return damaged(b, Tr::tr("%1 has %2 bytes; the manifest says %3").arg(path).arg(seenBytes).arg(it->size));
                if (!it->sha256.isEmpty() && hash.hexResult() != it->sha256)
                    return damaged(b, Tr::tr("the checksum of %1 does not match the manifest").arg(path));
                return ok();
            });
        if (!s)
            return s;
        done += QFileInfo(QDir(b.dataDirectory()).filePath(file)).size();
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it->seen)
            return damaged(b, Tr::tr("%1 is missing").arg(it.key()));
    }
    if (b.walMethod != QLatin1String("archive")) {
        for (const QJsonValue &v : manifest.value(QStringLiteral("WAL-Ranges")).toArray()) {
            const QJsonObject r = v.toObject();
            const quint32 tl = quint32(r.value(QStringLiteral("Timeline")).toInteger());
            const quint64 start = parseLsn(r.value(QStringLiteral("Start-LSN")).toString()).value_or(0);
            const quint64 end = parseLsn(r.value(QStringLiteral("End-LSN")).toString()).value_or(0);
            const quint64 first = WalSegmentName::forLsn(tl, start, b.walSegmentSize).segment;
            const quint64 lastSeg = WalSegmentName::forLsn(tl, end > start ? end - 1 : end, b.walSegmentSize).segment;
            for (quint64 seg = first; seg <= lastSeg; ++seg) {
                const QString name = WalSegmentName{tl, seg}.fileName(b.walSegmentSize);
                if (!walSegments.contains(name))
                    return damaged(b, Tr::tr("the WAL segment %1 the backup needs is not in it").arg(name));
            }
        }
    }
    ctx.progress(1, {});
    return ok();
}

Status extractTarBaseBackup(JobContext &ctx, const BaseBackupInfo &b, const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return Error::of(Tr::tr("Could not create %1").arg(dataDir));
    ctx.progress(0, Tr::tr("Unpacking the base backup into the sandbox"));
    std::unique_ptr<archive, WriteDeleter> disk(archive_write_disk_new());
    archive_write_disk_set_options(disk.get(), ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_SECURE_NODOTDOT
                                                   | ARCHIVE_EXTRACT_SECURE_SYMLINKS);
    const auto tars = tarFiles(b.dataDirectory());
    const qint64 total = totalTarBytes(b, tars);
    const QString root = QDir(dataDir).absolutePath() + QLatin1Char('/');
    qint64 done = 0;
    bool skipping = false;
    const auto diskError = [&](const QString &path) {
        return Error::of(Tr::tr("Could not write %1").arg(path), QString::fromLocal8Bit(archive_error_string(disk.get())));
    };
    for (const auto &[file, prefix] : tars) {
        Status s = walkTar(
            ctx, b, file, prefix, done, total,
            [&](const QString &path, archive_entry *e) -> Status {
                // Tablespace links point at the source machine; their archives become directories.
                skipping = path.startsWith(QLatin1String("pg_tblspc/")) && archive_entry_filetype(e) == AE_IFLNK;
                if (skipping)
                    return ok();
                archive_entry_set_pathname(e, QFile::encodeName(root + path).constData());
                if (archive_write_header(disk.get(), e) < ARCHIVE_WARN)
                    return diskError(path);
                return ok();
            },
            [&](const QString &path, QByteArrayView chunk, la_int64_t offset) -> Status {
                if (!skipping && archive_write_data_block(disk.get(), chunk.data(), size_t(chunk.size()), offset) < ARCHIVE_WARN)
                    return diskError(path);
                return ok();
            },
            [&](const QString &path, archive_entry *) -> Status {
                if (!skipping && archive_write_finish_entry(disk.get()) < ARCHIVE_WARN)
                    return diskError(path);
                return ok();
            });
        if (!s)
            return s;
        done += QFileInfo(QDir(b.dataDirectory()).filePath(file)).size();
    }
    if (archive_write_close(disk.get()) != ARCHIVE_OK)
        return diskError(dataDir);
    QDir().mkpath(root + QStringLiteral("pg_wal/archive_status"));
    return ok();
}

} // namespace pgs
