// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Running maintenance statements with live progress from a second connection.
#include "health/maintenance.h"

#include "connection/connectionspec.h"
#include "pg/connection.h"
#include "sql/sqlcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>

#include <chrono>
#include <future>
#include <thread>

namespace pgs::health {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::health::Maintenance)
};

std::optional<ProgressSample> readProgress(pg::Connection &monitor, int pid)
{
    auto rows = monitor.exec(sql::query(QStringLiteral("maintenance/progress"), monitor.serverVersionNum()), {pid});
    if (!rows || rows->rows() == 0)
        return std::nullopt;
    return ProgressSample{rows->text(0, "command"), rows->text(0, "phase"), rows->toInt64(0, "done"), rows->toInt64(0, "total")};
}

} // namespace

Result<MaintenanceReport> runMaintenance(JobContext &ctx, const ConnectionSpec &spec, const MaintenanceRequest &request,
                                         int pollMs)
{
    QElapsedTimer timer;
    timer.start();
    ctx.progress(-1, Tr::tr("Connecting to %1").arg(spec.describe()));
    auto openedWork = pg::Connection::open(spec);
    if (!openedWork)
        return openedWork.error();
    auto openedMonitor = pg::Connection::open(spec);
    if (!openedMonitor)
        return openedMonitor.error();
    std::unique_ptr<pg::Connection> work = std::move(openedWork).value();
    std::unique_ptr<pg::Connection> monitor = std::move(openedMonitor).value();
    auto guard = ctx.onCancel([c = work->canceller()] { c->cancel(); });

    MaintenanceReport report;
    auto statements = maintenanceStatements(request, *work);
    if (!statements)
        return statements.error();
    report.statements = *statements;
    QMutex noticeMutex;
    work->setNoticeHandler([&](const QString &notice) {
        QMutexLocker lock(&noticeMutex);
        report.notices << notice;
        ctx.log(notice);
    });
    auto repack = repackState(*work);
    for (const QString &warning : maintenanceWarnings(request, repack ? *repack : RepackState::Missing))
        ctx.log(warning);
    const int pid = work->backendPid();
    const int count = int(statements->size());
    for (int i = 0; i < count; ++i) {
        if (ctx.isCanceled())
            return JobContext::canceledError();
        const QString statement = statements->at(i);
        ctx.log(statement);
        ctx.progress(double(i) / count, statement);
        // The work connection belongs to the worker thread until the statement returns.
        std::future<Status> done = std::async(std::launch::async, [&work, statement] { return work->execScript(statement); });
        while (done.wait_for(std::chrono::milliseconds(pollMs)) != std::future_status::ready) {
            const auto sample = readProgress(*monitor, pid);
            if (!sample)
                continue;
            if (report.samples.isEmpty() || report.samples.last().phase != sample->phase
                || report.samples.last().command != sample->command)
                report.samples << *sample;
            const double part = sample->total > 0 ? double(sample->done) / double(sample->total) : 0;
            ctx.progress((i + std::min(part, 1.0)) / count,
                         sample->total > 0 ? Tr::tr("%1: %2 (%3 of %4 blocks)").arg(sample->command, sample->phase).arg(sample->done).arg(sample->total)
                                           : Tr::tr("%1: %2").arg(sample->command, sample->phase));
        }
        Status st = done.get();
        if (!st)
            return ctx.isCanceled() ? JobContext::canceledError() : st.error();
    }
    report.elapsedMs = timer.elapsed();
    ctx.progress(1, Tr::tr("%n statements done", nullptr, count));
    return report;
}

} // namespace pgs::health
