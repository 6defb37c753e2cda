// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/streamupload.h"

#include "catalog/manifest.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <openssl/evp.h>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteStream)
};

constexpr qint64 kAgeChunk = 64 * 1024;
constexpr qint64 kAgeTag = 16;
constexpr qint64 kAgeNonce = 16;
constexpr qint64 kQueueBytes = 16 << 20; // what may wait between age and rclone
constexpr int kWaitMsecs = 100;

// The encrypted bytes between the age thread (push) and the rclone thread (pop), bounded so
// that a slow upload holds age back instead of filling memory.
class ChunkQueue
{
public:
    // False once the reader is gone: age is stopped then.
    bool push(QByteArray chunk)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_abandoned || m_bytes < kQueueBytes; });
        if (m_abandoned)
            return false;
        m_bytes += chunk.size();
        m_chunks.push_back(std::move(chunk));
        m_data.notify_one();
        return true;
    }
    void finish(std::optional<Error> error)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = std::move(error);
        m_data.notify_all();
    }
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_space.notify_all();
    }
    // The next chunk; empty at the end; nullopt after kWaitMsecs without news (check Cancel).
    std::optional<Result<QByteArray>> pop()
    {
        std::unique_lock lock(m_mutex);
        if (!m_data.wait_for(lock, std::chrono::milliseconds(kWaitMsecs), [&] { return !m_chunks.empty() || m_finished; }))
            return std::nullopt;
        if (!m_chunks.empty()) {
            QByteArray chunk = std::move(m_chunks.front());
            m_chunks.pop_front();
            m_bytes -= chunk.size();
            m_space.notify_one();
            return Result<QByteArray>(std::move(chunk));
        }
        if (m_error)
            return Result<QByteArray>(*m_error);
        return Result<QByteArray>(QByteArray());
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_data;
    std::condition_variable m_space;
    std::deque<QByteArray> m_chunks;
    qint64 m_bytes = 0;
    bool m_finished = false;
    bool m_abandoned = false;
    std::optional<Error> m_error;
};

class Digest
{
public:
    explicit Digest(const EVP_MD *md) : m_ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free) { EVP_DigestInit_ex(m_ctx.get(), md, nullptr); }
    void add(const QByteArray &bytes) { EVP_DigestUpdate(m_ctx.get(), bytes.constData(), size_t(bytes.size())); }
    QString hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx.get(), digest, &length);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx;
};
} // namespace

qint64 ageOutputSize(qint64 headerBytes, qint64 plainSize)
{
    const qint64 chunks = plainSize == 0 ? 1 : (plainSize + kAgeChunk - 1) / kAgeChunk;
    return headerBytes + kAgeNonce + plainSize + chunks * kAgeTag;
}

qint64 ageHeaderLength(const QByteArray &bytes)
{
    static const QByteArray intro("age-encryption.org/v1\n");
    if (!bytes.startsWith(intro.left(std::min(bytes.size(), intro.size()))))
        return -1;
    const qsizetype mac = bytes.indexOf("\n--- ");
    if (mac < 0)
        return 0;
    const qsizetype end = bytes.indexOf('\n', mac + 1);
    return end < 0 ? 0 : end + 1;
}

Result<StreamedFile> encryptAndUpload(JobContext &ctx, const RcloneTarget &target, const QString &age,
                                      const QStringList &recipients, const QString &plainPath, const QString &remotePath,
                                      bool withMd5, double from, double to, const QString &label)
{
    StreamedFile file;
    file.plainSize = QFileInfo(plainPath).size();
    // The plain bytes hashed beside age (both read them from the page cache).
    QFuture<Result<QString>> plainHash = QtConcurrent::run([&ctx, plainPath] { return sha256OfFile(plainPath, &ctx); });

    ChunkQueue queue;
    Digest sha(EVP_sha256());
    Digest md5(EVP_md5());
    QStringList ageErrors;
    // A thread of its own, not the shared pool: the job thread waits for its bytes, so it must
    // never queue behind other work.
    std::thread encrypting([&] {
        ToolRun run;
        run.program = age;
        for (const QString &r : recipients)
            run.arguments << QStringLiteral("-r") << r;
        run.arguments << plainPath;
        run.logStderr = false; // not on this thread: collected, reported by the job thread
        run.onStderrLine = [&ageErrors](const QString &line) { ageErrors << line; };
        run.onStdout = [&](const QByteArray &chunk) {
            sha.add(chunk);
            if (withMd5)
                md5.add(chunk);
            return queue.push(chunk);
        };
        Result<ToolOutput> done = runTool(ctx, run);
        queue.finish(done ? std::nullopt
                          : std::optional<Error>(Error::of(Tr::tr("Cannot encrypt %1").arg(QFileInfo(plainPath).fileName()),
                                                           done.error().message + QLatin1Char('\n') + ageErrors.join(QLatin1Char('\n')))));
    });
    auto stopEncrypting = [&] {
        queue.abandon();
        if (encrypting.joinable())
            encrypting.join();
        plainHash.waitForFinished();
    };

    // The header first: it gives the size rclone is told.
    QByteArray head;
    qint64 headerLength = 0;
    while (headerLength == 0) {
        if (ctx.isCanceled()) {
            stopEncrypting();
            return JobContext::canceledError();
        }
        std::optional<Result<QByteArray>> next = queue.pop();
        if (!next)
            continue;
        if (!*next || (*next)->isEmpty()) {
            stopEncrypting();
            return *next ? Error::of(Tr::tr("age ended before its header was complete")) : next->error();
        }
        head += **next;
        headerLength = ageHeaderLength(head);
        if (headerLength < 0) {
            stopEncrypting();
            return Error::of(Tr::tr("age wrote something that is not an age file"));
        }
    }
    file.storedSize = ageOutputSize(headerLength, file.plainSize);

    qint64 fed = 0;
    std::optional<Error> feedError;
    auto feed = [&]() -> Result<QByteArray> {
        QByteArray chunk;
        if (!head.isEmpty()) {
            chunk = std::exchange(head, {});
        } else {
            for (;;) {
                if (ctx.isCanceled())
                    return JobContext::canceledError();
                std::optional<Result<QByteArray>> next = queue.pop();
                if (!next)
                    continue;
                if (!*next) {
                    feedError = next->error();
                    return next->error();
                }
                chunk = **next;
                break;
            }
        }
        fed += chunk.size();
        if (fed > file.storedSize) {
            feedError = Error::of(Tr::tr("age wrote more than the %1 bytes expected").arg(file.storedSize));
            return *feedError;
        }
        return chunk;
    };
    // rcat never retries by itself (the stream cannot be read twice); a failed copy is redone whole.
    QStringList args{QStringLiteral("rcat"), QStringLiteral("--size"), QString::number(file.storedSize), remotePath};
    if (target.kind() == OffsiteDestination::Kind::S3)
        args << QStringLiteral("--s3-upload-cutoff") << QStringLiteral("5Gi"); // one PUT: its ETag is the MD5
    Result<QByteArray> up = target.transfer(ctx, args, from, to, label, feed);
    stopEncrypting();
    if (feedError) // the cause, rather than rclone's "unexpected EOF"
        return *feedError;
    if (!up)
        return up.error();
    if (fed != file.storedSize)
        return Error::of(Tr::tr("age wrote %1 bytes, %2 were expected; nothing counts as copied").arg(fed).arg(file.storedSize));
    const Result<QString> plain = plainHash.result();
    if (!plain)
        return plain.error();
    file.plainSha256 = *plain;
    file.storedSha256 = sha.hex();
    if (withMd5)
        file.storedMd5 = md5.hex();
    return file;
}

} // namespace pgs
