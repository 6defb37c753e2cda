// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/serveroverview.h"

#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QJsonArray>

namespace pgs {

Result<ServerOverview> loadServerOverview(pg::Connection &conn)
{
    const int version = conn.serverVersionNum();
    auto server = conn.exec(sql::query(QStringLiteral("overview/server"), version));
    if (!server)
        return server.error();
    const pg::QueryResult &s = server.value();
    ServerOverview o;
    o.serverVersion = s.text(0, "server_version");
    o.serverVersionNum = int(s.toInt64(0, "server_version_num"));
    o.inRecovery = s.toBool(0, "in_recovery");
    o.uptimeSeconds = s.toInt64(0, "uptime_seconds");
    o.startedAt = QDateTime::fromString(s.text(0, "started_at"), Qt::ISODate);
    o.connectionsUsed = int(s.toInt64(0, "connections_used"));
    o.connectionsMax = int(s.toInt64(0, "connections_max"));
    o.connectionsReserved = int(s.toInt64(0, "connections_reserved"));
    o.connectionsActive = int(s.toInt64(0, "connections_active"));
    if (!s.isNull(0, s.column("cache_hit_ratio")))
        o.cacheHitRatio = s.toDouble(0, "cache_hit_ratio");
    o.currentDatabase = s.text(0, "current_database");
    o.currentUser = s.text(0, "current_user");
    o.ssl = conn.usesSsl();

    auto dbs = conn.exec(sql::query(QStringLiteral("overview/databases"), version));
    if (!dbs)
        return dbs.error();
    const pg::QueryResult &d = dbs.value();
    for (int r = 0; r < d.rows(); ++r) {
        DatabaseSummary db;
        db.name = d.text(r, "name");
        db.owner = d.text(r, "owner");
        db.encoding = d.text(r, "encoding");
        db.isTemplate = d.toBool(r, "is_template");
        db.allowConnections = d.toBool(r, "allow_connections");
        if (!d.isNull(r, d.column("size_bytes")))
            db.sizeBytes = d.toInt64(r, "size_bytes");
        db.connections = int(d.toInt64(r, "connections"));
        db.xidAge = d.toInt64(r, "xid_age");
        o.databases.append(db);
    }
    return o;
}

QJsonObject ServerOverview::toJson() const
{
    QJsonArray dbs;
    for (const DatabaseSummary &db : databases) {
        dbs.append(QJsonObject{
            {QStringLiteral("name"), db.name},
            {QStringLiteral("owner"), db.owner},
            {QStringLiteral("size_bytes"), db.sizeBytes ? QJsonValue(double(*db.sizeBytes)) : QJsonValue()},
            {QStringLiteral("is_template"), db.isTemplate},
            {QStringLiteral("connections"), db.connections},
            {QStringLiteral("xid_age"), double(db.xidAge)},
        });
    }
    return QJsonObject{
        {QStringLiteral("server_version"), serverVersion},
        {QStringLiteral("server_version_num"), serverVersionNum},
        {QStringLiteral("in_recovery"), inRecovery},
        {QStringLiteral("uptime_seconds"), double(uptimeSeconds)},
        {QStringLiteral("started_at"), startedAt.toString(Qt::ISODate)},
        {QStringLiteral("connections"), QJsonObject{{QStringLiteral("used"), connectionsUsed},
                                                    {QStringLiteral("max"), connectionsMax},
                                                    {QStringLiteral("active"), connectionsActive},
                                                    {QStringLiteral("reserved"), connectionsReserved}}},
        {QStringLiteral("cache_hit_ratio"), cacheHitRatio ? QJsonValue(*cacheHitRatio) : QJsonValue()},
        {QStringLiteral("current_database"), currentDatabase},
        {QStringLiteral("current_user"), currentUser},
        {QStringLiteral("ssl"), ssl},
        {QStringLiteral("databases"), dbs},
    };
}

} // namespace pgs
