// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/statementtablemodel.h"

#include "monitor/humanformat.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace pgs {

namespace {

QString milliseconds(double ms)
{
    const QLocale locale;
    if (ms >= 60'000)
        return humanDuration(qint64(ms / 1000));
    if (ms >= 1000)
        return StatementTableModel::tr("%1 s").arg(locale.toString(ms / 1000, 'f', 2));
    return StatementTableModel::tr("%1 ms").arg(locale.toString(ms, 'f', ms < 10 ? 3 : 1));
}

QString oneLine(const QString &query)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString line = query;
    line.replace(whitespace, QStringLiteral(" "));
    return line.trimmed();
}

} // namespace

StatementTableModel::StatementTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StatementTableModel::setStatements(const QList<HistoryStore::StatementTotals> &statements)
{
    beginResetModel();
    m_rows = statements;
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

std::optional<int> StatementTableModel::rowOf(qint64 queryId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].queryId == queryId)
            return i;
    return std::nullopt;
}

int StatementTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int StatementTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StatementTableModel::sortValue(const HistoryStore::StatementTotals &s, int column) const
{
    switch (column) {
    case CallsColumn: return s.calls;
    case TotalColumn: return s.totalMs;
    case MeanColumn: return s.meanMs;
    case RowsColumn: return s.rows;
    case ShareColumn: return s.shareOfTotal;
    case QueryColumn: return s.query;
    }
    return {};
}

QVariant StatementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryStore::StatementTotals &s = m_rows[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CallsColumn: return locale.toString(s.calls);
        case TotalColumn: return milliseconds(s.totalMs);
        case MeanColumn: return milliseconds(s.meanMs);
        case RowsColumn: return locale.toString(s.rows);
        case ShareColumn: return tr("%1 %").arg(locale.toString(s.shareOfTotal * 100, 'f', 1));
        case QueryColumn:
            // A statement that never ranked among the sampled top ones has counters but no text.
            return s.query.isEmpty() ? tr("(text not recorded, query id %1)").arg(s.queryId) : oneLine(s.query).left(300);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == QueryColumn && !s.query.isEmpty())
            return s.query.left(2000);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == QueryColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case QueryIdRole: return s.queryId;
    case FullTextRole: return s.query;
    case SortRole: return sortValue(s, index.column());
    }
    return {};
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CallsColumn: return tr("Calls");
    case TotalColumn: return tr("Total time");
    case MeanColumn: return tr("Mean");
    case RowsColumn: return tr("Rows");
    case ShareColumn: return tr("Share of total");
    case QueryColumn: return tr("Query");
    }
    return {};
}

void StatementTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids.append(m_rows[i.row()].queryId);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const auto &a, const auto &b) {
        const QVariant va = sortValue(a, column), vb = sortValue(b, column);
        const bool less = column == QueryColumn ? va.toString().localeAwareCompare(vb.toString()) < 0
                                                : va.toDouble() < vb.toDouble();
        const bool greater = column == QueryColumn ? vb.toString().localeAwareCompare(va.toString()) < 0
                                                   : vb.toDouble() < va.toDouble();
        return order == Qt::AscendingOrder ? less : greater;
    });
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after.append(index(*rowOf(ids[k]), before[k].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace pgs
