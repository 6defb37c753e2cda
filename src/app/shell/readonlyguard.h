// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"

class QWidget;

namespace pgs {

// Called where a write action starts (maintenance, a fix, a slot, a migration, a role change…):
// on a read-only profile it shows why the action is refused (a non-modal message box, object
// name "readOnlyRefusal") and returns true; the caller then does nothing.
bool refusedAsReadOnly(QWidget *parent, const ConnectionProfile &profile, const QString &action);

} // namespace pgs
