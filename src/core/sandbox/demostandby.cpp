// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demostandby.h"

#include "jobs/jobcontext.h"
#include "sandbox/sandboxcluster.h"
#include "sandbox/sandboxprofile.h"

#include <QCoreApplication>
#include <QDir>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::DemoStandby)
};
} // namespace

QString demoStandbyDirectory(const QString &primaryDir) { return QDir::cleanPath(primaryDir) + QStringLiteral("-standby"); }

Result<ConnectionProfile> startDemoStandby(JobContext &ctx, const ConnectionProfile &primaryProfile, const QString &primaryDir)
{
    SandboxCluster primary(primaryDir);
    if (!primary.loadState() || !primary.isRunning())
        return Error::of(Tr::tr("The sandbox in %1 is not running: start it first.").arg(primaryDir), {}, QStringLiteral("primary-not-running"));
    if (primary.port() != primaryProfile.port || QDir::cleanPath(primary.socketDirectory()) != QDir::cleanPath(primaryProfile.host))
        return Error::of(Tr::tr("Profile %1 is not the sandbox in %2: a demo standby is made of the local sandbox only.")
                             .arg(primaryProfile.name, primaryDir),
                         {}, QStringLiteral("not-the-sandbox"));
    if (!primary.primaryDirectory().isEmpty())
        return Error::of(Tr::tr("The sandbox in %1 is itself a standby.").arg(primaryDir), {}, QStringLiteral("already-standby"));
    SandboxCluster standby(demoStandbyDirectory(primaryDir));
    ctx.log(Tr::tr("Standby directory: %1").arg(standby.directory()));
    if (Status made = standby.createStandbyOf(ctx, primary); !made)
        return made.error();
    ctx.progress(-1, Tr::tr("Starting the standby"));
    if (Status started = standby.start(ctx); !started)
        return started.error();
    ctx.log(Tr::tr("The standby runs on port %1 and streams from port %2 (slot %3).")
                .arg(standby.port())
                .arg(primary.port())
                .arg(standby.standbySlotName()));
    const QString database = primaryProfile.database.isEmpty() ? QStringLiteral("postgres") : primaryProfile.database;
    return sandboxProfile(standby, Tr::tr("%1 standby").arg(primaryProfile.name), database);
}

} // namespace pgs
