// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditdata.h"

#include <QAbstractTableModel>

#include <memory>

namespace pgs {

// The roles of an audit as a flat table (uniform rows; 20,000 roles fill it in milliseconds):
// built on the GUI thread from the plain snapshot a job returned.
class RolesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Login, Superuser, CreateRole, CreateDb, Replication, BypassRls, Password, ValidUntil, ConnectionLimit,
                  Sessions, MemberOf, ColumnCount };
    static constexpr int OidRole = Qt::UserRole + 1;

    explicit RolesModel(QObject *parent = nullptr);
    void setSnapshot(std::shared_ptr<const AuditSnapshot> snapshot);
    const AuditRole *roleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const AuditSnapshot> m_snapshot;
    QList<int> m_rows; // indexes into snapshot->roles, predefined pg_* roles left out
};

} // namespace pgs
