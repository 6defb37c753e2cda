// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/serveroverview.h"

#include <QMetaType>

// The overview job hands its plain-data result to the GUI thread inside a QVariant.
Q_DECLARE_METATYPE(pgs::ServerOverview)
