// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/latencyview.h"

#include "charts/timechartview.h"
#include "monitor/history/historyloader.h"
#include "monitor/history/historytexts.h"
#include "monitor/history/historytoolbar.h"
#include "monitor/history/statementtablemodel.h"
#include "shell/appcontext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pgs {

namespace {
constexpr int statementLimit = 100;
}

QString LatencyView::allStatementsSeries() { return tr("All statements"); }
QString LatencyView::selectedSeries() { return tr("Selected statement"); }

LatencyView::LatencyView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : HistoryViewBase(app, profile, QStringLiteral("latency/range"), parent),
      m_latency(new TimeChartView(tr("Mean latency"), ValueUnit::Milliseconds, this)),
      m_calls(new TimeChartView(tr("Calls per second"), ValueUnit::PerSecond, this)),
      m_model(new StatementTableModel(this)),
      m_table(new QTableView(this)),
      m_text(new QPlainTextEdit(this))
{
    m_toolbar->addChart(m_latency);
    m_toolbar->addChart(m_calls);

    m_table->setObjectName(QStringLiteral("statementTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatementTableModel::TotalColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatementTableModel::QueryColumn, QHeaderView::Stretch);
    m_text->setObjectName(QStringLiteral("statementText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Select a statement to see its full text and its own latency."));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_latency);
    charts->addWidget(m_calls);
    charts->setChildrenCollapsible(false);
    auto *statements = new QSplitter(Qt::Horizontal, this);
    statements->addWidget(m_table);
    statements->addWidget(m_text);
    statements->setStretchFactor(0, 3);
    statements->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(statements);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectStatement(current); });
    startAutoRefresh();
}

LatencyView::~LatencyView()
{
    if (m_statementJob)
        m_statementJob->cancel();
}

void LatencyView::startLoad(const QDateTime &from, const QDateTime &to)
{
    const QString profileId = m_profile.id;
    const std::optional<qint64> selected = m_selected;
    runLoad(
        tr("Latency history of %1").arg(m_profile.name),
        [profileId, from, to, selected](JobContext &) -> JobResult {
            auto data = loadLatency(profileId, from, to, statementLimit, selected);
            if (!data)
                return data.error();
            return QVariant::fromValue(*data);
        },
        [this](const JobOutcome &outcome) {
            if (!outcome.succeeded()) {
                m_status->setText(tr("Could not read the latency history: %1").arg(outcome.error.message));
                Q_EMIT loadFailed(outcome.error.message);
                return;
            }
            const auto data = outcome.result.value<LatencyData>();
            if (fitRangeToHistory(data.presence))
                return; // the range that shows the history loads instead
            showData(data);
            Q_EMIT loaded();
        });
}

void LatencyView::showData(const LatencyData &data)
{
    m_from = data.from;
    m_to = data.to;
    for (TimeChartView *chart : {m_latency, m_calls}) {
        chart->clearSeries();
        chart->setTimeRange(data.from.toLocalTime(), data.to.toLocalTime());
    }
    m_latency->setSeries(allStatementsSeries(), data.meanLatencyMs);
    m_calls->setSeries(allStatementsSeries(), data.callsPerSecond);
    markSparsePoints(m_calls);

    // The reload keeps the chosen statement selected (and its series) when it is still listed.
    const std::optional<qint64> keep = m_selected;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setStatements(data.statements);
    }
    const std::optional<int> row = keep ? m_model->rowOf(*keep) : std::nullopt;
    if (row) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(*row);
        if (data.selectedQueryId == keep)
            m_latency->setSeries(selectedSeries(), data.selectedLatencyMs);
    } else {
        m_selected.reset();
        m_text->clear();
    }
    markSparsePoints(m_latency);
    showStatus(data);
}

void LatencyView::showStatus(const LatencyData &data)
{
    if (!data.presence.lastSampleAt) {
        m_status->setText(historyTexts::noHistoryYet());
        m_latency->setEmptyText(tr("No history yet"));
        m_calls->setEmptyText(tr("No history yet"));
        return;
    }
    if (data.meanLatencyMs.isEmpty() && data.statements.isEmpty()) {
        // Why there is no statement history: the extension, too few samples in the range, or no
        // calls between them (not "two samples needed" when there are two).
        const bool rangeHoldsTwoSamples = data.presence.sampleCount >= 2 && data.presence.firstSampleAt
                                          && *data.presence.firstSampleAt >= data.from;
        const QString why = !data.presence.statementsAvailable
                                ? tr("No statement history: %1").arg(data.presence.statementsUnavailableReason.isEmpty()
                                                                         ? tr("pg_stat_statements is not available.")
                                                                         : data.presence.statementsUnavailableReason)
                                : rangeHoldsTwoSamples
                                ? tr("No statement calls between the samples in this range; the last sample is from %1.")
                                      .arg(QLocale().toString(data.presence.lastSampleAt->toLocalTime(),
                                                              QLocale::ShortFormat))
                                : tr("No statement history in this range yet: latencies need two samples with "
                                     "pg_stat_statements; the last sample is from %1.")
                                      .arg(QLocale().toString(data.presence.lastSampleAt->toLocalTime(),
                                                              QLocale::ShortFormat));
        setStatus(why, data.presence);
        m_latency->setEmptyText(tr("No statement history"));
        m_calls->setEmptyText(tr("No statement history"));
        return;
    }
    const QString none = historyTexts::noSamplesInRange(*data.presence.lastSampleAt);
    m_latency->setEmptyText(none);
    m_calls->setEmptyText(none);
    qint64 calls = 0;
    for (const auto &s : data.statements)
        calls += s.calls;
    QString text = tr("%n statement(s), %1 calls in the range. ", nullptr, int(data.statements.size()))
                       .arg(QLocale().toString(calls));
    if (data.statements.size() >= statementLimit)
        text += tr("Showing the top %1 by total time. ").arg(statementLimit);
    setStatus(text + historyTexts::rangeSummary(data.resolution, *data.presence.lastSampleAt), data.presence);
}

void LatencyView::selectStatement(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_selected.reset();
        m_text->clear();
        m_latency->removeSeries(selectedSeries());
        return;
    }
    m_selected = current.data(StatementTableModel::QueryIdRole).toLongLong();
    const QString text = current.data(StatementTableModel::FullTextRole).toString();
    m_text->setPlainText(text.isEmpty() ? tr("The text of query id %1 was not recorded: it never ranked among the "
                                             "sampled top statements.")
                                              .arg(*m_selected)
                                        : text);
    loadSelected();
}

void LatencyView::loadSelected()
{
    if (!m_selected || !m_from.isValid())
        return;
    if (m_statementJob)
        m_statementJob->cancel();
    const QString profileId = m_profile.id;
    const QDateTime from = m_from, to = m_to;
    const qint64 queryId = *m_selected;
    Job *job = m_app->jobs().start(
        tr("Statement latency history"),
        [profileId, from, to, queryId](JobContext &) -> JobResult {
            auto points = loadStatementLatency(profileId, from, to, queryId);
            if (!points)
                return points.error();
            return QVariant::fromValue(*points);
        },
        QStringLiteral("refresh"));
    m_statementJob = job;
    connect(job, &Job::finished, this, [this, job, queryId] {
        const bool current = job == m_statementJob;
        const Job::State state = job->state();
        const QVariant result = job->result();
        const Error error = job->error();
        m_app->jobs().discard(job);
        if (!current || state == Job::State::Canceled || m_selected != queryId)
            return;
        m_statementJob.clear();
        if (state != Job::State::Succeeded) {
            m_status->setText(tr("Could not read the statement's history: %1").arg(error.message));
            return;
        }
        m_latency->setSeries(selectedSeries(), result.value<QList<QPointF>>());
        markSparsePoints(m_latency);
        Q_EMIT statementLoaded();
    });
}

} // namespace pgs
