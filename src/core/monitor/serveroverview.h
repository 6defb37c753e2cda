// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pgs {
namespace pg {
class Connection;
}

struct DatabaseSummary
{
    QString name;
    QString owner;
    QString encoding;
    bool isTemplate = false;
    bool allowConnections = true;
    std::optional<qint64> sizeBytes; // unknown without CONNECT privilege
    int connections = 0;
    qint64 xidAge = 0;
};

// What the overview screen and `pgsteward-cli status` show.
struct ServerOverview
{
    QString serverVersion;
    int serverVersionNum = 0;
    bool inRecovery = false;
    qint64 uptimeSeconds = 0;
    QDateTime startedAt;
    int connectionsUsed = 0;
    int connectionsMax = 0;
    int connectionsReserved = 0;
    int connectionsActive = 0;
    std::optional<double> cacheHitRatio; // 0..1; unknown before any block was read
    QString currentDatabase;
    QString currentUser;
    bool ssl = false;
    QList<DatabaseSummary> databases;

    QJsonObject toJson() const; // the `status --json` shape
};

Result<ServerOverview> loadServerOverview(pg::Connection &conn);

} // namespace pgs
