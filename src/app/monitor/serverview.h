// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QFrame;
class QTabWidget;

namespace pgs {

class AppContext;
class BackupCatalogView;
class Job;
class OverviewWidget;

// The tab of one connected profile: a production banner when the profile is marked so, the
// server overview, loaded by a job and refreshed every 10 seconds while the tab is visible, and
// the backups of the profile's catalog in a second tab.
class ServerView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMsecs = 10'000;

    ServerView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ServerView() override;

    QString profileId() const { return m_profile.id; }
    const ConnectionProfile &profile() const { return m_profile; }
    void setProfile(const ConnectionProfile &profile); // after an edit: new target, new banner

    OverviewWidget *overview() const { return m_overview; }
    bool isLoading() const { return m_job || m_resolving; }
    // The "Backups" tab: the catalog of this profile, built on first use.
    BackupCatalogView *backupsView();
    void showBackups();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void overviewLoaded();
    void loadFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void startJob(const ConnectionSpec &spec);
    void jobFinished(Job *job);
    void showError(const QString &message, const QString &detail);
    void updateBanner();

    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec; // resolved once (password included), reused by refreshes
    QPointer<Job> m_job;
    bool m_resolving = false;
    bool m_failed = false;
    QTimer m_timer;
    QLabel *m_banner;
    QFrame *m_errorFrame;
    QLabel *m_errorLabel;
    QPushButton *m_retryButton;
    QTabWidget *m_tabs;
    OverviewWidget *m_overview;
    BackupCatalogView *m_backups = nullptr;
};

} // namespace pgs
