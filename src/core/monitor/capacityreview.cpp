// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/capacityreview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <cmath>
#include <limits>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::CapacityReview)
};

QJsonValue optionalJson(const std::optional<double> &v) { return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(); }

// The history plus the live point, so a fresh history still has the current size.
void appendNow(TimeSeries &series, const QDateTime &to, double current)
{
    if (series.times.isEmpty() || series.times.last() < to.toSecsSinceEpoch()) {
        series.times.append(to.toSecsSinceEpoch());
        series.values.append(current);
    }
}

// "40 s", "12 min", "5 h", "3 d": how much history there is, without plural forms.
QString spanText(qint64 seconds)
{
    if (seconds < 120)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 2 * 3600)
        return Tr::tr("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return Tr::tr("%1 h").arg(seconds / 3600);
    return Tr::tr("%1 d").arg(seconds / 86400);
}

QString whenText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// stored: the history without the live point; since: the first time the fit uses (after the
// last jump in size); now: the live point.
HistoryCoverage coverageOf(const TimeSeries &stored, std::optional<qint64> since, qint64 now,
                           const CapacityReviewOptions &options)
{
    HistoryCoverage c;
    int first = 0;
    while (since && first < stored.times.size() && stored.times[first] < *since)
        ++first;
    c.samples = int(stored.times.size()) - first;
    const qint64 begin = c.samples > 0 ? stored.times[first] : now;
    c.spanSeconds = now - begin;
    const qint64 minSpan = qint64(options.minHistoryHours) * 3600;
    c.enough = c.spanSeconds >= minSpan && c.samples >= options.minSamples;
    if (c.enough)
        return c;
    qint64 ready = std::max(begin + minSpan, now);
    if (c.samples < options.minSamples) {
        if (c.samples < 2)
            return c; // the pace is unknown until a second sample
        const double interval = double(stored.times.last() - begin) / (c.samples - 1);
        ready = std::max(ready, stored.times.last() + qint64(std::ceil(interval * (options.minSamples - c.samples))));
    }
    c.expectedFrom = QDateTime::fromSecsSinceEpoch(ready, Qt::UTC);
    return c;
}

QString coverageText(const HistoryCoverage &c, const CapacityReviewOptions &options)
{
    const QString collected = Tr::tr("Collecting history: %1 of %2 samples, %3 of %4 h.")
                                  .arg(c.samples)
                                  .arg(options.minSamples)
                                  .arg(spanText(c.spanSeconds))
                                  .arg(options.minHistoryHours);
    return c.expectedFrom ? collected + QLatin1Char(' ')
                                + Tr::tr("Forecasts from about %1.").arg(whenText(*c.expectedFrom))
                          : collected;
}

CapacityItem itemFor(const QString &name, qint64 size, const TimeSeries &stored, const QDateTime &to,
                     const CapacityReviewOptions &options)
{
    CapacityItem item;
    item.name = name;
    item.sizeBytes = size;
    item.history = stored;
    appendNow(item.history, to, double(size));
    item.fit = fitGrowth(item.history.times, item.history.values);
    item.coverage = coverageOf(stored, item.fit.stepAt, to.toSecsSinceEpoch(), options);
    if (!item.coverage.enough) {
        item.fit.valid = false;
        item.fit.reason = coverageText(item.coverage, options);
    }
    return item;
}

// The review waits for its least covered part (a database, the XID counter): it shows that
// part's samples and span, and forecasts begin when the last part has enough.
void foldCoverage(HistoryCoverage &into, const HistoryCoverage &c, bool first)
{
    if (first || (into.enough && !c.enough)) {
        into = c;
        return;
    }
    if (c.enough)
        return;
    std::optional<QDateTime> when;
    if (into.expectedFrom && c.expectedFrom)
        when = std::max(*into.expectedFrom, *c.expectedFrom);
    if (c.samples < into.samples || (c.samples == into.samples && c.spanSeconds < into.spanSeconds))
        into = c;
    into.expectedFrom = when;
}

// The total over databases at every time any of them has a point, each database counting with
// its latest value before that time (0 before its first point: it did not exist yet), so a
// database created yesterday does not cut the total's history down to a day.
TimeSeries sumCarriedForward(const QList<CapacityItem> &items)
{
    QMap<qint64, QList<QPair<int, double>>> byTime; // time -> (item, value)
    for (int i = 0; i < items.size(); ++i)
        for (int k = 0; k < items[i].history.times.size(); ++k)
            byTime[items[i].history.times[k]].append({i, items[i].history.values[k]});
    QVector<double> latest(items.size(), 0.0);
    double total = 0;
    TimeSeries out;
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it) {
        for (const auto &[item, value] : it.value()) {
            total += value - latest[item];
            latest[item] = value;
        }
        out.times.append(it.key());
        out.values.append(total);
    }
    return out;
}

QJsonArray itemsJson(const QList<CapacityItem> &items)
{
    QJsonArray out;
    for (const CapacityItem &item : items)
        out.append(QJsonObject{
            {QStringLiteral("name"), item.name},
            {QStringLiteral("size_bytes"), double(item.sizeBytes)},
            {QStringLiteral("growth_bytes_per_day"), optionalJson(item.growthPerDay())},
            {QStringLiteral("growth_percent_per_day"), optionalJson(item.growthPercentPerDay())},
            {QStringLiteral("r2"), item.fit.valid ? QJsonValue(item.fit.r2) : QJsonValue()},
            {QStringLiteral("days_until_full"), optionalJson(item.daysUntilFull)},
            {QStringLiteral("points"), item.fit.pointsUsed},
            {QStringLiteral("fitted_since"), item.fit.stepAt
                                                 ? QJsonValue(QDateTime::fromSecsSinceEpoch(*item.fit.stepAt, Qt::UTC).toString(Qt::ISODate))
                                                 : QJsonValue()},
            {QStringLiteral("note"), item.fit.reason},
            {QStringLiteral("history_samples"), item.coverage.samples},
            {QStringLiteral("history_span_seconds"), double(item.coverage.spanSeconds)},
            {QStringLiteral("forecasts_from"), item.coverage.expectedFrom
                                                   ? QJsonValue(item.coverage.expectedFrom->toUTC().toString(Qt::ISODate))
                                                   : QJsonValue()},
        });
    return out;
}

} // namespace

std::optional<double> CapacityItem::growthPercentPerDay() const
{
    if (!fit.valid || sizeBytes <= 0)
        return std::nullopt;
    return 100.0 * fit.growthPerDay / double(sizeBytes);
}

Result<CapacityReview> buildCapacityReview(HistoryStore &store, const QString &historyKey, const MetricSample &now,
                                           const CapacityReviewOptions &options)
{
    CapacityReview review;
    review.options = options;
    review.database = now.currentDatabase;
    review.to = now.takenAt;
    review.from = now.takenAt.addDays(-options.windowDays);
    const double capacity = double(options.capacityBytes);

    bool totalKnown = true;
    double totalGrowth = 0;
    for (const DatabaseCounters &d : now.databases) {
        if (d.isTemplate || !d.sizeBytes)
            continue;
        auto series = store.sizeSeries(historyKey, d.name, review.from, review.to);
        if (!series)
            return series.error();
        CapacityItem item = itemFor(d.name, *d.sizeBytes, *series, review.to, options);
        foldCoverage(review.coverage, item.coverage, review.databases.isEmpty());
        review.totalBytes += double(*d.sizeBytes);
        if (item.fit.valid)
            totalGrowth += item.fit.growthPerDay;
        else
            totalKnown = false;
        review.databases.append(std::move(item));
    }
    // A database's own figure is "if it alone grew at its rate"; the volume's is the total's.
    for (CapacityItem &item : review.databases)
        if (item.fit.valid && capacity > 0)
            item.daysUntilFull = daysUntilFull(capacity, double(item.sizeBytes), item.fit.growthPerDay);
    if (totalKnown && !review.databases.isEmpty()) {
        review.totalGrowthPerDay = totalGrowth;
        if (capacity > 0)
            review.totalDaysUntilFull = daysUntilFull(capacity, review.totalBytes, totalGrowth);
    }
    review.totalHistory = sumCarriedForward(review.databases);

    QList<TableSize> tables = now.tables;
    std::sort(tables.begin(), tables.end(), [](const TableSize &a, const TableSize &b) { return a.totalBytes > b.totalBytes; });
    for (const TableSize &t : tables.mid(0, options.topTables)) {
        auto series = store.tableSizeSeries(historyKey, now.currentDatabase, t.schema, t.name, review.from, review.to);
        if (!series)
            return series.error();
        review.tables.append(itemFor(t.schema + QLatin1Char('.') + t.name, t.totalBytes, *series, review.to, options));
    }

    // XID consumption from the 64-bit next-XID counter (freezing makes age() fall, the counter never).
    auto xids = store.series(historyKey, QStringLiteral("next_xid"), QString(), review.from, review.to, HourlyValue::Last);
    if (!xids)
        return xids.error();
    // The same gate as sizes: a minute of a busy batch is not a day's consumption.
    const HistoryCoverage xidCoverage = coverageOf(*xids, std::nullopt, review.to.toSecsSinceEpoch(), options);
    foldCoverage(review.coverage, xidCoverage, review.databases.isEmpty());
    appendNow(*xids, review.to, double(now.nextXid));
    GrowthOptions monotonic;
    monotonic.stepFactor = std::numeric_limits<double>::infinity();
    monotonic.minPoints = 2;
    const GrowthFit xidFit = fitGrowth(xids->times, xids->values, monotonic);
    review.xidAge = now.xidAgeMax;
    if (xidFit.valid && xidCoverage.enough) {
        review.xidsPerDay = qMax(0.0, xidFit.growthPerDay);
        review.daysUntilWraparound = daysUntilWraparound(now.xidAgeMax, *review.xidsPerDay);
    }
    review.totalFit = fitGrowth(review.totalHistory.times, review.totalHistory.values);
    if (review.collecting()) {
        review.totalFit.valid = false;
        review.totalFit.reason = review.collectingText();
    }
    return review;
}

qint64 CapacityReviewOptions::alertGrowthFloorBytes() const
{
    if (capacityBytes <= 0)
        return alertGrowthMinBytes;
    return std::min(alertGrowthMinBytes, qint64(double(capacityBytes) * alertGrowthMinVolumeShare));
}

bool CapacityReview::growthAlert(const CapacityItem &item) const
{
    const auto pct = item.growthPercentPerDay();
    return pct && *pct > options.alertGrowthPercentPerDay && item.sizeBytes >= options.alertGrowthFloorBytes();
}

QString CapacityReview::collectingText() const
{
    if (!collecting())
        return {};
    return coverageText(coverage, options);
}

QStringList CapacityReview::warnings() const
{
    QStringList out;
    if (totalDaysUntilFull && *totalDaysUntilFull < options.alertDaysUntilFull)
        out.append(Tr::tr("The volume is full in %1 days at the current growth.").arg(qRound(*totalDaysUntilFull)));
    if (daysUntilWraparound && *daysUntilWraparound < options.alertDaysUntilWraparound)
        out.append(Tr::tr("Transaction ID wraparound in %1 days at the current rate: check autovacuum freezing.")
                       .arg(qRound(*daysUntilWraparound)));
    for (const QList<CapacityItem> *items : {&databases, &tables})
        for (const CapacityItem &item : *items)
            if (growthAlert(item))
                out.append(Tr::tr("%1 grows %2 % per day.").arg(item.name).arg(*item.growthPercentPerDay(), 0, 'f', 1));
    if (options.capacityBytes <= 0)
        out.append(Tr::tr("The volume capacity is not set in the profile: days until full are unknown."));
    return out;
}

QJsonObject CapacityReview::toJson() const
{
    return QJsonObject{
        {QStringLiteral("server"), server},
        {QStringLiteral("database"), database},
        {QStringLiteral("from"), from.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("capacity_bytes"), options.capacityBytes > 0 ? QJsonValue(double(options.capacityBytes)) : QJsonValue()},
        {QStringLiteral("window_days"), double(options.windowDays)},
        {QStringLiteral("databases"), itemsJson(databases)},
        {QStringLiteral("tables"), itemsJson(tables)},
        {QStringLiteral("total"), QJsonObject{{QStringLiteral("size_bytes"), totalBytes},
                                              {QStringLiteral("growth_bytes_per_day"), optionalJson(totalGrowthPerDay)},
                                              {QStringLiteral("days_until_full"), optionalJson(totalDaysUntilFull)},
                                              {QStringLiteral("note"), collectingText()}}},
        {QStringLiteral("collecting"), collecting()},
        {QStringLiteral("forecasts_from"), coverage.expectedFrom && collecting()
                                               ? QJsonValue(coverage.expectedFrom->toUTC().toString(Qt::ISODate))
                                               : QJsonValue()},
        {QStringLiteral("min_history_hours"), options.minHistoryHours},
        {QStringLiteral("min_samples"), options.minSamples},
        {QStringLiteral("xid"), QJsonObject{{QStringLiteral("age"), double(xidAge)},
                                            {QStringLiteral("per_day"), optionalJson(xidsPerDay)},
                                            {QStringLiteral("days_until_wraparound"), optionalJson(daysUntilWraparound)}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings())},
    };
}

} // namespace pgs
