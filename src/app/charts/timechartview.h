// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>

#include <array>
#include <optional>

class QDateTimeAxis;
class QGraphicsLineItem;
class QLineSeries;
class QValueAxis;

namespace pgs {

// What the values of a chart are; decides the axis scale, its title and the hover text.
enum class ValueUnit { Count, PerSecond, Bytes, BytesPerSecond, Percent, Milliseconds };

// A time chart shared by the dashboard, the history views and the capacity report: named line
// series whose x is milliseconds since the epoch (UTC). It keeps every point and draws them
// downsampled (LTTB) to about two points per pixel, so a year of one-minute samples draws at
// once. Hovering shows a vertical line and the values of every series at the nearest time; the
// context menu exports PNG and CSV (full resolution).
class TimeChartView : public QChartView
{
    Q_OBJECT
public:
    TimeChartView(const QString &title, ValueUnit unit, QWidget *parent = nullptr);

    ValueUnit unit() const { return m_unit; }
    // Adds or replaces a series; points sorted by x.
    void setSeries(const QString &name, const QList<QPointF> &points);
    // Replaces every series at once, drawing once (ten series of a year: one redraw, not ten).
    void setAllSeries(const QList<QPair<QString, QList<QPointF>>> &series);
    // Live charts: appends one point and drops those older than keepMsecs before it.
    void appendPoint(const QString &name, const QPointF &point, qint64 keepMsecs);
    // Between beginUpdate() and endUpdate() changes are kept but not drawn; the last endUpdate()
    // redraws once. A redraw lays out the axes (text measuring): a live sample of five series
    // and a new time range is one redraw instead of six.
    void beginUpdate() { ++m_updateDepth; }
    void endUpdate();
    void removeSeries(const QString &name);
    void clearSeries();
    QStringList seriesNames() const { return m_order; }
    QList<QPointF> points(const QString &name) const { return m_data.value(name); }
    int drawnPointCount(const QString &name) const; // after downsampling

    // A fixed time range (the chosen 1h/24h/...); an invalid range fits the data.
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    // Shown over an empty chart, e.g. "No history yet: samples arrive every minute".
    void setEmptyText(const QString &text);

    // Time in ISO 8601 UTC, then one column per series; empty cells where a series has no point.
    QString toCsv() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // For PNG export and reports: the chart laid out at size, drawn at scale x the pixels (2 for
    // print, so fonts keep their size on paper).
    QImage renderImage(const QSize &size, qreal scale = 1.0);
    bool exportPng(const QString &path, QString *error = nullptr);

    // "1.2 GB", "35.2/s", "97.1 %", "3.4 ms", in the locale's number format.
    static QString formatValue(double value, ValueUnit unit);
    // The text the hover tooltip shows at time ms (nearest point of each series).
    QString hoverText(qint64 ms) const;

Q_SIGNALS:
    void hovered(const QDateTime &time, const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void redraw();
    void updateEmptyText();
    void showSegments(const QString &name, const QList<QList<QPointF>> &segments);
    QLineSeries *lineFor(const QString &name);

    ValueUnit m_unit;
    QHash<QString, QList<QPointF>> m_data; // full resolution
    QHash<QString, QLineSeries *> m_lines;            // the first segment, with the legend entry
    QHash<QString, QList<QLineSeries *>> m_segments; // the others, after gaps in time
    QStringList m_order;
    QDateTime m_from, m_to;
    QString m_emptyText;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QGraphicsLineItem *m_cursor;
    QGraphicsSimpleTextItem *m_emptyItem;
    int m_updateDepth = 0;
    bool m_redrawPending = false;
    // The y range last given to the axis, before nice numbers: the same again changes nothing
    // and is not applied (each change is an axis layout).
    std::optional<std::array<double, 3>> m_appliedY;
};

} // namespace pgs
