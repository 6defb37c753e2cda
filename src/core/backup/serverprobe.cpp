// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/serverprobe.h"

#include <chrono>

namespace pgs {

ServerProbe::ServerProbe(JobContext &ctx, const ConnectionSpec &spec, const BackupOptions &options)
{
    m_future = std::async(std::launch::async, [&ctx, spec, options]() -> Result<ProbedServer> {
        auto opened = DumpSnapshot::open(ctx, spec);
        if (!opened)
            return opened.error();
        auto tables = opened.value()->tablesInScope(options);
        if (!tables)
            return tables.error();
        return ProbedServer{std::move(opened).value(), *tables};
    });
}

ServerProbe::~ServerProbe()
{
    if (m_future.valid())
        m_future.wait();
}

const QList<DumpTable> *ServerProbe::tablesIfReady()
{
    if (!m_result && m_future.valid() && m_future.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        m_result.emplace(m_future.get());
    return m_result && *m_result ? &m_result->value().tables : nullptr;
}

Result<ProbedServer> ServerProbe::take()
{
    if (!m_result)
        m_result.emplace(m_future.get());
    return std::move(*m_result);
}

std::optional<ToolInfo> toolToStartAtOnce(const BackupOptions &options, const ToolLocator &locator)
{
    if (options.source != BackupOptions::Source::Database || options.recordRowCounts || options.jobs > 1)
        return std::nullopt;
    const QList<ToolInfo> found = locator.candidates(QStringLiteral("pg_dump"));
    if (found.isEmpty())
        return std::nullopt;
    for (const ToolInfo &t : found)
        if (t.majorVersion != found.first().majorVersion)
            return std::nullopt;
    return found.first();
}

} // namespace pgs
