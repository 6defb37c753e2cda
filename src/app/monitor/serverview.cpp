// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/serverview.h"

#include "backup/backupcatalogview.h"
#include "health/healthview.h"
#include "jobs/connectedjob.h"
#include "monitor/activity/activityview.h"
#include "monitor/capacity/capacityview.h"
#include "audit/securityview.h"
#include "migrations/migrationsview.h"
#include "monitor/dashboard/dashboardview.h"
#include "monitor/history/latencyview.h"
#include "monitor/history/sizegrowthview.h"
#include "monitor/overviewtypes.h"
#include "monitor/overviewwidget.h"
#include "pitr/pitrview.h"
#include "replication/replicationview.h"
#include "shell/appcontext.h"
#include "shell/groupedtabs.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace pgs {

ServerView::ServerView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent),
      m_app(app),
      m_profile(profile),
      m_banner(new QLabel(this)),
      m_errorFrame(new QFrame(this)),
      m_errorLabel(new QLabel(m_errorFrame)),
      m_retryButton(new QPushButton(tr("&Retry"), m_errorFrame)),
      m_tabs(new GroupedTabs(this)),
      m_overview(new OverviewWidget(this)),
      m_dashboard(new DashboardView(app, profile, this))
{
    m_banner->setObjectName(QStringLiteral("productionBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(6);

    m_errorFrame->setObjectName(QStringLiteral("errorFrame"));
    m_errorFrame->setFrameShape(QFrame::StyledPanel);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    auto *errorIcon = new QLabel(m_errorFrame);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_retryButton, 0, Qt::AlignTop);
    m_errorFrame->hide();

    // The other views are built when their tab is first shown.
    auto *overviewPage = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overviewPage);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(m_overview, 1);
    overviewLayout->addStretch(0); // takes the room only while the overview is hidden (stretch 0 vs 1)
    m_overview->setParent(overviewPage);
    m_overview->hide(); // until the first load: an empty overview would only look broken
    for (const QString &title : groupTitles())
        m_tabs->addGroup(title);
    for (const ViewInfo &info : views()) {
        QWidget *widget = info.tab == OverviewTab    ? overviewPage
                          : info.tab == DashboardTab ? static_cast<QWidget *>(m_dashboard)
                                                     : new QWidget(m_tabs);
        m_tabs->addView(info.tab, info.group, widget, tr(info.title));
    }
    connect(m_tabs, &GroupedTabs::currentViewChanged, this, &ServerView::ensureTab);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_errorFrame);
    layout->addWidget(m_tabs, 1);

    m_timer.setInterval(kRefreshIntervalMsecs);
    connect(&m_timer, &QTimer::timeout, this, &ServerView::refresh);
    connect(m_overview, &OverviewWidget::refreshRequested, this, &ServerView::refresh);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_spec.reset(); // the password may have been the problem: ask or fetch again
        m_app->forgetSessionPassword(m_profile.id);
        refresh();
    });
    updateBanner();
    refresh();
}

ServerView::~ServerView()
{
    if (m_job)
        m_job->cancel();
}

const QList<ServerView::ViewInfo> &ServerView::views()
{
    static const QList<ViewInfo> list{
        {OverviewTab, MonitorGroup, QT_TR_NOOP("Overview"), QT_TR_NOOP("&Overview")},
        {DashboardTab, MonitorGroup, QT_TR_NOOP("Dashboard"), QT_TR_NOOP("&Dashboard")},
        {ActivityTab, MonitorGroup, QT_TR_NOOP("Activity"), QT_TR_NOOP("&Activity and locks")},
        {SizeGrowthTab, MonitorGroup, QT_TR_NOOP("Size growth"), QT_TR_NOOP("&Size growth")},
        {LatencyTab, MonitorGroup, QT_TR_NOOP("Query latency"), QT_TR_NOOP("Query &latency")},
        {CapacityTab, MonitorGroup, QT_TR_NOOP("Capacity"), QT_TR_NOOP("&Capacity review")},
        {BackupsTab, BackupGroup, QT_TR_NOOP("Backups"), QT_TR_NOOP("&Backups")},
        {PitrTab, BackupGroup, QT_TR_NOOP("Point-in-time recovery"), QT_TR_NOOP("&Point-in-time recovery")},
        {MigrationsTab, MigrationsGroup, QT_TR_NOOP("Migrations"), QT_TR_NOOP("&Migrations")},
        {SecurityTab, SecurityGroup, QT_TR_NOOP("Roles and privileges"), QT_TR_NOOP("Roles and &privileges")},
        {HealthTab, HealthGroup, QT_TR_NOOP("Health and maintenance"), QT_TR_NOOP("&Health and maintenance")},
        {ReplicationTab, ReplicationGroup, QT_TR_NOOP("Replication"), QT_TR_NOOP("&Replication and failover")},
    };
    return list;
}

QStringList ServerView::groupTitles()
{
    return {tr("Monitor"), tr("Backup && recovery"), tr("Migrations"), tr("Security"), tr("Health && maintenance"), tr("Replication")};
}

template<class View> View *ServerView::lazyView(View *&member, Tab tab)
{
    if (!member) {
        member = new View(m_app, m_profile, m_tabs);
        if constexpr (requires(View *v, const ConnectionSpec &spec) { v->setConnection(spec); }) {
            if (m_spec)
                member->setConnection(*m_spec);
        }
        m_tabs->replaceView(tab, member);
    }
    return member;
}

ActivityView *ServerView::activityView() { return lazyView(m_activity, ActivityTab); }
SizeGrowthView *ServerView::sizeGrowthView() { return lazyView(m_sizeGrowth, SizeGrowthTab); }
LatencyView *ServerView::latencyView() { return lazyView(m_latency, LatencyTab); }
CapacityView *ServerView::capacityView() { return lazyView(m_capacity, CapacityTab); }
HealthView *ServerView::healthView() { return lazyView(m_health, HealthTab); }

BackupCatalogView *ServerView::backupsView()
{
    if (m_backups)
        return m_backups;
    lazyView(m_backups, BackupsTab);
    connect(m_backups, &BackupCatalogView::recoverRequested, this, [this](const QString &catalog) {
        showTab(PitrTab);
        pitrView()->recoverFrom(catalog);
    });
    return m_backups;
}
PitrView *ServerView::pitrView() { return lazyView(m_pitr, PitrTab); }
ReplicationView *ServerView::replicationView() { return lazyView(m_replication, ReplicationTab); }
SecurityView *ServerView::securityView() { return lazyView(m_security, SecurityTab); }
MigrationsView *ServerView::migrationsView() { return lazyView(m_migrations, MigrationsTab); }

void ServerView::ensureTab(int index)
{
    switch (Tab(index)) {
    case ActivityTab: activityView(); break;
    case SizeGrowthTab: sizeGrowthView(); break;
    case LatencyTab: latencyView(); break;
    case CapacityTab: capacityView(); break;
    case BackupsTab: backupsView(); break;
    case PitrTab: pitrView(); break;
    case ReplicationTab: replicationView(); break;
    case SecurityTab: securityView(); break;
    case MigrationsTab: migrationsView(); break;
    case HealthTab: healthView(); break;
    case OverviewTab:
    case DashboardTab: break;
    }
}

void ServerView::showTab(Tab tab)
{
    ensureTab(tab);
    m_tabs->showView(tab);
}

void ServerView::showGroup(Group group) { m_tabs->showGroup(group); }

ServerView::Tab ServerView::currentTab() const { return Tab(m_tabs->currentKey()); }

void ServerView::passConnection()
{
    if (!m_spec)
        return;
    m_dashboard->setConnection(*m_spec);
    if (m_activity)
        m_activity->setConnection(*m_spec);
    if (m_sizeGrowth)
        m_sizeGrowth->setConnection(*m_spec);
    if (m_latency)
        m_latency->setConnection(*m_spec);
    if (m_capacity)
        m_capacity->setConnection(*m_spec);
    if (m_replication)
        m_replication->setConnection(*m_spec);
    if (m_security)
        m_security->setConnection(*m_spec);
    if (m_migrations)
        m_migrations->setConnection(*m_spec);
    if (m_health)
        m_health->setConnection(*m_spec);
}

void ServerView::setProfile(const ConnectionProfile &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    if (m_backups)
        m_backups->setProfile(profile);
    m_dashboard->setProfile(profile);
    if (m_activity)
        m_activity->setProfile(profile);
    if (m_sizeGrowth)
        m_sizeGrowth->setProfile(profile);
    if (m_latency)
        m_latency->setProfile(profile);
    if (m_capacity)
        m_capacity->setProfile(profile);
    if (m_replication)
        m_replication->setProfile(profile);
    if (m_security)
        m_security->setProfile(profile);
    if (m_migrations)
        m_migrations->setProfile(profile);
    if (m_health)
        m_health->setProfile(profile);
    m_spec.reset();
    updateBanner();
    refresh();
}

void ServerView::updateBanner()
{
    m_overview->setTarget(m_profile.service.isEmpty() ? m_profile.displayTarget()
                                                      : tr("service %1").arg(m_profile.service));
    m_banner->setVisible(m_profile.production);
    m_banner->setText(tr("PRODUCTION — %1").arg(m_profile.name));
    const QColor color(m_profile.productionColor);
    const QColor text = color.lightnessF() > 0.6 ? Qt::black : Qt::white;
    m_banner->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; font-weight: bold; border-radius: 3px; }")
                                .arg(color.name(), text.name()));
}

void ServerView::refresh()
{
    if (isLoading())
        return;
    m_overview->setRefreshing(true);
    if (m_spec) {
        startJob(*m_spec);
        return;
    }
    m_resolving = true;
    m_app->resolveSpec(m_profile, this, [this](Result<ConnectionSpec> spec) {
        m_resolving = false;
        if (!spec) {
            showError(spec.error().message, spec.error().detail);
            return;
        }
        m_spec = spec.value();
        passConnection();
        startJob(*m_spec);
    });
}

void ServerView::startJob(const ConnectionSpec &spec)
{
    m_job = m_app->jobs().startRead(
        tr("Overview of %1").arg(m_profile.name),
        [spec](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [](pg::Connection &conn) -> JobResult {
                auto overview = loadServerOverview(conn);
                if (!overview)
                    return overview.error();
                return QVariant::fromValue(overview.value());
            });
        },
        this, [this](const JobOutcome &outcome) { overviewFinished(outcome); });
}

void ServerView::overviewFinished(const JobOutcome &outcome)
{
    m_job.clear();
    m_overview->setRefreshing(false);
    if (outcome.canceled())
        return;
    if (!outcome.succeeded()) {
        showError(outcome.error.message, outcome.error.detail);
        return;
    }
    m_failed = false;
    m_errorFrame->hide();
    m_overview->setOverview(outcome.result.value<ServerOverview>(), QDateTime::currentDateTime());
    m_overview->show();
    if (isVisible() && !m_timer.isActive())
        m_timer.start();
    Q_EMIT overviewLoaded();
}

void ServerView::showError(const QString &message, const QString &detail)
{
    m_failed = true;
    m_timer.stop(); // no point hammering a server that is down; Retry restarts
    m_overview->setRefreshing(false);
    m_errorLabel->setText(QStringLiteral("<b>%1</b><br>%2").arg(tr("Could not load the overview.").toHtmlEscaped(),
                                                                   message.toHtmlEscaped()));
    m_errorLabel->setToolTip(detail);
    m_errorFrame->show();
    Q_EMIT loadFailed(message);
}

void ServerView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_failed || m_timer.isActive())
        return;
    m_timer.start();
    // Coming back to a tab after a while: show current figures at once, not in 10 seconds.
    if (!m_overview->isHidden())
        refresh();
}

void ServerView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace pgs
