// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "monitor/dashboard/dashboardframe.h"
#include "util/result.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;

namespace pgs {

class AppContext;
class Job;
class LiveSampler;
class StatementsBanner;
class TimeChartView;

// Live charts of one server: sessions by state, transactions per second, rows read and written,
// cache hit ratio, block I/O, WAL rate and statement calls from a LiveSampler; live sampling pauses while hidden, history
// sampling continues every minute while the profile is open.
// ServerView owns it: setConnection() arrives once the profile's password is resolved (and again
// after the profile is edited); until then the view shows that it is connecting. On connection
// the charts are filled from the last hour of history, and again for the time it was hidden.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kKeepMsecs = 3600'000;          // points kept in memory
    static constexpr int kDefaultHistoryIntervalSeconds = 60; // settings: monitor/historyIntervalSeconds

    DashboardView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~DashboardView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    TimeChartView *chart(DashboardChart which) const { return m_charts[size_t(which)]; }
    LiveSampler *sampler() const { return m_sampler.get(); }
    StatementsBanner *statementsBanner() const { return m_banner; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *intervalChooser() const { return m_interval; }
    int liveSampleCount() const { return m_liveSamples; } // live samples shown so far
    int liveIntervalMs() const;

Q_SIGNALS:
    void liveSampleShown();
    void historyLoaded(int frames);
    void extensionCreated();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildCharts();
    void layoutCharts(int columns);
    void startSampler();
    void loadHistory(const QDateTime &from);
    void historyJobFinished(Job *job);
    void showLiveSample(const LiveSample &sample);
    void showFailure(const Error &error);
    void showHistoryFailure(const Error &error);
    void updateStatus();
    void updateTimeRange();
    void revealCharts();
    void intervalChosen();
    void createExtensionRequested();
    void runCreateExtension();
    void extensionJobFinished(Job *job);

    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
    std::unique_ptr<LiveSampler> m_sampler;
    std::array<TimeChartView *, kDashboardChartCount> m_charts{};
    QGridLayout *m_grid;
    int m_columns = 0;
    QComboBox *m_interval;
    QComboBox *m_window;
    QLabel *m_status;
    StatementsBanner *m_banner;
    QPointer<Job> m_historyJob;
    QPointer<Job> m_extensionJob;
    int m_liveSamples = 0;
    QDateTime m_lastSample;    // server time of the last live sample
    QDateTime m_lastHistory;   // of the last history sample written
    QDateTime m_hiddenSince;   // local time, to fill the hidden time from the history
    int m_revealed = kDashboardChartCount; // charts painted since the last show (see revealCharts)
    QString m_error;           // the last failure, until the next sample
    QString m_historyError;
    QString m_actionError;     // of the last Create extension, until the next try
};

} // namespace pgs
