// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/dumpsnapshot.h"

#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupJob)
};

// Transaction control and the per-table count are built here rather than in resources/sql:
// BEGIN/ROLLBACK cannot be PREPAREd (the SQL catalog test prepares every file) and the count
// needs quoted identifiers spliced in.
const QString kBegin = QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
const QString kRollback = QStringLiteral("ROLLBACK");

} // namespace

DumpSnapshot::DumpSnapshot(std::unique_ptr<pg::Connection> conn, JobContext &ctx)
    : m_conn(std::move(conn)),
      m_cancelHook(ctx.onCancel([canceller = m_conn->canceller()] { canceller->cancel(); }))
{
}

DumpSnapshot::~DumpSnapshot()
{
    end();
}

Result<pg::QueryResult> DumpSnapshot::run(const QString &name)
{
    return m_conn->exec(sql::query(name, m_conn->serverVersionNum()));
}

Result<std::unique_ptr<DumpSnapshot>> DumpSnapshot::open(JobContext &ctx, const ConnectionSpec &spec)
{
    if (ctx.isCanceled())
        return JobContext::canceledError();
    auto opened = pg::Connection::open(spec);
    if (!opened)
        return opened.error();
    std::unique_ptr<DumpSnapshot> snap(new DumpSnapshot(std::move(opened).value(), ctx));

    auto server = snap->run(QStringLiteral("backup/server"));
    if (!server)
        return server.error();
    ServerFacts &f = snap->m_facts;
    f.version = server->text(0, "server_version");
    f.versionNum = int(server->toInt64(0, "server_version_num"));
    f.inRecovery = server->toBool(0, "in_recovery");
    f.superuser = server->toBool(0, "is_superuser");
    f.role = server->text(0, "role_name");

    // Denied to ordinary roles on some setups: the manifest then simply has no identifier. (A
    // permission check is made when a query starts, so this cannot join the query above.)
    auto sysid = snap->run(QStringLiteral("backup/system_identifier"));
    if (sysid && sysid->rows() == 1)
        f.systemIdentifier = sysid->text(0, "system_identifier");

    const QJsonArray path = QJsonDocument::fromJson(server->text(0, "search_path").toUtf8()).array();
    for (const QJsonValue &schema : path)
        f.searchPath.append(schema.toString());
    return snap;
}

Result<QString> DumpSnapshot::begin()
{
    auto began = m_conn->exec(kBegin);
    if (!began)
        return began.error();
    m_inTransaction = true;
    if (m_facts.inRecovery)
        return QString(); // pg_export_snapshot() is not allowed during recovery
    auto exported = run(QStringLiteral("backup/export_snapshot"));
    if (!exported)
        return exported.error();
    return exported->text(0, "snapshot");
}

Result<QList<DumpTable>> DumpSnapshot::tablesInScope(const BackupOptions &options)
{
    auto rows = run(QStringLiteral("backup/tables"));
    if (!rows)
        return rows.error();
    QList<DumpTable> all;
    for (int r = 0; r < rows->rows(); ++r)
        all.append({rows->text(r, "schema_name"), rows->text(r, "table_name"), rows->toInt64(r, "total_bytes")});
    return selectDumpTables(all, options, m_facts.searchPath);
}

Result<QMap<QString, qint64>> DumpSnapshot::countRows(const QList<DumpTable> &tables, JobContext &ctx)
{
    QMap<QString, qint64> counts;
    int done = 0;
    for (const DumpTable &t : tables) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        ctx.progress(-1, Tr::tr("Counting rows of %1 (%2 of %3)").arg(t.qualifiedName()).arg(++done).arg(tables.size()));
        const QString sql = QStringLiteral("SELECT count(*) FROM %1.%2")
                                .arg(m_conn->quoteIdentifier(t.schema), m_conn->quoteIdentifier(t.name));
        auto counted = m_conn->exec(sql);
        if (!counted) {
            if (ctx.isCanceled())
                return JobContext::canceledError();
            Error e = counted.error();
            e.message = Tr::tr("Counting the rows of %1 failed: %2").arg(t.qualifiedName(), e.message);
            return e;
        }
        counts.insert(t.qualifiedName(), counted->toInt64(0, 0));
    }
    return counts;
}

void DumpSnapshot::end()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    (void)m_conn->exec(kRollback); // the server may be gone; nothing to keep either way
}

} // namespace pgs
