// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/walrate.h"

#include "jobs/jobcontext.h"
#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::WalRate)
};

WalRate none(const QString &reason)
{
    WalRate r;
    r.reason = reason;
    return r;
}
} // namespace

QString WalRate::sourceName() const
{
    switch (source) {
    case Source::History: return QStringLiteral("history");
    case Source::Measured: return QStringLiteral("measured");
    case Source::None: break;
    }
    return QStringLiteral("none");
}

QString WalRate::describe() const
{
    if (!bytesPerSecond)
        return Tr::tr("WAL rate unknown: %1").arg(reason);
    const QString rate = Tr::tr("%1/s").arg(QLocale().formattedDataSize(qint64(*bytesPerSecond), 1, QLocale::DataSizeTraditionalFormat));
    if (source == Source::History)
        return Tr::tr("%1 (history: %2 samples over %3 min)").arg(rate).arg(samples).arg(QLocale().toString(seconds / 60.0, 'f', 0));
    return Tr::tr("%1 (measured over %2 s)").arg(rate, QLocale().toString(seconds, 'f', 1));
}

QJsonObject WalRate::toJson() const
{
    return QJsonObject{{QStringLiteral("bytes_per_second"), bytesPerSecond ? QJsonValue(*bytesPerSecond) : QJsonValue()},
                       {QStringLiteral("source"), sourceName()},
                       {QStringLiteral("samples"), samples},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason)}};
}

WalRate walRateBetween(double bytesBefore, double secondsBefore, double bytesAfter, double secondsAfter)
{
    const double span = secondsAfter - secondsBefore;
    if (span <= 0)
        return none(Tr::tr("the two readings of the WAL position were taken at the same time"));
    if (bytesAfter < bytesBefore)
        return none(Tr::tr("the WAL position went backwards (another server?)"));
    WalRate r;
    r.source = WalRate::Source::Measured;
    r.bytesPerSecond = (bytesAfter - bytesBefore) / span;
    r.samples = 2;
    r.seconds = span;
    return r;
}

WalRate walRateFromSeries(const TimeSeries &positions, const QDateTime &now, double maxAgeSeconds, double minSpanSeconds)
{
    const qsizetype n = positions.times.size();
    if (n == 0)
        return none(Tr::tr("no samples of the WAL position in the history"));
    if (double(now.toSecsSinceEpoch() - positions.times.last()) > maxAgeSeconds)
        return none(Tr::tr("the latest sample of the WAL position is older than %1 min").arg(int(maxAgeSeconds / 60)));
    qsizetype first = n - 1; // start of the latest non-decreasing run
    while (first > 0 && positions.values[first - 1] <= positions.values[first])
        --first;
    const double span = double(positions.times.last() - positions.times[first]);
    if (n - first < 2 || span < minSpanSeconds)
        return none(Tr::tr("only one recent sample of the WAL position in the history"));
    WalRate r;
    r.source = WalRate::Source::History;
    r.bytesPerSecond = (positions.values.last() - positions.values[first]) / span;
    r.samples = int(n - first);
    r.seconds = span;
    return r;
}

Result<WalRate> walRateFromHistory(const QString &profileId, const QDateTime &now)
{
    HistoryStore store;
    if (Status opened = store.open(); !opened)
        return opened.error();
    auto series = store.series(profileId, QStringLiteral("wal_bytes"), QString(), now.addSecs(-3600), now, HourlyValue::Last);
    if (!series)
        return series.error();
    return walRateFromSeries(*series, now);
}

Result<WalRate> measureWalRate(pg::Connection &conn, JobContext &ctx, int intervalMsecs)
{
    const QString sql = sql::query(QStringLiteral("replication/wal_position"), conn.serverVersionNum());
    auto before = conn.exec(sql);
    if (!before)
        return before.error();
    if (before->isNull(0, before->column("wal_bytes")))
        return none(Tr::tr("a standby writes no WAL of its own"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < intervalMsecs) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        QThread::msleep(50);
    }
    auto after = conn.exec(sql);
    if (!after)
        return after.error();
    if (after->isNull(0, after->column("wal_bytes")))
        return none(Tr::tr("the server went into recovery while it was measured"));
    return walRateBetween(before->toDouble(0, "wal_bytes"), before->toDouble(0, "at_seconds"), after->toDouble(0, "wal_bytes"),
                          after->toDouble(0, "at_seconds"));
}

Result<WalRate> walGenerationRate(pg::Connection &conn, JobContext &ctx, const QString &profileId, int intervalMsecs)
{
    auto standby = conn.exec(QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!standby)
        return standby.error();
    if (standby->toBool(0, 0))
        return none(Tr::tr("a standby writes no WAL of its own"));
    QString historyReason;
    if (!profileId.isEmpty()) {
        auto fromHistory = walRateFromHistory(profileId, QDateTime::currentDateTimeUtc());
        if (fromHistory && fromHistory->bytesPerSecond)
            return fromHistory;
        historyReason = fromHistory ? fromHistory->reason : fromHistory.error().message;
    }
    if (intervalMsecs <= 0)
        return none(historyReason.isEmpty() ? Tr::tr("not measured") : historyReason);
    return measureWalRate(conn, ctx, intervalMsecs);
}

} // namespace pgs
