// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pgs {

// Quoting of command lines we write into files that another program parses later: systemd unit
// ExecStart= lines and POSIX shell (crontab) lines. Each split() is the exact inverse of quote().
QString systemdQuote(const QString &arg);
QStringList systemdSplit(const QString &line);
QString shellQuote(const QString &arg);
QStringList shellSplit(QString line);

} // namespace pgs
