// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxCluster after a switchover: what pg_controldata says about the stopped old primary, and
// turning it into a standby of the new one.
#include "sandbox/sandboxcluster.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::SandboxCluster)
};

QString confQuoted(QString value)
{
    value.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

Result<SandboxCluster::ControlData> SandboxCluster::controlData(JobContext &ctx) const
{
    QByteArray out;
    if (Status s = runServerTool(ctx, QStringLiteral("pg_controldata"), {QStringLiteral("-D"), dataDirectory()}, &out); !s)
        return s.error();
    ControlData d;
    // "Name:   value" lines; runServerTool sets LC_MESSAGES=C, so the names are the English ones.
    for (const QString &line : QString::fromLocal8Bit(out).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString key = line.left(colon).trimmed(), value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("Database cluster state"))
            d.clusterState = value;
        else if (key == QLatin1String("Latest checkpoint location"))
            d.checkpointLsn = value;
        else if (key == QLatin1String("Latest checkpoint's TimeLineID"))
            d.checkpointTimeline = value.toInt();
        else if (key == QLatin1String("Database system identifier"))
            d.systemIdentifier = value;
    }
    if (d.checkpointLsn.isEmpty() || d.clusterState.isEmpty())
        return Error::of(Tr::tr("pg_controldata gave no checkpoint location for %1.").arg(dataDirectory()),
                         QString::fromLocal8Bit(out), QStringLiteral("controldata-unreadable"));
    return d;
}

Status SandboxCluster::configureAsStandby(const QString &primaryConninfo, const QString &slotName, const QString &primaryDir)
{
    loadState();
    if (!exists())
        return Error::of(Tr::tr("There is no cluster in %1").arg(m_dir), {}, QStringLiteral("no-cluster"));
    if (QFile::exists(dataDirectory() + QStringLiteral("/postmaster.pid")))
        return Error::of(Tr::tr("The cluster in %1 still runs: it must be stopped before it becomes a standby.").arg(m_dir), {},
                         QStringLiteral("still-running"));
    // postgresql.auto.conf: the settings ALTER SYSTEM would write; earlier ones of the same name go.
    const QString autoConf = dataDirectory() + QStringLiteral("/postgresql.auto.conf");
    QFile in(autoConf);
    QStringList lines;
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error::of(Tr::tr("Could not read %1").arg(autoConf), in.errorString());
        static const QRegularExpression replaced(QStringLiteral("^\\s*(primary_conninfo|primary_slot_name)\\s*="));
        for (const QString &line : QString::fromUtf8(in.readAll()).split(QLatin1Char('\n')))
            if (!replaced.match(line).hasMatch())
                lines << line;
        in.close();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    lines << QStringLiteral("primary_conninfo = %1").arg(confQuoted(primaryConninfo));
    if (!slotName.isEmpty())
        lines << QStringLiteral("primary_slot_name = %1").arg(confQuoted(slotName));
    if (Status s = writeFileAtomically(autoConf, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), kPrivateFile,
                                       Tr::tr("the server's postgresql.auto.conf"));
        !s)
        return s;
    if (Status s = giveToServerUser(autoConf); !s)
        return s;
    const QString signal = dataDirectory() + QStringLiteral("/standby.signal");
    if (Status s = writeFileAtomically(signal, {}, kPrivateFile, Tr::tr("standby.signal")); !s)
        return s;
    if (Status s = giveToServerUser(signal); !s)
        return s;
    m_primaryDir = primaryDir;
    return saveState();
}

Status SandboxCluster::forgetPrimary()
{
    if (!loadState() || m_primaryDir.isEmpty())
        return ok();
    m_primaryDir.clear();
    return saveState();
}

} // namespace pgs
