// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/history/historyviewbase.h"

#include <QDateTime>

#include <optional>

class QModelIndex;
class QPlainTextEdit;
class QTableView;

namespace pgs {

class StatementTableModel;
class TimeChartView;
struct LatencyData;

// Query latency from the pg_stat_statements deltas in the local history store over 1h … 1y: the
// mean latency per interval (sum of delta total time / sum of delta calls) and calls per second,
// then the top statements over the range. Selecting a statement adds its own latency history to
// the chart and shows its full text. Reads the store on a job thread; needs no connection.
class LatencyView : public HistoryViewBase
{
    Q_OBJECT
public:
    LatencyView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~LatencyView() override;

    TimeChartView *latencyChart() const { return m_latency; }
    TimeChartView *callsChart() const { return m_calls; }
    QTableView *statementTable() const { return m_table; }
    StatementTableModel *statementModel() const { return m_model; }
    QPlainTextEdit *statementText() const { return m_text; }
    std::optional<qint64> selectedQueryId() const { return m_selected; }
    static QString allStatementsSeries();
    static QString selectedSeries();

Q_SIGNALS:
    void statementLoaded();

protected:
    void startLoad(const QDateTime &from, const QDateTime &to) override;
    void profileSwitched() override { m_selected.reset(); }

private:
    void showData(const LatencyData &data);
    void showStatus(const LatencyData &data);
    void selectStatement(const QModelIndex &current);
    void loadSelected();

    QPointer<Job> m_statementJob;
    std::optional<qint64> m_selected;
    QDateTime m_from, m_to; // of the data shown
    TimeChartView *m_latency;
    TimeChartView *m_calls;
    StatementTableModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_text;
};

} // namespace pgs
