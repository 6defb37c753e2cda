// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "util/result.h"

#include <QString>

namespace pgs {

class ProfileStore;
class SandboxCluster;

// The saved profile that points at a local sandbox cluster: group "Local", the socket
// directory as host, the cluster's port and superuser, no password (trust auth), not production.
ConnectionProfile sandboxProfile(const SandboxCluster &cluster, const QString &name, const QString &database);

// Creates the profile named name, or updates the one of that name in place (keeping its id, so
// per-profile history and settings stay attached). The caller saves the store.
Result<ConnectionProfile> ensureSandboxProfile(ProfileStore &store, const SandboxCluster &cluster,
                                               const QString &name, const QString &database);

// The directory among candidates whose sandbox serves host (its socket directory) and port, or
// empty: how the GUI knows that a profile's server is a local cluster it may stop and start.
QString sandboxDirectoryServing(const QStringList &candidates, const QString &host, int port);

} // namespace pgs
