// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pgs {

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    // Jobs mostly wait on the network or on child processes, not on our CPU.
    m_pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_pool.waitForDone();
}

Job *JobRunner::start(const QString &title, JobFunction function, const QString &category)
{
    auto *job = new Job(title, category, this);
    m_jobs.append(job);
    Q_EMIT jobAdded(job);
    (void)QtConcurrent::run(&m_pool, [job, function = std::move(function)]() {
        JobResult result = Error::of(QString());
        try {
            result = function(job->context());
        } catch (const std::exception &e) {
            // Nothing throws across the event loop: an escaped exception is a failed job.
            result = Error::of(QString::fromUtf8(e.what()), {}, QStringLiteral("exception"));
        }
        QMetaObject::invokeMethod(job, [job, result] { job->complete(result); }, Qt::QueuedConnection);
    });
    connect(job, &Job::finished, this, [this, job] { Q_EMIT jobFinished(job); });
    return job;
}

int JobRunner::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](Job *j) { return !j->isFinished(); }));
}

void JobRunner::removeFinished()
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if ((*it)->isFinished()) {
            (*it)->deleteLater();
            it = m_jobs.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT jobsRemoved();
}

void JobRunner::discard(Job *job)
{
    if (!job || !job->isFinished() || !m_jobs.removeOne(job))
        return;
    job->deleteLater();
    Q_EMIT jobsRemoved();
}

Job *JobRunner::startRead(const QString &title, JobFunction function, QObject *context,
                          std::function<void(const JobOutcome &)> done, const QString &category)
{
    Job *job = start(title, std::move(function), category);
    connect(job, &Job::finished, context, [this, job, done = std::move(done)] {
        const JobOutcome outcome{job->state(), job->error(), job->result()};
        discard(job);
        done(outcome);
    });
    return job;
}

void JobRunner::cancelAll()
{
    for (Job *job : std::as_const(m_jobs))
        job->cancel();
}

bool JobRunner::waitForAll(int msecs)
{
    return m_pool.waitForDone(msecs);
}

} // namespace pgs
