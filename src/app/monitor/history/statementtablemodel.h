// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/historystore.h"

#include <QAbstractTableModel>

#include <optional>

namespace pgs {

// The top statements over a range (from HistoryStore::topStatements): calls, total time, mean,
// rows, share of the total time, and the query text on one line. Sortable by every column; the
// full text and the query id are in the roles below.
class StatementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CallsColumn, TotalColumn, MeanColumn, RowsColumn, ShareColumn, QueryColumn, ColumnCount };
    enum Role { QueryIdRole = Qt::UserRole + 1, FullTextRole, SortRole };

    explicit StatementTableModel(QObject *parent = nullptr);

    void setStatements(const QList<HistoryStore::StatementTotals> &statements);
    const HistoryStore::StatementTotals &statement(int row) const { return m_rows.at(row); }
    // The row of a statement, for keeping the selection across reloads.
    std::optional<int> rowOf(qint64 queryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(const HistoryStore::StatementTotals &s, int column) const;

    QList<HistoryStore::StatementTotals> m_rows;
    int m_sortColumn = TotalColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace pgs
