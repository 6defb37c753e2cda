// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/sizegrowthview.h"

#include "charts/timechartview.h"
#include "monitor/history/historyloader.h"
#include "monitor/history/historytexts.h"
#include "monitor/history/historytoolbar.h"
#include "jobs/jobrunner.h"
#include "shell/appcontext.h"

#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace pgs {

SizeGrowthView::SizeGrowthView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : HistoryViewBase(app, profile, QStringLiteral("sizeGrowth/range"), parent),
      m_top(new QComboBox(this)),
      m_databases(new TimeChartView(tr("Database sizes"), ValueUnit::Bytes, this)),
      m_tables(new TimeChartView(tr("Largest tables"), ValueUnit::Bytes, this))
{
    m_top->setObjectName(QStringLiteral("topTablesCombo"));
    for (int n : {5, 10, 20})
        m_top->addItem(tr("Top %1 tables").arg(n), n);
    const int saved = m_app->settings().value(QStringLiteral("sizeGrowth/topTables"), 10).toInt();
    m_top->setCurrentIndex(std::max(0, m_top->findData(saved)));
    m_toolbar->addWidget(m_top);
    m_toolbar->addChart(m_databases);
    m_toolbar->addChart(m_tables);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_databases);
    split->addWidget(m_tables);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_top, &QComboBox::currentIndexChanged, this, [this] {
        m_app->settings().setValue(QStringLiteral("sizeGrowth/topTables"), topTables());
        refresh();
    });
    startAutoRefresh();
}

int SizeGrowthView::topTables() const { return m_top->currentData().toInt(); }

void SizeGrowthView::startLoad(const QDateTime &from, const QDateTime &to)
{
    const QString profileId = m_profile.id;
    const int top = topTables();
    m_databases->setEmptyText(tr("Loading…"));
    m_tables->setEmptyText(tr("Loading…"));
    runLoad(
        tr("Size history of %1").arg(m_profile.name),
        [profileId, from, to, top](JobContext &) -> JobResult {
            auto data = loadSizeGrowth(profileId, from, to, top);
            if (!data)
                return data.error();
            return QVariant::fromValue(*data);
        },
        [this](const JobOutcome &outcome) {
            if (!outcome.succeeded()) {
                m_status->setText(tr("Could not read the size history: %1").arg(outcome.error.message));
                m_databases->setEmptyText(QString());
                m_tables->setEmptyText(QString());
                Q_EMIT loadFailed(outcome.error.message);
                return;
            }
            const auto data = outcome.result.value<SizeGrowthData>();
            if (fitRangeToHistory(data.presence))
                return; // the range that shows the history loads instead
            showData(data);
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
    markSparsePoints(m_databases);
    markSparsePoints(m_tables);

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
    setStatus(tr("%1 databases, %2 tables. %3")
                  .arg(data.databases.size())
                  .arg(data.tables.size())
                  .arg(historyTexts::rangeSummary(data.resolution, *data.presence.lastSampleAt)),
              data.presence);
}

} // namespace pgs
