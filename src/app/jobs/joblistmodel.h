// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace pgs {

class Job;
class JobRunner;

// The jobs of a JobRunner as a table: title, state, progress, elapsed. Background refreshes
// (category "refresh") are not listed: their outcome shows in the view that started them.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, State, Progress, Elapsed, ColumnCount };
    static constexpr int FractionRole = Qt::UserRole + 1; // double, < 0 unknown

    explicit JobListModel(JobRunner *runner, QObject *parent = nullptr);

    Job *jobAt(int row) const;
    int rowOf(const Job *job) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isListed(const Job *job);

private:
    void addJob(Job *job);
    void dropRemovedJobs();
    void jobChanged(Job *job);
    void tickElapsed();

    JobRunner *m_runner;
    QList<QPointer<Job>> m_jobs;
    QTimer m_elapsedTimer;
};

} // namespace pgs
