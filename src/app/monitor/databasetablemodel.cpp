// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/databasetablemodel.h"

#include "monitor/humanformat.h"

#include <QLocale>

namespace pgs {

void DatabaseTableModel::setDatabases(const QList<DatabaseSummary> &databases)
{
    beginResetModel();
    m_databases = databases;
    endResetModel();
}

int DatabaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_databases.size());
}

int DatabaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatabaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_databases.size())
        return {};
    const DatabaseSummary &db = m_databases.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return db.name;
        case Owner: return db.owner;
        case Size: return db.sizeBytes.value_or(-1);
        case Connections: return db.connections;
        case XidAge: return db.xidAge;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return db.name;
        case Owner: return db.owner;
        case Size: return db.sizeBytes ? humanBytes(*db.sizeBytes) : tr("n/a");
        case Connections: return QLocale().toString(db.connections);
        case XidAge: return QLocale().toString(db.xidAge);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Size && !db.sizeBytes)
            return tr("Unknown: no CONNECT privilege on this database.");
        if (index.column() == Size)
            return tr("%1 bytes").arg(QLocale().toString(*db.sizeBytes));
        if (index.column() == Name && db.isTemplate)
            return tr("Template database");
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DatabaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Database");
    case Owner: return tr("Owner");
    case Size: return tr("Size");
    case Connections: return tr("Connections");
    case XidAge: return tr("XID age");
    }
    return {};
}

} // namespace pgs
