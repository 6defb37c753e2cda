// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobspanel.h"

#include "jobs/joblistmodel.h"
#include "jobs/jobrunner.h"
#include "jobs/progressdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace pgs {

JobsPanel::JobsPanel(JobRunner *runner, QWidget *parent)
    : QWidget(parent),
      m_runner(runner),
      m_model(new JobListModel(runner, this)),
      m_view(new QTreeView(this)),
      m_log(new QPlainTextEdit(this)),
      m_cancelButton(new QPushButton(tr("&Cancel job"), this)),
      m_clearButton(new QPushButton(tr("C&lear finished"), this))
{
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegateForColumn(JobListModel::Progress, new ProgressDelegate(m_view));
    m_view->header()->setSectionResizeMode(JobListModel::Title, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(JobListModel::State, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(JobListModel::Progress, 220);
    m_view->header()->setSectionResizeMode(JobListModel::Elapsed, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(10'000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setPlaceholderText(tr("Select a job to see its log."));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_clearButton->setObjectName(QStringLiteral("clearButton"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        // A job the user just started is the one they want to watch.
        m_view->setCurrentIndex(m_model->index(last, 0));
        m_view->scrollTo(m_model->index(last, 0));
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &JobsPanel::cancelSelected);
    connect(m_clearButton, &QPushButton::clicked, m_runner, &JobRunner::removeFinished);
    connect(m_runner, &JobRunner::jobFinished, this, &JobsPanel::updateButtons);
    connect(m_runner, &JobRunner::jobsRemoved, this, &JobsPanel::updateButtons);
    updateButtons();
}

JobsPanel::~JobsPanel() = default;

Job *JobsPanel::selectedJob() const
{
    return m_model->jobAt(m_view->currentIndex().row());
}

void JobsPanel::selectJob(const Job *job)
{
    const int row = m_model->rowOf(job);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void JobsPanel::selectionChanged()
{
    Job *job = selectedJob();
    if (job != m_shownJob) {
        disconnect(m_logConnection);
        m_shownJob = job;
        m_log->clear();
        if (job) {
            m_log->setPlainText(job->log().join(QLatin1Char('\n')));
            m_logConnection = connect(job, &Job::logAppended, m_log, [this](const QStringList &lines) {
                for (const QString &line : lines)
                    m_log->appendPlainText(line);
            });
            if (job->state() == Job::State::Failed && !job->error().detail.isEmpty())
                m_log->appendPlainText(job->error().detail);
        }
    }
    updateButtons();
}

void JobsPanel::updateButtons()
{
    Job *job = selectedJob();
    m_cancelButton->setEnabled(job && !job->isFinished());
    bool anyFinished = false;
    for (int row = 0; row < m_model->rowCount() && !anyFinished; ++row)
        anyFinished = m_model->jobAt(row) && m_model->jobAt(row)->isFinished();
    m_clearButton->setEnabled(anyFinished);
}

void JobsPanel::cancelSelected()
{
    if (Job *job = selectedJob())
        job->cancel();
    m_cancelButton->setEnabled(false);
}

} // namespace pgs
