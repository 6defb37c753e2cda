// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// One entry point per command group; args are everything after the group's name.
// Each returns the process exit code (see cli::ExitCode).
namespace pgs::cli {

int runProfilesCommand(const QStringList &args);
int runProfileAdd(const QStringList &args);
int runProfileImportService(const QStringList &args);
int runStatusCommand(const QStringList &args);
int runTestCommand(const QStringList &args);
int runToolsCommand(const QStringList &args);
int runSandboxCommand(const QStringList &args);
int runSandboxWorkload(const QStringList &args);
// Backups (backupcommand.cpp; catalogcommands.cpp: backups list, verify, prune, bundle, unbundle)
int runBackupCommand(const QStringList &args);
int runBackupsCommand(const QStringList &args);
int runVerifyCommand(const QStringList &args);
int runPruneCommand(const QStringList &args);
int runScheduleCommand(const QStringList &args);
int runBundleCommand(const QStringList &args);
int runUnbundleCommand(const QStringList &args);
// Restore (restorecommand.cpp: toc, restore, globals-restore)
int runTocCommand(const QStringList &args);
int runRestoreCommand(const QStringList &args);
int runGlobalsRestoreCommand(const QStringList &args);
// Monitoring (monitorcommands.cpp: sample, capacity, activity)
int runSampleCommand(const QStringList &args);
int runCapacityCommand(const QStringList &args);
int runActivityCommand(const QStringList &args);
// Replication (replicationcommands.cpp: replication, promote)
int runReplicationCommand(const QStringList &args);
int runPromoteCommand(const QStringList &args);
int runSwitchoverCommand(const QStringList &args); // switchovercommand.cpp
// Security (auditcommands.cpp: audit; rolecommands.cpp: role, grant, revoke)
int runAuditCommand(const QStringList &args);
int runRoleCommand(const QStringList &args);
int runGrantCommand(const QStringList &args);
int runRevokeCommand(const QStringList &args);
bool auditNeedsGuiApplication(int argc, char **argv); // audit --format pdf
// Migrations (migratecommands.cpp: migrate status|up|down|validate|dry-run)
int runMigrateCommand(const QStringList &args);
// Health (healthcommands.cpp: health, maintain)
int runHealthCommand(const QStringList &args);
int runMaintainCommand(const QStringList &args);
// Off-site copies (offsitecommands.cpp: destinations, copy, fetch; backups list --destination)
int runDestinationsCommand(const QStringList &args);
int runCopyCommand(const QStringList &args);
int runFetchCommand(const QStringList &args);
int listOffsiteBackups(const QString &destination, bool json);
// Point-in-time recovery (pitrcommands.cpp: basebackup, wal status, pitr window|restore)
int runBaseBackupCommand(const QStringList &args);
int runWalCommand(const QStringList &args);
int runPitrCommand(const QStringList &args);
int runPitrCopyBackCommand(const QStringList &args); // copybackcommand.cpp

} // namespace pgs::cli
