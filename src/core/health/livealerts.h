// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healththresholds.h"
#include "monitor/metrics.h"

#include <QList>
#include <QSet>
#include <QString>

namespace pgs::health {

// A threshold the live sampler saw crossed, for a desktop notification.
struct LiveAlert
{
    QString key;     // "connection-utilization", "replication-lag/<standby>" ...: one per condition
    QString code;    // the health check whose threshold it is
    QString title;   // translated: "<profile>: connections at 85 %"
    QString message; // translated, with the measured value and the limit
    double value = 0;
    double threshold = 0;
};

// What the sampler measured that the live alerts judge, from one sample. Absent: nothing to judge
// (no such session, no standby).
struct LiveReading
{
    std::optional<double> connectionPercent;   // client sessions of the connection slots
    int connectionsUsed = 0;
    int connectionSlots = 0;
    std::optional<double> longestQuerySeconds; // the oldest running statement
    std::optional<double> longestIdleInTransactionSeconds;
    QList<QPair<QString, double>> standbyReplayLagSeconds;
};
LiveReading readSample(const MetricSample &sample);

// Raises an alert once when a reading crosses its limit (the health thresholds in force for the
// profile: connection-utilization.percent, long-running-query.seconds, idle-in-transaction.seconds,
// replication-lag.seconds), not again while it stays above, and re-arms it once the reading is
// back below the limit (or gone). One tracker per profile; plain data, no widgets.
class LiveAlertTracker
{
public:
    QList<LiveAlert> update(const QString &profileName, const MetricSample &sample, const Thresholds &thresholds);
    bool isRaised(const QString &key) const { return m_raised.contains(key); }
    void clear() { m_raised.clear(); }

private:
    QSet<QString> m_raised;
};

} // namespace pgs::health
