// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/rolesmodel.h"

#include <QLocale>

namespace pgs {

RolesModel::RolesModel(QObject *parent) : QAbstractTableModel(parent) {}

void RolesModel::setSnapshot(std::shared_ptr<const AuditSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    if (m_snapshot) {
        m_rows.reserve(m_snapshot->roles.size());
        for (int i = 0; i < m_snapshot->roles.size(); ++i)
            if (!m_snapshot->roles[i].predefined)
                m_rows.append(i);
    }
    endResetModel();
}

const AuditRole *RolesModel::roleAt(int row) const
{
    return m_snapshot && row >= 0 && row < m_rows.size() ? &m_snapshot->roles[m_rows[row]] : nullptr;
}

int RolesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RolesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    const AuditRole *r = roleAt(index.row());
    if (!r)
        return {};
    if (role == OidRole)
        return r->oid;
    if (role == Qt::TextAlignmentRole && (index.column() == ConnectionLimit || index.column() == Sessions))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto yes = [](bool b) { return b ? tr("yes") : QString(); };
    switch (index.column()) {
    case Name: return r->name;
    case Login: return yes(r->login);
    case Superuser: return yes(r->superuser);
    case CreateRole: return yes(r->createRole);
    case CreateDb: return yes(r->createDb);
    case Replication: return yes(r->replication);
    case BypassRls: return yes(r->bypassRls);
    case Password: return r->passwordMethod.isEmpty() ? tr("not checked") : r->passwordMethod;
    case ValidUntil: return r->validUntil;
    case ConnectionLimit: return r->connectionLimit < 0 ? QString() : QLocale().toString(r->connectionLimit);
    case Sessions: return r->sessions ? QLocale().toString(r->sessions) : QString();
    case MemberOf: return r->memberOf.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Role");
    case Login: return tr("Login");
    case Superuser: return tr("Superuser");
    case CreateRole: return tr("Create role");
    case CreateDb: return tr("Create DB");
    case Replication: return tr("Replication");
    case BypassRls: return tr("Bypass RLS");
    case Password: return tr("Password");
    case ValidUntil: return tr("Valid until");
    case ConnectionLimit: return tr("Conn. limit");
    case Sessions: return tr("Sessions");
    case MemberOf: return tr("Member of");
    default: return {};
    }
}

} // namespace pgs
