// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/dumpsnapshot.h"
#include "tools/toollocator.h"

#include <future>
#include <optional>

namespace pgs {

struct ProbedServer
{
    std::unique_ptr<DumpSnapshot> connection; // no transaction open: nothing is exported
    QList<DumpTable> tables;
};

// Our own connection to the server, made on a thread of its own while pg_dump already runs.
// Connecting (a backend start) is most of a backup's fixed cost over a bare pg_dump; when
// nothing needs a snapshot shared with the dump, that cost need not come first. The facts and
// the tables in scope it reads are then a moment apart from the dump's snapshot: good for the
// manifest's sizes and the progress weights, not for row counts (which keep the shared snapshot).
// The connection is used on that thread only until take() has returned.
class ServerProbe
{
public:
    ServerProbe(JobContext &ctx, const ConnectionSpec &spec, const BackupOptions &options);
    ~ServerProbe(); // waits for the thread

    // The tables in scope once the probe has succeeded; null before that, or when it failed.
    const QList<DumpTable> *tablesIfReady();
    Result<ProbedServer> take(); // waits when still running; call once

private:
    std::future<Result<ProbedServer>> m_future;
    std::optional<Result<ProbedServer>> m_result;
};

// The pg_dump to start before the server's version is known: only when nothing needs the shared
// snapshot (no row counts, no parallel dump, which on a standby cannot synchronize) and every
// pg_dump found is of one major version, so that the server's version could not change the pick.
std::optional<ToolInfo> toolToStartAtOnce(const BackupOptions &options, const ToolLocator &locator);

} // namespace pgs
