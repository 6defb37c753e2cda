// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity/blockingtreemodel.h"

#include <QSet>

#include <algorithm>

namespace pgs {

namespace {
bool sameEdges(const QList<BlockingEdge> &a, const QList<BlockingEdge> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const BlockingEdge &x, const BlockingEdge &y) {
        return x.blockedPid == y.blockedPid && x.blockingPid == y.blockingPid && x.lockType == y.lockType
            && x.wantedMode == y.wantedMode && x.heldMode == y.heldMode && x.relation == y.relation
            && x.blockingState == y.blockingState && x.blockingQuery == y.blockingQuery
            && x.blockedState == y.blockedState && x.blockedQuery == y.blockedQuery;
    });
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QList<QStandardItem *> sessionRow(int pid, const QString &state, const QString &query)
{
    QList<QStandardItem *> row(BlockingTreeModel::ColumnCount);
    for (int c = 0; c < BlockingTreeModel::ColumnCount; ++c)
        row[c] = cell({});
    row[BlockingTreeModel::PidColumn]->setText(QString::number(pid));
    row[BlockingTreeModel::StateColumn]->setText(state);
    row[BlockingTreeModel::QueryColumn]->setText(query.simplified().left(300));
    row[BlockingTreeModel::QueryColumn]->setToolTip(query.left(2000));
    for (QStandardItem *item : row)
        item->setData(pid, BlockingTreeModel::PidRole);
    return row;
}
} // namespace

BlockingTreeModel::BlockingTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("PID"), tr("State"), tr("Lock type"), tr("Wanted mode"), tr("Held mode"),
                               tr("Relation"), tr("Query")});
}

QList<int> BlockingTreeModel::rootPids() const
{
    QList<int> pids;
    for (int row = 0; row < rowCount(); ++row)
        pids.append(item(row, PidColumn)->data(PidRole).toInt());
    return pids;
}

bool BlockingTreeModel::setEdges(const QList<BlockingEdge> &edges)
{
    if (sameEdges(edges, m_edges) && !(edges.isEmpty() && rowCount() > 0))
        return false;
    m_edges = edges;
    m_edgesByBlocker.clear();
    QSet<int> blocked;
    QList<int> blockers; // first-seen order
    QSet<int> blockerSet;
    for (int i = 0; i < m_edges.size(); ++i) {
        m_edgesByBlocker.insert(m_edges[i].blockingPid, i);
        blocked.insert(m_edges[i].blockedPid);
        if (!blockerSet.contains(m_edges[i].blockingPid)) {
            blockerSet.insert(m_edges[i].blockingPid);
            blockers.append(m_edges[i].blockingPid);
        }
    }
    QList<int> roots;
    for (int pid : std::as_const(blockers))
        if (!blocked.contains(pid))
            roots.append(pid);
    // A deadlock (a cycle with no root) lives until the detector breaks it: show it from its
    // lowest pid rather than not at all.
    if (roots.isEmpty() && !blockers.isEmpty())
        roots.append(*std::min_element(blockers.begin(), blockers.end()));
    std::sort(roots.begin(), roots.end(), [this](int a, int b) {
        const auto na = m_edgesByBlocker.count(a), nb = m_edgesByBlocker.count(b);
        return na != nb ? na > nb : a < b; // the root blocking most sessions first
    });

    removeRows(0, rowCount());
    for (int pid : std::as_const(roots)) {
        const QList<int> own = m_edgesByBlocker.values(pid);
        const BlockingEdge &any = m_edges[*std::min_element(own.begin(), own.end())];
        QList<QStandardItem *> row = sessionRow(pid, any.blockingState, any.blockingQuery);
        QFont bold = row[PidColumn]->font();
        bold.setBold(true);
        row[PidColumn]->setFont(bold);
        row[LockTypeColumn]->setText(tr("waiting for it: %1").arg(m_edgesByBlocker.count(pid)));
        appendRow(row);
        QList<int> path{pid};
        addChildren(row.first(), pid, path);
    }
    return true;
}

void BlockingTreeModel::addChildren(QStandardItem *parent, int blockerPid, QList<int> &path)
{
    QList<int> indexes = m_edgesByBlocker.values(blockerPid);
    std::sort(indexes.begin(), indexes.end());
    for (int i : std::as_const(indexes)) {
        const BlockingEdge &e = m_edges[i];
        QList<QStandardItem *> row = sessionRow(e.blockedPid, e.blockedState, e.blockedQuery);
        row[LockTypeColumn]->setText(e.lockType);
        row[WantedColumn]->setText(e.wantedMode);
        row[HeldColumn]->setText(e.heldMode.isEmpty() ? tr("(queued ahead)") : e.heldMode);
        row[RelationColumn]->setText(e.relation);
        parent->appendRow(row);
        if (path.contains(e.blockedPid))
            continue; // a cycle: the detector will break it, we must not recurse forever
        path.append(e.blockedPid);
        addChildren(row.first(), e.blockedPid, path);
        path.removeLast();
    }
}

} // namespace pgs
