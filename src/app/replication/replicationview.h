// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "monitor/historystore.h"
#include "replication/rebuildadvice.h"
#include "replication/replicationstatus.h"
#include "replication/switchover.h"
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
class QTextBrowser;
class QPushButton;
class QToolButton;

namespace Ui {
class ReplicationView;
}

namespace pgs {

class AppContext;

class TimeChartView;
class TopologyDiagram;
class Job;
struct JobOutcome;
struct TopologyTarget;

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
    QString rebuildText() const; // the same as Copy puts on the clipboard
    bool isLoading() const { return !m_job.isNull(); }

    // The confirmations a user gives in dialogs, callable from tests (the dialogs call them too).
    void createSlotNamed(const QString &name, bool logical);
    void dropSlotConfirmed(const QString &name);
    void promoteConfirmed();
    // The demo: a streaming standby of the local sandbox (its own sandbox), saved as a profile.
    void startDemoStandby();
    // A clean switchover from this standby's upstream (a saved profile seen in the topology).
    // Shutdown (offered when that upstream is the local sandbox or its demo standby): the
    // primary is stopped, and with rejoin restarted as a standby of this one.
    void switchoverConfirmed(SwitchoverFence fence = SwitchoverFence::Sql, bool rejoin = false);
    const std::optional<ConnectionProfile> &upstreamProfile() const { return m_upstreamProfile; }
    QString primarySandboxDirectory() const { return m_primarySandboxDir; } // empty: no shutdown fence
    // A topology node whose password is needed: the password for this session, then read again.
    void connectTopologyProfile(const QString &profileName, const QString &password);
    void setSandboxDirectory(const QString &dir) { m_sandboxDir = dir; } // default paths::sandboxDir()

public Q_SLOTS:
    void refresh();
    // Reads every saved profile (with the password the app has without asking) to draw the
    // servers of this cluster; once after the first read, again with the button and after a promotion.
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
    void setUpTopologyBox();
    void setUpRebuildBox();
    void startTopologyRead(const QList<TopologyTarget> &targets);
    void topologyRead(const JobOutcome &outcome);
    void askTopologyPassword(const QString &profileName);
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
    bool m_topologyResolving = false; // passwords are being looked up (the keychain answers later)
    bool m_refreshAgain = false; // asked while a read ran (after an action): that read may predate it
    bool m_topologyAgain = false; // asked while a read ran: read again when it ends (after a promotion)
    QStringList m_rebuildLines;
    QString m_sandboxDir;
    QPushButton *m_demoStandbyButton;
    QPushButton *m_switchoverButton;
    std::optional<ConnectionProfile> m_upstreamProfile;
    QString m_primarySandboxDir, m_standbySandboxDir; // the sandboxes behind the upstream and this profile, if any
    QTimer m_timer;
    TimeChartView *m_lagChart;
    QWidget *m_topologyBox;
    TopologyDiagram *m_topology;
    QLabel *m_topologyNote;
    QToolButton *m_topologyConnectButton = nullptr;
    QWidget *m_rebuildBox = nullptr;
    QTextBrowser *m_rebuildText = nullptr;
};

} // namespace pgs
