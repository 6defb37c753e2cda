// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "util/result.h"

#include <QString>

namespace pgs {

class JobContext;

// The GUI demo's standby: a streaming standby (SandboxCluster::createStandbyOf, then start) of
// the running sandbox in primaryDir, in primaryDir + "-standby", and the profile for it (named
// after the primary's profile + " standby"; the caller saves it). The primary profile must point
// at that sandbox (its socket directory and port). A standby that exists already is started.
Result<ConnectionProfile> startDemoStandby(JobContext &ctx, const ConnectionProfile &primaryProfile, const QString &primaryDir);
QString demoStandbyDirectory(const QString &primaryDir);

} // namespace pgs
