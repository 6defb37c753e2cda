// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profilespanel.h"

#include "connection/profiledialog.h"
#include "connection/profiletreemodel.h"
#include "shell/appcontext.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace pgs {

ProfilesPanel::ProfilesPanel(AppContext *app, QWidget *parent)
    : QWidget(parent), m_app(app), m_model(new ProfileTreeModel(this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("profilesView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setExpandsOnDoubleClick(true);

    m_connect = new QAction(tr("&Connect"), this);
    m_new = new QAction(tr("&New…"), this);
    m_edit = new QAction(tr("&Edit…"), this);
    m_duplicate = new QAction(tr("D&uplicate"), this);
    m_delete = new QAction(tr("&Delete…"), this);
    m_connect->setObjectName(QStringLiteral("connectAction"));
    m_new->setObjectName(QStringLiteral("newProfileAction"));
    m_edit->setObjectName(QStringLiteral("editProfileAction"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProfileAction"));
    m_delete->setObjectName(QStringLiteral("deleteProfileAction"));
    // The dock is narrow: short labels on the toolbar, the full ones in the context menu.
    m_new->setIconText(tr("New"));
    m_edit->setIconText(tr("Edit"));
    m_duplicate->setIconText(tr("Copy"));
    m_delete->setIconText(tr("Delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_delete);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_connect, m_new, m_edit, m_duplicate, m_delete})
        toolbar->addAction(action);
    // Never hide an action behind the overflow button: longer translations widen the dock instead.
    setMinimumWidth(toolbar->sizeHint().width());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);

    connect(m_connect, &QAction::triggered, this, [this] {
        if (const QString id = selectedProfileId(); !id.isEmpty())
            Q_EMIT connectRequested(id);
    });
    connect(m_new, &QAction::triggered, this, &ProfilesPanel::newProfile);
    connect(m_edit, &QAction::triggered, this, &ProfilesPanel::editSelected);
    connect(m_duplicate, &QAction::triggered, this, &ProfilesPanel::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &ProfilesPanel::deleteSelected);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QString id = index.data(ProfileTreeModel::ProfileIdRole).toString(); !id.isEmpty())
            Q_EMIT connectRequested(id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProfilesPanel::showContextMenu);
    connect(m_app, &AppContext::profilesChanged, this, &ProfilesPanel::reload);
    connect(m_app, &AppContext::healthRunStored, m_model, &ProfileTreeModel::refreshHealth);
    reload();
}

void ProfilesPanel::reload()
{
    const QString selected = selectedProfileId();
    m_model->setProfiles(m_app->profiles().profiles());
    m_view->expandAll();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProfilesPanel::updateActions,
            Qt::UniqueConnection);
    if (!selected.isEmpty())
        selectProfile(selected);
    updateActions();
}

QString ProfilesPanel::selectedProfileId() const
{
    return m_view->currentIndex().data(ProfileTreeModel::ProfileIdRole).toString();
}

void ProfilesPanel::selectProfile(const QString &id)
{
    const QModelIndex index = m_model->indexOfProfile(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ProfilesPanel::updateActions()
{
    const bool hasProfile = !selectedProfileId().isEmpty();
    for (QAction *action : {m_connect, m_edit, m_duplicate, m_delete})
        action->setEnabled(hasProfile);
}

void ProfilesPanel::showContextMenu(const QPoint &pos)
{
    m_view->setCurrentIndex(m_view->indexAt(pos));
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_connect);
    menu->addSeparator();
    menu->addAction(m_new);
    menu->addAction(m_edit);
    menu->addAction(m_duplicate);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void ProfilesPanel::newProfile()
{
    ConnectionProfile profile;
    if (const QModelIndex current = m_view->currentIndex(); current.isValid()) {
        // New while a group is selected: the new profile goes into that group.
        const QModelIndex groupIndex = current.data(ProfileTreeModel::GroupRole).isValid() ? current : current.parent();
        profile.group = groupIndex.data(ProfileTreeModel::GroupRole).toString();
    }
    auto *dialog = new ProfileDialog(m_app, profile, ProfileDialog::Mode::New, this);
    connect(dialog, &ProfileDialog::profileSaved, this, &ProfilesPanel::selectProfile);
    dialog->open();
}

void ProfilesPanel::editSelected()
{
    const ConnectionProfile *profile = m_app->profiles().find(selectedProfileId());
    if (!profile)
        return;
    auto *dialog = new ProfileDialog(m_app, *profile, ProfileDialog::Mode::Edit, this);
    dialog->open();
}

void ProfilesPanel::duplicateSelected()
{
    const ConnectionProfile *profile = m_app->profiles().find(selectedProfileId());
    if (!profile)
        return;
    auto *dialog = new ProfileDialog(m_app, m_app->profiles().duplicateOf(*profile), ProfileDialog::Mode::New, this);
    connect(dialog, &ProfileDialog::profileSaved, this, &ProfilesPanel::selectProfile);
    dialog->open();
}

void ProfilesPanel::deleteSelected()
{
    const ConnectionProfile *found = m_app->profiles().find(selectedProfileId());
    if (!found)
        return;
    const QString id = found->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile \"%1\" (%2)?").arg(found->name, found->displayTarget()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Only the saved connection settings are removed; the server is not touched."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (Status removed = m_app->removeProfile(id); !removed)
            Q_EMIT m_app->warning(removed.error().message);
    });
    box->open();
}

} // namespace pgs
