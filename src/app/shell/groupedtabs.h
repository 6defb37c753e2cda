// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QTabWidget;

namespace pgs {

// Two levels of tabs: a short bar of groups (Monitor · Backup & recovery · Migrations …) and,
// inside each group, its views. A server has a dozen tools; one flat bar of them would not fit
// 1280 px. A group with one view shows no inner bar. Views are addressed by a caller-chosen
// integer key so that the caller's enum stays the public name of a view.
class GroupedTabs : public QWidget
{
    Q_OBJECT
public:
    explicit GroupedTabs(QWidget *parent = nullptr);

    int addGroup(const QString &title); // returns the group's index, in bar order
    void addView(int key, int group, QWidget *widget, const QString &title);
    // Swaps the widget of a view (a lazily built view replacing its placeholder) without
    // reporting it as the user's change of view. The old widget is deleted.
    void replaceView(int key, QWidget *widget);

    QWidget *view(int key) const;
    int currentKey() const; // -1 before any view exists
    int groupOf(int key) const { return m_slots.value(key).group; }
    int groupCount() const { return m_groups.size(); }
    QString groupTitle(int group) const;
    QList<int> keysOf(int group) const;
    QString viewTitle(int key) const { return m_slots.value(key).title; }

    void showView(int key);
    void showGroup(int group); // the view last shown in that group

    QTabWidget *groupBar() const { return m_bar; }

Q_SIGNALS:
    void currentViewChanged(int key);

private:
    struct Slot
    {
        int group = -1;
        QString title;
    };
    QTabWidget *innerOf(int group) const;
    void emitCurrent();

    QTabWidget *m_bar;
    QList<QTabWidget *> m_groups;
    QHash<int, Slot> m_slots;
};

} // namespace pgs
