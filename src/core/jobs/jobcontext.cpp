// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobcontext.h"

#include <QCoreApplication>

#include <vector>

namespace pgs {

void JobContext::progress(double fraction, const QString &text)
{
    if (m_sink)
        m_sink->jobProgress(fraction, text);
}

void JobContext::log(const QString &line)
{
    if (m_sink)
        m_sink->jobLog(line);
}

void JobContext::cancel()
{
    if (m_canceled.exchange(true))
        return;
    std::vector<std::function<void()>> hooks;
    {
        std::lock_guard lock(m_hooksMutex);
        for (auto &[id, hook] : m_hooks)
            hooks.push_back(hook);
    }
    for (auto &hook : hooks)
        hook();
}

JobContext::HookGuard JobContext::onCancel(std::function<void()> hook)
{
    int id = 0;
    {
        std::lock_guard lock(m_hooksMutex);
        id = m_nextHookId++;
        m_hooks.emplace(id, hook);
    }
    // Registered after a cancel already happened: the job must still stop.
    if (isCanceled())
        hook();
    return HookGuard(this, id);
}

void JobContext::removeHook(int id)
{
    std::lock_guard lock(m_hooksMutex);
    m_hooks.erase(id);
}

Error JobContext::canceledError()
{
    return Error::of(QCoreApplication::translate("pgs::JobContext", "Canceled"), {}, QStringLiteral("canceled"));
}

JobContext::HookGuard &JobContext::HookGuard::operator=(HookGuard &&other) noexcept
{
    if (this != &other) {
        if (m_ctx)
            m_ctx->removeHook(m_id);
        m_ctx = std::exchange(other.m_ctx, nullptr);
        m_id = other.m_id;
    }
    return *this;
}

JobContext::HookGuard::~HookGuard()
{
    if (m_ctx)
        m_ctx->removeHook(m_id);
}

} // namespace pgs
