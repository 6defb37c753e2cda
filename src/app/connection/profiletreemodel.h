// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"

#include <QStandardItemModel>

namespace pgs {

// Profiles grouped by their group: one folder item per group, ungrouped profiles at the top
// level. Production profiles carry their colour as a square icon and a bold name.
class ProfileTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    static constexpr int ProfileIdRole = Qt::UserRole + 1; // empty for group items
    static constexpr int GroupRole = Qt::UserRole + 2;     // the group name on group items

    using QStandardItemModel::QStandardItemModel;

    void setProfiles(const QList<ConnectionProfile> &profiles);
    QModelIndex indexOfProfile(const QString &id) const;

    static QIcon productionIcon(const QString &color);
};

} // namespace pgs
