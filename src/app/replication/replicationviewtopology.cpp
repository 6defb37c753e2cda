// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Replication view's topology: every saved profile (one per server) is read with the
// password the app already has (none needed, ~/.pgpass, the keychain, one entered this session);
// a profile whose password is needed is drawn as such, and clicking it asks for the password.
#include "replication/replicationview.h"

#include "jobs/job.h"
#include "jobs/jobrunner.h"
#include "pg/connection.h"
#include "replication/topologydiagram.h"
#include "sandbox/demostandby.h"
#include "sandbox/sandboxprofile.h"
#include "shell/appcontext.h"
#include "shell/passwordprompt.h"

#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace pgs {

struct TopologyTarget
{
    ConnectionProfile profile;
    ConnectionSpec spec;
    bool passwordNeeded = false;
};

namespace {
QString serverKey(const ConnectionProfile &p) { return p.host + QLatin1Char(':') + QString::number(p.port); }
} // namespace

void ReplicationView::setUpTopologyBox()
{
    m_topologyBox->setObjectName(QStringLiteral("topologyBox"));
    auto *layout = new QVBoxLayout(m_topologyBox);
    layout->addWidget(m_topology);
    m_topologyNote->setObjectName(QStringLiteral("topologyNote"));
    m_topologyNote->setWordWrap(true);
    layout->addWidget(m_topologyNote);
    auto *buttons = new QHBoxLayout;
    auto *findButton = new QPushButton(tr("Read the &topology again"), m_topologyBox);
    findButton->setObjectName(QStringLiteral("topologyButton"));
    connect(findButton, &QPushButton::clicked, this, &ReplicationView::loadTopology);
    buttons->addWidget(findButton);
    m_topologyConnectButton = new QToolButton(m_topologyBox);
    m_topologyConnectButton->setObjectName(QStringLiteral("topologyConnectButton"));
    m_topologyConnectButton->setText(tr("Co&nnect to…"));
    m_topologyConnectButton->setToolTip(tr("Enter the password of a saved server that is not connected yet (kept for this session only)."));
    m_topologyConnectButton->setPopupMode(QToolButton::InstantPopup);
    m_topologyConnectButton->setMenu(new QMenu(m_topologyConnectButton));
    m_topologyConnectButton->hide();
    buttons->addWidget(m_topologyConnectButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_topology, &TopologyDiagram::nodeClicked, this, [this](int node) {
        const TopologyNode &n = m_topology->topology().nodes.value(node);
        if (!n.connected)
            askTopologyPassword(n.name);
    });
    m_topologyBox->hide();
}

void ReplicationView::loadTopology()
{
    if (m_topologyJob || m_topologyResolving) {
        m_topologyAgain = true;
        return;
    }
    if (!m_spec || !m_status)
        return;
    QList<ConnectionProfile> others;
    QSet<QString> servers{serverKey(m_profile)};
    for (const ConnectionProfile &p : m_app->profiles().profiles()) {
        // One node per server: another profile of the same host and port (another database) adds nothing.
        if (p.id == m_profile.id || servers.contains(serverKey(p)))
            continue;
        servers.insert(serverKey(p));
        others << p;
    }
    auto targets = std::make_shared<QList<TopologyTarget>>();
    targets->append({m_profile, *m_spec, false});
    for (const ConnectionProfile &p : others)
        targets->append({p, {}, true});
    auto pending = std::make_shared<qsizetype>(others.size());
    if (others.isEmpty()) {
        startTopologyRead(*targets);
        return;
    }
    m_topologyResolving = true;
    for (qsizetype i = 0; i < others.size(); ++i) {
        // Keychain answers arrive later and in any order: each fills its own place.
        m_app->resolveSpecWithoutAsking(others[i], this, [this, targets, pending, index = i + 1](Result<ConnectionSpec> spec) {
            if (spec) {
                (*targets)[index].spec = *spec;
                (*targets)[index].spec.set(QStringLiteral("connect_timeout"), QStringLiteral("3"));
                (*targets)[index].passwordNeeded = false;
            }
            if (--*pending == 0) {
                m_topologyResolving = false;
                startTopologyRead(*targets);
            }
        });
    }
}

void ReplicationView::startTopologyRead(const QList<TopologyTarget> &targets)
{
    const QString systemIdentifier = m_status ? m_status->systemIdentifier : QString();
    m_topologyJob = m_app->jobs().startRead(
        tr("Replication topology of %1").arg(m_profile.name),
        [targets, systemIdentifier](JobContext &ctx) -> JobResult {
            QList<TopologyMember> members;
            for (const TopologyTarget &t : targets) {
                if (ctx.isCanceled())
                    return JobContext::canceledError();
                TopologyMember m{t.profile.name, t.profile.host, t.profile.port, std::nullopt, {}, t.passwordNeeded};
                if (!t.passwordNeeded) {
                    auto conn = pg::Connection::open(t.spec);
                    if (!conn) {
                        m.error = conn.error().message;
                        m.passwordNeeded = conn.error().code == QLatin1String("password-required");
                    } else if (auto st = loadReplicationStatus(**conn)) {
                        m.status = *st;
                    } else {
                        m.error = st.error().message;
                    }
                }
                members << m;
            }
            return QVariant::fromValue(buildTopology(members, systemIdentifier));
        },
        this, [this](const JobOutcome &outcome) { topologyRead(outcome); });
}

void ReplicationView::topologyRead(const JobOutcome &outcome)
{
    m_topologyJob.clear();
    if (outcome.canceled())
        return;
    if (m_topologyAgain) {
        m_topologyAgain = false; // this read may predate what changed (a promotion, a new standby)
        loadTopology();
        return;
    }
    if (!outcome.succeeded()) {
        m_topologyNote->setText(tr("The topology could not be read: %1").arg(outcome.error.message));
        return;
    }
    const auto topology = outcome.result.value<Topology>();
    m_topology->setTopology(topology, m_profile.name);
    // The saved profile this standby streams from: what a clean switchover needs.
    m_upstreamProfile.reset();
    for (const TopologyEdge &e : topology.edges)
        if (topology.nodes[e.downstream].name == m_profile.name && topology.nodes[e.upstream].connected && !topology.nodes[e.upstream].standby)
            if (const ConnectionProfile *p = m_app->profiles().find(topology.nodes[e.upstream].name))
                m_upstreamProfile = *p;
    // A local sandbox primary can be stopped and started by us: the shutdown fence is possible.
    const QStringList sandboxes{m_sandboxDir, demoStandbyDirectory(m_sandboxDir)};
    m_primarySandboxDir = m_upstreamProfile ? sandboxDirectoryServing(sandboxes, m_upstreamProfile->host, m_upstreamProfile->port) : QString();
    m_standbySandboxDir = sandboxDirectoryServing(sandboxes, m_profile.host, m_profile.port);
    QMenu *menu = m_topologyConnectButton->menu();
    menu->clear();
    for (const TopologyNode &n : topology.nodes)
        if (!n.connected)
            menu->addAction(tr("%1…").arg(n.name), this, [this, name = n.name] { askTopologyPassword(name); });
    m_topologyConnectButton->setVisible(!menu->isEmpty());
    updateButtons();
    // One server alone is no diagram; the others that could not be read are named below it.
    m_topologyBox->setVisible(topology.nodes.size() >= 2);
    m_topologyBox->setMinimumHeight(m_topologyBox->sizeHint().height()); // the splitter would squeeze it to nothing
    m_topologyNote->setText(topology.notChecked.isEmpty() ? QString() : topology.notChecked.join(QStringLiteral("; ")));
    m_topologyNote->setVisible(!topology.notChecked.isEmpty());
    Q_EMIT topologyLoaded();
}

void ReplicationView::askTopologyPassword(const QString &profileName)
{
    const ConnectionProfile *profile = m_app->profiles().find(profileName);
    if (!profile)
        return;
    auto *prompt = new PasswordPrompt(profile->name, profile->displayTarget(), this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [this, prompt, profileName] { connectTopologyProfile(profileName, prompt->password()); });
    prompt->open();
}

void ReplicationView::connectTopologyProfile(const QString &profileName, const QString &password)
{
    if (const ConnectionProfile *profile = m_app->profiles().find(profileName)) {
        m_app->rememberSessionPassword(profile->id, password); // this session only, as for "ask every time"
        loadTopology();
    }
}

} // namespace pgs
