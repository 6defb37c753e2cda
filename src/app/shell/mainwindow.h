// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace pgs {

class AppContext;
class BackupWizard;
class DemoWorkloadController;
class JobsPanel;
class ProfilesPanel;
class RestoreWizard;
class ServerView;
class TrayNotifier;

// The frame: menus, the profiles dock, the jobs dock and one ServerView tab per connected
// profile. Remembers its geometry, dock layout and open profiles between sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext *app, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or switches to) the tab of a profile, by id or name. nullptr when there is none.
    ServerView *openProfile(const QString &idOrName);
    ServerView *serverView(const QString &profileId) const;
    ServerView *currentServerView() const;
    QList<ServerView *> serverViews() const;

    void restoreSession(); // reopens the profiles of the last session
    BackupWizard *backUp(); // the backup wizard for the current server view (nullptr: none)
    RestoreWizard *restore(); // the restore wizard for the current server view (nullptr: none)
    void showWarning(const QString &message);

    ProfilesPanel *profilesPanel() const { return m_profilesPanel; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupDocks();
    void setupServerTabActions(); // View → Overview, Dashboard … (Ctrl+1 …)
    void saveSession();
    void closeTab(int index);
    void currentTabChanged();
    void profilesChanged();
    void importServices();
    void showAbout();
    void updateCentralPage();

    std::unique_ptr<Ui::MainWindow> ui;
    AppContext *m_app;
    ProfilesPanel *m_profilesPanel = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    DemoWorkloadController *m_demoWorkload = nullptr;
    TrayNotifier *m_trayNotifier = nullptr; // desktop notifications while sampling
    bool m_restoring = false;
    QList<QAction *> m_serverTabActions;
};

} // namespace pgs
