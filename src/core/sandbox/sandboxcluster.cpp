// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxcluster.h"

#include "pg/connection.h"
#include "tools/toollocator.h"
#include "tools/toolprocess.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

#include <libpq-fe.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pgs {

namespace {
// A class so that lupdate files the tr() calls below under the same context as at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::SandboxCluster)
};

const QString kServerUser = QStringLiteral("postgres");
const QString kRuntimeBase = QStringLiteral("/var/tmp/pgsteward-clusters");

QString currentUserName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
}

QString canonicalOrAbsolute(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// A port number nobody listens on right now. The server listens only on its private socket
// directory, so this only has to be a plausible, unused number.
int pickFreePort()
{
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0))
        return probe.serverPort();
    return 54320 + int(::getpid() % 600);
}

QString confQuote(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

Status chownToServerUser(const QString &path)
{
    const passwd *pw = ::getpwnam("postgres");
    if (!pw)
        return Error::of(Tr::tr("The \"postgres\" system user does not exist; it is needed to run a local server as root."),
                         {}, QStringLiteral("no-postgres-user"));
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
        return Error::of(Tr::tr("Could not hand %1 to the postgres user").arg(path), QString::fromLocal8Bit(strerror(errno)));
    return ok();
}
} // namespace

SandboxCluster::SandboxCluster(QString directory) : m_dir(QDir(directory).absolutePath()) {}

bool SandboxCluster::runsAsRoot()
{
    return ::geteuid() == 0;
}

QString SandboxCluster::runtimeDirectory() const
{
    if (!runsAsRoot())
        return {};
    const QByteArray hash = QCryptographicHash::hash(canonicalOrAbsolute(m_dir).toUtf8(), QCryptographicHash::Sha1);
    return kRuntimeBase + QLatin1Char('/') + QString::fromLatin1(hash.toHex().left(12));
}

QString SandboxCluster::dataDirectory() const
{
    if (!m_dataDir.isEmpty())
        return m_dataDir;
    return (runsAsRoot() ? runtimeDirectory() : m_dir) + QStringLiteral("/data");
}

QString SandboxCluster::socketDirectory() const
{
    if (!m_socketDir.isEmpty())
        return m_socketDir;
    return (runsAsRoot() ? runtimeDirectory() : m_dir) + QStringLiteral("/socket");
}

QString SandboxCluster::logFile() const
{
    if (!m_logFile.isEmpty())
        return m_logFile;
    // The server (as postgres) writes the log, so as root it cannot go into our directory.
    return (runsAsRoot() ? runtimeDirectory() : m_dir) + QStringLiteral("/server.log");
}

QString SandboxCluster::stateFile() const
{
    return m_dir + QStringLiteral("/cluster.json");
}

bool SandboxCluster::exists() const
{
    return QFileInfo::exists(dataDirectory() + QStringLiteral("/PG_VERSION"));
}

bool SandboxCluster::isRunning() const
{
    if (m_port <= 0 || !QFileInfo::exists(dataDirectory() + QStringLiteral("/postmaster.pid")))
        return false;
    const QByteArray host = QFile::encodeName(socketDirectory());
    const QByteArray port = QByteArray::number(m_port);
    const char *keys[] = {"host", "port", "dbname", "connect_timeout", nullptr};
    const char *values[] = {host.constData(), port.constData(), "postgres", "5", nullptr};
    return PQpingParams(keys, values, 0) == PQPING_OK;
}

Status SandboxCluster::prepareDirectories()
{
    if (!QDir().mkpath(m_dir))
        return Error::of(Tr::tr("Could not create the directory %1").arg(m_dir));
    if (runsAsRoot()) {
        // World-traversable parent, postgres-owned private runtime directory per cluster.
        if (!QDir().mkpath(kRuntimeBase))
            return Error::of(Tr::tr("Could not create the directory %1").arg(kRuntimeBase));
        ::chmod(QFile::encodeName(kRuntimeBase).constData(), 0755);
        const QString runtime = runtimeDirectory();
        if (!QDir().mkpath(runtime))
            return Error::of(Tr::tr("Could not create the directory %1").arg(runtime));
        ::chmod(QFile::encodeName(runtime).constData(), 0700);
        if (Status s = chownToServerUser(runtime); !s)
            return s;
    }
    const QString socket = socketDirectory();
    if (!QDir().mkpath(socket))
        return Error::of(Tr::tr("Could not create the directory %1").arg(socket));
    // Trust authentication: only the owner may reach the socket.
    ::chmod(QFile::encodeName(socket).constData(), 0700);
    if (runsAsRoot())
        return chownToServerUser(socket);
    return ok();
}

Status SandboxCluster::giveToServerUser(const QString &path)
{
    return runsAsRoot() ? chownToServerUser(path) : ok();
}

Status SandboxCluster::runServerTool(JobContext &ctx, const QString &tool, const QStringList &arguments, QByteArray *stdoutText) const
{
    ToolRun run;
    const QString program = QDir(m_binDir).filePath(tool);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            env.remove(name); // a user's PGDATA/PGPORT must not redirect our tools
    }
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    run.environment = env;
    if (runsAsRoot()) {
        // The server refuses to run as root; runuser needs no password or terminal.
        run.program = QStringLiteral("runuser");
        run.arguments = QStringList{QStringLiteral("-u"), kServerUser, QStringLiteral("--"), program} + arguments;
        run.workingDirectory = runtimeDirectory();
    } else {
        run.program = program;
        run.arguments = arguments;
        run.workingDirectory = m_dir;
    }
    auto result = runTool(ctx, run);
    if (!result)
        return result.error();
    if (stdoutText)
        *stdoutText = result->standardOutput;
    return ok();
}

Status SandboxCluster::create(JobContext &ctx, int minMajor)
{
    loadState();
    if (exists())
        return ok();
    ctx.progress(-1, Tr::tr("Creating a local PostgreSQL cluster"));
    auto initdb = ToolLocator().find(QStringLiteral("initdb"), minMajor);
    if (!initdb)
        return initdb.error();
    // The real directory: pg_ctl and postgres live next to the real initdb, not next to a link.
    m_binDir = QFileInfo(initdb->path).canonicalPath();
    m_version = initdb->version;
    m_superuser = runsAsRoot() ? kServerUser : currentUserName();
    m_dataDir.clear();
    m_socketDir.clear();
    m_logFile.clear();
    m_port = 0;

    if (Status s = prepareDirectories(); !s)
        return s;
    // A half-initialized data directory from an interrupted run: it is ours, start over.
    if (QFileInfo::exists(dataDirectory()))
        QDir(dataDirectory()).removeRecursively();

    QStringList args{QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), m_superuser,
                     QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                     QStringLiteral("--no-sync")};
    Status init = runServerTool(ctx, QStringLiteral("initdb"), args + QStringList{QStringLiteral("--locale=C.UTF-8")});
    if (!init && !ctx.isCanceled()) {
        QDir(dataDirectory()).removeRecursively();
        init = runServerTool(ctx, QStringLiteral("initdb"), args + QStringList{QStringLiteral("--locale=C")});
    }
    if (!init)
        return init;

    QFile conf(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        return Error::of(Tr::tr("Could not write %1").arg(conf.fileName()), conf.errorString());
    const QString settings = QStringLiteral(
        "\n# pgsteward throwaway cluster: unix socket only, statistics for the monitors.\n"
        "listen_addresses = ''\n"
        "unix_socket_directories = %1\n"
        "unix_socket_permissions = 0700\n"
        "shared_preload_libraries = 'pg_stat_statements'\n"
        "pg_stat_statements.track = 'all'\n"
        "track_io_timing = on\n"
        "track_functions = 'all'\n"
        "max_connections = 100\n"
        "# Logical replication between sandboxes (publications, subscriptions) needs it.\n"
        "wal_level = logical\n"
        "logging_collector = off\n"
        "# Only for throwaway clusters: durability is traded for speed; a crash may lose data.\n"
        "fsync = off\n"
        "synchronous_commit = off\n").arg(confQuote(socketDirectory()));
    conf.write(settings.toUtf8());
    conf.close();
    return saveState();
}

Status SandboxCluster::start(JobContext &ctx)
{
    if (m_binDir.isEmpty())
        loadState();
    if (!exists())
        return Error::of(Tr::tr("There is no cluster in %1").arg(m_dir), {}, QStringLiteral("no-cluster"));
    if (isRunning())
        return ok();
    if (m_port <= 0)
        m_port = pickFreePort();
    ctx.progress(-1, Tr::tr("Starting the local PostgreSQL server"));
    if (runsAsRoot() && !QFileInfo::exists(logFile())) {
        // pg_ctl (as postgres) opens the log itself; make sure it may.
        QFile log(logFile());
        if (log.open(QIODevice::WriteOnly))
            log.close();
        if (Status s = chownToServerUser(logFile()); !s)
            return s;
    }
    Status started = runServerTool(ctx, QStringLiteral("pg_ctl"),
                                   {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), logFile(),
                                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                    QStringLiteral("-o"), QStringLiteral("-p %1").arg(m_port), QStringLiteral("start")});
    if (!started) {
        Error e = started.error();
        QFile log(logFile());
        if (log.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = log.readAll().split('\n');
            e.detail += QStringLiteral("\n") + QString::fromLocal8Bit(lines.mid(std::max<qsizetype>(0, lines.size() - 15)).join('\n'));
        }
        return e;
    }
    auto conn = pg::Connection::open(connectionSpec());
    if (!conn)
        return conn.error();
    auto version = (*conn)->exec(QStringLiteral("SHOW server_version"));
    if (version && version->rows() == 1)
        m_version = version->text(0, 0).section(QLatin1Char(' '), 0, 0);
    return saveState();
}

Status SandboxCluster::stop(JobContext &ctx)
{
    if (m_binDir.isEmpty())
        loadState();
    if (!exists() || !QFileInfo::exists(dataDirectory() + QStringLiteral("/postmaster.pid")))
        return ok();
    ctx.progress(-1, Tr::tr("Stopping the local PostgreSQL server"));
    return runServerTool(ctx, QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("fast"),
                          QStringLiteral("-w"), QStringLiteral("stop")});
}

Status SandboxCluster::drop(JobContext &ctx)
{
    loadState();
    if (Status s = stop(ctx); !s && isRunning())
        return s;
    const QString runtime = runtimeDirectory();
    if (!runtime.isEmpty() && QFileInfo::exists(runtime) && !QDir(runtime).removeRecursively())
        return Error::of(Tr::tr("Could not remove %1").arg(runtime));
    if (QFileInfo::exists(m_dir) && !QDir(m_dir).removeRecursively())
        return Error::of(Tr::tr("Could not remove %1").arg(m_dir));
    m_port = 0;
    return ok();
}

ConnectionSpec SandboxCluster::connectionSpec(const QString &database) const
{
    ConnectionSpec spec;
    spec.set(QStringLiteral("host"), socketDirectory());
    spec.set(QStringLiteral("port"), QString::number(m_port));
    spec.set(QStringLiteral("user"), m_superuser);
    spec.set(QStringLiteral("dbname"), database);
    spec.set(QStringLiteral("application_name"), QStringLiteral("pgsteward"));
    spec.set(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    return spec;
}

bool SandboxCluster::loadState()
{
    QFile file(stateFile());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.isEmpty())
        return false;
    m_port = o.value(QStringLiteral("port")).toInt();
    m_socketDir = o.value(QStringLiteral("socket_dir")).toString();
    m_dataDir = o.value(QStringLiteral("data_dir")).toString();
    m_logFile = o.value(QStringLiteral("log_file")).toString();
    m_binDir = o.value(QStringLiteral("bin_dir")).toString();
    m_superuser = o.value(QStringLiteral("superuser")).toString();
    m_version = o.value(QStringLiteral("version")).toString();
    m_primaryDir = o.value(QStringLiteral("primary_dir")).toString();
    return true;
}

Status SandboxCluster::saveState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("port"), m_port);
    o.insert(QStringLiteral("socket_dir"), socketDirectory());
    o.insert(QStringLiteral("data_dir"), dataDirectory());
    o.insert(QStringLiteral("log_file"), logFile());
    o.insert(QStringLiteral("bin_dir"), m_binDir);
    o.insert(QStringLiteral("superuser"), m_superuser);
    o.insert(QStringLiteral("version"), m_version);
    if (!m_primaryDir.isEmpty())
        o.insert(QStringLiteral("primary_dir"), m_primaryDir);
    return writeFileAtomically(stateFile(), QJsonDocument(o).toJson(), Tr::tr("the sandbox state file"));
}

} // namespace pgs
