// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tst_cli_* tests: an isolated environment for the pgsteward-cli child process,
// so a test never reads or writes the real profiles, ~/.pgpass, pg_service.conf or keychain.

#include "testcluster.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace pgs::test {

inline QProcessEnvironment isolatedCliEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSERVICE",
                             "PGSERVICEFILE", "PGSSLMODE", "PGOPTIONS", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                             "DBUS_SESSION_BUS_ADDRESS", "PGSTEWARD_LANG"})
        env.remove(QString::fromLatin1(name));
    const QString home = dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    QDir().mkpath(dir.filePath(QStringLiteral("sysconf")));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PGSTEWARD_CONFIG_DIR"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PGSTEWARD_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PGPASSFILE"), home + QStringLiteral("/.pgpass"));
    env.insert(QStringLiteral("PGSYSCONFDIR"), dir.filePath(QStringLiteral("sysconf"))); // no /etc service file
    env.insert(QStringLiteral("PGSTEWARD_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
    return env;
}

// A conninfo string for a spec, with libpq's quoting ('...' with \' and \\).
inline QString conninfoOf(const ConnectionSpec &spec)
{
    QStringList parts;
    for (auto it = spec.keywords().cbegin(); it != spec.keywords().cend(); ++it) {
        QString value = it.value();
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        parts << QStringLiteral("%1='%2'").arg(it.key(), value);
    }
    return parts.join(QLatin1Char(' '));
}

// "profiles add --name NAME --database DB" with the test cluster's host, port and user.
inline QStringList addClusterProfileArgs(const QString &name, const QString &database, const QStringList &more = {})
{
    const ConnectionSpec spec = clusterSpec(database);
    QStringList add{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"), name,
                    QStringLiteral("--database"), database};
    for (const char *keyword : {"host", "port", "user"}) {
        const QString value = spec.keywords().value(QString::fromLatin1(keyword));
        if (!value.isEmpty())
            add << QStringLiteral("--%1").arg(QString::fromLatin1(keyword)) << value;
    }
    return add + more;
}

inline QJsonObject jsonObjectOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.standardOutput).object();
}

inline QJsonArray jsonArrayOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.standardOutput).array();
}

// "exit N\nstdout...\nstderr..." for QVERIFY2 messages.
inline QByteArray describeRun(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\n--- stdout:\n" + run.standardOutput
           + "\n--- stderr:\n" + run.standardError;
}

} // namespace pgs::test
