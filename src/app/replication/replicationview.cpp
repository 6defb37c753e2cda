// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/replicationview.h"
#include "ui_replicationview.h"

#include "charts/timechartview.h"
#include "jobs/connectedjob.h"
#include "jobs/job.h"
#include "jobs/jobrunner.h"
#include "monitor/history/historyloader.h"
#include "monitor/humanformat.h"
#include "pg/connection.h"
#include "physical/walarchive.h"
#include "replication/laghistory.h"
#include "replication/replicationactions.h"
#include "replication/topologydiagram.h"
#include "shell/appcontext.h"
#include "shell/demoworkloadcontroller.h"
#include "util/paths.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pgs {

namespace {

QString bytesText(const std::optional<double> &v) { return v ? humanBytes(qint64(*v)) : QStringLiteral("–"); }
QString secondsText(const std::optional<double> &v)
{
    return v ? ReplicationView::tr("%1 s").arg(QLocale().toString(*v, 'f', 1)) : QStringLiteral("–");
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QList<int> &rightAligned = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

void prepareTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setMinimumHeight(72); // room for a row or two; the splitter gives more (the window must fit 800 px)
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
}

} // namespace

ReplicationView::ReplicationView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ReplicationView>()), m_app(app), m_profile(profile),
      m_lagChart(new TimeChartView(tr("Replay lag of each standby, last 24 hours"), ValueUnit::Milliseconds, this)),
      m_topologyBox(new QGroupBox(tr("Topology: the servers of this cluster among the saved profiles"), this)),
      m_topology(new TopologyDiagram(m_topologyBox)), m_topologyNote(new QLabel(m_topologyBox))
{
    ui->setupUi(this);
    m_sandboxDir = paths::sandboxDir();
    m_demoStandbyButton = new QPushButton(tr("Start a &demo standby"), this);
    m_demoStandbyButton->setObjectName(QStringLiteral("demoStandbyButton"));
    m_demoStandbyButton->setToolTip(tr("Make a streaming standby of the local sandbox (pg_basebackup -R, its own port) and a profile for it."));
    ui->bar->insertWidget(ui->bar->indexOf(ui->pauseButton), m_demoStandbyButton);
    connect(m_demoStandbyButton, &QPushButton::clicked, this, &ReplicationView::startDemoStandby);
    m_switchoverButton = new QPushButton(tr("S&witch over…"), this);
    m_switchoverButton->setObjectName(QStringLiteral("switchoverButton"));
    m_switchoverButton->setToolTip(tr("Stop writes on this standby's primary (over SQL, or by shutting a local sandbox down), let it catch up, then promote it "
                                     "(needs the primary as a saved profile)."));
    ui->bar->insertWidget(ui->bar->indexOf(ui->promoteButton), m_switchoverButton);
    connect(m_switchoverButton, &QPushButton::clicked, this, &ReplicationView::askSwitchover);
    setUpTopologyBox();
    ui->splitter->insertWidget(0, m_topologyBox);
    ui->splitter->setCollapsible(0, false);
    m_lagChart->setObjectName(QStringLiteral("lagChart"));
    m_lagChart->setMinimumHeight(180);
    m_lagChart->setEmptyText(tr("No lag history yet: it is sampled while the profile is open (Dashboard) or by the history timer."));
    ui->splitter->insertWidget(1, m_lagChart);
    setUpRebuildBox(); // on top of the topology: after a promotion it is what matters
    // The panes scroll rather than impose their minimum height on the window (1280 x 800 fits).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("replicationScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    ui->layout->replaceWidget(ui->splitter, scroll);
    scroll->setWidget(ui->splitter);
    prepareTable(ui->standbysTable, {tr("Standby"), tr("Client"), tr("State"), tr("Sync"), tr("Sent"), tr("Replayed"),
                                     tr("Replay lag"), tr("Lag time")});
    prepareTable(ui->slotsTable, {tr("Slot"), tr("Type"), tr("State"), tr("Database"), tr("WAL status"), tr("Retains"),
                                  tr("Safe WAL left")});
    prepareTable(ui->logicalTable, {tr("Kind"), tr("Name"), tr("State"), tr("Tables")});
    ui->statusLabel->setText(tr("Connecting…"));
    connect(ui->refreshButton, &QPushButton::clicked, this, &ReplicationView::refresh);
    connect(ui->createSlotButton, &QPushButton::clicked, this, &ReplicationView::askCreateSlot);
    connect(ui->dropSlotButton, &QPushButton::clicked, this, &ReplicationView::askDropSlot);
    connect(ui->promoteButton, &QPushButton::clicked, this, &ReplicationView::askPromote);
    connect(ui->pauseButton, &QPushButton::clicked, this, [this] { runAction(tr("Pause replay on %1").arg(m_profile.name), pauseReplay); });
    connect(ui->resumeButton, &QPushButton::clicked, this, [this] { runAction(tr("Resume replay on %1").arg(m_profile.name), resumeReplay); });
    connect(ui->slotsTable, &QTableWidget::itemSelectionChanged, this, &ReplicationView::updateButtons);
    m_timer.setInterval(kRefreshIntervalMsecs);
    connect(&m_timer, &QTimer::timeout, this, &ReplicationView::refresh);
    updateButtons();
}

ReplicationView::~ReplicationView()
{
    if (m_job)
        m_job->cancel();
}

void ReplicationView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    updateButtons();
}

void ReplicationView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    refresh();
}

void ReplicationView::refresh()
{
    if (m_job) {
        m_refreshAgain = true;
        return;
    }
    if (!m_spec)
        return;
    const ConnectionSpec spec = *m_spec;
    const QString profileId = m_profile.id;
    m_job = m_app->jobs().startRead(
        tr("Replication of %1").arg(m_profile.name),
        [spec, profileId](JobContext &ctx) -> JobResult {
            return runConnected(ctx, spec, [&](pg::Connection &conn) -> JobResult {
                auto status = loadReplicationStatus(conn);
                if (!status)
                    return status.error();
                ReplicationViewData data{*status, {}, {}, {}};
                const QDateTime to = QDateTime::currentDateTimeUtc();
                if (!status->standby) {
                    auto rate = walRateFromHistory(profileId, to);
                    if (rate)
                        data.walRate = *rate;
                }
                auto lag = loadReplayLagHistory(profileId, to.addDays(-1), to);
                if (lag)
                    data.lagHistory = *lag;
                else
                    data.historyError = lag.error().message;
                return QVariant::fromValue(data);
            });
        },
        this, [this](const JobOutcome &outcome) { loaded(outcome); });
}

void ReplicationView::loaded(const JobOutcome &outcome)
{
    m_job.clear();
    if (outcome.canceled())
        return;
    if (m_refreshAgain) {
        m_refreshAgain = false; // this state may be from before an action: read it again
        refresh();
        return;
    }
    if (!outcome.succeeded()) {
        ui->statusLabel->setText(tr("Could not read the replication state: %1").arg(outcome.error.message));
        return;
    }
    const auto data = outcome.result.value<ReplicationViewData>();
    updateWalRate(m_status.value_or(ReplicationStatus{}), data.status, data.walRate);
    m_status = data.status;
    showStatus(*m_status);
    showLagHistory(data.lagHistory);
    if (!data.historyError.isEmpty())
        m_lagChart->setEmptyText(tr("The lag history could not be read: %1").arg(data.historyError));
    Q_EMIT statusLoaded();
    if (!m_topologyTried) {
        m_topologyTried = true;
        loadTopology();
    }
}

void ReplicationView::updateWalRate(const ReplicationStatus &previous, const ReplicationStatus &current, const WalRate &fromHistory)
{
    if (current.standby) {
        m_walRate = WalRate{};
        return;
    }
    if (fromHistory.bytesPerSecond) {
        m_walRate = fromHistory;
        return;
    }
    // No fresh history: this view's own readings, one refresh apart. The first one is no rate.
    const auto before = parseLsn(previous.currentLsn), after = parseLsn(current.currentLsn);
    if (previous.standby || previous.systemIdentifier != current.systemIdentifier || !before || !after) {
        m_walRate = WalRate{};
        m_walRate.reason = tr("measuring: a second reading follows with the next refresh");
        return;
    }
    m_walRate = walRateBetween(double(*before), previous.takenAt.toMSecsSinceEpoch() / 1000.0, double(*after),
                               current.takenAt.toMSecsSinceEpoch() / 1000.0);
}

void ReplicationView::showStatus(const ReplicationStatus &s)
{
    ui->statusLabel->setText(tr("Read at %1").arg(QLocale().toString(s.takenAt.toLocalTime().time(), QLocale::ShortFormat)));
    QStringList summary{s.standby ? tr("<b>Standby</b> on timeline %1").arg(s.timeline)
                                  : tr("<b>Primary</b> on timeline %1, WAL at %2").arg(s.timeline).arg(s.currentLsn)};
    if (!s.standby) {
        summary << m_walRate.describe().toHtmlEscaped();
        summary << s.synchronousExplained().toHtmlEscaped();
    }
    if (s.receiver) {
        const ReceiverInfo &r = *s.receiver;
        summary << tr("Receiver %1 from %2:%3 (slot %4)")
                       .arg(r.status.toHtmlEscaped(), r.senderHost.toHtmlEscaped())
                       .arg(r.senderPort)
                       .arg(r.slotName.isEmpty() ? tr("none") : r.slotName.toHtmlEscaped());
        summary << tr("Replayed up to %1; received but not replayed %2; %3%4")
                       .arg(r.replayLsn, bytesText(r.replayGapBytes),
                            r.replayDelaySeconds ? tr("last replayed commit %1 ago").arg(secondsText(r.replayDelaySeconds))
                                                 : tr("no commit replayed since the standby started"),
                            r.replayPaused ? tr(" — <b>replay is PAUSED</b>") : QString());
    }
    summary << tr("wal_level %1, %2 of %3 WAL senders in use, %4 of %5 slots")
                   .arg(s.walLevel)
                   .arg(s.standbys.size())
                   .arg(s.maxWalSenders)
                   .arg(s.replicationSlots.size())
                   .arg(s.maxReplicationSlots);
    ui->summaryLabel->setText(summary.join(QStringLiteral("<br>")));
    QStringList findings;
    for (const Finding &f : replicationFindings(s))
        findings << QStringLiteral("<b>%1</b> %2").arg(severityLabel(f.severity).toHtmlEscaped(), f.detail.toHtmlEscaped());
    ui->findingsLabel->setText(findings.join(QStringLiteral("<br>")));
    ui->findingsLabel->setVisible(!findings.isEmpty());
    fillStandbys(s);
    fillSlots(s);
    fillLogical(s);
    updateButtons();
}

void ReplicationView::fillStandbys(const ReplicationStatus &s)
{
    ui->standbysBox->setVisible(!s.standby); // a standby's upstream is the receiver line above
    m_lagChart->setVisible(!s.standby);
    ui->standbysBox->setTitle(s.standbys.isEmpty() ? tr("Standbys: none connected")
                                                   : tr("Standbys (%n)", nullptr, int(s.standbys.size())));
    ui->standbysTable->setRowCount(int(s.standbys.size()));
    for (int row = 0; row < s.standbys.size(); ++row) {
        const StandbyInfo &st = s.standbys[row];
        setRow(ui->standbysTable, row,
               {st.applicationName, st.client, st.state, st.syncState, st.sentLsn, st.replayLsn, bytesText(st.replayLagBytes),
                secondsText(st.replayLagSeconds)},
               {6, 7});
    }
}

void ReplicationView::fillSlots(const ReplicationStatus &s)
{
    const QString selected = ui->slotsTable->currentRow() >= 0 && ui->slotsTable->item(ui->slotsTable->currentRow(), 0)
                                 ? ui->slotsTable->item(ui->slotsTable->currentRow(), 0)->text()
                                 : QString();
    ui->slotsBox->setTitle(tr("Replication slots (%n)", nullptr, int(s.replicationSlots.size())));
    ui->slotsTable->setRowCount(int(s.replicationSlots.size()));
    for (int row = 0; row < s.replicationSlots.size(); ++row) {
        const SlotInfo &slot = s.replicationSlots[row];
        setRow(ui->slotsTable, row,
               {slot.name, slot.type, slot.active ? tr("active (pid %1)").arg(slot.activePid.value_or(0)) : tr("inactive"),
                slot.database, slot.walStatus.isEmpty() ? QStringLiteral("–") : slot.walStatus, bytesText(slot.retainedBytes),
                bytesText(slot.safeWalSize)},
               {5, 6});
        if (slot.name == selected)
            ui->slotsTable->selectRow(row);
    }
}

void ReplicationView::fillLogical(const ReplicationStatus &s)
{
    const qsizetype rows = s.publications.size() + s.subscriptions.size() + (s.subscriptionsNotChecked.isEmpty() ? 0 : 1);
    ui->logicalTable->setRowCount(int(rows));
    int row = 0;
    for (const PublicationInfo &p : s.publications)
        setRow(ui->logicalTable, row++, {tr("Publication"), p.name, QString(), p.allTables ? tr("all tables") : p.tables});
    for (const SubscriptionInfo &sub : s.subscriptions) {
        QString state = !sub.enabled ? tr("disabled") : sub.workerPid ? tr("running") : tr("worker not running");
        if (sub.workerPid && sub.lastMessageSeconds)
            state = tr("running, last message %1 ago, received up to %2").arg(secondsText(sub.lastMessageSeconds), sub.receivedLsn);
        QStringList notReady, all;
        for (const SubscriptionTable &t : sub.tables) {
            all << tr("%1: %2").arg(t.table, t.state);
            if (t.state != QLatin1String("ready"))
                notReady << tr("%1: %2").arg(t.table, t.state);
        }
        QString tables = tr("%1 ready, %2 syncing (from %3)").arg(sub.tablesReady).arg(sub.tablesSyncing).arg(sub.publications);
        if (!notReady.isEmpty())
            tables += QStringLiteral(" — ") + notReady.join(QStringLiteral(", "));
        setRow(ui->logicalTable, row, {tr("Subscription"), sub.name, state, tables});
        ui->logicalTable->item(row, 3)->setToolTip(all.join(QLatin1Char('\n')));
        ++row;
    }
    if (!s.subscriptionsNotChecked.isEmpty())
        setRow(ui->logicalTable, row++, {tr("Subscriptions"), QString(), tr("not checked"), s.subscriptionsNotChecked});
    ui->logicalBox->setTitle(rows == 0 ? tr("Logical replication (this database): no publications or subscriptions")
                                       : tr("Logical replication (this database)"));
}

void ReplicationView::showLagHistory(const QMap<QString, TimeSeries> &lag)
{
    m_lagChart->beginUpdate();
    for (const QString &name : m_lagChart->seriesNames())
        if (!lag.contains(name))
            m_lagChart->setSeries(name, {});
    for (auto it = lag.cbegin(); it != lag.cend(); ++it) {
        QList<QPointF> points = chartPointsOf(*it);
        for (QPointF &p : points)
            p.setY(p.y() * 1000.0); // seconds in the history, milliseconds on the axis
        m_lagChart->setSeries(it.key(), points);
    }
    const QDateTime to = QDateTime::currentDateTimeUtc();
    m_lagChart->setTimeRange(to.addDays(-1), to);
    m_lagChart->endUpdate();
}

void ReplicationView::updateButtons()
{
    const bool known = m_status.has_value();
    const bool standby = known && m_status->standby;
    const bool busy = !m_action.isNull();
    ui->pauseButton->setEnabled(standby && !busy && m_status->receiver && !m_status->receiver->replayPaused);
    ui->resumeButton->setEnabled(standby && !busy && m_status->receiver && m_status->receiver->replayPaused);
    ui->promoteButton->setEnabled(standby && !busy);
    m_switchoverButton->setVisible(standby);
    m_switchoverButton->setEnabled(standby && !busy && m_upstreamProfile.has_value());
    ui->createSlotButton->setEnabled(known && !busy);
    m_demoStandbyButton->setVisible(DemoWorkloadController::isLocalSandbox(m_profile) && !standby);
    m_demoStandbyButton->setEnabled(known && !standby && !busy);
    ui->dropSlotButton->setEnabled(known && !busy && ui->slotsTable->currentRow() >= 0);
}

void ReplicationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    if (m_status)
        refresh();
}

void ReplicationView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace pgs
