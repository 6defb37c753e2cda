// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commandgroup.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "connection/profilestore.h"
#include "pg/connection.h"
#include "sandbox/demodata.h"
#include "sandbox/sandboxcluster.h"
#include "sandbox/sandboxprofile.h"
#include "util/paths.h"

#include <QJsonObject>

namespace pgs::cli {

namespace {

struct SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::SandboxCommand)
};

const QString kDemoDatabase = QStringLiteral("pgsteward_demo");

void addDirOption(CommandParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("dir"),
                                        SandboxCommand::tr("Cluster directory (default: %1).").arg(paths::sandboxDir()),
                                        QStringLiteral("DIR")));
}

QString clusterDir(const CommandParser &parser)
{
    return parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : paths::sandboxDir();
}

// Demo database present and completely loaded? No SQL here: opening it answers "exists".
bool demoDatabaseExists(const SandboxCluster &cluster, bool *complete)
{
    auto conn = pg::Connection::open(cluster.connectionSpec(kDemoDatabase));
    if (!conn)
        return false;
    if (complete)
        *complete = demoDataPresent(*conn.value());
    return true;
}

QJsonObject clusterJson(const SandboxCluster &cluster)
{
    return QJsonObject{{QStringLiteral("dir"), cluster.directory()},
                       {QStringLiteral("port"), cluster.port()},
                       {QStringLiteral("socket_dir"), cluster.socketDirectory()},
                       {QStringLiteral("superuser"), cluster.superuser()},
                       {QStringLiteral("version"), cluster.serverVersion()},
                       {QStringLiteral("standby_of"), cluster.primaryDirectory().isEmpty() ? QJsonValue()
                                                                                            : QJsonValue(cluster.primaryDirectory())}};
}

int startSandbox(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli sandbox start"),
                         SandboxCommand::tr("Create (if needed) and start the local sandbox cluster."));
    addDirOption(parser);
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("demo"),
                                        SandboxCommand::tr("Install the demo database %1 if it is missing.")
                                            .arg(kDemoDatabase)));
    parser.addOption(QCommandLineOption(QStringLiteral("scale"),
                                        SandboxCommand::tr("Size of the demo data (default 0.3: about 55 MB; 1.0: about 175 MB)."),
                                        QStringLiteral("X"), QStringLiteral("0.3")));
    parser.addOption(QCommandLineOption(QStringLiteral("ensure-profile"),
                                        SandboxCommand::tr("Create or update a connection profile for it.")));
    parser.addOption(QCommandLineOption(QStringLiteral("profile-name"),
                                        SandboxCommand::tr("Name of that profile (default: Local sandbox)."),
                                        QStringLiteral("NAME"), QStringLiteral("Local sandbox")));
    parser.addOption(QCommandLineOption(QStringLiteral("standby-of"),
                                        SandboxCommand::tr("Make this sandbox a streaming standby of the running sandbox in PRIMARY_DIR."),
                                        QStringLiteral("PRIMARY_DIR")));
    if (auto exit = parser.parse(args))
        return *exit;
    const QString primaryDir = parser.value(QStringLiteral("standby-of"));
    if (!primaryDir.isEmpty() && parser.isSet(QStringLiteral("demo")))
        return usageError(SandboxCommand::tr("--demo cannot be used with --standby-of: a standby gets its data from the primary"),
                          parser.command());
    if (parser.isSet(QStringLiteral("standby-of")) && !parser.isSet(QStringLiteral("dir")))
        return usageError(SandboxCommand::tr("--standby-of needs --dir for the standby's own directory"), parser.command());
    bool scaleOk = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&scaleOk);
    if (!scaleOk || scale <= 0 || scale > 100)
        return usageError(SandboxCommand::tr("--scale must be a number above 0 and at most 100"), parser.command());
    if (parser.isSet(QStringLiteral("profile-name")) && !parser.isSet(QStringLiteral("ensure-profile")))
        return usageError(SandboxCommand::tr("--profile-name needs --ensure-profile"), parser.command());
    const QString profileName = parser.value(QStringLiteral("profile-name")).trimmed();
    if (profileName.isEmpty())
        return usageError(SandboxCommand::tr("--profile-name must not be empty"), parser.command());

    SandboxCluster cluster(clusterDir(parser));
    cluster.loadState();
    const bool demo = parser.isSet(QStringLiteral("demo"));
    bool demoExists = false;
    JobResult started = runInForeground([&](JobContext &ctx) -> JobResult {
        if (!primaryDir.isEmpty()) {
            SandboxCluster primary(primaryDir);
            if (!primary.loadState())
                return Error::of(SandboxCommand::tr("There is no sandbox in %1").arg(primaryDir), {}, QStringLiteral("no-cluster"));
            if (Status s = cluster.createStandbyOf(ctx, primary); !s)
                return s.error();
        } else if (Status s = cluster.create(ctx); !s) {
            return s.error();
        }
        if (Status s = cluster.start(ctx); !s)
            return s.error();
        bool complete = false;
        demoExists = demoDatabaseExists(cluster, &complete);
        if (demo && !complete) {
            if (Status s = installDemoData(ctx, cluster.connectionSpec(), kDemoDatabase, scale); !s)
                return s.error();
            demoExists = true;
        }
        return QVariant();
    });
    if (!started)
        return reportError(started.error());

    // Without the demo database the profile points at "postgres", so it works right away.
    const QString database = demoExists ? kDemoDatabase : QStringLiteral("postgres");
    QString profileName2;
    if (parser.isSet(QStringLiteral("ensure-profile"))) {
        ProfileStore store(paths::profilesFile());
        if (Status loaded = loadProfileStore(store); !loaded)
            return reportError(loaded.error());
        Result<ConnectionProfile> profile = ensureSandboxProfile(store, cluster, profileName, database);
        if (!profile)
            return reportError(profile.error());
        if (Status saved = store.save(); !saved)
            return reportError(saved.error());
        profileName2 = profile->name;
    }

    if (parser.json()) {
        QJsonObject o = clusterJson(cluster);
        o.insert(QStringLiteral("database"), database);
        o.insert(QStringLiteral("profile"), profileName2.isEmpty() ? QJsonValue() : QJsonValue(profileName2));
        printJson(o);
        return ExitOk;
    }
    printOut(SandboxCommand::tr("Sandbox cluster running (PostgreSQL %1) in %2")
                 .arg(cluster.serverVersion(), cluster.directory()));
    KeyValues rows{{SandboxCommand::tr("host"), cluster.socketDirectory()},
                   {SandboxCommand::tr("port"), QString::number(cluster.port())},
                   {SandboxCommand::tr("user"), cluster.superuser()},
                   {SandboxCommand::tr("database"), database}};
    if (!profileName2.isEmpty())
        rows.append({SandboxCommand::tr("profile"), profileName2});
    rows.append({SandboxCommand::tr("psql"), QStringLiteral("psql \"host=%1 port=%2 user=%3 dbname=%4\"")
                                                 .arg(cluster.socketDirectory())
                                                 .arg(cluster.port())
                                                 .arg(cluster.superuser(), database)});
    printKeyValues(rows);
    return ExitOk;
}

int stopSandbox(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli sandbox stop"),
                         SandboxCommand::tr("Stop the local sandbox cluster (fast shutdown)."));
    addDirOption(parser);
    if (auto exit = parser.parse(args))
        return *exit;
    SandboxCluster cluster(clusterDir(parser));
    cluster.loadState();
    if (!cluster.exists())
        return reportError(Error::of(SandboxCommand::tr("there is no sandbox cluster in %1").arg(cluster.directory()),
                                     {}, QStringLiteral("no-cluster")));
    JobResult stopped = runInForeground([&](JobContext &ctx) -> JobResult {
        if (Status s = cluster.stop(ctx); !s)
            return s.error();
        return QVariant();
    });
    if (!stopped)
        return reportError(stopped.error());
    printOut(SandboxCommand::tr("Sandbox cluster in %1 stopped").arg(cluster.directory()));
    return ExitOk;
}

int sandboxStatus(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli sandbox status"),
                         SandboxCommand::tr("Is the sandbox cluster running? Exit code 1 when it is not."));
    addDirOption(parser);
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    SandboxCluster cluster(clusterDir(parser));
    cluster.loadState();
    const bool exists = cluster.exists();
    const bool running = exists && cluster.isRunning();
    bool demoComplete = false;
    const bool demo = running && demoDatabaseExists(cluster, &demoComplete);
    if (parser.json()) {
        QJsonObject o = clusterJson(cluster);
        o.insert(QStringLiteral("exists"), exists);
        o.insert(QStringLiteral("running"), running);
        o.insert(QStringLiteral("demo_database"), demo ? QJsonValue(kDemoDatabase) : QJsonValue());
        o.insert(QStringLiteral("demo_complete"), demoComplete);
        printJson(o);
    } else if (!exists) {
        printOut(SandboxCommand::tr("No sandbox cluster in %1").arg(cluster.directory()));
    } else {
        printKeyValues({{SandboxCommand::tr("directory"), cluster.directory()},
                        {SandboxCommand::tr("state"), running ? SandboxCommand::tr("running") : SandboxCommand::tr("stopped")},
                        {SandboxCommand::tr("version"), cluster.serverVersion()},
                        {SandboxCommand::tr("host"), cluster.socketDirectory()},
                        {SandboxCommand::tr("port"), QString::number(cluster.port())},
                        {SandboxCommand::tr("user"), cluster.superuser()},
                        {SandboxCommand::tr("demo data"),
                         !running ? SandboxCommand::tr("unknown")
                         : demoComplete ? kDemoDatabase
                         : demo ? SandboxCommand::tr("%1 (incomplete)").arg(kDemoDatabase)
                                : SandboxCommand::tr("not installed")},
                        {SandboxCommand::tr("log"), cluster.logFile()}});
    }
    return running ? ExitOk : ExitFailed;
}

int dropSandbox(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli sandbox drop"),
                         SandboxCommand::tr("Stop the sandbox cluster and delete it with all its data."));
    addDirOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("confirm"),
                                        SandboxCommand::tr("Required: yes, delete the cluster and its data.")));
    if (auto exit = parser.parse(args))
        return *exit;
    SandboxCluster cluster(clusterDir(parser));
    if (!parser.isSet(QStringLiteral("confirm")))
        return usageError(SandboxCommand::tr("this deletes %1 and all its data; add --confirm to go ahead")
                              .arg(cluster.directory()),
                          parser.command());
    cluster.loadState();
    JobResult dropped = runInForeground([&](JobContext &ctx) -> JobResult {
        if (Status s = cluster.drop(ctx); !s)
            return s.error();
        return QVariant();
    });
    if (!dropped)
        return reportError(dropped.error());
    printOut(SandboxCommand::tr("Sandbox cluster in %1 dropped").arg(cluster.directory()));
    return ExitOk;
}

} // namespace

int runSandboxCommand(const QStringList &args)
{
    const QList<Subcommand> subcommands{
        {QStringLiteral("start"), SandboxCommand::tr("Create if missing and start; optionally demo data and a profile"),
         startSandbox},
        {QStringLiteral("stop"), SandboxCommand::tr("Stop the cluster"), stopSandbox},
        {QStringLiteral("status"), SandboxCommand::tr("Show whether it runs, where and on which port"), sandboxStatus},
        {QStringLiteral("drop"), SandboxCommand::tr("Stop and delete the cluster (needs --confirm)"), dropSandbox},
        {QStringLiteral("workload"), SandboxCommand::tr("Run the demo workload in the foreground"), runSandboxWorkload},
    };
    return runCommandGroup(QStringLiteral("pgsteward-cli sandbox"),
                           SandboxCommand::tr("A throwaway local PostgreSQL cluster for trying pgsteward out."),
                           subcommands, args);
}

} // namespace pgs::cli
