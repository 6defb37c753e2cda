// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"

#include <QColor>
#include <QHash>

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
    // The worst severity of the profile's last health run ("critical", "warning", "info", "ok");
    // absent before any run.
    static constexpr int HealthRole = Qt::UserRole + 3;

    using QStandardItemModel::QStandardItemModel;

    void setProfiles(const QList<ConnectionProfile> &profiles);
    QModelIndex indexOfProfile(const QString &id) const;
    // Reads the profile's last stored health run again (after a run finished) and updates its
    // badge: the severity drawn over the icon and the counts in the tooltip.
    void refreshHealth(const QString &id);

    static QIcon productionIcon(const QString &color);
    static QIcon readOnlyIcon();
    static constexpr QRgb kReadOnlyColor = 0x546e7a; // slate: a read-only profile, icon and text

private:
    void applyHealth(QStandardItem *item);

    QHash<QString, ConnectionProfile> m_profiles; // by id: the base icon and tooltip of a badge
};

} // namespace pgs
