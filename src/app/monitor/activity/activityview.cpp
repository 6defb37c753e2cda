// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity/activityview.h"

#include "jobs/jobrunner.h"
#include "monitor/activity/activityconnection.h"
#include "monitor/activity/activityfilterbar.h"
#include "monitor/activity/blockingtreemodel.h"
#include "monitor/activity/sessiontablemodel.h"
#include "shell/appcontext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace pgs {

ActivityView::ActivityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), m_app(app), m_profile(profile)
{
    buildUi();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActivityView::refresh);
    connect(m_filters, &ActivityFilterBar::filtersChanged, this, &ActivityView::filtersChanged);
    connect(m_filters, &ActivityFilterBar::refreshRequested, this, &ActivityView::refresh);
    connect(m_filters, &ActivityFilterBar::refreshIntervalChanged, this, [this] {
        m_timer.stop();
        scheduleRefresh();
    });
    connect(m_filters, &ActivityFilterBar::longRunningChanged, this,
            [this] { m_sessions->setLongRunningSecs(m_filters->longRunningSecs()); });
    m_sessions->setLongRunningSecs(m_filters->longRunningSecs());
    updateCounts();
    updateActions();
}

ActivityView::~ActivityView()
{
    // The jobs hold the connection by shared_ptr; cancelling stops a slow statement.
    if (m_loadJob)
        m_loadJob->cancel();
}

void ActivityView::buildUi()
{
    m_filters = new ActivityFilterBar(&m_app->settings(), this);
    m_sessions = new SessionTableModel(this);
    m_blocking = new BlockingTreeModel(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_sessions);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Uniform rows: thousands of sessions must not be measured one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // wide Query title stays in sight
    const int charWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // In characters, by column (SessionTableModel::Column order); never narrower than the title.
    const int widths[] = {7, 14, 11, 14, 17, 9, 16, 9, 60, 12, 9, 9, 9};
    QFont headerFont = m_table->horizontalHeader()->font();
    headerFont.setBold(true); // some styles draw titles bold
    const QFontMetrics headerMetrics(headerFont);
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, std::max(widths[c] * charWidth,
                                            headerMetrics.horizontalAdvance(m_sessions->headerData(c, Qt::Horizontal).toString()))
                                       + 16);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    setUpSorting();

    m_queryPane = new QPlainTextEdit(this);
    m_queryPane->setObjectName(QStringLiteral("queryPane"));
    m_queryPane->setReadOnly(true);
    m_queryPane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_queryPane->setPlaceholderText(tr("Select a session to see its whole query."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_queryPane->setFont(mono);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("blockingTree"));
    m_tree->setModel(m_blocking);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    const int treeWidths[] = {12, 19, 15, 19, 19, 16};
    for (int c = 0; c < int(std::size(treeWidths)); ++c)
        m_tree->setColumnWidth(c, treeWidths[c] * charWidth + 12);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_previous = new QPushButton(tr("◀ &Previous"), this);
    m_next = new QPushButton(tr("&Next ▶"), this);
    m_cancelAction = new QAction(tr("&Cancel query"), this);
    m_cancelAction->setToolTip(tr("Cancel the running query of the selected sessions (pg_cancel_backend)"));
    m_terminateAction = new QAction(tr("&Terminate session"), this);
    m_terminateAction->setToolTip(tr("Close the connections of the selected sessions (pg_terminate_backend)"));
    m_cancelButton = new QPushButton(m_cancelAction->text(), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(m_cancelAction->toolTip());
    m_terminateButton = new QPushButton(m_terminateAction->text(), this);
    m_terminateButton->setObjectName(QStringLiteral("terminateButton"));
    m_terminateButton->setToolTip(m_terminateAction->toolTip());
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    m_blockingLabel = new QLabel(this);
    m_blockingLabel->setObjectName(QStringLiteral("blockingLabel"));

    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_countLabel, 1);
    pageRow->addWidget(m_previous);
    pageRow->addWidget(m_next);
    pageRow->addSpacing(16);
    pageRow->addWidget(m_cancelButton);
    pageRow->addWidget(m_terminateButton);

    auto *sessionSplit = new QSplitter(Qt::Horizontal, this);
    sessionSplit->addWidget(m_table);
    sessionSplit->addWidget(m_queryPane);
    sessionSplit->setStretchFactor(0, 4);
    sessionSplit->setStretchFactor(1, 1);
    auto *treePage = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_blockingLabel);
    treeLayout->addWidget(m_tree, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(sessionSplit);
    split->addWidget(treePage);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(pageRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(split, 1);

    connect(m_previous, &QPushButton::clicked, this, &ActivityView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &ActivityView::nextPage);
    connect(m_cancelAction, &QAction::triggered, this, &ActivityView::cancelSelected);
    connect(m_terminateAction, &QAction::triggered, this, &ActivityView::terminateSelected);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    connect(m_terminateButton, &QPushButton::clicked, m_terminateAction, &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateQueryPane();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActivityView::updateQueryPane);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_cancelAction);
        menu.addAction(m_terminateAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    // A session picked in the tree is picked in the table too, when it is on this page.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const int pid = index.data(BlockingTreeModel::PidRole).toInt();
        if (pid && m_sessions->rowOfPid(pid) >= 0)
            selectPids({pid});
    });
}

void ActivityView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile; // the production guard is read when an action is confirmed
}

void ActivityView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
    m_connection = std::make_shared<ActivityConnection>(spec);
    ++m_generation;
    if (isVisible())
        refresh();
}

void ActivityView::refresh()
{
    m_timer.stop();
    if (!m_connection)
        return;
    if (m_loadJob) { // never two loads at once: one more after this one
        m_refreshPending = true;
        return;
    }
    ActivityOptions options = m_filters->filters();
    options.limit = m_pageSize;
    options.offset = m_offset;
    options.sort = m_sort;
    options.descending = m_descending;
    const quint64 generation = m_generation;
    Job *job = m_app->jobs().start(
        tr("Activity of %1").arg(m_profile.name),
        [connection = m_connection, options](JobContext &ctx) -> JobResult {
            auto snap = connection->load(ctx, options);
            if (!snap)
                return snap.error();
            return QVariant::fromValue(std::move(snap).value());
        },
        QStringLiteral("refresh"));
    m_loadJob = job;
    connect(job, &Job::finished, this, [this, job, generation] { loadFinished(job, generation); });
    updateCounts();
}

void ActivityView::loadFinished(Job *job, quint64 generation)
{
    if (job == m_loadJob)
        m_loadJob.clear();
    const Job::State state = job->state();
    const Error error = job->error();
    const QVariant result = job->result();
    m_app->jobs().discard(job);
    if (generation != m_generation || m_refreshPending) { // asked for something newer meanwhile
        m_refreshPending = false;
        refresh();
        return;
    }
    if (state == Job::State::Succeeded) {
        const auto snap = result.value<ActivitySnapshot>();
        if (snap.sessions.isEmpty() && m_offset > 0) { // the page emptied under us: back to the first
            m_offset = 0;
            refresh();
            return;
        }
        showSnapshot(snap);
        Q_EMIT refreshed();
    } else if (state == Job::State::Failed) {
        showMessage(tr("Could not load the sessions: %1").arg(error.message), true);
        Q_EMIT loadFailed(error.message);
    }
    updateCounts();
    scheduleRefresh();
}

void ActivityView::showSnapshot(const ActivitySnapshot &snap)
{
    m_snapshot = snap;
    m_loaded = true;
    if (m_messageLabel->property("error").toBool())
        m_messageLabel->hide(); // a load error is over once a load worked
    m_sessions->setSessions(snap.sessions, snap.serverTime.isValid() ? snap.serverTime : QDateTime::currentDateTimeUtc(),
                            snap.ownPid);
    m_filters->rememberNames(snap.sessions);
    if (m_blocking->setEdges(snap.blocking))
        m_tree->expandAll();
    updateQueryPane();
    updateActions();
}

void ActivityView::scheduleRefresh()
{
    const int interval = m_filters->refreshIntervalMsecs();
    if (interval > 0 && isVisible() && m_connection && !m_loadJob)
        m_timer.start(interval);
}

void ActivityView::filtersChanged()
{
    m_offset = 0;
    ++m_generation;
    refresh();
}

void ActivityView::nextPage()
{
    if (m_offset + m_pageSize >= m_snapshot.total)
        return;
    m_offset += m_pageSize;
    ++m_generation;
    refresh();
}

void ActivityView::previousPage()
{
    if (m_offset == 0)
        return;
    m_offset = std::max(0, m_offset - m_pageSize);
    ++m_generation;
    refresh();
}

void ActivityView::updateCounts()
{
    const QLocale locale;
    const int shown = int(m_snapshot.sessions.size());
    if (!m_connection)
        m_countLabel->setText(tr("Connecting…"));
    else if (!m_loaded)
        m_countLabel->setText(tr("Loading sessions…"));
    else if (shown < m_snapshot.total)
        m_countLabel->setText(tr("Showing %1–%2 of %3 sessions")
                                  .arg(locale.toString(m_offset + 1), locale.toString(m_offset + shown),
                                       locale.toString(m_snapshot.total)));
    else
        m_countLabel->setText(tr("Sessions: %1").arg(locale.toString(m_snapshot.total)));
    m_previous->setVisible(m_loaded && shown < m_snapshot.total);
    m_next->setVisible(m_previous->isVisible());
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + shown < m_snapshot.total);

    const int edges = int(m_snapshot.blocking.size());
    if (edges == 0)
        m_blockingLabel->setText(tr("Blocking: no session waits for another's lock."));
    else if (edges < m_snapshot.blockingTotal)
        m_blockingLabel->setText(tr("Blocking: showing %1 of %2 waits (root blockers first)")
                                     .arg(locale.toString(edges), locale.toString(m_snapshot.blockingTotal)));
    else
        m_blockingLabel->setText(tr("Blocking — waits: %1, root blockers on top").arg(locale.toString(edges)));
}

void ActivityView::updateQueryPane()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const SessionActivity *s = current.isValid() ? m_sessions->session(current.row()) : nullptr;
    const QString text = s ? s->query : QString();
    if (m_queryPane->toPlainText() != text) // rewriting the same text would lose the reader's selection
        m_queryPane->setPlainText(text);
}

QList<int> ActivityView::selectedPids() const
{
    QList<int> pids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        pids.append(index.data(SessionTableModel::PidRole).toInt());
    std::sort(pids.begin(), pids.end());
    return pids;
}

void ActivityView::selectPids(const QList<int> &pids)
{
    QItemSelection selection;
    for (int pid : pids) {
        const int row = m_sessions->rowOfPid(pid);
        if (row >= 0)
            selection.select(m_sessions->index(row, 0), m_sessions->index(row, SessionTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_table->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
        m_table->scrollTo(selection.first().topLeft());
    }
}

void ActivityView::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection() && m_connection;
    m_cancelAction->setEnabled(any);
    m_terminateAction->setEnabled(any);
    m_cancelButton->setEnabled(any);
    m_terminateButton->setEnabled(any);
}

void ActivityView::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setProperty("error", error);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_messageLabel->setVisible(!text.isEmpty());
}

void ActivityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Back on the tab: current figures at once, then the auto-refresh rhythm again.
    if (m_connection && !m_loadJob)
        refresh();
}

void ActivityView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop(); // a hidden tab does not poll the server
}

} // namespace pgs
