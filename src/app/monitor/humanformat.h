// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgs {

// "3 d 4 h", "4 h 12 min", "12 min", "45 s": the two most significant units.
QString humanDuration(qint64 seconds);
// "1.2 GB" with the locale's decimal point (IEC units shown the way users read them).
QString humanBytes(qint64 bytes);

} // namespace pgs
