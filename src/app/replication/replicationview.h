// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "monitor/historystore.h"
#include "replication/rebuildadvice.h"
#include "replication/replicationstatus.h"
#include "replication/topology.h"
#include "replication/walrate.h"

#include <QMap>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Ui {
class ReplicationView;
}

namespace pgs {

class AppContext;

class TimeChartView;
class TopologyDiagram;
class Job;
struct JobOutcome;

// Replication of one server as the DBA needs it on call: a primary's standbys with their lag, its
// slots and the WAL they hold, a standby's receiver and replay, logical publications and
// subscriptions, the lag and slot findings; and the actions (slots, replay, promotion) as jobs.
// Refreshed every 10 seconds while visible.
// What one refresh reads: the server's state and the lag history of its standbys.
struct ReplicationViewData
{
    ReplicationStatus status;
    QMap<QString, TimeSeries> lagHistory;
    QString historyError; // the history could not be read; the live state still shows
    WalRate walRate;      // from the history; else the view compares two of its own readings
};

class ReplicationView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMsecs = 10'000;

    ReplicationView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ReplicationView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);
    const std::optional<ReplicationStatus> &status() const { return m_status; }
    const WalRate &walRate() const { return m_walRate; }
    TopologyDiagram *topologyDiagram() const { return m_topology; }
    // The rebuild advice shown after a promotion from this view (empty before).
    QStringList rebuildLines() const { return m_rebuildLines; }
    bool isLoading() const { return !m_job.isNull(); }

    // The confirmations a user gives in dialogs, callable from tests (the dialogs call them too).
    void createSlotNamed(const QString &name, bool logical);
    void dropSlotConfirmed(const QString &name);
    void promoteConfirmed();
    // The demo: a streaming standby of the local sandbox (its own sandbox), saved as a profile.
    void startDemoStandby();
    // A clean switchover from this standby's upstream (a saved profile seen in the topology).
    void switchoverConfirmed();
    const std::optional<ConnectionProfile> &upstreamProfile() const { return m_upstreamProfile; }
    void setSandboxDirectory(const QString &dir) { m_sandboxDir = dir; } // default paths::sandboxDir()

public Q_SLOTS:
    void refresh();
    // Reads every saved profile (whose password libpq finds itself) to draw the servers of this
    // cluster; once after the first read, again with the button and after a promotion.
    void loadTopology();

Q_SIGNALS:
    void statusLoaded();
    void topologyLoaded();
    void actionFinished(bool succeeded, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loaded(const JobOutcome &outcome);
    void showStatus(const ReplicationStatus &status);
    void updateWalRate(const ReplicationStatus &previous, const ReplicationStatus &current, const WalRate &fromHistory);
    void fillStandbys(const ReplicationStatus &status);
    void fillSlots(const ReplicationStatus &status);
    void fillLogical(const ReplicationStatus &status);
    void showLagHistory(const QMap<QString, TimeSeries> &lag);
    void updateButtons();
    void askCreateSlot();
    void askDropSlot();
    void askPromote();
    void askSwitchover();
    void showRebuild(const QStringList &lines);
    void topologyRead(const JobOutcome &outcome);
    void runAction(const QString &title, std::function<Status(pg::Connection &)> action, std::function<void()> succeeded = {});

    std::unique_ptr<Ui::ReplicationView> ui;
    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
    std::optional<ReplicationStatus> m_status;
    WalRate m_walRate;
    QPointer<Job> m_job;
    QPointer<Job> m_action;
    QPointer<Job> m_topologyJob;
    bool m_topologyTried = false;
    bool m_refreshAgain = false; // asked while a read ran (after an action): that read may predate it
    bool m_topologyAgain = false; // asked while a read ran: read again when it ends (after a promotion)
    QStringList m_rebuildLines;
    QString m_sandboxDir;
    QPushButton *m_demoStandbyButton;
    QPushButton *m_switchoverButton;
    std::optional<ConnectionProfile> m_upstreamProfile;
    QTimer m_timer;
    TimeChartView *m_lagChart;
    QWidget *m_topologyBox;
    TopologyDiagram *m_topology;
    QLabel *m_topologyNote;
    QLabel *m_rebuildLabel;
};

} // namespace pgs
