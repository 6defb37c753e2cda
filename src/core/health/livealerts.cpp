// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/livealerts.h"

#include "health/healthfindings.h"

#include <QCoreApplication>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::LiveAlerts)
};

double limitOf(const Thresholds &thresholds, const QString &code, const QString &name)
{
    const CheckDef *check = findCheck(code);
    return check ? thresholds.value(*check, name) : 0;
}

void maxInto(std::optional<double> &into, const std::optional<double> &v)
{
    if (v && (!into || *v > *into))
        into = v;
}

} // namespace

LiveReading readSample(const MetricSample &sample)
{
    LiveReading r;
    for (const SessionCount &s : sample.sessions) {
        r.connectionsUsed += s.sessions;
        if (s.state == QLatin1String("active"))
            maxInto(r.longestQuerySeconds, s.longestSeconds);
        else if (s.state.startsWith(QLatin1String("idle in transaction")))
            maxInto(r.longestIdleInTransactionSeconds, s.longestSeconds);
    }
    if (sample.connectionSlots && *sample.connectionSlots > 0) {
        r.connectionSlots = *sample.connectionSlots;
        r.connectionPercent = 100.0 * r.connectionsUsed / r.connectionSlots;
    }
    for (const StandbyLag &s : sample.standbys)
        if (s.replayLagSeconds)
            r.standbyReplayLagSeconds.append({s.name.isEmpty() ? s.client : s.name, *s.replayLagSeconds});
    return r;
}

QList<LiveAlert> LiveAlertTracker::update(const QString &profileName, const MetricSample &sample, const Thresholds &thresholds)
{
    const LiveReading r = readSample(sample);
    QList<LiveAlert> out;
    QSet<QString> above;
    const auto judge = [&](const QString &key, const QString &code, const std::optional<double> &value, double limit,
                           const auto &describe) {
        if (!value || *value < limit)
            return;
        above.insert(key);
        if (m_raised.contains(key))
            return;
        LiveAlert a;
        a.key = key;
        a.code = code;
        a.value = *value;
        a.threshold = limit;
        describe(a);
        out << a;
    };
    const double connections = limitOf(thresholds, QStringLiteral("connection-utilization"), QStringLiteral("percent"));
    judge(QStringLiteral("connection-utilization"), QStringLiteral("connection-utilization"), r.connectionPercent, connections,
          [&](LiveAlert &a) {
              a.title = Tr::tr("%1: connections at %2 %").arg(profileName, QString::number(a.value, 'f', 0));
              a.message = Tr::tr("%1 of %2 client connection slots are in use (limit %3 %).")
                              .arg(r.connectionsUsed)
                              .arg(r.connectionSlots)
                              .arg(QString::number(a.threshold, 'g', 4));
          });
    judge(QStringLiteral("long-running-query"), QStringLiteral("long-running-query"), r.longestQuerySeconds,
          limitOf(thresholds, QStringLiteral("long-running-query"), QStringLiteral("seconds")), [&](LiveAlert &a) {
              a.title = Tr::tr("%1: long-running query").arg(profileName);
              a.message = Tr::tr("A statement has been running for %1 (limit %2).").arg(healthDuration(a.value), healthDuration(a.threshold));
          });
    judge(QStringLiteral("idle-in-transaction"), QStringLiteral("idle-in-transaction"), r.longestIdleInTransactionSeconds,
          limitOf(thresholds, QStringLiteral("idle-in-transaction"), QStringLiteral("seconds")), [&](LiveAlert &a) {
              a.title = Tr::tr("%1: idle in transaction").arg(profileName);
              a.message = Tr::tr("A session has been idle in an open transaction for %1 (limit %2); it holds its locks and "
                                 "keeps vacuum from removing dead rows.")
                              .arg(healthDuration(a.value), healthDuration(a.threshold));
          });
    const double lag = limitOf(thresholds, QStringLiteral("replication-lag"), QStringLiteral("seconds"));
    for (const QPair<QString, double> &standby : r.standbyReplayLagSeconds)
        judge(QStringLiteral("replication-lag/") + standby.first, QStringLiteral("replication-lag"), standby.second, lag,
              [&](LiveAlert &a) {
                  a.title = Tr::tr("%1: replication lag").arg(profileName);
                  a.message = Tr::tr("Standby %1 replays %2 behind (limit %3).")
                                  .arg(standby.first, healthDuration(a.value), healthDuration(a.threshold));
              });
    m_raised = above; // what went back below its limit is armed again
    return out;
}

} // namespace pgs::health
