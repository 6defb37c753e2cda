// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/job.h"

#include <QCoreApplication>
#include <QTimer>

namespace pgs {

Job::Job(QString title, QString category, QObject *parent)
    : QObject(parent), m_title(std::move(title)), m_category(std::move(category))
{}

void Job::cancel()
{
    if (!isFinished())
        m_context.cancel();
}

QString Job::stateText(State state)
{
    switch (state) {
    case State::Running: return QCoreApplication::translate("pgs::Job", "Running");
    case State::Succeeded: return QCoreApplication::translate("pgs::Job", "Done");
    case State::Failed: return QCoreApplication::translate("pgs::Job", "Failed");
    case State::Canceled: return QCoreApplication::translate("pgs::Job", "Canceled");
    }
    return {};
}

void Job::jobProgress(double fraction, const QString &text)
{
    std::lock_guard lock(m_pendingMutex);
    m_pendingProgress = true;
    m_pendingFraction = fraction;
    if (!text.isNull())
        m_pendingText = text;
    scheduleFlush();
}

void Job::jobLog(const QString &line)
{
    std::lock_guard lock(m_pendingMutex);
    m_pendingLog.append(line);
    scheduleFlush();
}

void Job::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // At most ~20 repaints a second, whatever the job reports.
    QMetaObject::invokeMethod(this, [this] { QTimer::singleShot(50, this, &Job::flush); }, Qt::QueuedConnection);
}

void Job::flush()
{
    bool progress;
    QStringList lines;
    {
        std::lock_guard lock(m_pendingMutex);
        m_flushScheduled = false;
        progress = std::exchange(m_pendingProgress, false);
        if (progress) {
            m_fraction = m_pendingFraction;
            m_statusText = m_pendingText;
        }
        lines.swap(m_pendingLog);
    }
    if (!lines.isEmpty()) {
        m_log.append(lines);
        Q_EMIT logAppended(lines);
    }
    if (progress)
        Q_EMIT progressChanged();
}

void Job::complete(const JobResult &result)
{
    flush();
    m_finished = QDateTime::currentDateTime();
    if (result.ok()) {
        m_state = State::Succeeded;
        m_result = result.value();
        m_fraction = 1.0;
    } else if (m_context.isCanceled() || result.error().code == QLatin1String("canceled")) {
        m_state = State::Canceled;
        m_error = result.error();
    } else {
        m_state = State::Failed;
        m_error = result.error();
    }
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

} // namespace pgs
