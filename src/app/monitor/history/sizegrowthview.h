// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/history/historyviewbase.h"

class QComboBox;

namespace pgs {

class TimeChartView;
struct SizeGrowthData;

// Database and top-table size growth from the local history store over 1h / 24h / 7d / 30d / 1y
// (longer than a week reads hourly points, so a year loads at once). The history is read by a job
// on its own thread; the view needs no connection, so it loads as soon as it is built and again
// every minute while shown (the dashboard or a cron `pgsteward-cli sample` add samples).
class SizeGrowthView : public HistoryViewBase
{
    Q_OBJECT
public:
    SizeGrowthView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);

    TimeChartView *databaseChart() const { return m_databases; }
    TimeChartView *tableChart() const { return m_tables; }

protected:
    void startLoad(const QDateTime &from, const QDateTime &to) override;

private:
    void showData(const SizeGrowthData &data);
    int topTables() const;

    QComboBox *m_top;
    TimeChartView *m_databases;
    TimeChartView *m_tables;
};

} // namespace pgs
