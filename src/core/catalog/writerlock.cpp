// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/writerlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupCatalog)
};
} // namespace

Result<std::unique_ptr<WriterLock>> WriterLock::acquire(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error::of(Tr::tr("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))), {},
                         QStringLiteral("catalog-unwritable"));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int e = errno;
        ::close(fd);
        return Error::of(Tr::tr("Cannot lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(e))), {},
                         QStringLiteral("catalog-unwritable"));
    }
    const QByteArray info = QByteArray::number(::getpid()) + '\n' + QSysInfo::machineHostName().toUtf8() + '\n'
                            + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n'
                            + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
    // The holder's name is a courtesy for messages; the lock is the flock, so a short write is no error.
    if (::ftruncate(fd, 0) == 0)
        (void)!::write(fd, info.constData(), size_t(info.size()));
    return std::unique_ptr<WriterLock>(new WriterLock(fd));
}

WriterLock::~WriterLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void WriterLock::release(const QString &path)
{
    if (m_fd < 0)
        return;
    QFile::remove(path);
    ::close(m_fd);
    m_fd = -1;
}

WriterLock::Holder WriterLock::inspect(const QString &path)
{
    Holder holder;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return holder;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        holder.held = true;
        char buffer[1024];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        const QList<QByteArray> lines = QByteArray(buffer, n > 0 ? int(n) : 0).split('\n');
        holder.pid = lines.value(0).toLongLong();
        holder.host = QString::fromUtf8(lines.value(1));
        holder.program = QString::fromUtf8(lines.value(2));
        holder.since = QDateTime::fromString(QString::fromUtf8(lines.value(3)), Qt::ISODate);
    }
    ::close(fd);
    return holder;
}

QString WriterLock::Holder::describe() const
{
    const QString who = program.isEmpty() ? Tr::tr("a process") : program;
    QString text = Tr::tr("%1 (pid %2 on %3)").arg(who).arg(pid).arg(host.isEmpty() ? QStringLiteral("?") : host);
    if (since.isValid())
        text = Tr::tr("%1 since %2").arg(text, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
    // The writer died (kill -9) but the dump tool it started still holds the inherited lock.
    const bool sameHost = host.isEmpty() || host == QSysInfo::machineHostName();
    if (sameHost && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        text = Tr::tr("a tool started by %1, which has ended").arg(text);
    return text;
}

} // namespace pgs
