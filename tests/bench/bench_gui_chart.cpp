// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A year of one-minute samples for one series and for ten, as the Size growth tab reads them:
// time to load from the history store (every raw point, then the hourly resolution the tab uses
// beyond 7 days, before and after compaction), to set into a TimeChartView and to render it at
// 1200x400. Prints figures; asserts nothing.
//
// The points are written straight into the store's tables in one transaction (525,600 appends
// through HistoryStore::append would take minutes and measure the writer, not the charts).
#include "charts/timechartview.h"
#include "monitor/history/historyloader.h"
#include "monitor/historystore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace pgs;

namespace {

constexpr int minutesPerYear = 365 * 24 * 60;
constexpr int seriesCount = 10;

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

bool fill(const QString &path, qint64 end)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        db.transaction();
        QSqlQuery point(db);
        point.prepare(QStringLiteral("INSERT INTO raw_points (series_id, t, value) VALUES (?, ?, ?)"));
        for (int s = 0; s < seriesCount; ++s) {
            q.prepare(QStringLiteral("INSERT INTO series (profile, kind, name) VALUES ('bench', 'db_size', ?)"));
            q.addBindValue(QStringLiteral("db%1").arg(s));
            if (!q.exec())
                return false;
            const qint64 id = q.lastInsertId().toLongLong();
            QVariantList ids, times, values;
            for (int m = 0; m < minutesPerYear; ++m) {
                ids << id;
                times << end - qint64(minutesPerYear - m) * 60;
                values << 1e9 * (s + 1) + m * 2048.0 + 5e6 * std::sin(m / 1440.0 * 2 * M_PI);
            }
            point.addBindValue(ids);
            point.addBindValue(times);
            point.addBindValue(values);
            if (!point.execBatch())
                return false;
        }
        db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return true;
}

struct Loaded
{
    double ms = 0;
    QList<ChartSeries> series;
};

Loaded load(HistoryStore &store, const QDateTime &from, const QDateTime &to, int count, SeriesResolution resolution)
{
    QElapsedTimer timer;
    timer.start();
    Loaded out;
    for (int s = 0; s < count; ++s) {
        auto series = store.sizeSeries(QStringLiteral("bench"), QStringLiteral("db%1").arg(s), from, to, resolution);
        out.series.append({QStringLiteral("db%1").arg(s), series ? chartPointsOf(*series) : QList<QPointF>()});
    }
    out.ms = timer.nsecsElapsed() / 1e6;
    return out;
}

void chart(const QString &label, const Loaded &loaded)
{
    TimeChartView view(QStringLiteral("Database sizes"), ValueUnit::Bytes);
    view.resize(1200, 400);
    view.show();
    QApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    qsizetype points = 0;
    for (const ChartSeries &s : loaded.series) {
        view.setSeries(s.name, s.points);
        points += s.points.size();
    }
    const double setMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const QImage image = view.renderImage(QSize(1200, 400));
    const double renderMs = timer.nsecsElapsed() / 1e6;
    say(QStringLiteral("%1: %2 series, %3 points: load %4 ms, setSeries %5 ms (drawn %6 per series), render 1200x400 %7 ms")
            .arg(label)
            .arg(loaded.series.size())
            .arg(points)
            .arg(loaded.ms, 0, 'f', 1)
            .arg(setMs, 0, 'f', 1)
            .arg(view.drawnPointCount(loaded.series.first().name))
            .arg(renderMs, 0, 'f', 1));
    if (image.isNull())
        say(QStringLiteral("  (render failed)"));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addDays(-365);
    {
        HistoryStore schema(path);
        if (!schema.open())
            return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(path, to.toSecsSinceEpoch())) {
        say(QStringLiteral("could not fill the store"));
        return 1;
    }
    say(QStringLiteral("filled %1 series x %2 one-minute points in %3 s")
            .arg(seriesCount)
            .arg(minutesPerYear)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));

    HistoryStore store(path);
    if (!store.open())
        return 1;
    for (int count : {1, seriesCount}) {
        chart(QStringLiteral("raw store, every point"), load(store, from, to, count, SeriesResolution::Detailed));
        chart(QStringLiteral("raw store, hourly"), load(store, from, to, count, SeriesResolution::Hourly));
    }
    timer.restart();
    if (!store.compact(to))
        return 1;
    say(QStringLiteral("compacted (7 days raw, the rest hourly) in %1 s; file %2 MB")
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1));
    for (int count : {1, seriesCount}) {
        chart(QStringLiteral("compacted, detailed"), load(store, from, to, count, SeriesResolution::Detailed));
        chart(QStringLiteral("compacted, hourly (the 1y tab)"), load(store, from, to, count, SeriesResolution::Hourly));
    }
    return 0;
}
