// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "tools/toollocator.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pgs {

// What the backup wizard needs to know about a server before it can offer choices: its version,
// its databases and the pg_dump that can back it up (or why there is none). Plain data, built by
// a job on the job's thread and handed to the GUI.
struct ServerInventory
{
    int serverVersionNum = 0;
    QString serverVersion;
    bool superuser = false;
    QStringList databases;
    ToolInfo pgDump;      // empty path: none found
    QString pgDumpError;  // why none was found: names the version needed
};

struct ScopeTable
{
    QString schema;
    QString table; // empty: a schema without tables
    QString kind;  // pg_class.relkind
    qint64 sizeBytes = 0;
};

// Job functions (JobResult holds a ServerInventory / QList<ScopeTable>).
JobResult loadServerInventory(JobContext &ctx, const ConnectionSpec &spec, const QString &toolsDir);
JobResult loadScopeTree(JobContext &ctx, const ConnectionSpec &databaseSpec);

} // namespace pgs

Q_DECLARE_METATYPE(pgs::ServerInventory)
Q_DECLARE_METATYPE(QList<pgs::ScopeTable>)
