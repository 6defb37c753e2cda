// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/metrics.h"

#include <QJsonObject>

#include <optional>

namespace pgs {

// Per-second rates of one database between two samples. A series missing from perSecond was
// dropped for this interval: its counter fell (stats reset) or the database is new.
struct DatabaseRates
{
    qint64 datid = 0;
    QString name;
    QMap<QString, qint64> delta;
    QMap<QString, double> perSecond;
};

struct StatementDelta
{
    qint64 queryId = 0;
    qint64 dbId = 0;
    qint64 userId = 0;
    qint64 calls = 0;
    double totalMs = 0;
    qint64 rows = 0;
};

struct SampleRates
{
    QDateTime from;
    QDateTime to;
    double elapsedSeconds = 0;
    QList<DatabaseRates> databases;
    std::optional<double> walBytesPerSecond;
    std::optional<double> xidsPerSecond;
    QList<StatementDelta> statements; // entries present in both samples with no falling counter
    std::optional<double> statementCallsPerSecond; // over all entries
    std::optional<double> meanLatencyMs;           // sum of delta total time / sum of delta calls

    QJsonObject toJson() const;
};

// Rates from previous to current, using the real elapsed seconds between them. Nothing is ever
// negative: a falling counter drops that interval for that series. nullopt when current is not
// later than previous.
std::optional<SampleRates> computeRates(const MetricSample &previous, const MetricSample &current);

} // namespace pgs
