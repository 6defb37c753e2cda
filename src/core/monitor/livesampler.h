// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "monitor/metrics.h"
#include "monitor/rates.h"
#include "monitor/sampler.h"
#include "util/result.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace pgs {

// One round of the live sampler: the sample and its rates from the previous live sample.
struct LiveSample
{
    MetricSample sample;
    std::optional<SampleRates> rates;
};

struct LiveSamplerSettings
{
    int liveIntervalMs = 5000;           // while a dashboard is open
    int historyIntervalSeconds = 60;     // history samples; 0: none
    QString historyPath;                 // empty: HistoryStore::defaultPath()
    QString profileId;                   // the history key
    SampleOptions options;
};

class LiveSamplerWorker;

// A sampler per connected profile on its own thread: one connection kept open (reopened after a
// failure on the next tick), a sample every liveIntervalMs while live, and every
// historyIntervalSeconds one sample appended to the history store.
//
// Modes: Stopped (nothing runs; the state after construction), Live (start()/resume(): live
// samples, one of them going to the history when due) and HistoryOnly (pause(): the dashboard is
// hidden but the profile is open, so no live samples are taken or signalled, yet a history sample
// is still taken every historyIntervalSeconds). stop() ends both.
class LiveSampler : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Stopped, HistoryOnly, Live };

    LiveSampler(ConnectionSpec spec, LiveSamplerSettings settings, QObject *parent = nullptr);
    ~LiveSampler() override; // cancels a running query and joins the thread

    void start() { resume(); }
    void pause();  // live samples stop, history samples continue
    void resume(); // live samples again, the first one at once
    void stop();   // no samples at all
    void sampleNow(); // live: the next sample at once (after a change the user wants to see)
    Mode mode() const { return m_mode; }
    bool isPaused() const { return m_mode != Mode::Live; }

    // The live interval, applied from the next tick; also while paused.
    void setLiveInterval(int msecs);
    int liveIntervalMs() const { return m_liveIntervalMs; }
    int historyIntervalSeconds() const { return m_historyIntervalSeconds; }

Q_SIGNALS:
    void sampled(const pgs::LiveSample &sample);   // live samples only
    void historyWritten(const QDateTime &takenAt); // a sample went to the history store
    void failed(const pgs::Error &error);          // a live or a history round failed; retried
    void historyFailed(const pgs::Error &error);   // the store refused a sample

private:
    void setWorkerMode(Mode mode);

    QThread m_thread;
    LiveSamplerWorker *m_worker = nullptr; // lives in m_thread
    Mode m_mode = Mode::Stopped;
    int m_liveIntervalMs;
    int m_historyIntervalSeconds;
};

} // namespace pgs
