// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::AtomicFile)
};

mode_t modeOf(QFileDevice::Permissions p)
{
    mode_t mode = 0;
    if (p & QFileDevice::ReadOwner)
        mode |= S_IRUSR;
    if (p & QFileDevice::WriteOwner)
        mode |= S_IWUSR;
    if (p & QFileDevice::ExeOwner)
        mode |= S_IXUSR;
    if (p & QFileDevice::ReadGroup)
        mode |= S_IRGRP;
    if (p & QFileDevice::WriteGroup)
        mode |= S_IWGRP;
    if (p & QFileDevice::ExeGroup)
        mode |= S_IXGRP;
    if (p & QFileDevice::ReadOther)
        mode |= S_IROTH;
    if (p & QFileDevice::WriteOther)
        mode |= S_IWOTH;
    if (p & QFileDevice::ExeOther)
        mode |= S_IXOTH;
    return mode;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Closes and removes the temporary file unless released (after a successful rename).
class TempFile
{
public:
    TempFile(QByteArray path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    ~TempFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.isEmpty())
            ::unlink(m_path.constData());
    }
    int fd() const { return m_fd; }
    // close() can report a deferred write error (NFS, some FUSE file systems).
    int close()
    {
        const int r = ::close(std::exchange(m_fd, -1));
        return r;
    }
    void release() { m_path.clear(); }

private:
    QByteArray m_path;
    int m_fd;
};

int writeAll(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        p += n;
        left -= n;
    }
    return 0;
}

void syncFolder(const QByteArray &dir)
{
    // Makes the rename itself durable; a folder that cannot be opened for this (rare) is no error.
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                           const QString &what, Durability durability)
{
    const bool synced = durability == Durability::Synced;
    auto fail = [&](const QString &why) {
        return Error::of(Tr::tr("Cannot write %1 (%2): %3").arg(what, path, why), {}, QStringLiteral("io"));
    };
    const QFileInfo target(path);
    const QString dir = target.absolutePath();
    if (!QDir().mkpath(dir))
        return fail(Tr::tr("cannot create the folder %1").arg(dir));

    // A symlink is replaced by the file it points to being rewritten beside it, as QSaveFile did.
    const QString finalPath = target.isSymLink() ? target.symLinkTarget() : target.absoluteFilePath();
    QByteArray temp = QFile::encodeName(finalPath + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(systemError(errno));
    TempFile file(temp, fd);
    if (::fchmod(fd, modeOf(permissions)) != 0)
        return fail(systemError(errno));
    if (const int e = writeAll(fd, data); e != 0)
        return fail(systemError(e));
    if (synced && ::fsync(fd) != 0)
        return fail(systemError(errno));
    if (file.close() != 0)
        return fail(systemError(errno));
    if (::rename(temp.constData(), QFile::encodeName(finalPath).constData()) != 0)
        return fail(systemError(errno));
    file.release();
    if (synced)
        syncFolder(QFile::encodeName(QFileInfo(finalPath).absolutePath()));
    return ok();
}

Status syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::of(Tr::tr("Cannot open %1 to write it to disk: %2").arg(path, systemError(errno)), {},
                         QStringLiteral("io"));
    const int rc = ::fsync(fd);
    const int e = errno;
    ::close(fd);
    if (rc != 0)
        return Error::of(Tr::tr("Cannot write %1 to disk: %2").arg(path, systemError(e)), {}, QStringLiteral("io"));
    return ok();
}

Status writeFileAtomically(const QString &path, const QByteArray &data, const QString &what, Durability durability)
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    QFileDevice::Permissions p = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!(mask & S_IRGRP))
        p |= QFileDevice::ReadGroup;
    if (!(mask & S_IROTH))
        p |= QFileDevice::ReadOther;
    return writeFileAtomically(path, data, p, what, durability);
}

} // namespace pgs
