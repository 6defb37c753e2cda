// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxprofile.h"

#include "connection/profilestore.h"
#include "sandbox/sandboxcluster.h"

#include <QDir>

namespace pgs {

ConnectionProfile sandboxProfile(const SandboxCluster &cluster, const QString &name, const QString &database)
{
    ConnectionProfile p;
    p.name = name;
    p.group = QStringLiteral("Local");
    p.host = cluster.socketDirectory();
    p.port = cluster.port();
    p.user = cluster.superuser();
    p.database = database;
    p.sslMode = QStringLiteral("disable"); // a unix socket: there is no TLS to negotiate
    p.production = false;
    p.passwordStorage = PasswordStorage::None;
    return p;
}

Result<ConnectionProfile> ensureSandboxProfile(ProfileStore &store, const SandboxCluster &cluster,
                                               const QString &name, const QString &database)
{
    ConnectionProfile wanted = sandboxProfile(cluster, name, database);
    for (const ConnectionProfile &existing : store.profiles()) {
        if (existing.name != name)
            continue;
        // Keep what the user may have tuned (tools dir, capacity, colour); refresh the target.
        ConnectionProfile updated = existing;
        updated.group = wanted.group;
        updated.host = wanted.host;
        updated.port = wanted.port;
        updated.user = wanted.user;
        updated.database = wanted.database;
        updated.sslMode = wanted.sslMode;
        updated.service.clear();
        updated.production = false;
        updated.passwordStorage = PasswordStorage::None;
        return store.upsert(updated);
    }
    return store.upsert(wanted);
}

QString sandboxDirectoryServing(const QStringList &candidates, const QString &host, int port)
{
    for (const QString &dir : candidates) {
        SandboxCluster cluster(dir);
        if (cluster.loadState() && cluster.exists() && cluster.port() == port
            && QDir::cleanPath(cluster.socketDirectory()) == QDir::cleanPath(host))
            return cluster.directory();
    }
    return {};
}

} // namespace pgs
