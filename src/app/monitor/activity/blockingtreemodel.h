// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/activity.h"

#include <QStandardItemModel>

namespace pgs {

// The blocking tree: root blockers (blocking others, waiting on nobody) on top, under each the
// sessions waiting for it with the lock type, the mode wanted, the mode the parent holds and the
// relation, recursively. A session waiting for two blockers appears under both. The tree is a
// few hundred rows at most (the edges are capped on the server), so it is rebuilt, but only
// when the edges changed.
class BlockingTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { PidColumn, StateColumn, LockTypeColumn, WantedColumn, HeldColumn, RelationColumn, QueryColumn, ColumnCount };
    static constexpr int PidRole = Qt::UserRole + 1;

    explicit BlockingTreeModel(QObject *parent = nullptr);

    // Returns whether anything changed (the view then expands the new tree).
    bool setEdges(const QList<BlockingEdge> &edges);
    int edgeCount() const { return int(m_edges.size()); }
    // The root blockers' pids, in display order.
    QList<int> rootPids() const;

private:
    void addChildren(QStandardItem *parent, int blockerPid, QList<int> &path);

    QList<BlockingEdge> m_edges;
    QMultiHash<int, int> m_edgesByBlocker; // blocking pid -> index into m_edges
};

} // namespace pgs
