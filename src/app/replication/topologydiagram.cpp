// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/topologydiagram.h"

#include "monitor/humanformat.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace pgs {

namespace {
constexpr qreal kNodeWidth = 230, kNodeHeight = 58, kColumnGap = 150, kRowGap = 14, kMargin = 8;
}

TopologyDiagram::TopologyDiagram(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyDiagram"));
}

void TopologyDiagram::setTopology(const Topology &topology, const QString &currentProfile)
{
    m_topology = topology;
    m_current = currentProfile;
    layoutNodes();
    updateGeometry();
    update();
}

void TopologyDiagram::layoutNodes()
{
    const qsizetype n = m_topology.nodes.size();
    QList<int> depth(n, 0);
    // Depth = hops from an upstream without upstream; at most n rounds (a cycle cannot loop).
    for (qsizetype round = 0; round < n; ++round)
        for (const TopologyEdge &e : m_topology.edges)
            depth[e.downstream] = std::max(depth[e.downstream], std::min(int(n), depth[e.upstream] + 1));
    QList<int> rowsInColumn(n + 1, 0);
    m_positions.clear();
    for (qsizetype i = 0; i < n; ++i) {
        const int column = depth[i];
        const int row = rowsInColumn[column]++;
        m_positions << QPointF(kMargin + column * (kNodeWidth + kColumnGap), kMargin + row * (kNodeHeight + kRowGap));
    }
}

QRectF TopologyDiagram::nodeRect(int node) const
{
    if (node < 0 || node >= m_positions.size())
        return {};
    return QRectF(m_positions[node], QSizeF(kNodeWidth, kNodeHeight));
}

QString TopologyDiagram::nodeText(int node) const
{
    const TopologyNode &n = m_topology.nodes.value(node);
    if (!n.connected)
        return QStringList{n.name, tr("not connected: password needed"), tr("click to connect")}.join(QLatin1Char('\n'));
    QString role = n.standby ? tr("standby, timeline %1").arg(n.timeline) : tr("primary, timeline %1").arg(n.timeline);
    if (n.replayPaused)
        role += tr(", replay paused");
    QString lag;
    if (n.standby) {
        lag = n.lagBytes ? tr("behind %1").arg(humanBytes(qint64(*n.lagBytes))) : tr("lag unknown");
        if (n.lagSeconds)
            lag += tr(", %1 s").arg(QLocale().toString(*n.lagSeconds, 'f', 1));
        if (!n.unmatchedUpstream.isEmpty())
            lag += tr(", from %1").arg(n.unmatchedUpstream);
    }
    return QStringList{n.name, role, lag}.join(QLatin1Char('\n')).trimmed();
}

int TopologyDiagram::nodeAt(const QPointF &point) const
{
    for (int i = 0; i < m_positions.size(); ++i)
        if (nodeRect(i).contains(point))
            return i;
    return -1;
}

void TopologyDiagram::mouseReleaseEvent(QMouseEvent *event)
{
    const int node = nodeAt(event->position());
    if (event->button() == Qt::LeftButton && node >= 0)
        Q_EMIT nodeClicked(node);
    QWidget::mouseReleaseEvent(event);
}

bool TopologyDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAt(help->pos());
        if (node >= 0 && !m_topology.nodes[node].connected)
            QToolTip::showText(help->globalPos(), tr("%1 keeps its password in the keychain or asks for it, and none is known yet: "
                                                     "click to enter it and read this server too.")
                                                      .arg(m_topology.nodes[node].name),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QSize TopologyDiagram::sizeHint() const
{
    QRectF all;
    for (int i = 0; i < m_positions.size(); ++i)
        all = all.united(nodeRect(i));
    return QSize(int(all.right() + kMargin), int(std::max<qreal>(all.bottom() + kMargin, kNodeHeight + 2 * kMargin)));
}

QSize TopologyDiagram::minimumSizeHint() const { return QSize(int(kNodeWidth + 2 * kMargin), int(kNodeHeight + 2 * kMargin)); }

void TopologyDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    for (const TopologyEdge &e : m_topology.edges) {
        const QRectF from = nodeRect(e.upstream), to = nodeRect(e.downstream);
        const QPointF a(from.right(), from.center().y()), b(to.left(), to.center().y());
        const bool known = m_topology.nodes.value(e.upstream).connected;
        p.setPen(QPen(e.state == QLatin1String("streaming") ? pal.color(QPalette::Highlight) : QColor(200, 120, 0), 2,
                      known ? Qt::SolidLine : Qt::DashLine));
        QPainterPath path(a);
        path.cubicTo(QPointF((a.x() + b.x()) / 2, a.y()), QPointF((a.x() + b.x()) / 2, b.y()), b);
        p.drawPath(path);
        const QPointF tip = b;
        p.drawLine(tip, tip + QPointF(-8, -5));
        p.drawLine(tip, tip + QPointF(-8, 5));
        p.setPen(pal.color(QPalette::WindowText));
        const QString label = e.lagBytes ? QStringLiteral("%1 · %2").arg(e.state, humanBytes(qint64(*e.lagBytes))) : e.state;
        const QRectF labelRect(QPointF((a.x() + b.x()) / 2 - kColumnGap / 2, (a.y() + b.y()) / 2 - 18), QSizeF(kColumnGap, 16));
        p.drawText(labelRect, Qt::AlignCenter, p.fontMetrics().elidedText(label, Qt::ElideRight, int(kColumnGap)));
    }
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const QRectF r = nodeRect(i);
        const TopologyNode &n = m_topology.nodes[i];
        p.setPen(QPen(n.name == m_current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), n.name == m_current ? 2.5 : 1,
                      n.connected ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(!n.connected ? pal.color(QPalette::Window) : n.standby ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(r, 6, 6);
        p.setPen(pal.color(QPalette::WindowText));
        const QStringList lines = nodeText(i).split(QLatin1Char('\n'));
        const QRectF inner = r.adjusted(8, 4, -8, -4);
        const qreal lineHeight = inner.height() / 3;
        for (int l = 0; l < lines.size(); ++l) {
            QFont f = font();
            f.setBold(l == 0);
            f.setItalic(!n.connected && l > 0);
            p.setFont(f);
            const QRectF line(inner.left(), inner.top() + l * lineHeight, inner.width(), lineHeight);
            p.drawText(line, Qt::AlignVCenter | Qt::AlignLeft, QFontMetrics(f).elidedText(lines[l], Qt::ElideRight, int(inner.width())));
        }
    }
}

} // namespace pgs
