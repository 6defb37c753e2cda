// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/migrationtablemodel.h"

#include <QColor>
#include <QLocale>

namespace pgs {

using migrations::State;

void MigrationTableModel::setMigrations(const QList<migrations::MigrationStatus> &migrations)
{
    beginResetModel();
    m_migrations = migrations;
    endResetModel();
}

const migrations::MigrationStatus *MigrationTableModel::at(int row) const
{
    return row >= 0 && row < m_migrations.size() ? &m_migrations[row] : nullptr;
}

int MigrationTableModel::rowOfVersion(const QString &version) const
{
    for (int i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version == version)
            return i;
    }
    return -1;
}

int MigrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_migrations.size());
}

int MigrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor MigrationTableModel::stateColor(State state)
{
    switch (state) {
    case State::Applied:
        return QColor(0x2e, 0x7d, 0x32); // green
    case State::Pending:
        return QColor(0x15, 0x65, 0xc0); // blue
    case State::Changed:
        return QColor(0xe6, 0x51, 0x00); // orange
    case State::MissingFile:
        return QColor(0x6d, 0x4c, 0x41); // brown
    case State::Failed:
        return QColor(0xc6, 0x28, 0x28); // red
    case State::OutOfOrder:
        return QColor(0x6a, 0x1b, 0x9a); // purple
    }
    return {};
}

QVariant MigrationTableModel::data(const QModelIndex &index, int role) const
{
    const migrations::MigrationStatus *m = at(index.row());
    if (!m)
        return {};
    if (role == StateRole)
        return int(m->state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return stateColor(m->state);
    if (role == Qt::BackgroundRole && (m->state == State::Failed || m->state == State::Changed)) {
        QColor c = stateColor(m->state);
        c.setAlpha(40);
        return c;
    }
    if (role == Qt::ToolTipRole)
        return m->note.isEmpty() ? QVariant() : m->note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return m->version.isEmpty() ? tr("repeatable") : m->version;
    case NameColumn:
        return m->name;
    case StateColumn:
        return migrations::stateLabel(m->state);
    case AppliedColumn:
        return m->applied && m->applied->appliedAt.isValid()
                   ? QLocale().toString(m->applied->appliedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case NoteColumn:
        return m->note;
    default:
        return {};
    }
}

QVariant MigrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case AppliedColumn:
        return tr("Applied");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace pgs
