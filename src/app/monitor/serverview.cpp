// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/serverview.h"

#include "backup/backupcatalogview.h"
#include "jobs/connectedjob.h"
#include "monitor/overviewtypes.h"
#include "monitor/overviewwidget.h"
#include "shell/appcontext.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
      m_overview(new OverviewWidget(this))
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

    // Overview and Backups side by side; the catalog view is built when its tab is first shown.
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
    m_tabs->addTab(new QWidget(m_tabs), tr("Backups"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            backupsView();
    });

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

BackupCatalogView *ServerView::backupsView()
{
    if (!m_backups) {
        m_backups = new BackupCatalogView(m_app, m_profile, m_tabs);
        QWidget *placeholder = m_tabs->widget(1);
        m_tabs->removeTab(1);
        m_tabs->insertTab(1, m_backups, tr("Backups"));
        delete placeholder;
    }
    return m_backups;
}

void ServerView::showBackups()
{
    m_tabs->setCurrentWidget(backupsView());
}

void ServerView::setProfile(const ConnectionProfile &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    if (m_backups)
        m_backups->setProfile(profile);
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
        startJob(*m_spec);
    });
}

void ServerView::startJob(const ConnectionSpec &spec)
{
    Job *job = m_app->jobs().start(
        tr("Overview of %1").arg(m_profile.name),
        [spec](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [](pg::Connection &conn) -> JobResult {
                auto overview = loadServerOverview(conn);
                if (!overview)
                    return overview.error();
                return QVariant::fromValue(overview.value());
            });
        },
        QStringLiteral("refresh"));
    m_job = job;
    connect(job, &Job::finished, this, [this, job] { jobFinished(job); });
}

void ServerView::jobFinished(Job *job)
{
    if (job != m_job)
        return;
    m_job.clear();
    m_overview->setRefreshing(false);
    const Job::State state = job->state();
    const Error error = job->error();
    const QVariant result = job->result();
    m_app->jobs().discard(job);

    if (state == Job::State::Canceled)
        return;
    if (state != Job::State::Succeeded) {
        showError(error.message, error.detail);
        return;
    }
    m_failed = false;
    m_errorFrame->hide();
    m_overview->setOverview(result.value<ServerOverview>(), QDateTime::currentDateTime());
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
