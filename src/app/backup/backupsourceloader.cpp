// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupsourceloader.h"

#include "jobs/connectedjob.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>

namespace pgs {

namespace {
const QStringList kSystemSchemas{QStringLiteral("pg_catalog"), QStringLiteral("information_schema")};
} // namespace

JobResult loadServerInventory(JobContext &ctx, const ConnectionSpec &spec, const QString &toolsDir)
{
    return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
        ServerInventory inventory;
        inventory.serverVersionNum = conn.serverVersionNum();
        auto facts = conn.exec(sql::query(QStringLiteral("backup/server_facts"), inventory.serverVersionNum));
        if (!facts)
            return facts.error();
        inventory.serverVersion = facts->text(0, "server_version");
        inventory.superuser = facts->toBool(0, "superuser");
        auto databases = conn.exec(sql::query(QStringLiteral("backup/databases"), inventory.serverVersionNum), {false});
        if (!databases)
            return databases.error();
        for (int row = 0; row < databases->rows(); ++row)
            inventory.databases << databases->text(row, "name");
        ctx.progress(-1, QCoreApplication::translate("pgs::BackupWizard", "Looking for pg_dump…"));
        const auto tool = ToolLocator(toolsDir).find(QStringLiteral("pg_dump"), inventory.serverVersionNum / 10000);
        if (tool)
            inventory.pgDump = tool.value();
        else
            inventory.pgDumpError = tool.error().message;
        return QVariant::fromValue(inventory);
    });
}

JobResult loadScopeTree(JobContext &ctx, const ConnectionSpec &databaseSpec)
{
    return runConnected(ctx, databaseSpec, [](pg::Connection &conn) -> JobResult {
        auto rows = conn.exec(sql::query(QStringLiteral("backup/scope_tree"), conn.serverVersionNum()), {kSystemSchemas});
        if (!rows)
            return rows.error();
        QList<ScopeTable> tables;
        for (int row = 0; row < rows->rows(); ++row) {
            tables.append({rows->text(row, "schema_name"), rows->text(row, "table_name"), rows->text(row, "kind"),
                           rows->toInt64(row, "size_bytes")});
        }
        return QVariant::fromValue(tables);
    });
}

} // namespace pgs
