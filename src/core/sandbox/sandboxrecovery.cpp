// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxCluster::createFromBaseBackup: a point-in-time recovery target, apart from the life cycle.
#include "sandbox/sandboxcluster.h"

#include "tools/toollocator.h"
#include "tools/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::SandboxCluster)
};

Status writeText(const QString &path, const QString &text, QIODevice::OpenMode mode)
{
    QFile f(path);
    if (!f.open(mode | QIODevice::Text) || f.write(text.toUtf8()) < 0)
        return Error::of(Tr::tr("Could not write %1").arg(path), f.errorString());
    return ok();
}

QString quoted(QString value)
{
    value.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

Status SandboxCluster::createFromBaseBackup(JobContext &ctx, const QString &backupDataDir, int serverMajor,
                                            const QString &superuser, const QString &settings)
{
    const Populate copy = [backupDataDir](JobContext &c, const QString &dataDir) -> Status {
        c.progress(-1, Tr::tr("Copying the base backup into the sandbox"));
        ToolRun run;
        run.program = QStringLiteral("cp");
        run.arguments = {QStringLiteral("-a"), QDir(backupDataDir).absolutePath(), dataDir};
        if (auto r = runTool(c, run); !r)
            return r.error();
        return ok();
    };
    return createFromBaseBackup(ctx, copy, serverMajor, superuser, settings);
}

Status SandboxCluster::createFromBaseBackup(JobContext &ctx, const Populate &populate, int serverMajor,
                                            const QString &superuser, const QString &settings)
{
    loadState();
    if (exists())
        return Error::of(Tr::tr("%1 holds a cluster already: choose a new directory.").arg(m_dir), {},
                         QStringLiteral("sandbox-exists"));
    auto postgres = ToolLocator().find(QStringLiteral("postgres"), serverMajor);
    if (!postgres)
        return postgres.error();
    if (postgres->majorVersion != serverMajor)
        return Error::of(Tr::tr("The base backup is from PostgreSQL %1, but only the server binaries of %2 are installed here: "
                                "install postgresql-%1.")
                             .arg(serverMajor)
                             .arg(postgres->majorVersion),
                         {}, QStringLiteral("major-mismatch"));
    m_binDir = QFileInfo(postgres->path).canonicalPath();
    m_version = postgres->version;
    m_superuser = superuser;
    m_dataDir.clear();
    m_socketDir.clear();
    m_logFile.clear();
    m_port = 0;
    if (Status s = prepareDirectories(); !s)
        return s;
    if (QFileInfo::exists(dataDirectory()))
        QDir(dataDirectory()).removeRecursively();

    if (Status s = populate(ctx, dataDirectory()); !s)
        return s;
    const QString data = dataDirectory();
    QFile::remove(data + QStringLiteral("/standby.signal"));
    QFile::remove(data + QStringLiteral("/postmaster.pid"));
    // Packaged servers keep their configuration outside the data directory.
    if (!QFileInfo::exists(data + QStringLiteral("/postgresql.conf"))) {
        if (Status s = writeText(data + QStringLiteral("/postgresql.conf"), QStringLiteral("# pgsteward recovery sandbox\n"),
                                 QIODevice::WriteOnly);
            !s)
            return s;
    }
    // Only the owner reaches the 0700 socket directory: trust there is safe.
    if (Status s = writeText(data + QStringLiteral("/pg_hba.conf"), QStringLiteral("local all all trust\n"), QIODevice::WriteOnly); !s)
        return s;
    // postgresql.auto.conf wins over postgresql.conf (and holds the source's ALTER SYSTEM lines).
    const QString own = QStringLiteral("\n# pgsteward recovery sandbox: its own socket, no archiving, no TCP\n"
                                       "listen_addresses = ''\nunix_socket_directories = %1\nunix_socket_permissions = 0700\n"
                                       "archive_mode = off\nlogging_collector = off\nhba_file = %2\n")
                            .arg(quoted(socketDirectory()), quoted(data + QStringLiteral("/pg_hba.conf")));
    if (Status s = writeText(data + QStringLiteral("/postgresql.auto.conf"), own + settings, QIODevice::Append); !s)
        return s;
    if (Status s = writeText(data + QStringLiteral("/recovery.signal"), QString(), QIODevice::WriteOnly); !s)
        return s;
    ::chmod(QFile::encodeName(data).constData(), 0700);
    if (runsAsRoot()) {
        ToolRun chown;
        chown.program = QStringLiteral("chown");
        chown.arguments = {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), data};
        if (auto r = runTool(ctx, chown); !r)
            return r.error();
    }
    return saveState();
}

} // namespace pgs
