// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/dumpscope.h"
#include "connection/connectionspec.h"
#include "jobs/jobcontext.h"
#include "pg/connection.h"

#include <QMap>
#include <memory>

namespace pgs {

struct ServerFacts
{
    QString version;
    int versionNum = 0;
    bool inRecovery = false;
    bool superuser = false;
    QString role;
    QString systemIdentifier; // empty when the role may not read pg_control_system()
    QStringList searchPath;
};

// The connection that holds a backup's snapshot: it reads the facts about the server, opens a
// REPEATABLE READ, READ ONLY transaction, exports its snapshot for pg_dump --snapshot, lists the
// tables in scope with their sizes and counts their rows exactly, all at that one snapshot.
// The transaction stays open as long as this object lives (pg_dump needs it alive); Cancel
// interrupts a running query.
class DumpSnapshot
{
public:
    static Result<std::unique_ptr<DumpSnapshot>> open(JobContext &ctx, const ConnectionSpec &spec);
    ~DumpSnapshot();

    const ServerFacts &facts() const { return m_facts; }
    // Begins the transaction; exports the snapshot unless the server is a standby (empty then).
    Result<QString> begin();
    Result<QList<DumpTable>> tablesInScope(const BackupOptions &options);
    // "schema.table" -> count(*), checking for Cancel between tables.
    Result<QMap<QString, qint64>> countRows(const QList<DumpTable> &tables, JobContext &ctx);
    void end(); // rolls back (read only: nothing to keep)

private:
    DumpSnapshot(std::unique_ptr<pg::Connection> conn, JobContext &ctx);
    Result<pg::QueryResult> run(const QString &name);

    std::unique_ptr<pg::Connection> m_conn;
    JobContext::HookGuard m_cancelHook;
    ServerFacts m_facts;
    bool m_inTransaction = false;
};

} // namespace pgs
