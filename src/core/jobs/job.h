// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <mutex>

namespace pgs {

// The GUI-side handle of one job: lives on the thread that started it and receives the job's
// reports as coalesced, queued updates, so a chatty job cannot flood the event loop.
class Job : public QObject, private JobSink
{
    Q_OBJECT
public:
    enum class State { Running, Succeeded, Failed, Canceled };
    Q_ENUM(State)

    QString title() const { return m_title; }
    QString category() const { return m_category; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }
    double fraction() const { return m_fraction; } // < 0: unknown
    QString statusText() const { return m_statusText; }
    QStringList log() const { return m_log; }
    QVariant result() const { return m_result; }
    Error error() const { return m_error; }
    QDateTime startedAt() const { return m_started; }
    QDateTime finishedAt() const { return m_finished; }

    void cancel();
    static QString stateText(State state);

Q_SIGNALS:
    void progressChanged();
    void logAppended(const QStringList &lines);
    void finished();

private:
    friend class JobRunner;
    Job(QString title, QString category, QObject *parent);
    JobContext &context() { return m_context; }
    void complete(const JobResult &result); // on the owner's thread

    void jobProgress(double fraction, const QString &text) override;
    void jobLog(const QString &line) override;
    void scheduleFlush(); // caller holds m_pendingMutex
    void flush();

    QString m_title;
    QString m_category;
    JobContext m_context{this};
    State m_state = State::Running;
    double m_fraction = -1;
    QString m_statusText;
    QStringList m_log;
    QVariant m_result;
    Error m_error;
    QDateTime m_started = QDateTime::currentDateTime();
    QDateTime m_finished;

    std::mutex m_pendingMutex;
    bool m_flushScheduled = false;
    bool m_pendingProgress = false;
    double m_pendingFraction = -1;
    QString m_pendingText;
    QStringList m_pendingLog;
};

} // namespace pgs
