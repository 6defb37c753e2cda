// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QTreeView;

namespace pgs {

class AppContext;
class ProfileTreeModel;

// The left dock: saved profiles by group. Double-click (or Connect) asks the main window to open
// the profile; New/Edit/Duplicate/Delete work on the store through the AppContext.
class ProfilesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesPanel(AppContext *app, QWidget *parent = nullptr);

    QString selectedProfileId() const;
    void selectProfile(const QString &id);
    QTreeView *view() const { return m_view; }
    ProfileTreeModel *model() const { return m_model; }

public Q_SLOTS:
    void newProfile();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();

Q_SIGNALS:
    void connectRequested(const QString &profileId);

private:
    void reload();
    void updateActions();
    void showContextMenu(const QPoint &pos);

    AppContext *m_app;
    ProfileTreeModel *m_model;
    QTreeView *m_view;
    QAction *m_connect;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
};

} // namespace pgs
