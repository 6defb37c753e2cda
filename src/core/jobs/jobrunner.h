// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace pgs {

// What a finished job left, copied before the job is discarded.
struct JobOutcome
{
    Job::State state = Job::State::Running;
    Error error;
    QVariant result;
    bool succeeded() const { return state == Job::State::Succeeded; }
    bool canceled() const { return state == Job::State::Canceled; }
};

// Runs job functions on its own thread pool and keeps the list of running and finished jobs.
// Owns its futures (Qt Creator's FutureSynchronizer): destroying the runner cancels every job
// and waits for it, so no worker outlives the objects it reports to.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // category groups jobs for the views ("overview", "connection", "backup" ...).
    Job *start(const QString &title, JobFunction function, const QString &category = {});
    QList<Job *> jobs() const { return m_jobs; }
    int runningCount() const;
    void removeFinished();
    // Forgets one finished job (e.g. a periodic refresh whose result was already shown).
    void discard(Job *job);
    // A read a view runs for itself (a refresh, a chart's data): started like start(); when it
    // has finished, done gets its outcome on context's thread (not at all once context is gone)
    // and the job is discarded, so periodic reads do not pile up in the Jobs panel.
    Job *startRead(const QString &title, JobFunction function, QObject *context,
                   std::function<void(const JobOutcome &)> done, const QString &category = QStringLiteral("refresh"));

    void cancelAll();
    bool waitForAll(int msecs = -1);

Q_SIGNALS:
    void jobAdded(pgs::Job *job);
    void jobFinished(pgs::Job *job);
    void jobsRemoved();

private:
    QThreadPool m_pool;
    QList<Job *> m_jobs;
};

} // namespace pgs
