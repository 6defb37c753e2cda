// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "monitor/activity.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace pgs {

class ActivityConnection;
class ActivityFilterBar;
class AppContext;
class BlockingTreeModel;
class Job;
class SessionTableModel;

// Sessions, the blocking tree and cancel/terminate for one server.
// ServerView owns it: setConnection() arrives once the profile's password is resolved (and again
// after the profile is edited); until then the view shows that it is connecting.
// Every load and every signal runs as a job on one kept connection (its pid is "our own
// session"); loads never overlap, auto-refresh pauses while the tab is hidden, and a refresh
// updates the models in place so the selection (by pid) survives.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 1000;

    ActivityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ActivityView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    void setPageSize(int sessions) { m_pageSize = sessions; }
    int pageSize() const { return m_pageSize; }
    int offset() const { return m_offset; }
    const ActivitySnapshot &snapshot() const { return m_snapshot; }
    bool isLoading() const { return bool(m_loadJob); }

    SessionTableModel *sessionModel() const { return m_sessions; }
    BlockingTreeModel *blockingModel() const { return m_blocking; }
    ActivityFilterBar *filterBar() const { return m_filters; }
    QTableView *sessionTable() const { return m_table; }
    QTreeView *blockingTree() const { return m_tree; }
    QList<int> selectedPids() const;
    SessionSort sort() const { return m_sort; }
    bool sortDescending() const { return m_descending; }
    void selectPids(const QList<int> &pids);

public Q_SLOTS:
    void refresh();
    // Orders all sessions on the server (back to the first page), shows it on the header and
    // remembers it; Default is the most interesting first.
    void setSort(SessionSort sort, bool descending);
    void nextPage();
    void previousPage();
    void cancelSelected();    // asks first; runs as a job
    void terminateSelected(); // asks first; runs as a job

Q_SIGNALS:
    void refreshed();                      // a load was shown
    void loadFailed(const QString &message);
    void signalsDone(const QString &summary); // "3 terminated, 1 no longer existed"

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void setUpSorting(); // activityviewsort.cpp
    void loadFinished(Job *job, quint64 generation);
    void showSnapshot(const ActivitySnapshot &snap);
    void updateCounts();
    void updateQueryPane();
    void updateActions();
    void scheduleRefresh();
    void filtersChanged();
    void askToSignal(BackendSignal signal);
    void startSignals(BackendSignal signal, const QList<int> &pids);
    void signalsFinished(Job *job, BackendSignal signal);
    void showMessage(const QString &text, bool error);

    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
    std::shared_ptr<ActivityConnection> m_connection;
    QPointer<Job> m_loadJob;
    QList<QPointer<Job>> m_signalJobs;
    bool m_refreshPending = false;
    quint64 m_generation = 0; // bumped by filter, page and connection changes: older loads are dropped
    int m_pageSize = kDefaultPageSize;
    int m_offset = 0;
    SessionSort m_sort = SessionSort::Default;
    bool m_descending = false;
    ActivitySnapshot m_snapshot;
    bool m_loaded = false;
    QTimer m_timer;

    ActivityFilterBar *m_filters = nullptr;
    SessionTableModel *m_sessions = nullptr;
    BlockingTreeModel *m_blocking = nullptr;
    QTableView *m_table = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_queryPane = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_blockingLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_terminateButton = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_terminateAction = nullptr;
};

} // namespace pgs
