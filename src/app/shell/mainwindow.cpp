// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"
#include "ui_mainwindow.h"

#include "backup/backupcatalogview.h"
#include "backup/backupwizard.h"
#include "connection/pgservice.h"
#include "connection/profilespanel.h"
#include "connection/profiletreemodel.h"
#include "connection/serviceimportdialog.h"
#include "health/traynotifier.h"
#include "jobs/jobspanel.h"
#include "monitor/serverview.h"
#include "restore/restorewizard.h"
#include "shell/appcontext.h"
#include "shell/demoworkloadcontroller.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>

namespace pgs {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kOpenProfilesKey = QStringLiteral("session/openProfiles");
const QString kCurrentProfileKey = QStringLiteral("session/currentProfile");
} // namespace

MainWindow::MainWindow(AppContext *app, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_app(app)
{
    ui->setupUi(this);
    ui->welcomeLabel->setText(tr("Double-click a profile on the left to connect,\n"
                                 "or create one with File → New profile…"));
    ui->welcomeLabel->setEnabled(false);
    ui->warningBanner->hide();
    setupDocks();
    setupServerTabActions();
    m_demoWorkload = new DemoWorkloadController(app, ui->actionDemoWorkload, this);
    m_trayNotifier = new TrayNotifier(app, this);

    connect(ui->actionNewProfile, &QAction::triggered, m_profilesPanel, &ProfilesPanel::newProfile);
    connect(ui->actionImportServices, &QAction::triggered, this, &MainWindow::importServices);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionBackUp, &QAction::triggered, this, &MainWindow::backUp);
    connect(ui->actionRestore, &QAction::triggered, this, &MainWindow::restore);
    connect(ui->actionBackups, &QAction::triggered, this, [this] {
        if (ServerView *view = currentServerView())
            view->showBackups();
    });
    connect(ui->warningCloseButton, &QToolButton::clicked, ui->warningBanner, &QWidget::hide);
    connect(ui->serverTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(ui->serverTabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_profilesPanel, &ProfilesPanel::connectRequested, this, [this](const QString &id) { openProfile(id); });
    connect(m_app, &AppContext::profilesChanged, this, &MainWindow::profilesChanged);
    connect(m_app, &AppContext::warning, this, &MainWindow::showWarning);

    if (!m_app->loadStatus())
        showWarning(m_app->loadStatus().error().message);
    if (const QString warning = m_app->profiles().loadWarning(); !warning.isEmpty())
        showWarning(warning);

    ui->actionBackUp->setEnabled(false);
    ui->actionRestore->setEnabled(false);
    ui->actionBackups->setEnabled(false);
    restoreGeometry(m_app->settings().value(kGeometryKey).toByteArray());
    restoreState(m_app->settings().value(kStateKey).toByteArray());
    updateCentralPage();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupDocks()
{
    m_profilesPanel = new ProfilesPanel(m_app, this);
    auto *profilesDock = new QDockWidget(tr("Profiles"), this);
    profilesDock->setObjectName(QStringLiteral("profilesDock")); // the key for saveState()
    profilesDock->setWidget(m_profilesPanel);
    addDockWidget(Qt::LeftDockWidgetArea, profilesDock);

    m_jobsPanel = new JobsPanel(&m_app->jobs(), this);
    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    resizeDocks({profilesDock}, {290}, Qt::Horizontal);
    resizeDocks({jobsDock}, {180}, Qt::Vertical);

    ui->viewMenu->addAction(profilesDock->toggleViewAction());
    ui->viewMenu->addAction(jobsDock->toggleViewAction());
}

void MainWindow::setupServerTabActions()
{
    // Ctrl+1… jump to the groups of the current server's bar; every view is one menu away.
    ui->viewMenu->addSeparator();
    const QStringList groups = ServerView::groupTitles();
    for (int group = 0; group < groups.size(); ++group) {
        QMenu *menu = ui->viewMenu->addMenu(groups[group]);
        QAction *groupAction = menu->menuAction();
        groupAction->setEnabled(false);
        m_serverTabActions.append(groupAction);
        auto *jump = new QAction(tr("Show %1").arg(groups[group]), this);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + group)));
        jump->setEnabled(false);
        connect(jump, &QAction::triggered, this, [this, group] {
            if (ServerView *view = currentServerView())
                view->showGroup(ServerView::Group(group));
        });
        menu->addAction(jump);
        menu->addSeparator();
        m_serverTabActions.append(jump);
        for (const ServerView::ViewInfo &info : ServerView::views()) {
            if (info.group != group)
                continue;
            QAction *action = menu->addAction(ServerView::tr(info.menuTitle));
            const ServerView::Tab tab = info.tab;
            connect(action, &QAction::triggered, this, [this, tab] {
                if (ServerView *view = currentServerView())
                    view->showTab(tab);
            });
        }
    }
}

ServerView *MainWindow::openProfile(const QString &idOrName)
{
    const ConnectionProfile *profile = m_app->profiles().find(idOrName);
    if (!profile)
        return nullptr;
    if (ServerView *existing = serverView(profile->id)) {
        ui->serverTabs->setCurrentWidget(existing);
        return existing;
    }
    auto *view = new ServerView(m_app, *profile, ui->serverTabs);
    const int index = ui->serverTabs->addTab(view, profile->name);
    ui->serverTabs->setTabToolTip(index, profile->displayTarget());
    if (profile->production)
        ui->serverTabs->setTabIcon(index, ProfileTreeModel::productionIcon(profile->productionColor));
    ui->serverTabs->setCurrentIndex(index);
    updateCentralPage();
    saveSession();
    return view;
}

ServerView *MainWindow::serverView(const QString &profileId) const
{
    for (ServerView *view : serverViews()) {
        if (view->profileId() == profileId)
            return view;
    }
    return nullptr;
}

ServerView *MainWindow::currentServerView() const
{
    return qobject_cast<ServerView *>(ui->serverTabs->currentWidget());
}

QList<ServerView *> MainWindow::serverViews() const
{
    QList<ServerView *> views;
    for (int i = 0; i < ui->serverTabs->count(); ++i) {
        if (auto *view = qobject_cast<ServerView *>(ui->serverTabs->widget(i)))
            views.append(view);
    }
    return views;
}

void MainWindow::restoreSession()
{
    m_restoring = true;
    const QStringList ids = m_app->settings().value(kOpenProfilesKey).toStringList();
    for (const QString &id : ids)
        openProfile(id); // profiles deleted since then are simply skipped
    if (ServerView *current = serverView(m_app->settings().value(kCurrentProfileKey).toString()))
        ui->serverTabs->setCurrentWidget(current);
    m_restoring = false;
    saveSession();
}

void MainWindow::saveSession()
{
    if (m_restoring)
        return;
    QStringList ids;
    for (ServerView *view : serverViews())
        ids << view->profileId();
    m_app->settings().setValue(kOpenProfilesKey, ids);
    m_app->settings().setValue(kCurrentProfileKey, currentServerView() ? currentServerView()->profileId() : QString());
}

void MainWindow::closeTab(int index)
{
    QWidget *view = ui->serverTabs->widget(index);
    ui->serverTabs->removeTab(index);
    delete view; // cancels its running job
    updateCentralPage();
    saveSession();
}

void MainWindow::currentTabChanged()
{
    ServerView *view = currentServerView();
    m_demoWorkload->setCurrentProfile(view ? std::optional(view->profile()) : std::nullopt);
    if (view)
        m_profilesPanel->selectProfile(view->profileId());
    setWindowTitle(view ? tr("%1 — pgsteward").arg(view->profile().name) : tr("pgsteward"));
    ui->actionBackUp->setEnabled(view);
    ui->actionRestore->setEnabled(view);
    ui->actionBackups->setEnabled(view);
    for (QAction *action : std::as_const(m_serverTabActions))
        action->setEnabled(view);
    saveSession();
}

void MainWindow::profilesChanged()
{
    for (ServerView *view : serverViews()) {
        const ConnectionProfile *profile = m_app->profiles().find(view->profileId());
        if (!profile) {
            closeTab(ui->serverTabs->indexOf(view));
            continue;
        }
        view->setProfile(*profile);
        const int index = ui->serverTabs->indexOf(view);
        ui->serverTabs->setTabText(index, profile->name);
        ui->serverTabs->setTabToolTip(index, profile->displayTarget());
        ui->serverTabs->setTabIcon(index, profile->production ? ProfileTreeModel::productionIcon(profile->productionColor)
                                                              : QIcon());
    }
    currentTabChanged();
}

void MainWindow::updateCentralPage()
{
    ui->centralStack->setCurrentWidget(ui->serverTabs->count() > 0 ? static_cast<QWidget *>(ui->serverTabs)
                                                                     : ui->welcomeLabel);
}

void MainWindow::showWarning(const QString &message)
{
    ui->warningLabel->setText(message);
    ui->warningBanner->show();
}

void MainWindow::importServices()
{
    auto *dialog = new ServiceImportDialog(m_app, PgServiceFile::discover(), this);
    dialog->open();
}

BackupWizard *MainWindow::backUp()
{
    ServerView *view = currentServerView();
    if (!view)
        return nullptr;
    auto *wizard = new BackupWizard(m_app, view->profile(), {}, this);
    connect(wizard, &BackupWizard::backupStarted, this, [this, view](Job *job) {
        m_jobsPanel->selectJob(job);
        if (serverViews().contains(view))
            view->showBackups();
    });
    wizard->open();
    return wizard;
}

RestoreWizard *MainWindow::restore()
{
    ServerView *view = currentServerView();
    if (!view)
        return nullptr;
    auto *wizard = new RestoreWizard(m_app, view->profile(), {}, this);
    connect(wizard, &RestoreWizard::restoreStarted, this, [this](Job *job) { m_jobsPanel->selectJob(job); });
    wizard->open();
    return wizard;
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About pgsteward"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setText(tr("<b>pgsteward %1</b><br>A desktop workstation for PostgreSQL operations.")
                     .arg(QStringLiteral(PGSTEWARD_VERSION)));
    box->setInformativeText(tr("Licensed under the GNU GPL v3 or later."));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_app->settings().setValue(kGeometryKey, saveGeometry());
    m_app->settings().setValue(kStateKey, saveState());
    saveSession();
    m_app->settings().sync();
    QMainWindow::closeEvent(event);
}

} // namespace pgs
