// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QHBoxLayout;
class QPushButton;
class QSettings;
class QToolButton;

namespace pgs {

class TimeChartView;

enum class HistoryRange { Hour, Day, Week, Month, Year };
qint64 historyRangeSeconds(HistoryRange range);

// The bar above the history charts: the range (1h … 1y, remembered under settingsKey), Refresh,
// and PNG / CSV export of each chart added with addChart().
class HistoryToolbar : public QWidget
{
    Q_OBJECT
public:
    HistoryToolbar(QSettings &settings, const QString &settingsKey, QWidget *parent = nullptr);

    HistoryRange range() const { return m_range; }
    // The user's choice (a click): remembered, and never overridden by showRange() afterwards.
    void setRange(HistoryRange range);
    // A range the view picked for the data (the first run's samples): shown, not remembered.
    void showRange(HistoryRange range);
    bool rangeChosen() const { return m_chosen; }
    // The range ending now.
    QDateTime rangeStart(const QDateTime &end) const { return end.addSecs(-historyRangeSeconds(m_range)); }
    QAbstractButton *rangeButton(HistoryRange range) const;
    QPushButton *refreshButton() const { return m_refresh; }

    void addChart(TimeChartView *chart);
    // Widgets of the view (a chooser) placed between the range buttons and Refresh.
    void addWidget(QWidget *widget);
    void setBusy(bool busy);

Q_SIGNALS:
    void rangeChanged();
    void refreshRequested();

private:
    void exportChart(TimeChartView *chart, bool png);

    QSettings &m_settings;
    QString m_settingsKey;
    HistoryRange m_range = HistoryRange::Day;
    bool m_chosen = false; // by the user, on this toolbar
    QButtonGroup *m_group;
    QHBoxLayout *m_extra;
    QPushButton *m_refresh;
    QToolButton *m_exportPng;
    QToolButton *m_exportCsv;
};

} // namespace pgs
