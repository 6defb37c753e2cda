// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/laghistory.h"

namespace pgs {

Result<QMap<QString, TimeSeries>> loadReplayLagHistory(const QString &profileId, const QDateTime &from, const QDateTime &to)
{
    HistoryStore store;
    if (Status opened = store.open(); !opened)
        return opened.error();
    const QString kind = QStringLiteral("replay_lag");
    auto names = store.seriesNames(profileId, kind);
    if (!names)
        return names.error();
    QMap<QString, TimeSeries> lag;
    for (const QString &name : *names) {
        // The worst lag of an hour, where only hourly aggregates are left: a spike must show.
        auto series = store.series(profileId, kind, name, from, to, HourlyValue::Maximum);
        if (!series)
            return series.error();
        if (!series->times.isEmpty())
            lag.insert(name, *series);
    }
    return lag;
}

} // namespace pgs
