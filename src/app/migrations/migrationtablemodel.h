// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"

#include <QAbstractTableModel>

namespace pgs {

// The migrations of a folder with their state against one database, coloured by state.
class MigrationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, NameColumn, StateColumn, AppliedColumn, NoteColumn, ColumnCount };
    static constexpr int StateRole = Qt::UserRole + 1; // migrations::State as int

    using QAbstractTableModel::QAbstractTableModel;

    void setMigrations(const QList<migrations::MigrationStatus> &migrations);
    const QList<migrations::MigrationStatus> &migrations() const { return m_migrations; }
    const migrations::MigrationStatus *at(int row) const;
    int rowOfVersion(const QString &version) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QColor stateColor(migrations::State state);

private:
    QList<migrations::MigrationStatus> m_migrations;
};

} // namespace pgs
