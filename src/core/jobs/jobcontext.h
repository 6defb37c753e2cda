// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <map>
#include <mutex>

namespace pgs {

// Where a running job reports to: the GUI's Job handle or the CLI's stderr printer.
// Called on the job's thread; implementations must be thread-safe.
class JobSink
{
public:
    virtual ~JobSink() = default;
    virtual void jobProgress(double fraction, const QString &text) = 0; // fraction < 0: unknown
    virtual void jobLog(const QString &line) = 0;
};

// What a job function gets: progress, log and cancellation. Cancel works twice (STYLE.md):
// an atomic flag the job checks in its loops, and hooks that stop the blocking primitive
// (PQcancel for a query, killing a child process).
class JobContext
{
public:
    explicit JobContext(JobSink *sink = nullptr) : m_sink(sink) {}
    JobContext(const JobContext &) = delete;
    JobContext &operator=(const JobContext &) = delete;

    void progress(double fraction, const QString &text = {});
    void log(const QString &line);

    bool isCanceled() const { return m_canceled.load(); }
    void cancel(); // any thread; runs every registered hook once

    // Runs hook on cancel (on the canceling thread). Runs it at once if already canceled.
    // Keep the returned guard alive as long as the hook's target lives.
    class HookGuard
    {
    public:
        HookGuard() = default;
        HookGuard(JobContext *ctx, int id) : m_ctx(ctx), m_id(id) {}
        HookGuard(HookGuard &&other) noexcept { *this = std::move(other); }
        HookGuard &operator=(HookGuard &&other) noexcept;
        ~HookGuard();

    private:
        JobContext *m_ctx = nullptr;
        int m_id = 0;
    };
    [[nodiscard]] HookGuard onCancel(std::function<void()> hook);

    // The error to return from a job function that stopped because it was canceled.
    static Error canceledError();

private:
    void removeHook(int id);

    JobSink *m_sink;
    std::atomic_bool m_canceled{false};
    std::mutex m_hooksMutex;
    std::map<int, std::function<void()>> m_hooks;
    int m_nextHookId = 1;
};

using JobResult = Result<QVariant>;
using JobFunction = std::function<JobResult(JobContext &)>;

} // namespace pgs
