// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profiletreemodel.h"

#include "health/healthsummary.h"

#include <QApplication>
#include <QMap>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace pgs {

namespace {
QString profileToolTip(const ConnectionProfile &p)
{
    const QString target = p.service.isEmpty() ? p.displayTarget()
                                               : QCoreApplication::translate("pgs::ProfileTreeModel", "service %1, %2")
                                                     .arg(p.service, p.displayTarget());
    QString tip = p.production ? QCoreApplication::translate("pgs::ProfileTreeModel", "%1 (production)").arg(target) : target;
    if (p.readOnly)
        tip += QLatin1Char('\n') + QCoreApplication::translate("pgs::ProfileTreeModel", "Read-only: every session is read-only and write actions are refused");
    return tip;
}

QIcon baseIcon(const ConnectionProfile &p)
{
    if (p.readOnly)
        return ProfileTreeModel::readOnlyIcon();
    return p.production ? ProfileTreeModel::productionIcon(p.productionColor)
                        : QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon);
}

// The base icon with a round severity mark in its lower right corner.
QIcon badgedIcon(const QIcon &base, Severity severity)
{
    QPixmap pixmap = base.pixmap(16, 16);
    if (pixmap.isNull()) {
        pixmap = QPixmap(16, 16);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = severity == Severity::Critical ? QColor(0xc6, 0x28, 0x28)
                         : severity == Severity::Warning ? QColor(0xef, 0x8f, 0x00)
                                                         : QColor(0x15, 0x65, 0xc0);
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(8.5, 8.5, 7, 7));
    return QIcon(pixmap);
}

QStandardItem *profileItem(const ConnectionProfile &p)
{
    auto *item = new QStandardItem(p.name);
    item->setEditable(false);
    item->setData(p.id, ProfileTreeModel::ProfileIdRole);
    item->setToolTip(profileToolTip(p));
    item->setIcon(baseIcon(p));
    if (p.production) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    if (p.readOnly) {
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setForeground(QColor(ProfileTreeModel::kReadOnlyColor));
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

// A padlock in the read-only slate colour.
QIcon ProfileTreeModel::readOnlyIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color(kReadOnlyColor);
    painter.setPen(QPen(color, 1.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16);
    painter.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5));
    painter.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5));
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 7), 1.5, 1.5);
    return QIcon(pixmap);
}

void ProfileTreeModel::setProfiles(const QList<ConnectionProfile> &profiles)
{
    clear();
    m_profiles.clear();
    for (const ConnectionProfile &p : profiles)
        m_profiles.insert(p.id, p);
    QList<ConnectionProfile> sorted = profiles;
    std::sort(sorted.begin(), sorted.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QMap<QString, QStandardItem *> groups; // QMap: groups sorted by name
    QList<QStandardItem *> ungrouped;
    const QIcon folder = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    for (const ConnectionProfile &p : std::as_const(sorted)) {
        QStandardItem *item = profileItem(p);
        applyHealth(item);
        if (p.group.isEmpty()) {
            ungrouped.append(item);
            continue;
        }
        QStandardItem *&group = groups[p.group];
        if (!group) {
            group = new QStandardItem(folder, p.group);
            group->setEditable(false);
            group->setData(p.group, GroupRole);
        }
        group->appendRow(item);
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

void ProfileTreeModel::refreshHealth(const QString &id)
{
    if (const QModelIndex index = indexOfProfile(id); index.isValid())
        applyHealth(itemFromIndex(index));
}

void ProfileTreeModel::applyHealth(QStandardItem *item)
{
    const auto profile = m_profiles.constFind(item->data(ProfileIdRole).toString());
    if (profile == m_profiles.cend())
        return;
    const auto summary = health::lastRunSummary(profile->id);
    if (!summary) {
        item->setData(QVariant(), HealthRole);
        item->setIcon(baseIcon(*profile));
        item->setToolTip(profileToolTip(*profile));
        return;
    }
    item->setData(summary->worst ? severityName(*summary->worst) : QStringLiteral("ok"), HealthRole);
    item->setIcon(summary->worst ? badgedIcon(baseIcon(*profile), *summary->worst) : baseIcon(*profile));
    item->setToolTip(profileToolTip(*profile) + QLatin1Char('\n') + summary->text());
}

} // namespace pgs
