// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/livesampler.h"

#include "monitor/historystore.h"
#include "pg/connection.h"

#include <QElapsedTimer>
#include <QTimer>

namespace pgs {

// Everything here runs on the sampler's thread, except requestCancel(). Results reach the owner
// as queued calls with the owner as context: they are dropped if it is gone.
class LiveSamplerWorker : public QObject
{
public:
    LiveSamplerWorker(LiveSampler *owner, ConnectionSpec spec, LiveSamplerSettings settings)
        : m_owner(owner)
        , m_spec(std::move(spec))
        , m_settings(std::move(settings))
    {}

    void setMode(LiveSampler::Mode mode)
    {
        ensureTimers();
        const LiveSampler::Mode before = m_mode;
        m_mode = mode;
        if (mode != LiveSampler::Mode::Live)
            m_liveTimer->stop();
        if (mode != LiveSampler::Mode::HistoryOnly)
            m_historyTimer->stop();
        switch (mode) {
        case LiveSampler::Mode::Stopped:
            break;
        case LiveSampler::Mode::HistoryOnly:
            if (before != LiveSampler::Mode::HistoryOnly)
                scheduleHistory();
            break;
        case LiveSampler::Mode::Live:
            if (before != LiveSampler::Mode::Live) {
                // Live rates are between consecutive live samples: one from before a pause
                // would turn the first point into an average over the whole pause.
                m_previous.reset();
                m_liveTimer->start();
                liveTick();
            }
            break;
        }
    }

    void sampleNow()
    {
        if (m_mode != LiveSampler::Mode::Live)
            return;
        m_liveTimer->start(); // the regular ticks count from this one
        liveTick();
    }

    void setLiveInterval(int msecs)
    {
        m_settings.liveIntervalMs = msecs;
        if (m_liveTimer)
            m_liveTimer->setInterval(msecs); // restarts an active timer with the new interval
    }

    void shutdown()
    {
        if (m_liveTimer)
            m_liveTimer->stop();
        if (m_historyTimer)
            m_historyTimer->stop();
        m_conn.reset();
        m_history.reset(); // its SQLite connection belongs to this thread
    }

    // Any thread: interrupts a query in progress so that shutdown does not wait for it.
    void requestCancel()
    {
        std::shared_ptr<pg::Canceller> canceller = m_canceller.lock();
        if (canceller)
            canceller->cancel();
    }

private:
    void ensureTimers()
    {
        if (m_liveTimer)
            return;
        m_liveTimer = new QTimer(this);
        m_liveTimer->setInterval(m_settings.liveIntervalMs);
        connect(m_liveTimer, &QTimer::timeout, this, &LiveSamplerWorker::liveTick);
        m_historyTimer = new QTimer(this);
        m_historyTimer->setSingleShot(true);
        connect(m_historyTimer, &QTimer::timeout, this, &LiveSamplerWorker::historyTick);
    }

    // While paused: the next history sample when the last one is historyIntervalSeconds old (at
    // once when there was none, so a profile opened on another tab still gets its history).
    void scheduleHistory()
    {
        if (m_settings.historyIntervalSeconds <= 0)
            return;
        const qint64 intervalMs = qint64(m_settings.historyIntervalSeconds) * 1000;
        const qint64 due = m_sinceHistory.isValid() ? intervalMs - m_sinceHistory.elapsed() : 0;
        m_historyTimer->start(int(qBound<qint64>(0, due, intervalMs)));
    }

    void emitFailed(const Error &error)
    {
        QMetaObject::invokeMethod(m_owner, [o = m_owner, error] { Q_EMIT o->failed(error); }, Qt::QueuedConnection);
    }
    void emitHistoryFailed(const Error &error)
    {
        QMetaObject::invokeMethod(m_owner, [o = m_owner, error] { Q_EMIT o->historyFailed(error); },
                                  Qt::QueuedConnection);
    }

    std::optional<MetricSample> sampleOnce(bool withTables = true)
    {
        if (!m_conn) {
            auto opened = pg::Connection::open(m_spec);
            if (!opened) {
                emitFailed(opened.error());
                return std::nullopt;
            }
            m_conn = std::move(opened).value();
            m_canceller = m_conn->canceller();
        }
        SampleOptions options = m_settings.options;
        options.tables = options.tables && withTables;
        options.databaseSizes = options.databaseSizes && withTables;
        Result<MetricSample> sample = takeSample(*m_conn, options);
        if (!sample) {
            m_conn.reset(); // reconnect on the next tick
            emitFailed(sample.error());
            return std::nullopt;
        }
        return sample.value();
    }

    // The sizes of databases and of the largest tables cost a stat() per file (a second on
    // 10,000 tables) and no live chart shows them: only a live tick that will go to the history
    // reads them.
    bool historyNearlyDue() const
    {
        const qint64 intervalMs = qint64(m_settings.historyIntervalSeconds) * 1000;
        return intervalMs > 0 && (!m_sinceHistory.isValid() || m_sinceHistory.elapsed() + 2 * qint64(m_settings.liveIntervalMs) >= intervalMs);
    }

    void liveTick()
    {
        const bool withTables = historyNearlyDue();
        std::optional<MetricSample> sample = sampleOnce(withTables);
        if (!sample)
            return;
        LiveSample out{*sample, m_previous ? computeRates(*m_previous, *sample) : std::nullopt};
        m_previous = *sample;
        if (withTables || !m_settings.options.tables)
            writeHistory(*sample, false);
        QMetaObject::invokeMethod(m_owner, [o = m_owner, out] { Q_EMIT o->sampled(out); }, Qt::QueuedConnection);
    }

    void historyTick()
    {
        if (m_mode != LiveSampler::Mode::HistoryOnly)
            return;
        if (std::optional<MetricSample> sample = sampleOnce())
            writeHistory(*sample, true);
        // After a failure too: the next try one interval later, not in a tight loop.
        m_sinceHistory.start();
        scheduleHistory();
    }

    // A live sample goes to the history when the last one is an interval old (by the server's
    // clock); a history tick was scheduled for exactly that, so it always writes.
    void writeHistory(const MetricSample &sample, bool due)
    {
        if (m_settings.historyIntervalSeconds <= 0)
            return;
        if (!due && m_lastHistory.isValid()
            && m_lastHistory.secsTo(sample.takenAt) < m_settings.historyIntervalSeconds)
            return;
        if (!m_history) {
            m_history = std::make_unique<HistoryStore>(m_settings.historyPath.isEmpty() ? HistoryStore::defaultPath()
                                                                                        : m_settings.historyPath);
            if (Status st = m_history->open(); !st) {
                m_history.reset();
                emitHistoryFailed(st.error());
                return;
            }
        }
        // Rates against the store's previous sample, which a cron run may have written meanwhile.
        auto previous = m_history->previousSample(m_settings.profileId);
        if (!previous) {
            emitHistoryFailed(previous.error());
            return;
        }
        const std::optional<SampleRates> rates = previous->has_value() ? computeRates(**previous, sample) : std::nullopt;
        if (Status st = m_history->append(m_settings.profileId, sample, rates); !st) {
            emitHistoryFailed(st.error());
            return;
        }
        if (Status st = m_history->compact(sample.takenAt); !st)
            emitHistoryFailed(st.error());
        m_lastHistory = sample.takenAt;
        m_sinceHistory.start();
        const QDateTime takenAt = sample.takenAt;
        QMetaObject::invokeMethod(m_owner, [o = m_owner, takenAt] { Q_EMIT o->historyWritten(takenAt); },
                                  Qt::QueuedConnection);
    }

    LiveSampler *m_owner;
    ConnectionSpec m_spec;
    LiveSamplerSettings m_settings;
    LiveSampler::Mode m_mode = LiveSampler::Mode::Stopped;
    QTimer *m_liveTimer = nullptr;
    QTimer *m_historyTimer = nullptr;
    std::unique_ptr<pg::Connection> m_conn;
    std::weak_ptr<pg::Canceller> m_canceller;
    std::optional<MetricSample> m_previous;
    std::unique_ptr<HistoryStore> m_history;
    QDateTime m_lastHistory;      // server clock, of the last sample written
    QElapsedTimer m_sinceHistory; // local clock, schedules the paused history ticks
};

LiveSampler::LiveSampler(ConnectionSpec spec, LiveSamplerSettings settings, QObject *parent)
    : QObject(parent)
    , m_liveIntervalMs(settings.liveIntervalMs)
    , m_historyIntervalSeconds(settings.historyIntervalSeconds)
{
    m_worker = new LiveSamplerWorker(this, std::move(spec), std::move(settings));
    m_thread.setObjectName(QStringLiteral("pgsteward-sampler"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

LiveSampler::~LiveSampler()
{
    m_worker->requestCancel();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has ended: nothing else can touch it
}

void LiveSampler::setWorkerMode(Mode mode)
{
    m_mode = mode;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, mode] { w->setMode(mode); }, Qt::QueuedConnection);
}

void LiveSampler::pause()
{
    setWorkerMode(Mode::HistoryOnly);
}

void LiveSampler::resume()
{
    setWorkerMode(Mode::Live);
}

void LiveSampler::stop()
{
    setWorkerMode(Mode::Stopped);
}

void LiveSampler::sampleNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->sampleNow(); }, Qt::QueuedConnection);
}

void LiveSampler::setLiveInterval(int msecs)
{
    m_liveIntervalMs = msecs;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, msecs] { w->setLiveInterval(msecs); }, Qt::QueuedConnection);
}

} // namespace pgs
