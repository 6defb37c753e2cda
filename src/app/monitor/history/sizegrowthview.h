// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTimer;

namespace pgs {

class AppContext;
class HistoryToolbar;
class Job;
class TimeChartView;
struct SizeGrowthData;

// Database and top-table size growth from the local history store over 1h / 24h / 7d / 30d / 1y
// (longer than a week reads hourly points, so a year loads at once). The history is read by a job
// on its own thread; the view needs no connection, so it loads as soon as it is built and again
// every minute while shown (the dashboard or a cron `pgsteward-cli sample` add samples).
class SizeGrowthView : public QWidget
{
    Q_OBJECT
public:
    SizeGrowthView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~SizeGrowthView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    HistoryToolbar *toolbar() const { return m_toolbar; }
    TimeChartView *databaseChart() const { return m_databases; }
    TimeChartView *tableChart() const { return m_tables; }
    bool isLoading() const { return !m_job.isNull(); }
    QString statusText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    void showData(const SizeGrowthData &data);
    int topTables() const;

    AppContext *m_app;
    ConnectionProfile m_profile;
    QPointer<Job> m_job;
    bool m_refreshAgain = false; // the range changed while a load was running
    HistoryToolbar *m_toolbar;
    QComboBox *m_top;
    QLabel *m_status;
    TimeChartView *m_databases;
    TimeChartView *m_tables;
    QTimer *m_autoRefresh;
};

} // namespace pgs
