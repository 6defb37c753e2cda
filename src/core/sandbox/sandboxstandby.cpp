// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxCluster::createStandbyOf: kept apart from the cluster's own life cycle.
#include "sandbox/sandboxcluster.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::SandboxCluster)
};
} // namespace

QString SandboxCluster::standbySlotName() const
{
    const QByteArray hash = QCryptographicHash::hash(QDir(m_dir).absolutePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("pgsteward_standby_") + QString::fromLatin1(hash.toHex().left(12));
}

Status SandboxCluster::createStandbyOf(JobContext &ctx, const SandboxCluster &primary)
{
    loadState();
    if (exists())
        return ok();
    if (!primary.isRunning())
        return Error::of(Tr::tr("The primary sandbox in %1 is not running: start it first.").arg(primary.directory()),
                         {}, QStringLiteral("primary-not-running"));
    if (QDir(primary.directory()).absolutePath() == QDir(m_dir).absolutePath())
        return Error::of(Tr::tr("A sandbox cannot be a standby of itself."), {}, QStringLiteral("standby-of-itself"));
    ctx.progress(-1, Tr::tr("Copying the primary with pg_basebackup"));
    m_binDir = primary.binDirectory();
    m_version = primary.serverVersion();
    m_superuser = primary.superuser();
    m_dataDir.clear();
    m_socketDir.clear();
    m_logFile.clear();
    m_port = 0;
    m_primaryDir = primary.directory();
    if (Status s = prepareDirectories(); !s)
        return s;
    if (QFileInfo::exists(dataDirectory()))
        QDir(dataDirectory()).removeRecursively();

    // -R writes primary_conninfo (the primary's socket, no password: trust) and standby.signal;
    // the slot keeps the primary's WAL while the standby is down.
    Status copied = runServerTool(ctx, QStringLiteral("pg_basebackup"),
                                  {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-h"), primary.socketDirectory(),
                                   QStringLiteral("-p"), QString::number(primary.port()), QStringLiteral("-U"), m_superuser,
                                   QStringLiteral("-R"), QStringLiteral("-X"), QStringLiteral("stream"),
                                   QStringLiteral("-c"), QStringLiteral("fast"), QStringLiteral("--no-sync"),
                                   QStringLiteral("-C"), QStringLiteral("-S"), standbySlotName(),
                                   QStringLiteral("--progress")});
    if (!copied) {
        QDir(dataDirectory()).removeRecursively();
        return copied;
    }
    // The copied postgresql.conf points at the primary's socket; later lines win.
    QFile conf(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        return Error::of(Tr::tr("Could not write %1").arg(conf.fileName()), conf.errorString());
    const auto quoted = [](QString value) -> QString {
        value.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    // cluster_name doubles as the walreceiver's application_name: the primary lists the standby by it.
    QString name = QFileInfo(m_dir).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    conf.write(QStringLiteral("\n# pgsteward sandbox standby: its own socket and name\nunix_socket_directories = %1\n"
                              "cluster_name = %2\nhot_standby = on\nhot_standby_feedback = on\n")
                   .arg(quoted(socketDirectory()), quoted(name))
                   .toUtf8());
    conf.close();
    return saveState();
}

} // namespace pgs
