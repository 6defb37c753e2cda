// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace pgs {

// Writes a whole file atomically: a temporary file beside it, every write(), fsync() and close()
// checked, then rename() and an fsync of the folder. Any failure (a full disk, a file-size limit,
// an I/O error) removes the temporary file, leaves the previous file as it was and returns the
// reason. QSaveFile is not used: Qt 6.4's commit() reports success after a failed buffered write
// (ENOSPC), leaving a 0-byte file. The permissions are set before any byte is written, so a
// secret never sits in a readable file even for a moment. what: "the profiles file" etc., used in
// the translated error message. The folder is created if needed.
// Unsynced skips both fsyncs: still all or nothing for readers, but a power cut may lose it.
// For scratch state that a crash makes worthless anyway (a backup folder still ".partial-").
enum class Durability { Synced, Unsynced };

Status writeFileAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                           const QString &what, Durability durability = Durability::Synced);

// The same with the permissions of an ordinary user file (0644 less the umask's bits).
Status writeFileAtomically(const QString &path, const QByteArray &data, const QString &what,
                           Durability durability = Durability::Synced);

// fsync() of a file or a folder that was written by someone else (a child tool run with its own
// syncing turned off): an error names the path and the reason.
Status syncToDisk(const QString &path);

// Owner read/write only: for anything that may hold host names, users or secrets.
constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace pgs
