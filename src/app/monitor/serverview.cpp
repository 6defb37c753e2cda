// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/serverview.h"

#include "backup/backupcatalogview.h"
#include "health/healthview.h"
#include "jobs/connectedjob.h"
#include "monitor/activity/activityview.h"
#include "monitor/capacity/capacityview.h"
#include "monitor/dashboard/dashboardview.h"
#include "monitor/history/latencyview.h"
#include "monitor/history/sizegrowthview.h"
#include "monitor/overviewtypes.h"
#include "monitor/overviewwidget.h"
#include "shell/appcontext.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTabWidget>
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
      m_tabs(new QTabWidget(this)),
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
    auto *overviewPage = new QWidget(m_tabs);
    auto *overviewLayout = new QVBoxLayout(overviewPage);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(m_overview, 1);
    overviewLayout->addStretch(0); // takes the room only while the overview is hidden (stretch 0 vs 1)
    m_overview->setParent(overviewPage);
    m_overview->hide(); // until the first load: an empty overview would only look broken
    m_tabs->setObjectName(QStringLiteral("serverViewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overviewPage, tr("Overview"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(new QWidget(m_tabs), tr("Activity"));
    m_tabs->addTab(new QWidget(m_tabs), tr("Size growth"));
    m_tabs->addTab(new QWidget(m_tabs), tr("Query latency"));
    m_tabs->addTab(new QWidget(m_tabs), tr("Capacity"));
    m_tabs->addTab(new QWidget(m_tabs), tr("Backups"));
    m_tabs->addTab(new QWidget(m_tabs), tr("Health"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ServerView::ensureTab);

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

template<class View> View *ServerView::lazyView(View *&member, Tab tab)
{
    if (!member) {
        member = new View(m_app, m_profile, m_tabs);
        if constexpr (requires(View *v, const ConnectionSpec &spec) { v->setConnection(spec); }) {
            if (m_spec)
                member->setConnection(*m_spec);
        }
        QWidget *placeholder = m_tabs->widget(tab);
        const QString title = m_tabs->tabText(tab);
        const bool current = m_tabs->currentIndex() == tab;
        const QSignalBlocker blocker(m_tabs); // the swap is not a user's tab change
        m_tabs->removeTab(tab);
        m_tabs->insertTab(tab, member, title);
        if (current)
            m_tabs->setCurrentIndex(tab);
        delete placeholder;
    }
    return member;
}

ActivityView *ServerView::activityView() { return lazyView(m_activity, ActivityTab); }
SizeGrowthView *ServerView::sizeGrowthView() { return lazyView(m_sizeGrowth, SizeGrowthTab); }
LatencyView *ServerView::latencyView() { return lazyView(m_latency, LatencyTab); }
CapacityView *ServerView::capacityView() { return lazyView(m_capacity, CapacityTab); }
HealthView *ServerView::healthView() { return lazyView(m_health, HealthTab); }

BackupCatalogView *ServerView::backupsView() { return lazyView(m_backups, BackupsTab); }

void ServerView::ensureTab(int index)
{
    switch (Tab(index)) {
    case ActivityTab: activityView(); break;
    case SizeGrowthTab: sizeGrowthView(); break;
    case LatencyTab: latencyView(); break;
    case CapacityTab: capacityView(); break;
    case BackupsTab: backupsView(); break;
    case HealthTab: healthView(); break;
    case OverviewTab:
    case DashboardTab: break;
    }
}

void ServerView::showTab(Tab tab)
{
    ensureTab(tab);
    m_tabs->setCurrentIndex(tab);
}

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
