// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgs {

// Loads pgsteward_<lang>.qm (and Qt's own qtbase_<lang>.qm) for the system locale, or for
// $PGSTEWARD_LANG when set. Looks next to the build tree and in the installed share dir.
void installTranslations();
QString translationsDirectory();

} // namespace pgs
