// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitr/recoverytimeline.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace pgs {

RecoveryTimeline::RecoveryTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(110);
    setMouseTracking(false);
    setAccessibleName(tr("Recoverable window"));
}

void RecoveryTimeline::clear()
{
    m_window = {};
    m_empty = true;
    m_points.clear();
    update();
}

void RecoveryTimeline::setWindow(const RecoveryWindow &window)
{
    m_window = window;
    m_empty = window.backups.isEmpty();
    m_points.clear();
    for (const BaseBackupInfo &b : window.backups) {
        if (auto lsn = parseLsn(b.startLsn); lsn && b.startTime.isValid())
            m_points.append({*lsn, b.startTime});
        if (auto lsn = parseLsn(b.stopLsn); lsn && b.stopTime.isValid())
            m_points.append({*lsn, b.stopTime});
    }
    if (const auto newest = WalSegmentName::parse(window.latestSegment.left(24), window.segmentSize); newest && window.latest.isValid())
        m_points.append({(newest->segment + 1) * quint64(window.segmentSize), window.latest});
    std::sort(m_points.begin(), m_points.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_from = window.backups.isEmpty() ? QDateTime() : window.backups.first().startTime;
    m_to = window.latest;
    if (m_from.isValid() && m_to.isValid()) {
        const qint64 span = std::max<qint64>(60, m_from.secsTo(m_to));
        m_from = m_from.addSecs(-span / 20); // a margin on both sides
        m_to = m_to.addSecs(span / 20);
    }
    update();
}

QRect RecoveryTimeline::plotRect() const
{
    return rect().adjusted(12, 30, -12, -34);
}

int RecoveryTimeline::xOf(const QDateTime &t) const
{
    const QRect r = plotRect();
    const qint64 span = m_from.msecsTo(m_to);
    if (span <= 0 || !t.isValid())
        return r.left();
    return r.left() + int(double(m_from.msecsTo(t)) / double(span) * r.width());
}

QDateTime RecoveryTimeline::timeAt(int x) const
{
    const QRect r = plotRect();
    if (!m_from.isValid() || r.width() <= 0)
        return {};
    return m_from.addMSecs(qint64(double(x - r.left()) / r.width() * double(m_from.msecsTo(m_to))));
}

QDateTime RecoveryTimeline::timeOfLsn(quint64 lsn) const
{
    if (m_points.isEmpty())
        return {};
    if (lsn <= m_points.first().first)
        return m_points.first().second;
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        const auto &[l1, t1] = m_points[i];
        const auto &[l0, t0] = m_points[i - 1];
        if (lsn <= l1) {
            const double f = l1 > l0 ? double(lsn - l0) / double(l1 - l0) : 0;
            return t0.addMSecs(qint64(f * double(t0.msecsTo(t1))));
        }
    }
    return m_points.last().second;
}

void RecoveryTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QRect r = plotRect();
    if (m_empty) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No base backup: nothing can be recovered yet."));
        return;
    }
    const int axisY = r.center().y();
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(r.left(), axisY, r.right(), axisY);
    // The recoverable span.
    const int x0 = xOf(m_window.earliest), x1 = std::max(xOf(m_window.latest), x0 + 2);
    p.fillRect(QRect(x0, axisY - 7, x1 - x0, 14), QColor(0x43, 0xa0, 0x47));
    // Gaps: each missing segment spans its WAL range.
    for (const QString &g : m_window.gaps) {
        const auto seg = WalSegmentName::parse(g, m_window.segmentSize);
        if (!seg)
            continue;
        const int gx0 = xOf(timeOfLsn(seg->segment * quint64(m_window.segmentSize)));
        const int gx1 = std::max(gx0 + 4, xOf(timeOfLsn((seg->segment + 1) * quint64(m_window.segmentSize))));
        p.fillRect(QRect(gx0, axisY - 9, gx1 - gx0, 18), QColor(0xc6, 0x28, 0x28));
        p.fillRect(QRect(gx1, axisY - 7, std::max(0, x1 - gx1), 14), QColor(0xc6, 0x28, 0x28, 60)); // unreachable past it
    }
    // Timeline switches: the first segment of each newer timeline.
    p.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
    for (quint32 tl : m_window.timelineSwitches) {
        const quint64 firstSeg = m_window.firstSegmentOfTimeline.value(tl);
        const int x = xOf(timeOfLsn(firstSeg * quint64(m_window.segmentSize)));
        p.drawLine(x, r.top() - 6, x, r.bottom());
        p.drawText(QPoint(x + 3, r.top() - 8), tr("timeline %1").arg(tl));
    }
    // Base backups.
    p.setPen(Qt::NoPen);
    for (const BaseBackupInfo &b : m_window.backups) {
        const int x = xOf(b.stopTime);
        QPainterPath marker;
        marker.moveTo(x, axisY - 9);
        marker.lineTo(x - 6, axisY - 19);
        marker.lineTo(x + 6, axisY - 19);
        marker.closeSubpath();
        p.setBrush(QColor(0x15, 0x65, 0xc0));
        p.drawPath(marker);
    }
    // Axis labels: both ends of the window.
    p.setPen(palette().color(QPalette::Text));
    const QString from = m_window.earliest.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString to = m_window.latest.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    p.drawText(QRect(r.left(), r.bottom() + 4, r.width() / 2, 24), Qt::AlignLeft | Qt::AlignTop, from);
    p.drawText(QRect(r.center().x(), r.bottom() + 4, r.width() / 2, 24), Qt::AlignRight | Qt::AlignTop, to);
    p.drawText(QRect(r.left(), 2, r.width(), 20), Qt::AlignLeft | Qt::AlignTop,
               tr("Base backups: %1 · click to pick a moment").arg(m_window.backups.size()));
}

void RecoveryTimeline::mousePressEvent(QMouseEvent *event)
{
    if (m_empty || event->button() != Qt::LeftButton)
        return;
    QDateTime t = timeAt(int(event->position().x()));
    t = std::clamp(t, m_window.earliest, m_window.latest);
    Q_EMIT momentPicked(t);
}

} // namespace pgs
