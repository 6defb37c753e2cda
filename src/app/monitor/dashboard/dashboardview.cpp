// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/dashboard/dashboardview.h"

#include "charts/timechartview.h"
#include "jobs/job.h"
#include "monitor/dashboard/dashboardhistory.h"
#include "monitor/dashboard/statementsbanner.h"
#include "monitor/historystore.h"
#include "monitor/livesampler.h"
#include "monitor/statementsextension.h"
#include "shell/appcontext.h"
#include "shell/typedconfirmdialog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace pgs {

namespace {

const QString kIntervalKey = QStringLiteral("dashboard/liveIntervalSeconds");
const QString kWindowKey = QStringLiteral("dashboard/windowMinutes");
const QString kHistoryIntervalKey = QStringLiteral("monitor/historyIntervalSeconds");

QString clockTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

DashboardView::DashboardView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_app(app)
    , m_profile(profile)
    , m_grid(new QGridLayout)
    , m_interval(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_banner(new StatementsBanner(this))
{
    m_interval->setObjectName(QStringLiteral("intervalChooser"));
    for (int seconds : {2, 5, 10})
        m_interval->addItem(tr("Every %n s", nullptr, seconds), seconds);
    const int savedInterval = m_app->settings().value(kIntervalKey, 5).toInt();
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(savedInterval)));
    m_window->setObjectName(QStringLiteral("windowChooser"));
    m_window->addItem(tr("Last 15 minutes"), 15);
    m_window->addItem(tr("Last hour"), 60);
    m_window->setCurrentIndex(std::max(0, m_window->findData(m_app->settings().value(kWindowKey, 15).toInt())));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Connecting…"));
    m_status->setWordWrap(true); // a long status wraps instead of widening the window

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Sample:"), this));
    bar->addWidget(m_interval);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_window);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    // The charts scroll rather than impose their minimum size (eight of them) on the window: on a
    // 1280 x 800 screen the window would otherwise grow past it.
    auto *chartsHost = new QWidget(this);
    chartsHost->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsHost);
    layout->addWidget(scroll, 1);
    m_grid->setSpacing(6);
    buildCharts();

    connect(m_interval, &QComboBox::currentIndexChanged, this, &DashboardView::intervalChosen);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_app->settings().setValue(kWindowKey, m_window->currentData().toInt());
        updateTimeRange();
    });
    connect(m_banner, &StatementsBanner::createRequested, this, &DashboardView::createExtensionRequested);
}

DashboardView::~DashboardView() = default; // the sampler cancels its query and joins

void DashboardView::buildCharts()
{
    const auto add = [this](DashboardChart which, const QString &title, ValueUnit unit, const QStringList &series) {
        auto *view = new TimeChartView(title, unit, this);
        view->setObjectName(QStringLiteral("dashboardChart%1").arg(int(which)));
        view->setMinimumSize(280, 200);
        QSizePolicy policy = view->sizePolicy();
        policy.setRetainSizeWhenHidden(true); // see showEvent
        view->setSizePolicy(policy);
        view->setEmptyText(tr("Waiting for samples…"));
        for (const QString &name : series) // legend order and colours stay the same between runs
            view->setSeries(name, {});
        m_charts[size_t(which)] = view;
    };
    const auto seriesOf = [](DashboardChart chart) {
        QStringList names;
        for (const dashboard::CounterSeries &c : dashboard::counterSeries())
            if (c.chart == chart)
                names << c.series;
        return names;
    };
    add(DashboardChart::Sessions, tr("Sessions by state"), ValueUnit::Count,
        {dashboard::activeSessions(), dashboard::idleSessions(), dashboard::idleInTransactionSessions(),
         dashboard::waitingSessions()});
    add(DashboardChart::Transactions, tr("Transactions per second (all databases)"), ValueUnit::PerSecond,
        {dashboard::commits(), dashboard::rollbacks()});
    add(DashboardChart::RowsRead, tr("Rows read per second (all databases)"), ValueUnit::PerSecond,
        seriesOf(DashboardChart::RowsRead));
    add(DashboardChart::RowsWritten, tr("Rows written per second (all databases)"), ValueUnit::PerSecond,
        seriesOf(DashboardChart::RowsWritten));
    add(DashboardChart::CacheHit, tr("Cache hit ratio (all databases)"), ValueUnit::Percent,
        {dashboard::cacheHitRatio()});
    add(DashboardChart::BlockIo, tr("Block I/O, blocks per second (all databases)"), ValueUnit::PerSecond,
        seriesOf(DashboardChart::BlockIo));
    add(DashboardChart::Wal, tr("WAL bytes per second"), ValueUnit::BytesPerSecond, {dashboard::walRate()});
    add(DashboardChart::Statements, tr("Statement calls per second (all databases)"),
        ValueUnit::PerSecond, {dashboard::statementCalls()});
    layoutCharts(4);
}

void DashboardView::layoutCharts(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (TimeChartView *view : m_charts)
        m_grid->removeWidget(view);
    for (int i = 0; i < kDashboardChartCount; ++i)
        m_grid->addWidget(m_charts[i], i / columns, i % columns);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r < 4; ++r)
        m_grid->setRowStretch(r, r < (kDashboardChartCount + columns - 1) / columns ? 1 : 0);
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Four columns (two rows) from a 1280 px window on; two keep a narrow one readable.
    layoutCharts(event->size().width() >= 1180 ? 4 : 2);
}

void DashboardView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile; // the sampler follows with the setConnection() that comes after an edit
}

void DashboardView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    m_error.clear();
    m_historyError.clear();
    startSampler();
    // Not empty when opened: the last hour from the history, the live points join it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    loadHistory(now.addMSecs(-kKeepMsecs));
    updateStatus();
}

int DashboardView::liveIntervalMs() const
{
    return m_interval->currentData().toInt() * 1000;
}

void DashboardView::startSampler()
{
    m_sampler.reset();
    LiveSamplerSettings settings;
    settings.liveIntervalMs = liveIntervalMs();
    settings.historyIntervalSeconds =
        m_app->settings().value(kHistoryIntervalKey, kDefaultHistoryIntervalSeconds).toInt();
    settings.historyPath = HistoryStore::defaultPath();
    settings.profileId = m_profile.id;
    m_sampler = std::make_unique<LiveSampler>(*m_spec, settings);
    connect(m_sampler.get(), &LiveSampler::sampled, this, &DashboardView::showLiveSample);
    connect(m_sampler.get(), &LiveSampler::failed, this, &DashboardView::showFailure);
    connect(m_sampler.get(), &LiveSampler::historyFailed, this, &DashboardView::showHistoryFailure);
    connect(m_sampler.get(), &LiveSampler::historyWritten, this, [this](const QDateTime &takenAt) {
        m_lastHistory = takenAt;
        m_historyError.clear();
        updateStatus();
    });
    // History samples run from now on while the profile is open; live ones while visible.
    if (isVisible())
        m_sampler->start();
    else
        m_sampler->pause();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Laying out and painting eight charts at once holds the GUI thread for ~50 ms; one chart per
    // event-loop pass keeps every pass short. The hidden ones keep their place in the grid, so
    // nothing moves while they appear a few milliseconds apart.
    for (int i = 1; i < kDashboardChartCount; ++i)
        m_charts[i]->hide();
    m_revealed = 1;
    QTimer::singleShot(0, this, &DashboardView::revealCharts);
    if (!m_sampler)
        return;
    m_sampler->resume();
    // The time it was hidden comes from the history samples taken meanwhile.
    if (m_hiddenSince.isValid() && !m_historyJob) {
        const QDateTime from = std::max(m_hiddenSince.addSecs(-120), QDateTime::currentDateTimeUtc().addMSecs(-kKeepMsecs));
        loadHistory(from);
    }
    m_hiddenSince = {};
    updateStatus();
}

void DashboardView::revealCharts()
{
    if (m_revealed >= kDashboardChartCount)
        return;
    m_charts[m_revealed++]->show();
    if (m_revealed < kDashboardChartCount)
        QTimer::singleShot(0, this, &DashboardView::revealCharts);
}

void DashboardView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!m_sampler)
        return;
    m_sampler->pause();
    m_hiddenSince = QDateTime::currentDateTimeUtc();
}

void DashboardView::loadHistory(const QDateTime &from)
{
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(60);
    m_historyJob = m_app->jobs().start(tr("Dashboard history of %1").arg(m_profile.name),
                                       dashboardHistoryJob(HistoryStore::defaultPath(), m_profile.id, from, to),
                                       QStringLiteral("dashboard"));
    Job *job = m_historyJob;
    connect(job, &Job::finished, this, [this, job] { historyJobFinished(job); });
}

void DashboardView::historyJobFinished(Job *job)
{
    const QVariant result = job->result();
    const bool succeeded = job->state() == Job::State::Succeeded;
    const Error error = job->error();
    m_app->jobs().discard(job); // a background read, not something the user started
    if (!succeeded) {
        showHistoryFailure(error);
        return;
    }
    const auto frames = result.value<QList<DashboardFrame>>();
    // History points only where the live ones leave a gap (before the first, while hidden):
    // farther than one live interval (and a second of jitter) from every live point.
    const qint64 minDistance = qint64(liveIntervalMs()) + 1000;
    for (TimeChartView *view : m_charts)
        view->beginUpdate();
    for (int c = 0; c < kDashboardChartCount; ++c) {
        QMap<QString, QList<QPointF>> history;
        for (const DashboardFrame &frame : frames)
            for (auto it = frame.values[c].cbegin(); it != frame.values[c].cend(); ++it)
                history[it.key()].append(QPointF(double(frame.ms), it.value()));
        TimeChartView *view = m_charts[c];
        for (auto it = history.cbegin(); it != history.cend(); ++it)
            view->setSeries(it.key(), dashboard::fillGaps(view->points(it.key()), it.value(), minDistance));
    }
    updateTimeRange();
    for (TimeChartView *view : m_charts)
        view->endUpdate();
    Q_EMIT historyLoaded(int(frames.size()));
}

void DashboardView::showLiveSample(const LiveSample &sample)
{
    m_app->publishLiveSample(m_profile.id, sample.sample); // desktop notifications (TrayNotifier)
    const DashboardFrame frame = dashboard::frameFromLive(sample);
    // One redraw per chart for all its new points and the moved time range.
    for (TimeChartView *view : m_charts)
        view->beginUpdate();
    for (int c = 0; c < kDashboardChartCount; ++c) {
        for (auto it = frame.values[c].cbegin(); it != frame.values[c].cend(); ++it)
            m_charts[c]->appendPoint(it.key(), QPointF(double(frame.ms), it.value()), kKeepMsecs);
        if (!sample.rates && c != int(DashboardChart::Sessions))
            m_charts[c]->setEmptyText(tr("Rates start with the second sample…"));
    }
    m_lastSample = sample.sample.takenAt;
    m_error.clear();
    ++m_liveSamples;
    if (!sample.sample.statementsAvailable)
        chart(DashboardChart::Statements)->setEmptyText(tr("pg_stat_statements is not available"));
    m_banner->showFor(sample.sample.statementsAvailable, sample.sample.statementsUnavailableReason,
                      sample.sample.statementsExtensionCreatable);
    updateTimeRange();
    for (TimeChartView *view : m_charts)
        view->endUpdate();
    updateStatus();
    Q_EMIT liveSampleShown();
}

void DashboardView::updateTimeRange()
{
    // The window ends at the newest point (server clock), not at the local clock.
    qint64 newest = m_lastSample.isValid() ? m_lastSample.toMSecsSinceEpoch() : 0;
    for (TimeChartView *view : m_charts)
        for (const QString &name : view->seriesNames())
            if (const QList<QPointF> points = view->points(name); !points.isEmpty())
                newest = std::max(newest, qint64(points.last().x()));
    if (newest == 0)
        newest = QDateTime::currentMSecsSinceEpoch();
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(newest, Qt::UTC);
    const QDateTime from = to.addSecs(-60LL * m_window->currentData().toInt());
    for (TimeChartView *view : m_charts)
        view->setTimeRange(from, to);
}

void DashboardView::showFailure(const Error &error)
{
    m_error = error.message;
    updateStatus();
}

void DashboardView::showHistoryFailure(const Error &error)
{
    m_historyError = error.message;
    updateStatus();
}

void DashboardView::updateStatus()
{
    if (!m_spec) {
        m_status->setText(tr("Connecting…"));
    m_status->setWordWrap(true); // a long status wraps instead of widening the window
        return;
    }
    const int seconds = liveIntervalMs() / 1000;
    QStringList parts;
    if (!m_error.isEmpty()) {
        parts << tr("Sampling failed: %1 — retrying every %n s", nullptr, seconds).arg(m_error.trimmed());
    } else if (m_lastSample.isValid()) {
        parts << tr("Last sample %1, every %n s", nullptr, seconds).arg(clockTime(m_lastSample));
    } else {
        parts << tr("Waiting for the first sample…");
    }
    const int historySeconds = m_sampler ? m_sampler->historyIntervalSeconds() : 0;
    if (!m_historyError.isEmpty())
        parts << tr("history not saved: %1").arg(m_historyError.trimmed());
    else if (historySeconds <= 0)
        parts << tr("history off");
    else if (m_lastHistory.isValid())
        parts << tr("history every %n s (last %1)", nullptr, historySeconds).arg(clockTime(m_lastHistory));
    else
        parts << tr("history every %n s", nullptr, historySeconds);
    if (!m_actionError.isEmpty())
        parts << m_actionError;
    m_status->setText(parts.join(QStringLiteral(" · ")));
    const bool problem = !m_error.isEmpty() || !m_historyError.isEmpty() || !m_actionError.isEmpty();
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

void DashboardView::intervalChosen()
{
    const int seconds = m_interval->currentData().toInt();
    m_app->settings().setValue(kIntervalKey, seconds);
    if (m_sampler)
        m_sampler->setLiveInterval(seconds * 1000);
    updateStatus();
}

void DashboardView::createExtensionRequested()
{
    if (!m_spec || m_extensionJob)
        return;
    if (!m_profile.production) {
        runCreateExtension();
        return;
    }
    auto *dialog = new TypedConfirmDialog(
        tr("Create pg_stat_statements"),
        tr("This runs CREATE EXTENSION pg_stat_statements in the database %1 of %2.")
            .arg(m_spec->value(QStringLiteral("dbname")), m_profile.name),
        m_profile.name, this);
    dialog->setObjectName(QStringLiteral("createExtensionConfirmation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DashboardView::runCreateExtension);
    dialog->open();
}

void DashboardView::runCreateExtension()
{
    if (!m_spec || m_extensionJob)
        return;
    m_banner->setBusy(true);
    m_actionError.clear();
    m_extensionJob = m_app->jobs().start(
        tr("Create pg_stat_statements in %1").arg(m_spec->value(QStringLiteral("dbname"))),
        createStatementsExtensionJob(*m_spec), QStringLiteral("monitor"));
    Job *job = m_extensionJob;
    connect(job, &Job::finished, this, [this, job] { extensionJobFinished(job); });
}

void DashboardView::extensionJobFinished(Job *job)
{
    m_banner->setBusy(false);
    if (job->state() != Job::State::Succeeded) {
        m_actionError = tr("Creating the extension failed: %1").arg(job->error().message.trimmed());
        updateStatus();
        return;
    }
    if (m_sampler)
        m_sampler->sampleNow(); // the banner goes with the next sample
    Q_EMIT extensionCreated();
}

} // namespace pgs
