// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"

#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <csignal>
#include <functional>
#include <memory>

namespace pgs::cli {
namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"profiles", QT_TRANSLATE_NOOP("pgs::cli::Main", "List, show, add, remove and import connection profiles"),
         runProfilesCommand},
        {"status", QT_TRANSLATE_NOOP("pgs::cli::Main", "Server overview: version, uptime, connections, databases"),
         runStatusCommand},
        {"test", QT_TRANSLATE_NOOP("pgs::cli::Main", "Test a connection and explain a failure"), runTestCommand},
        {"tools", QT_TRANSLATE_NOOP("pgs::cli::Main", "Show the PostgreSQL tools found (pg_dump, psql ...)"),
         runToolsCommand},
        {"sandbox", QT_TRANSLATE_NOOP("pgs::cli::Main", "Start, stop, inspect or drop the local sandbox cluster"),
         runSandboxCommand},
        {"backup", QT_TRANSLATE_NOOP("pgs::cli::Main", "Back up a database (pg_dump) into a catalog with a checksummed manifest"),
         runBackupCommand},
        {"backups", QT_TRANSLATE_NOOP("pgs::cli::Main", "List the backups of a catalog"), runBackupsCommand},
        {"verify", QT_TRANSLATE_NOOP("pgs::cli::Main", "Verify a backup: checksums, contents, readable, restore test"),
         runVerifyCommand},
        {"prune", QT_TRANSLATE_NOOP("pgs::cli::Main", "Apply a retention policy to a catalog (with --dry-run preview)"),
         runPruneCommand},
        {"schedule", QT_TRANSLATE_NOOP("pgs::cli::Main", "Add, list or remove recurring backups (systemd timers or cron)"),
         runScheduleCommand},
        {"bundle", QT_TRANSLATE_NOOP("pgs::cli::Main", "Pack a backup folder into one .tar.zst/.tar.gz file"),
         runBundleCommand},
        {"unbundle", QT_TRANSLATE_NOOP("pgs::cli::Main", "Import a bundle into a catalog and verify its checksums"),
         runUnbundleCommand},
        {"toc", QT_TRANSLATE_NOOP("pgs::cli::Main", "List the table of contents of a backup archive"), runTocCommand},
        {"restore", QT_TRANSLATE_NOOP("pgs::cli::Main", "Restore a backup into a new or existing database"),
         runRestoreCommand},
        {"globals-restore", QT_TRANSLATE_NOOP("pgs::cli::Main", "Restore roles and tablespaces from a globals file"),
         runGlobalsRestoreCommand},
        {"sample", QT_TRANSLATE_NOOP("pgs::cli::Main", "Take one monitoring sample into the history file (for cron)"),
         runSampleCommand},
        {"capacity", QT_TRANSLATE_NOOP("pgs::cli::Main", "Capacity review: growth per day, days until full, XID wraparound"),
         runCapacityCommand},
        {"activity", QT_TRANSLATE_NOOP("pgs::cli::Main", "Sessions with their state, wait events and blockers"),
         runActivityCommand},
        {"replication", QT_TRANSLATE_NOOP("pgs::cli::Main", "Standbys, slots and their lag; create or drop slots, pause or resume replay"),
         runReplicationCommand},
        {"promote", QT_TRANSLATE_NOOP("pgs::cli::Main", "Promote a standby to a primary (typed confirmation)"), runPromoteCommand},
        {"switchover", QT_TRANSLATE_NOOP("pgs::cli::Main", "Clean switchover to a standby while the primary is reachable (typed confirmation)"),
         runSwitchoverCommand},
        {"audit", QT_TRANSLATE_NOOP("pgs::cli::Main", "Audit roles, privileges, authentication and settings"), runAuditCommand},
        {"role", QT_TRANSLATE_NOOP("pgs::cli::Main", "Create, alter or drop a role (password hashed here)"), runRoleCommand},
        {"grant", QT_TRANSLATE_NOOP("pgs::cli::Main", "Grant privileges in one transaction"), runGrantCommand},
        {"revoke", QT_TRANSLATE_NOOP("pgs::cli::Main", "Revoke privileges in one transaction"), runRevokeCommand},
        {"migrate", QT_TRANSLATE_NOOP("pgs::cli::Main", "Schema migrations: status, up, down, validate, dry-run"),
         runMigrateCommand},
        {"health", QT_TRANSLATE_NOOP("pgs::cli::Main", "Health checks on every database: bloat, vacuum, indexes, wraparound, sessions ..."),
         runHealthCommand},
        {"maintain", QT_TRANSLATE_NOOP("pgs::cli::Main", "VACUUM, ANALYZE, REINDEX or CLUSTER tables with live progress"),
         runMaintainCommand},
        {"destinations", QT_TRANSLATE_NOOP("pgs::cli::Main", "Add, list, test or remove off-site destinations"),
         runDestinationsCommand},
        {"copy", QT_TRANSLATE_NOOP("pgs::cli::Main", "Copy a backup to an off-site destination, encrypted with age"),
         runCopyCommand},
        {"fetch", QT_TRANSLATE_NOOP("pgs::cli::Main", "Fetch a copy from a destination into a catalog and verify it"),
         runFetchCommand},
        {"basebackup", QT_TRANSLATE_NOOP("pgs::cli::Main", "Take a verified physical base backup into a catalog"),
         runBaseBackupCommand},
        {"wal", QT_TRANSLATE_NOOP("pgs::cli::Main", "WAL archiving of a server and its archive folder"), runWalCommand},
        {"pitr", QT_TRANSLATE_NOOP("pgs::cli::Main", "Point-in-time recovery: the recoverable window; recover into a sandbox"),
         runPitrCommand},
    };
    return list;
}

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::Main)
};

void printMainHelp()
{
    QStringList lines{
        Main::tr("Usage: pgsteward-cli [--verbose] <command> [options]"),
        QString(),
        Main::tr("Headless PostgreSQL operations with the profiles and tools of pgsteward."),
        QString(),
        Main::tr("Commands:"),
    };
    qsizetype width = 0;
    for (const Command &c : commands())
        width = std::max(width, qsizetype(qstrlen(c.name)));
    for (const Command &c : commands())
        lines << QStringLiteral("  %1  %2").arg(QString::fromLatin1(c.name), -int(width)).arg(Main::tr(c.summary));
    lines << QString() << Main::tr("Options:")
          << QStringLiteral("  -h, --help    %1").arg(Main::tr("Show this help; '<command> --help' shows a command's options."))
          << QStringLiteral("  -v, --version %1").arg(Main::tr("Show the version."))
          << QStringLiteral("  --verbose     %1").arg(Main::tr("Show error details, progress and log lines on stderr."))
          << QString() << Main::tr("Exit codes: 0 success, 1 the operation or a check failed, 2 usage error.");
    printOut(lines.join(QLatin1Char('\n')));
}

int dispatch(QStringList args)
{
    args.removeFirst(); // program
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            printMainHelp();
            return ExitOk;
        }
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            printOut(QStringLiteral("pgsteward-cli %1").arg(QCoreApplication::applicationVersion()));
            return ExitOk;
        }
        if (option == QLatin1String("--verbose")) {
            setVerbose(true);
            continue;
        }
        return usageError(Main::tr("unknown option '%1'").arg(option), QStringLiteral("pgsteward-cli"));
    }
    if (args.isEmpty())
        return usageError(Main::tr("no command given"), QStringLiteral("pgsteward-cli"));
    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    if (name == QLatin1String("help")) {
        printMainHelp();
        return ExitOk;
    }
    return usageError(Main::tr("unknown command '%1'").arg(name), QStringLiteral("pgsteward-cli"));
}

} // namespace
} // namespace pgs::cli

int main(int argc, char **argv)
{
    // Past a file-size limit (ulimit -f) a write fails with EFBIG and is reported; by default
    // SIGXFSZ would end us without a word. Child tools get the default back (ChildGuard).
    std::signal(SIGXFSZ, SIG_IGN);
    // An audit written as PDF prints HTML through QTextDocument, which needs a QGuiApplication.
    const bool gui = pgs::cli::auditNeedsGuiApplication(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("pgsteward-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("pgsteward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PGSTEWARD_VERSION));
    pgs::installTranslations();
    return pgs::cli::dispatch(QCoreApplication::arguments());
}
