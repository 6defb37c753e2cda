// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/livesampler.h"

#include "monitor/historystore.h"
#include "pg/connection.h"

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

    void setRunning(bool running)
    {
        if (!m_timer) {
            m_timer = new QTimer(this);
            m_timer->setInterval(m_settings.liveIntervalMs);
            connect(m_timer, &QTimer::timeout, this, &LiveSamplerWorker::tick);
        }
        if (running && !m_timer->isActive()) {
            m_timer->start();
            tick();
        } else if (!running) {
            m_timer->stop();
        }
    }

    void shutdown()
    {
        if (m_timer)
            m_timer->stop();
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
    void emitFailed(const Error &error)
    {
        QMetaObject::invokeMethod(m_owner, [o = m_owner, error] { Q_EMIT o->failed(error); }, Qt::QueuedConnection);
    }
    void emitHistoryFailed(const Error &error)
    {
        QMetaObject::invokeMethod(m_owner, [o = m_owner, error] { Q_EMIT o->historyFailed(error); },
                                  Qt::QueuedConnection);
    }

    void tick()
    {
        if (!m_conn) {
            auto opened = pg::Connection::open(m_spec);
            if (!opened) {
                emitFailed(opened.error());
                return;
            }
            m_conn = std::move(opened).value();
            m_canceller = m_conn->canceller();
        }
        Result<MetricSample> sample = takeSample(*m_conn, m_settings.options);
        if (!sample) {
            m_conn.reset(); // reconnect on the next tick
            emitFailed(sample.error());
            return;
        }
        LiveSample out{sample.value(), m_previous ? computeRates(*m_previous, sample.value()) : std::nullopt};
        m_previous = sample.value();
        writeHistory(sample.value());
        QMetaObject::invokeMethod(m_owner, [o = m_owner, out] { Q_EMIT o->sampled(out); }, Qt::QueuedConnection);
    }

    void writeHistory(const MetricSample &sample)
    {
        if (m_settings.historyIntervalSeconds <= 0)
            return;
        if (m_lastHistory.isValid() && m_lastHistory.secsTo(sample.takenAt) < m_settings.historyIntervalSeconds)
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
    }

    LiveSampler *m_owner;
    ConnectionSpec m_spec;
    LiveSamplerSettings m_settings;
    QTimer *m_timer = nullptr;
    std::unique_ptr<pg::Connection> m_conn;
    std::weak_ptr<pg::Canceller> m_canceller;
    std::optional<MetricSample> m_previous;
    std::unique_ptr<HistoryStore> m_history;
    QDateTime m_lastHistory;
};

LiveSampler::LiveSampler(ConnectionSpec spec, LiveSamplerSettings settings, QObject *parent)
    : QObject(parent)
    , m_worker(new LiveSamplerWorker(this, std::move(spec), std::move(settings)))
{
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

void LiveSampler::start()
{
    resume();
}

void LiveSampler::pause()
{
    m_paused = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->setRunning(false); }, Qt::QueuedConnection);
}

void LiveSampler::resume()
{
    m_paused = false;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->setRunning(true); }, Qt::QueuedConnection);
}

} // namespace pgs
