// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/serveroverview.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewWidget;
}

namespace pgs {

class DatabaseTableModel;

// Shows one ServerOverview: version, uptime, role, connections, cache hit ratio, databases.
// Pure presentation: ServerView loads the data and calls setOverview().
class OverviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewWidget(QWidget *parent = nullptr);
    ~OverviewWidget() override;

    void setOverview(const ServerOverview &overview, const QDateTime &refreshedAt);
    void setRefreshing(bool refreshing);
    void setTarget(const QString &target); // "user@host:port/db", shown top right

    // Thresholds the colours follow (shared with tests and docs).
    static constexpr double kConnectionsWarnFraction = 0.8;
    static constexpr double kCacheHitWarnRatio = 0.9;

Q_SIGNALS:
    void refreshRequested();

private:
    void showConnections(const ServerOverview &overview);
    void showCacheHit(const ServerOverview &overview);

    std::unique_ptr<Ui::OverviewWidget> ui;
    DatabaseTableModel *m_databases;
    QDateTime m_refreshedAt;
};

} // namespace pgs
