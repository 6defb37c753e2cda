// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profiletreemodel.h"

#include <QApplication>
#include <QMap>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace pgs {

namespace {
QStandardItem *profileItem(const ConnectionProfile &p)
{
    auto *item = new QStandardItem(p.name);
    item->setEditable(false);
    item->setData(p.id, ProfileTreeModel::ProfileIdRole);
    const QString target = p.service.isEmpty() ? p.displayTarget()
                                               : QCoreApplication::translate("pgs::ProfileTreeModel", "service %1, %2")
                                                     .arg(p.service, p.displayTarget());
    item->setToolTip(p.production ? QCoreApplication::translate("pgs::ProfileTreeModel", "%1 (production)").arg(target)
                                  : target);
    if (p.production) {
        item->setIcon(ProfileTreeModel::productionIcon(p.productionColor));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    } else {
        item->setIcon(QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon));
    }
    return item;
}
} // namespace

QIcon ProfileTreeModel::productionIcon(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(color).darker(140));
    painter.setBrush(QColor(color));
    painter.drawRect(2, 2, 11, 11);
    return QIcon(pixmap);
}

void ProfileTreeModel::setProfiles(const QList<ConnectionProfile> &profiles)
{
    clear();
    QList<ConnectionProfile> sorted = profiles;
    std::sort(sorted.begin(), sorted.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QMap<QString, QStandardItem *> groups; // QMap: groups sorted by name
    QList<QStandardItem *> ungrouped;
    const QIcon folder = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    for (const ConnectionProfile &p : std::as_const(sorted)) {
        if (p.group.isEmpty()) {
            ungrouped.append(profileItem(p));
            continue;
        }
        QStandardItem *&group = groups[p.group];
        if (!group) {
            group = new QStandardItem(folder, p.group);
            group->setEditable(false);
            group->setData(p.group, GroupRole);
        }
        group->appendRow(profileItem(p));
    }
    for (QStandardItem *group : std::as_const(groups))
        appendRow(group);
    for (QStandardItem *item : std::as_const(ungrouped))
        appendRow(item);
}

QModelIndex ProfileTreeModel::indexOfProfile(const QString &id) const
{
    const QModelIndexList found = match(index(0, 0), ProfileIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace pgs
