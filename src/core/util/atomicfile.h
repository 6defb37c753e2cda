// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace pgs {

// Writes a whole file atomically (QSaveFile: temp file, fsync, rename) so a crash never leaves
// half a file, creating its folder if needed. The permissions are set before any byte is written,
// so a secret never sits in a readable file even for a moment. what: "the profiles file" etc.,
// used in the translated error message.
Status writeFileAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                           const QString &what);

// Owner read/write only: for anything that may hold host names, users or secrets.
constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace pgs
