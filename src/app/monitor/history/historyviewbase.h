// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "jobs/jobcontext.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace pgs {

class AppContext;
class HistoryToolbar;
class Job;
class TimeChartView;
struct HistoryPresence;
struct JobOutcome;

// What the history tabs share: the range toolbar and status line, one load at a time on a job
// (a change while it runs loads again after it), a reload every minute while shown, and reloads
// when the profile changes or its connection is resolved (the dashboard samples from then on).
// The history is local, so a view loads as soon as it is built and needs no connection.
class HistoryViewBase : public QWidget
{
    Q_OBJECT
public:
    ~HistoryViewBase() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    HistoryToolbar *toolbar() const { return m_toolbar; }
    bool isLoading() const { return !m_job.isNull(); }
    QString statusText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

protected:
    // rangeKey: where the toolbar remembers the chosen range.
    HistoryViewBase(AppContext *app, const ConnectionProfile &profile, const QString &rangeKey, QWidget *parent);

    // Starts the load of [from, to] with runLoad(); refresh() calls it when none runs.
    virtual void startLoad(const QDateTime &from, const QDateTime &to) = 0;
    virtual void profileSwitched() {}
    // Runs function as the view's load; done gets the outcome unless it was canceled or a
    // newer load was asked for meanwhile.
    void runLoad(const QString &title, JobFunction function, std::function<void(const JobOutcome &)> done);
    // The end of a derived constructor: load now and every minute while shown.
    void startAutoRefresh();
    // Called with the first load that finds history: when all of it fits a shorter range than the
    // remembered (or default) one, or that range holds none of it, the shortest range that shows
    // it is loaded instead (true: a new load runs, show nothing). A range the user picked on this
    // view is kept.
    bool fitRangeToHistory(const HistoryPresence &presence);
    // text, then how much history there is (when there is any).
    void setStatus(const QString &text, const HistoryPresence &presence);
    // A lone point draws nothing on a line: few points are drawn as dots.
    static void markSparsePoints(TimeChartView *chart);

    AppContext *m_app;
    ConnectionProfile m_profile;
    HistoryToolbar *m_toolbar;
    QLabel *m_status;

private:
    QPointer<Job> m_job;
    bool m_refreshAgain = false;
    bool m_fitted = false; // fitRangeToHistory() had its chance
    QTimer *m_autoRefresh;
};

} // namespace pgs
