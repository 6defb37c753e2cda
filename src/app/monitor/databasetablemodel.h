// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/serveroverview.h"

#include <QAbstractTableModel>
#include <QList>

namespace pgs {

// The databases of one server for the overview table. Display text is human ("1.2 GB");
// SortRole gives the raw number so sorting by size sorts by bytes.
class DatabaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Owner, Size, Connections, XidAge, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setDatabases(const QList<DatabaseSummary> &databases);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DatabaseSummary> m_databases;
};

} // namespace pgs
