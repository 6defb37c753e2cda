// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoreloaders.h"

#include <QCoreApplication>

namespace pgs {

JobResult loadRestoreSource(JobContext &ctx, const QString &path, const QString &toolsDir)
{
    auto source = openRestoreSource(ctx, path, true, true);
    if (!source)
        return source.error();
    LoadedRestoreSource loaded;
    loaded.source = source.value();
    if (loaded.source.isArchive()) {
        ctx.progress(-1, QCoreApplication::translate("pgs::RestoreWizard", "Reading the table of contents…"));
        auto toc = readTableOfContents(ctx, loaded.source, toolsDir);
        if (!toc)
            return toc.error();
        loaded.toc = toc.value();
    }
    return QVariant::fromValue(loaded);
}

JobResult probeRestoreTarget(JobContext &ctx, RestoreRequest request)
{
    request.options.confirmName = request.options.targetDatabase;
    request.options.liftProductionGuard = true;
    request.options.clean = request.options.target == RestoreOptions::Target::ExistingDatabase
        && request.source.isArchive() && !request.options.dataOnly; // so that objectsToDrop is filled in
    auto plan = planRestore(ctx, request);
    if (!plan)
        return plan.error();
    return QVariant::fromValue(plan.value());
}

JobFunction restoreJobFunction(const RestoreRequest &request, std::shared_ptr<RestoreOutcomeBox> box)
{
    return [request, box](JobContext &ctx) -> JobResult {
        auto outcome = runRestore(ctx, request);
        if (!outcome)
            return outcome.error();
        {
            std::lock_guard lock(box->mutex);
            box->outcome = outcome.value();
        }
        if (!outcome->failed())
            return QVariant::fromValue(outcome.value());
        QStringList problems;
        for (const RestoreError &error : outcome->errors)
            problems << (error.tocEntry.isEmpty() ? error.message : error.tocEntry + QStringLiteral(": ") + error.message);
        for (const QString &table : outcome->rowMismatches) {
            const auto counts = outcome->rowComparison.value(table);
            problems << QCoreApplication::translate("pgs::RestoreWizard", "%1: %2 rows restored, %3 in the backup")
                            .arg(table)
                            .arg(counts.first)
                            .arg(counts.second);
        }
        QString message;
        if (!outcome->errors.isEmpty())
            message = QCoreApplication::translate("pgs::RestoreWizard", "The restore into %1 reported %n error(s)", nullptr,
                                                  int(outcome->errors.size()))
                          .arg(outcome->targetDatabase.isEmpty() ? outcome->targetDescription : outcome->targetDatabase);
        else
            message = QCoreApplication::translate("pgs::RestoreWizard",
                                                  "%n restored table(s) do not have the rows the backup recorded",
                                                  nullptr, int(outcome->rowMismatches.size()));
        return Error::of(message, problems.join(QLatin1Char('\n')), QStringLiteral("restore-errors"));
    };
}

} // namespace pgs
