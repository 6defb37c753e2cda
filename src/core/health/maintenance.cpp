// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/maintenance.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::Maintenance)
};

// Splits on dots outside double quotes and unquotes each part ("" inside quotes is one ").
QStringList splitQualified(const QString &text)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char('.') && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return quoted ? QStringList() : parts;
}

} // namespace

std::optional<MaintenanceOp> maintenanceOpFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("vacuum"))
        return MaintenanceOp::Vacuum;
    if (n == QLatin1String("analyze"))
        return MaintenanceOp::Analyze;
    if (n == QLatin1String("reindex"))
        return MaintenanceOp::Reindex;
    if (n == QLatin1String("cluster"))
        return MaintenanceOp::Cluster;
    return std::nullopt;
}

QString maintenanceOpName(MaintenanceOp op)
{
    switch (op) {
    case MaintenanceOp::Vacuum: return QStringLiteral("vacuum");
    case MaintenanceOp::Analyze: return QStringLiteral("analyze");
    case MaintenanceOp::Reindex: return QStringLiteral("reindex");
    case MaintenanceOp::Cluster: return QStringLiteral("cluster");
    }
    return {};
}

std::optional<TableRef> TableRef::parse(const QString &text)
{
    QStringList parts = splitQualified(text.trimmed());
    if (parts.isEmpty()) { // an unbalanced quote: a name that contains one, taken literally
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        parts = dot < 0 ? QStringList{text} : QStringList{text.left(dot), text.mid(dot + 1)};
    }
    if (parts.size() == 1 && !parts[0].isEmpty())
        return TableRef{QStringLiteral("public"), parts[0]};
    if (parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty())
        return TableRef{parts[0], parts[1]};
    return std::nullopt;
}

Result<QStringList> maintenanceStatements(const MaintenanceRequest &request, pg::Connection &conn)
{
    const MaintenanceOptions &o = request.options;
    QStringList targets;
    for (const TableRef &t : request.tables)
        targets << conn.quoteIdentifier(t.schema) + QLatin1Char('.') + conn.quoteIdentifier(t.name);
    QStringList out;
    switch (request.op) {
    case MaintenanceOp::Vacuum: {
        if (o.full && o.parallel >= 0)
            return Error::of(Tr::tr("VACUUM FULL cannot use parallel workers"));
        QStringList opts;
        if (o.full)
            opts << QStringLiteral("FULL");
        if (o.freeze)
            opts << QStringLiteral("FREEZE");
        if (o.analyze)
            opts << QStringLiteral("ANALYZE");
        if (o.skipLocked)
            opts << QStringLiteral("SKIP_LOCKED");
        if (o.indexCleanup != IndexCleanup::Auto)
            opts << (o.indexCleanup == IndexCleanup::On ? QStringLiteral("INDEX_CLEANUP ON") : QStringLiteral("INDEX_CLEANUP OFF"));
        if (o.parallel >= 0)
            opts << QStringLiteral("PARALLEL %1").arg(o.parallel);
        const QString head = opts.isEmpty() ? QStringLiteral("VACUUM") : QStringLiteral("VACUUM (%1)").arg(opts.join(QLatin1String(", ")));
        if (targets.isEmpty())
            out << head;
        for (const QString &t : targets)
            out << head + QLatin1Char(' ') + t;
        break;
    }
    case MaintenanceOp::Analyze: {
        const QString head = o.skipLocked ? QStringLiteral("ANALYZE (SKIP_LOCKED)") : QStringLiteral("ANALYZE");
        if (targets.isEmpty())
            out << head;
        for (const QString &t : targets)
            out << head + QLatin1Char(' ') + t;
        break;
    }
    case MaintenanceOp::Reindex: {
        const QString how = o.concurrently ? QStringLiteral(" CONCURRENTLY ") : QStringLiteral(" ");
        if (targets.isEmpty())
            out << QStringLiteral("REINDEX DATABASE") + how + conn.quoteIdentifier(conn.database());
        for (const QString &t : targets)
            out << QStringLiteral("REINDEX TABLE") + how + t;
        break;
    }
    case MaintenanceOp::Cluster: {
        if (targets.isEmpty())
            out << QStringLiteral("CLUSTER");
        for (int i = 0; i < targets.size(); ++i) {
            auto index = conn.exec(sql::query(QStringLiteral("maintenance/cluster_index")), {targets[i]});
            if (!index)
                return index.error();
            if (index->rows() == 0)
                return Error::of(Tr::tr("%1 has no clustered index and no primary key to CLUSTER by").arg(request.tables[i].display()));
            out << QStringLiteral("CLUSTER %1 USING %2").arg(targets[i], conn.quoteIdentifier(index->text(0, 0)));
        }
        break;
    }
    }
    return out;
}

QStringList maintenanceWarnings(const MaintenanceRequest &request, RepackState repack)
{
    QStringList out;
    const bool rewrite = (request.op == MaintenanceOp::Vacuum && request.options.full) || request.op == MaintenanceOp::Cluster;
    if (rewrite) {
        out << Tr::tr("%1 rewrites each table under an ACCESS EXCLUSIVE lock: reads and writes of the table wait until it "
                      "finishes, and it needs free disk space for a full copy.")
                   .arg(request.op == MaintenanceOp::Cluster ? QStringLiteral("CLUSTER") : QStringLiteral("VACUUM FULL"));
        switch (repack) {
        case RepackState::Installed:
            out << Tr::tr("pg_repack is installed in this database: it rewrites tables online, with only brief locks "
                          "(pg_repack --table SCHEMA.TABLE).");
            break;
        case RepackState::Available:
            out << Tr::tr("pg_repack is available on this server: after CREATE EXTENSION pg_repack in this database it "
                          "rewrites tables online, with only brief locks.");
            break;
        case RepackState::Missing:
            out << Tr::tr("pg_repack (not installed here) would rewrite tables online, with only brief locks.");
            break;
        }
    }
    if (request.op == MaintenanceOp::Reindex && !request.options.concurrently)
        out << Tr::tr("REINDEX without CONCURRENTLY blocks writes to the table while it runs.");
    return out;
}

Result<QList<MaintenanceTable>> loadMaintenanceTables(pg::Connection &conn, int limit)
{
    auto rows = conn.exec(sql::query(QStringLiteral("maintenance/tables"), conn.serverVersionNum()), {limit});
    if (!rows)
        return rows.error();
    QList<MaintenanceTable> out;
    for (int i = 0; i < rows->rows(); ++i) {
        MaintenanceTable t;
        t.table = TableRef{rows->text(i, "schema_name"), rows->text(i, "table_name")};
        t.deadRows = rows->toInt64(i, "n_dead_tup");
        t.liveRows = rows->toInt64(i, "n_live_tup");
        const auto epoch = [&](const char *column) {
            return rows->isNull(i, rows->column(column))
                       ? QDateTime()
                       : QDateTime::fromMSecsSinceEpoch(qint64(rows->toDouble(i, column) * 1000), Qt::UTC);
        };
        t.lastVacuum = epoch("last_vacuum");
        t.lastAnalyze = epoch("last_analyze");
        t.totalBytes = rows->toInt64(i, "total_bytes");
        t.autovacuumOptions = rows->text(i, "autovacuum_options");
        out << t;
    }
    return out;
}

Result<RepackState> repackState(pg::Connection &conn)
{
    auto rows = conn.exec(sql::query(QStringLiteral("maintenance/repack_available")));
    if (!rows)
        return rows.error();
    if (rows->rows() == 1 && rows->toBool(0, "installed"))
        return RepackState::Installed;
    return rows->rows() == 1 && rows->toBool(0, "available") ? RepackState::Available : RepackState::Missing;
}

} // namespace pgs::health
