// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/joblistmodel.h"

#include "jobs/jobrunner.h"
#include "monitor/humanformat.h"

#include <QBrush>
#include <QColor>

namespace pgs {

JobListModel::JobListModel(JobRunner *runner, QObject *parent) : QAbstractTableModel(parent), m_runner(runner)
{
    for (Job *job : runner->jobs())
        addJob(job);
    connect(runner, &JobRunner::jobAdded, this, &JobListModel::addJob);
    connect(runner, &JobRunner::jobsRemoved, this, &JobListModel::dropRemovedJobs);
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &JobListModel::tickElapsed);
}

bool JobListModel::isListed(const Job *job)
{
    return job->category() != QLatin1String("refresh");
}

void JobListModel::addJob(Job *job)
{
    if (!isListed(job))
        return;
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    endInsertRows();
    connect(job, &Job::progressChanged, this, [this, job] { jobChanged(job); });
    if (!job->isFinished())
        m_elapsedTimer.start();
}

void JobListModel::dropRemovedJobs()
{
    const QList<Job *> alive = m_runner->jobs();
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        Job *job = m_jobs.at(row);
        if (job && alive.contains(job))
            continue;
        beginRemoveRows({}, row, row);
        m_jobs.removeAt(row);
        endRemoveRows();
    }
}

void JobListModel::jobChanged(Job *job)
{
    const int row = rowOf(job);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobListModel::tickElapsed()
{
    bool anyRunning = false;
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row) && !m_jobs.at(row)->isFinished()) {
            anyRunning = true;
            Q_EMIT dataChanged(index(row, Elapsed), index(row, Elapsed));
        }
    }
    if (!anyRunning)
        m_elapsedTimer.stop();
}

Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row).data() : nullptr;
}

int JobListModel::rowOf(const Job *job) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row) == job)
            return row;
    }
    return -1;
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    const Job *job = index.isValid() ? jobAt(index.row()) : nullptr;
    if (!job)
        return {};
    if (role == FractionRole)
        return job->fraction();
    if (role == Qt::ToolTipRole) {
        if (job->state() == Job::State::Failed)
            return job->error().detail.isEmpty() ? job->error().message
                                                 : job->error().message + QLatin1Char('\n') + job->error().detail;
        return job->statusText();
    }
    if (role == Qt::ForegroundRole && index.column() == State && job->state() == Job::State::Failed)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title: return job->title();
    case State:
        if (job->state() == Job::State::Failed)
            return tr("Failed: %1").arg(job->error().message);
        return Job::stateText(job->state());
    case Progress: return job->statusText();
    case Elapsed: {
        const QDateTime end = job->isFinished() ? job->finishedAt() : QDateTime::currentDateTime();
        return humanDuration(job->startedAt().secsTo(end));
    }
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Job");
    case State: return tr("State");
    case Progress: return tr("Progress");
    case Elapsed: return tr("Elapsed");
    }
    return {};
}

} // namespace pgs
