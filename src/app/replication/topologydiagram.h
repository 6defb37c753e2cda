// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/topology.h"

#include <QRectF>
#include <QWidget>

namespace pgs {

// The servers of one cluster among the saved profiles as boxes (name, role, timeline, lag), with
// an arrow from each upstream to the standbys streaming from it; primaries on the left, each
// cascade level one column further right. A profile whose password is needed is a dashed box;
// clicking a box says which (nodeClicked), so the view can ask for that password.
class TopologyDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyDiagram(QWidget *parent = nullptr);

    void setTopology(const Topology &topology, const QString &currentProfile);
    const Topology &topology() const { return m_topology; }
    QRectF nodeRect(int node) const; // where a node is drawn (tests, tooltips)
    QString nodeText(int node) const; // the lines drawn in it

    int nodeAt(const QPointF &point) const; // -1: none
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeClicked(int node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    void layoutNodes();

    Topology m_topology;
    QString m_current;
    QList<QPointF> m_positions; // top-left of each node
};

} // namespace pgs
