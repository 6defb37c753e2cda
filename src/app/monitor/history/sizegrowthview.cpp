// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/sizegrowthview.h"

#include "charts/timechartview.h"
#include "monitor/history/historyloader.h"
#include "monitor/history/historytexts.h"
#include "monitor/history/historytoolbar.h"
#include "shell/appcontext.h"

#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pgs {

SizeGrowthView::SizeGrowthView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent),
      m_app(app),
      m_profile(profile),
      m_toolbar(new HistoryToolbar(app->settings(), QStringLiteral("sizeGrowth/range"), this)),
      m_top(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_databases(new TimeChartView(tr("Database sizes"), ValueUnit::Bytes, this)),
      m_tables(new TimeChartView(tr("Largest tables"), ValueUnit::Bytes, this)),
      m_autoRefresh(new QTimer(this))
{
    m_top->setObjectName(QStringLiteral("topTablesCombo"));
    for (int n : {5, 10, 20})
        m_top->addItem(tr("Top %1 tables").arg(n), n);
    const int saved = m_app->settings().value(QStringLiteral("sizeGrowth/topTables"), 10).toInt();
    m_top->setCurrentIndex(std::max(0, m_top->findData(saved)));
    m_toolbar->addWidget(m_top);
    m_toolbar->addChart(m_databases);
    m_toolbar->addChart(m_tables);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_databases);
    split->addWidget(m_tables);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_toolbar, &HistoryToolbar::rangeChanged, this, &SizeGrowthView::refresh);
    connect(m_toolbar, &HistoryToolbar::refreshRequested, this, &SizeGrowthView::refresh);
    connect(m_top, &QComboBox::currentIndexChanged, this, [this] {
        m_app->settings().setValue(QStringLiteral("sizeGrowth/topTables"), topTables());
        refresh();
    });
    // New samples arrive every minute while the dashboard runs; only a shown view reloads.
    m_autoRefresh->setInterval(60'000);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_autoRefresh->start();
    refresh();
}

SizeGrowthView::~SizeGrowthView()
{
    if (m_job)
        m_job->cancel();
}

int SizeGrowthView::topTables() const { return m_top->currentData().toInt(); }

QString SizeGrowthView::statusText() const { return m_status->text(); }

void SizeGrowthView::setProfile(const ConnectionProfile &profile)
{
    const bool other = profile.id != m_profile.id;
    m_profile = profile;
    if (other)
        refresh();
}

void SizeGrowthView::setConnection(const ConnectionSpec &)
{
    // The history is local: nothing to connect to. A resolved connection means the dashboard is
    // sampling, so the newest points are worth showing.
    refresh();
}

void SizeGrowthView::refresh()
{
    if (m_job) {
        m_refreshAgain = true;
        return;
    }
    const QString profileId = m_profile.id;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = m_toolbar->rangeStart(to);
    const int top = topTables();
    m_toolbar->setBusy(true);
    m_databases->setEmptyText(tr("Loading…"));
    m_tables->setEmptyText(tr("Loading…"));
    m_job = m_app->jobs().startRead(
        tr("Size history of %1").arg(m_profile.name),
        [profileId, from, to, top](JobContext &) -> JobResult {
            auto data = loadSizeGrowth(profileId, from, to, top);
            if (!data)
                return data.error();
            return QVariant::fromValue(*data);
        },
        this, [this](const JobOutcome &outcome) {
        m_job.clear();
        m_toolbar->setBusy(false);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        if (outcome.canceled())
            return;
        if (!outcome.succeeded()) {
            m_status->setText(tr("Could not read the size history: %1").arg(outcome.error.message));
            m_databases->setEmptyText(QString());
            m_tables->setEmptyText(QString());
            Q_EMIT loadFailed(outcome.error.message);
            return;
        }
        showData(outcome.result.value<SizeGrowthData>());
        Q_EMIT loaded();
    });
}

void SizeGrowthView::showData(const SizeGrowthData &data)
{
    for (TimeChartView *chart : {m_databases, m_tables}) {
        chart->clearSeries();
        chart->setTimeRange(data.from.toLocalTime(), data.to.toLocalTime());
    }
    auto pairs = [](const QList<ChartSeries> &list) {
        QList<QPair<QString, QList<QPointF>>> out;
        for (const ChartSeries &s : list)
            out.append({s.name, s.points});
        return out;
    };
    m_databases->setAllSeries(pairs(data.databases));
    m_tables->setAllSeries(pairs(data.tables));

    if (!data.presence.lastSampleAt) {
        m_status->setText(historyTexts::noHistoryYet());
        m_databases->setEmptyText(tr("No history yet"));
        m_tables->setEmptyText(tr("No history yet"));
        return;
    }
    const QString none = historyTexts::noSamplesInRange(*data.presence.lastSampleAt);
    m_databases->setEmptyText(none);
    m_tables->setEmptyText(data.databases.isEmpty() ? none
                                                    : tr("No table sizes in this range: the sampler records the "
                                                         "largest tables of the profile's database"));
    m_tables->chart()->setTitle(data.tablesScope.isEmpty() ? tr("Largest tables")
                                                           : tr("Largest tables of %1").arg(data.tablesScope));
    m_status->setText(tr("%1 databases, %2 tables. %3")
                          .arg(data.databases.size())
                          .arg(data.tables.size())
                          .arg(historyTexts::rangeSummary(data.resolution, *data.presence.lastSampleAt)));
}

} // namespace pgs
