// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pgs {

struct ToolInfo
{
    QString name;    // "pg_dump"
    QString path;    // absolute path of the executable
    int majorVersion = 0;
    QString version; // "15.4" as the tool prints it
};

// Finds PostgreSQL client and server tools (pg_dump, pg_restore, pg_dumpall, psql, pg_basebackup,
// initdb, pg_ctl, postgres) whose major version is >= the server's, preferring the closest one.
// Search order: the profile's override directory, PATH, /usr/lib/postgresql/*/bin,
// /usr/pgsql-*/bin, /usr/local/pgsql/bin, /opt/homebrew/opt/postgresql@*/bin,
// /usr/local/opt/postgresql@*/bin, /Applications/Postgres.app/.../bin.
// Versions are read by running "<tool> --version" once per path (cached per process).
class ToolLocator
{
public:
    explicit ToolLocator(QString overrideDir = {});

    // Every candidate found for this tool, newest first.
    QList<ToolInfo> candidates(const QString &tool) const;
    // minMajor 0: the newest. Error names the server version needed and what was found.
    Result<ToolInfo> find(const QString &tool, int minMajor = 0) const;

    static QStringList searchDirectories(const QString &overrideDir);
    static int parseMajorVersion(const QString &versionOutput, QString *fullVersion = nullptr);

private:
    QString m_overrideDir;
};

} // namespace pgs
