// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tiny tmpfs for full-disk tests (we run as root in CI). mount(2) needs CAP_SYS_ADMIN: where it
// is refused, isMounted() is false and the test says why it skips.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <sys/statvfs.h>

namespace pgs::test {

class SmallVolume
{
public:
    explicit SmallVolume(qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0777";
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallVolume()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallVolume(const SmallVolume &) = delete;
    SmallVolume &operator=(const SmallVolume &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Fills the volume until at most leave bytes are free (a file named "filler").
    void fill(qint64 leave = 0)
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        const QByteArray block(4096, 'x');
        while (free() > leave + block.size() && filler.write(block) == block.size() && filler.flush()) {
        }
    }
    qint64 free() const
    {
        struct statvfs st;
        if (::statvfs(QFile::encodeName(path()).constData(), &st) != 0)
            return -1;
        return qint64(st.f_bavail) * qint64(st.f_frsize);
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace pgs::test
