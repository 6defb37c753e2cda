// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timechartview.h"

#include "monitor/downsample.h"
#include "monitor/humanformat.h"

#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pgs {

namespace {

// Bytes scale by 1024 and show the unit in the axis title; other units are drawn as they are.
struct AxisScale
{
    double divisor = 1;
    QString title;
};

AxisScale scaleFor(ValueUnit unit, double maxAbs)
{
    static const char *const units[] = {"B", "KB", "MB", "GB", "TB", "PB"};
    switch (unit) {
    case ValueUnit::Bytes:
    case ValueUnit::BytesPerSecond: {
        int i = 0;
        double d = 1;
        while (i < 5 && maxAbs >= d * 1024) {
            d *= 1024;
            ++i;
        }
        QString title = QString::fromLatin1(units[i]);
        if (unit == ValueUnit::BytesPerSecond)
            title += QStringLiteral("/s");
        return {d, title};
    }
    case ValueUnit::Percent: return {1, QStringLiteral("%")};
    case ValueUnit::PerSecond:
    case ValueUnit::Milliseconds:
    case ValueUnit::Count: break;
    }
    // Large counts in thousands or millions: "1e+06" on an axis reads badly.
    const QString base = unit == ValueUnit::PerSecond      ? TimeChartView::tr("per second")
                         : unit == ValueUnit::Milliseconds ? QStringLiteral("ms")
                                                           : QString();
    if (maxAbs >= 1e6)
        return {1e6, base.isEmpty() ? TimeChartView::tr("millions") : TimeChartView::tr("%1, millions").arg(base)};
    if (maxAbs >= 1e4)
        return {1e3, base.isEmpty() ? TimeChartView::tr("thousands") : TimeChartView::tr("%1, thousands").arg(base)};
    return {1, base};
}

// The index of the point nearest to ms in a series sorted by x, or -1.
// Where the drawn points of a series jump in time by more than four times their usual spacing
// (a paused sampler, an interval dropped after a reset) the line breaks instead of bridging it.
QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points)
{
    if (points.size() < 3)
        return {points};
    QList<double> steps;
    steps.reserve(points.size() - 1);
    for (qsizetype i = 1; i < points.size(); ++i)
        steps.append(points[i].x() - points[i - 1].x());
    std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
    const double gap = 4 * steps[steps.size() / 2];
    QList<QList<QPointF>> segments{{points.first()}};
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (gap > 0 && points[i].x() - points[i - 1].x() > gap)
            segments.append(QList<QPointF>());
        segments.last().append(points[i]);
    }
    return segments;
}

qsizetype nearestIndex(const QList<QPointF> &points, double ms)
{
    if (points.isEmpty())
        return -1;
    auto it = std::lower_bound(points.begin(), points.end(), ms, [](const QPointF &p, double x) { return p.x() < x; });
    if (it == points.end())
        return points.size() - 1;
    const qsizetype i = it - points.begin();
    if (i > 0 && ms - points[i - 1].x() < it->x() - ms)
        return i - 1;
    return i;
}

} // namespace

TimeChartView::TimeChartView(const QString &title, ValueUnit unit, QWidget *parent)
    : QChartView(new QChart, parent),
      m_unit(unit),
      m_axisX(new QDateTimeAxis(this)),
      m_axisY(new QValueAxis(this)),
      m_cursor(new QGraphicsLineItem),
      m_emptyItem(new QGraphicsSimpleTextItem)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(180);
    QChart *c = chart();
    c->setTitle(title);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setTickCount(5);
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    m_axisY->setMin(0);
    m_cursor->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
    m_cursor->setZValue(20);
    m_cursor->hide();
    scene()->addItem(m_cursor);
    m_emptyItem->setZValue(21);
    m_emptyItem->setBrush(palette().color(QPalette::PlaceholderText));
    scene()->addItem(m_emptyItem);
    m_emptyText = tr("No data yet");
    redraw();
}

QLineSeries *TimeChartView::lineFor(const QString &name)
{
    if (QLineSeries *line = m_lines.value(name))
        return line;
    // Ten distinguishable colours (the theme has five), in the order series arrive.
    static const QColor palette[] = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                                     QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f),
                                     QColor(0xbcbd22), QColor(0x17becf)};
    auto *line = new QLineSeries(this);
    line->setName(name);
    line->setPen(QPen(palette[m_order.size() % std::size(palette)], 2));
    chart()->addSeries(line);
    line->attachAxis(m_axisX);
    line->attachAxis(m_axisY);
    m_lines.insert(name, line);
    m_order.append(name);
    return line;
}

void TimeChartView::setSeries(const QString &name, const QList<QPointF> &points)
{
    lineFor(name);
    m_data.insert(name, points);
    redraw();
}

void TimeChartView::setAllSeries(const QList<QPair<QString, QList<QPointF>>> &series)
{
    beginUpdate();
    clearSeries();
    for (const auto &[name, points] : series) {
        lineFor(name);
        m_data.insert(name, points);
    }
    m_redrawPending = true;
    endUpdate();
}

void TimeChartView::endUpdate()
{
    if (m_updateDepth > 0 && --m_updateDepth == 0 && m_redrawPending)
        redraw();
}

void TimeChartView::appendPoint(const QString &name, const QPointF &point, qint64 keepMsecs)
{
    lineFor(name);
    QList<QPointF> &pts = m_data[name];
    pts.append(point);
    const double oldest = point.x() - double(keepMsecs);
    qsizetype drop = 0;
    while (drop < pts.size() && pts[drop].x() < oldest)
        ++drop;
    pts.remove(0, drop);
    redraw();
}

void TimeChartView::removeSeries(const QString &name)
{
    if (QLineSeries *line = m_lines.take(name)) {
        chart()->removeSeries(line);
        delete line;
    }
    for (QLineSeries *segment : m_segments.take(name)) {
        chart()->removeSeries(segment);
        delete segment;
    }
    m_data.remove(name);
    m_order.removeAll(name);
    redraw();
}

void TimeChartView::clearSeries()
{
    for (const QString &name : QStringList(m_order))
        removeSeries(name);
}

int TimeChartView::drawnPointCount(const QString &name) const
{
    const QLineSeries *line = m_lines.value(name);
    int count = line ? line->count() : 0;
    for (const QLineSeries *segment : m_segments.value(name))
        count += segment->count();
    return count;
}

void TimeChartView::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    redraw();
}

void TimeChartView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyText();
}

void TimeChartView::redraw()
{
    if (m_updateDepth > 0) {
        m_redrawPending = true;
        return;
    }
    m_redrawPending = false;
    // The x range: the chosen one, or the data's.
    double minX = m_from.isValid() ? double(m_from.toMSecsSinceEpoch()) : qInf();
    double maxX = m_to.isValid() ? double(m_to.toMSecsSinceEpoch()) : -qInf();
    if (!m_from.isValid() || !m_to.isValid()) {
        for (const QList<QPointF> &pts : std::as_const(m_data)) {
            if (pts.isEmpty())
                continue;
            if (!m_from.isValid())
                minX = std::min(minX, pts.first().x());
            if (!m_to.isValid())
                maxX = std::max(maxX, pts.last().x());
        }
    }
    if (!std::isfinite(minX) || !std::isfinite(maxX)) {
        maxX = double(QDateTime::currentMSecsSinceEpoch());
        minX = maxX - 3600'000;
    }
    if (maxX <= minX)
        maxX = minX + 60'000;

    // Only the visible part is downsampled, to about two points per pixel of plot width.
    const int threshold = std::max(100, int(chart()->plotArea().width() * 2));
    QHash<QString, QList<QPointF>> drawn;
    double maxAbs = 0, minY = 0, dataMin = qInf();
    for (auto it = m_data.cbegin(); it != m_data.cend(); ++it) {
        const QList<QPointF> &pts = it.value();
        auto first = std::lower_bound(pts.begin(), pts.end(), minX, [](const QPointF &p, double x) { return p.x() < x; });
        auto last = std::upper_bound(pts.begin(), pts.end(), maxX, [](double x, const QPointF &p) { return x < p.x(); });
        QList<QPointF> visible(first, last);
        visible = downsampleLttb(visible, threshold);
        for (const QPointF &p : std::as_const(visible)) {
            maxAbs = std::max(maxAbs, std::abs(p.y()));
            minY = std::min(minY, p.y());
            dataMin = std::min(dataMin, p.y());
        }
        drawn.insert(it.key(), visible);
    }
    const AxisScale scale = scaleFor(m_unit, maxAbs);
    for (auto it = drawn.begin(); it != drawn.end(); ++it) {
        if (scale.divisor != 1)
            for (QPointF &p : it.value())
                p.setY(p.y() / scale.divisor);
        showSegments(it.key(), splitAtGaps(it.value()));
    }
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)), QDateTime::fromMSecsSinceEpoch(qint64(maxX)));
    const qint64 span = qint64(maxX - minX);
    m_axisX->setFormat(span <= 2 * 86'400'000LL ? QStringLiteral("HH:mm")
                       : span <= 60 * 86'400'000LL ? QStringLiteral("dd MMM")
                                                   : QStringLiteral("MMM yyyy"));
    double top = maxAbs / scale.divisor;
    if (m_unit == ValueUnit::Percent)
        top = 100;
    else
        top = top <= 0 ? 1 : top * 1.1;
    // A cache hit ratio lives between 95 and 100: a 0-100 axis would draw it as a flat line on top.
    const double percentFloor =
        m_unit == ValueUnit::Percent && std::isfinite(dataMin) ? std::clamp(std::floor((dataMin - 1) / 5) * 5, 0.0, 95.0) : 0.0;
    if (const std::array<double, 3> y{minY / scale.divisor, top, percentFloor}; y != m_appliedY) {
        m_appliedY = y;
        m_axisY->setRange(y[0], y[1]);
        m_axisY->applyNiceNumbers();
        if (m_unit == ValueUnit::Percent)
            m_axisY->setRange(percentFloor, 100);
    }
    m_axisY->setTitleText(scale.title);
    chart()->legend()->setVisible(m_order.size() > 1);
    updateEmptyText();
}

void TimeChartView::showSegments(const QString &name, const QList<QList<QPointF>> &segments)
{
    QLineSeries *line = m_lines.value(name);
    line->replace(segments.value(0));
    QList<QLineSeries *> &extra = m_segments[name];
    while (extra.size() > segments.size() - 1) {
        QLineSeries *segment = extra.takeLast();
        chart()->removeSeries(segment);
        delete segment;
    }
    while (extra.size() < segments.size() - 1) {
        auto *segment = new QLineSeries(this);
        segment->setPen(line->pen());
        chart()->addSeries(segment);
        segment->attachAxis(m_axisX);
        segment->attachAxis(m_axisY);
        for (QLegendMarker *marker : chart()->legend()->markers(segment))
            marker->setVisible(false); // one legend entry per name
        extra.append(segment);
    }
    for (qsizetype i = 0; i < extra.size(); ++i)
        extra[i]->replace(segments[i + 1]);
}

void TimeChartView::updateEmptyText()
{
    bool empty = true;
    for (const QList<QPointF> &pts : std::as_const(m_data))
        empty = empty && pts.isEmpty();
    m_emptyItem->setText(m_emptyText);
    m_emptyItem->setVisible(empty && !m_emptyText.isEmpty());
    const QRectF area = chart()->plotArea();
    const QRectF box = m_emptyItem->boundingRect();
    m_emptyItem->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}

void TimeChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    redraw();
}

QString TimeChartView::formatValue(double value, ValueUnit unit)
{
    const QLocale locale;
    switch (unit) {
    case ValueUnit::Bytes: return humanBytes(qint64(value));
    case ValueUnit::BytesPerSecond: return tr("%1/s").arg(humanBytes(qint64(value)));
    case ValueUnit::PerSecond: return tr("%1/s").arg(locale.toString(value, 'f', value < 10 ? 2 : 1));
    case ValueUnit::Percent: return tr("%1 %").arg(locale.toString(value, 'f', 2));
    case ValueUnit::Milliseconds: return tr("%1 ms").arg(locale.toString(value, 'f', value < 10 ? 3 : 1));
    case ValueUnit::Count: break;
    }
    return locale.toString(value, 'g', 6);
}

QString TimeChartView::hoverText(qint64 ms) const
{
    QStringList lines;
    qint64 shownTime = -1;
    for (const QString &name : m_order) {
        const QList<QPointF> &pts = m_data[name];
        const qsizetype i = nearestIndex(pts, double(ms));
        if (i < 0)
            continue;
        if (shownTime < 0)
            shownTime = qint64(pts[i].x());
        lines.append(QStringLiteral("%1: %2").arg(name, formatValue(pts[i].y(), m_unit)));
    }
    if (lines.isEmpty())
        return {};
    lines.prepend(QLocale().toString(QDateTime::fromMSecsSinceEpoch(shownTime), QLocale::ShortFormat));
    return lines.join(QLatin1Char('\n'));
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QRectF area = chart()->plotArea();
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (m_lines.isEmpty() || !area.contains(scenePos)) {
        m_cursor->hide();
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scenePos), m_lines.value(m_order.first()));
    const QString text = hoverText(qint64(value.x()));
    if (text.isEmpty())
        return;
    m_cursor->setLine(scenePos.x(), area.top(), scenePos.x(), area.bottom());
    m_cursor->show();
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
    Q_EMIT hovered(QDateTime::fromMSecsSinceEpoch(qint64(value.x())), text);
}

void TimeChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    m_cursor->hide();
}

} // namespace pgs
