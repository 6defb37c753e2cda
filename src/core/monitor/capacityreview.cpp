// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/capacityreview.h"

#include <QCoreApplication>
#include <QJsonArray>
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

CapacityItem itemFor(const QString &name, qint64 size, TimeSeries history)
{
    CapacityItem item;
    item.name = name;
    item.sizeBytes = size;
    item.history = std::move(history);
    item.fit = fitGrowth(item.history.times, item.history.values);
    return item;
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
        appendNow(*series, review.to, double(*d.sizeBytes));
        CapacityItem item = itemFor(d.name, *d.sizeBytes, std::move(*series));
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
        appendNow(*series, review.to, double(t.totalBytes));
        review.tables.append(itemFor(t.schema + QLatin1Char('.') + t.name, t.totalBytes, std::move(*series)));
    }

    // XID consumption from the 64-bit next-XID counter (freezing makes age() fall, the counter never).
    auto xids = store.series(historyKey, QStringLiteral("next_xid"), QString(), review.from, review.to, HourlyValue::Last);
    if (!xids)
        return xids.error();
    appendNow(*xids, review.to, double(now.nextXid));
    GrowthOptions monotonic;
    monotonic.stepFactor = std::numeric_limits<double>::infinity();
    monotonic.minPoints = 2;
    const GrowthFit xidFit = fitGrowth(xids->times, xids->values, monotonic);
    review.xidAge = now.xidAgeMax;
    if (xidFit.valid) {
        review.xidsPerDay = qMax(0.0, xidFit.growthPerDay);
        review.daysUntilWraparound = daysUntilWraparound(now.xidAgeMax, *review.xidsPerDay);
    }
    return review;
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
            if (auto pct = item.growthPercentPerDay(); pct && *pct > options.alertGrowthPercentPerDay)
                out.append(Tr::tr("%1 grows %2 % per day.").arg(item.name).arg(*pct, 0, 'f', 1));
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
                                              {QStringLiteral("days_until_full"), optionalJson(totalDaysUntilFull)}}},
        {QStringLiteral("xid"), QJsonObject{{QStringLiteral("age"), double(xidAge)},
                                            {QStringLiteral("per_day"), optionalJson(xidsPerDay)},
                                            {QStringLiteral("days_until_wraparound"), optionalJson(daysUntilWraparound)}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings())},
    };
}

} // namespace pgs
