// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/groupedtabs.h"

#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pgs {

GroupedTabs::GroupedTabs(QWidget *parent) : QWidget(parent), m_bar(new QTabWidget(this))
{
    m_bar->setObjectName(QStringLiteral("serverViewGroups"));
    m_bar->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    connect(m_bar, &QTabWidget::currentChanged, this, [this] { emitCurrent(); });
}

int GroupedTabs::addGroup(const QString &title)
{
    auto *inner = new QTabWidget(m_bar);
    inner->setObjectName(QStringLiteral("serverViewGroup%1").arg(m_groups.size()));
    inner->setDocumentMode(true);
    inner->setTabBarAutoHide(true); // a group of one view needs no second bar
    connect(inner, &QTabWidget::currentChanged, this, [this] { emitCurrent(); });
    m_groups.append(inner);
    m_bar->addTab(inner, title);
    return m_groups.size() - 1;
}

void GroupedTabs::addView(int key, int group, QWidget *widget, const QString &title)
{
    Q_ASSERT(group >= 0 && group < m_groups.size() && !m_slots.contains(key));
    m_slots.insert(key, Slot{group, title});
    widget->setProperty("pgsViewKey", key);
    const QSignalBlocker blocker(m_groups[group]);
    m_groups[group]->addTab(widget, title);
}

void GroupedTabs::replaceView(int key, QWidget *widget)
{
    QWidget *old = view(key);
    if (!old || old == widget)
        return;
    QTabWidget *inner = innerOf(groupOf(key));
    const int index = inner->indexOf(old);
    const bool wasCurrent = inner->currentIndex() == index;
    widget->setProperty("pgsViewKey", key);
    {
        const QSignalBlocker blocker(inner); // the swap is not the user's change of view
        inner->removeTab(index);
        inner->insertTab(index, widget, m_slots.value(key).title);
        if (wasCurrent)
            inner->setCurrentIndex(index);
    }
    delete old;
}

QWidget *GroupedTabs::view(int key) const
{
    QTabWidget *inner = innerOf(groupOf(key));
    if (!inner)
        return nullptr;
    for (int i = 0; i < inner->count(); ++i) {
        if (inner->widget(i)->property("pgsViewKey").toInt() == key)
            return inner->widget(i);
    }
    return nullptr;
}

int GroupedTabs::currentKey() const
{
    QTabWidget *inner = innerOf(m_bar->currentIndex());
    if (!inner || !inner->currentWidget())
        return -1;
    return inner->currentWidget()->property("pgsViewKey").toInt();
}

QString GroupedTabs::groupTitle(int group) const { return m_bar->tabText(group); }

QList<int> GroupedTabs::keysOf(int group) const
{
    QList<int> keys;
    if (QTabWidget *inner = innerOf(group)) {
        for (int i = 0; i < inner->count(); ++i)
            keys.append(inner->widget(i)->property("pgsViewKey").toInt());
    }
    return keys;
}

void GroupedTabs::showView(int key)
{
    QTabWidget *inner = innerOf(groupOf(key));
    QWidget *widget = view(key);
    if (!inner || !widget)
        return;
    {
        const QSignalBlocker blocker(m_bar); // one change signal for the pair of moves
        m_bar->setCurrentWidget(inner);
    }
    if (inner->currentWidget() == widget)
        emitCurrent();
    else
        inner->setCurrentWidget(widget);
}

void GroupedTabs::showGroup(int group)
{
    if (group >= 0 && group < m_groups.size())
        m_bar->setCurrentIndex(group);
}

QTabWidget *GroupedTabs::innerOf(int group) const
{
    return group >= 0 && group < m_groups.size() ? m_groups[group] : nullptr;
}

void GroupedTabs::emitCurrent()
{
    const int key = currentKey();
    if (key >= 0)
        Q_EMIT currentViewChanged(key);
}

} // namespace pgs
