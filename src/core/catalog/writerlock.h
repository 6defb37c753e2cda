// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace pgs {

// The "writer.lock" of a backup folder: an flock(2) on the file, held by the writing process and
// inherited by the dump tool it starts (ToolRun::inheritFds), so the folder counts as being
// written while either of them lives. A writer killed with kill -9 therefore still holds it until
// its pg_dump has stopped too; a crashed one holds nothing, whatever the file says. The file
// names the holder (pid, host, program, start) for messages.
class WriterLock
{
public:
    static Result<std::unique_ptr<WriterLock>> acquire(const QString &path);
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    int descriptor() const { return m_fd; }
    // Removes the lock file (at path, where the folder was renamed meanwhile) and unlocks.
    void release(const QString &path);

    struct Holder
    {
        bool held = false;
        qint64 pid = 0;
        QString host;
        QString program;
        QDateTime since;
        QString describe() const; // "pgsteward-cli (pid 1234 on db-admin) since 02:00"
    };
    // Whether a live process holds the lock at path, and who wrote it.
    static Holder inspect(const QString &path);

private:
    explicit WriterLock(int fd) : m_fd(fd) {}
    int m_fd;
};

} // namespace pgs
