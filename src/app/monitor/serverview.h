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

namespace pgs {

class ActivityView;
class AppContext;
class BackupCatalogView;
class CapacityView;
class HealthView;
class DashboardView;
class GroupedTabs;
class Job;
struct JobOutcome;
class LatencyView;
class MigrationsView;
class OverviewWidget;
class PitrView;
class ReplicationView;
class SecurityView;
class SizeGrowthView;

// The tab of one connected profile: a production banner when the profile is marked so, the
// server overview (loaded by a job, refreshed every 10 seconds while visible), the live dashboard,
// activity and locks, size growth, query latency, the capacity review and the backups catalog.
// The dashboard exists from the start (its sampler keeps history while the profile is open); the
// other tabs are built on first use and get the resolved connection when it is known.
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
    enum Tab { OverviewTab, DashboardTab, ActivityTab, SizeGrowthTab, LatencyTab, CapacityTab, BackupsTab, MigrationsTab, SecurityTab, HealthTab, ReplicationTab, PitrTab };
    enum Group { MonitorGroup, BackupGroup, MigrationsGroup, SecurityGroup, HealthGroup, ReplicationGroup };
    // Where each view sits and what it is called: the one table the tabs and the View menu share.
    struct ViewInfo
    {
        Tab tab;
        Group group;
        const char *title;     // QT_TR_NOOP in the ServerView context
        const char *menuTitle; // with its menu accelerator
    };
    static const QList<ViewInfo> &views();
    static QStringList groupTitles(); // translated, in bar order
    // The views of the tabs, built on first use.
    DashboardView *dashboardView() const { return m_dashboard; }
    ActivityView *activityView();
    SizeGrowthView *sizeGrowthView();
    LatencyView *latencyView();
    CapacityView *capacityView();
    HealthView *healthView();
    BackupCatalogView *backupsView();
    PitrView *pitrView();
    ReplicationView *replicationView();
    SecurityView *securityView();
    MigrationsView *migrationsView();
    void showTab(Tab tab);
    void showGroup(Group group);
    Tab currentTab() const;
    void showBackups() { showTab(BackupsTab); }

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
    void overviewFinished(const JobOutcome &outcome);
    void showError(const QString &message, const QString &detail);
    void updateBanner();
    void ensureTab(int index);
    template<class View> View *lazyView(View *&member, Tab tab);
    void passConnection(); // m_spec to every view built so far

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
    GroupedTabs *m_tabs;
    OverviewWidget *m_overview;
    DashboardView *m_dashboard;
    ActivityView *m_activity = nullptr;
    SizeGrowthView *m_sizeGrowth = nullptr;
    LatencyView *m_latency = nullptr;
    CapacityView *m_capacity = nullptr;
    HealthView *m_health = nullptr;
    BackupCatalogView *m_backups = nullptr;
    PitrView *m_pitr = nullptr;
    ReplicationView *m_replication = nullptr;
    SecurityView *m_security = nullptr;
    MigrationsView *m_migrations = nullptr;
};

} // namespace pgs
