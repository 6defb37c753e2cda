// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "monitor/metrics.h"
#include "monitor/rates.h"
#include "monitor/sampler.h"
#include "util/result.h"

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
// failure on the next tick), a sample every liveIntervalMs while not paused, and every
// historyIntervalSeconds one of them appended to the history store. pause() when the dashboard is
// hidden; history sampling pauses with it (cron `pgsteward-cli sample` covers closed windows).
class LiveSampler : public QObject
{
    Q_OBJECT
public:
    LiveSampler(ConnectionSpec spec, LiveSamplerSettings settings, QObject *parent = nullptr);
    ~LiveSampler() override; // cancels a running query and joins the thread

    void start();
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void sampled(const pgs::LiveSample &sample);
    void failed(const pgs::Error &error);
    void historyFailed(const pgs::Error &error);

private:
    QThread m_thread;
    LiveSamplerWorker *m_worker = nullptr; // lives in m_thread
    bool m_paused = true;
};

} // namespace pgs
