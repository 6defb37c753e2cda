// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pgs {

// Where a damaged file of ours is kept instead of being overwritten: <path>.corrupt-<yyyyMMdd-HHmmss>,
// then ...-2, ...-3 when that name (or, with companions, one of <name><suffix>) is taken. The
// profiles file and the history store follow the same rule, so a user looks for one pattern.
QString setAsideName(const QString &path, const QStringList &companionSuffixes = {});

} // namespace pgs
