// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace pgs {

class AppContext;
class HistoryToolbar;
class Job;
class StatementTableModel;
class TimeChartView;
struct LatencyData;

// Query latency from the pg_stat_statements deltas in the local history store over 1h … 1y: the
// mean latency per interval (sum of delta total time / sum of delta calls) and calls per second,
// then the top statements over the range. Selecting a statement adds its own latency history to
// the chart and shows its full text. Reads the store on a job thread; needs no connection.
class LatencyView : public QWidget
{
    Q_OBJECT
public:
    LatencyView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~LatencyView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    HistoryToolbar *toolbar() const { return m_toolbar; }
    TimeChartView *latencyChart() const { return m_latency; }
    TimeChartView *callsChart() const { return m_calls; }
    QTableView *statementTable() const { return m_table; }
    StatementTableModel *statementModel() const { return m_model; }
    QPlainTextEdit *statementText() const { return m_text; }
    std::optional<qint64> selectedQueryId() const { return m_selected; }
    bool isLoading() const { return !m_job.isNull(); }
    QString statusText() const;
    static QString allStatementsSeries();
    static QString selectedSeries();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();
    void statementLoaded();
    void loadFailed(const QString &message);

private:
    void showData(const LatencyData &data);
    void showStatus(const LatencyData &data);
    void selectStatement(const QModelIndex &current);
    void loadSelected();

    AppContext *m_app;
    ConnectionProfile m_profile;
    QPointer<Job> m_job;
    QPointer<Job> m_statementJob;
    bool m_refreshAgain = false;
    std::optional<qint64> m_selected;
    QDateTime m_from, m_to; // of the data shown
    HistoryToolbar *m_toolbar;
    QLabel *m_status;
    TimeChartView *m_latency;
    TimeChartView *m_calls;
    StatementTableModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_text;
    QTimer *m_autoRefresh;
};

} // namespace pgs
