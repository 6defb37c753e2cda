// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "monitor/capacityreview.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pgs {

class AppContext;
class Job;
struct JobOutcome;
class TimeChartView;

// The capacity review of one server: the window (7 days … 1 year) and the volume capacity, summary
// figures coloured by their alert thresholds, the findings, the size of all databases with its trend
// projected ahead, and the forecast of every database and of the largest tables. Exports the
// review as an HTML page or a PDF that prints well. The review is built by a job from the local
// history plus a live sample.
class CapacityView : public QWidget
{
    Q_OBJECT
public:
    CapacityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~CapacityView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    const std::optional<CapacityReview> &review() const { return m_review; }
    TimeChartView *totalChart() const { return m_chart; }
    bool isLoading() const { return !m_job.isNull(); }
    // Both return a translated error message, empty on success.
    QString exportHtml(const QString &path);
    QString exportPdf(const QString &path);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void reviewLoaded();
    void loadFailed(const QString &message);

private:
    void reviewFinished(const JobOutcome &outcome);
    void showReview(const CapacityReview &review);
    void showSummary(const CapacityReview &review);
    void fillTree(const CapacityReview &review);
    void chooseExport(bool pdf);
    int windowDays() const;
    qint64 capacityBytes() const;

    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
    std::optional<CapacityReview> m_review;
    QPointer<Job> m_job;
    QComboBox *m_window;
    QLabel *m_capacity;
    QPushButton *m_refresh;
    QPushButton *m_exportHtml;
    QPushButton *m_exportPdf;
    QLabel *m_status;
    QList<QLabel *> m_cards; // value labels of the summary
    QLabel *m_collecting; // while the history is too short for forecasts
    QLabel *m_findings;
    TimeChartView *m_chart;
    QTreeWidget *m_tree;
};

} // namespace pgs
