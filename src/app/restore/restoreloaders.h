// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/restorejob.h"
#include "restore/toc.h"

#include <QMetaType>

#include <memory>
#include <mutex>
#include <optional>

namespace pgs {

// What the restore wizard's first page loads before it lets the user go on: the opened source
// (checksums verified when there is a manifest) and, for archives, its table of contents.
struct LoadedRestoreSource
{
    RestoreSource source;
    TableOfContents toc;
};

// Job functions; plain data in the JobResult, models are built on the GUI thread.
JobResult loadRestoreSource(JobContext &ctx, const QString &path, const QString &toolsDir);
// planRestore for the target page. It asks for the facts only (the typed confirmation and the
// production guard are taken as given): the page itself enforces them, and runRestore checks again.
JobResult probeRestoreTarget(JobContext &ctx, RestoreRequest request);

// Where the restore job leaves its outcome for the result dialog: a restore that ran but had
// errors or row count mismatches fails the job (the Jobs panel must not say "succeeded"), and a
// failed Job carries no result, only its Error.
struct RestoreOutcomeBox
{
    std::mutex mutex;
    std::optional<RestoreOutcome> outcome;
};
// runRestore as a job function: the outcome as the result, or an Error naming the errors and
// mismatches (the full outcome is in box either way).
JobFunction restoreJobFunction(const RestoreRequest &request, std::shared_ptr<RestoreOutcomeBox> box);

} // namespace pgs

Q_DECLARE_METATYPE(pgs::LoadedRestoreSource)
Q_DECLARE_METATYPE(pgs::RestorePlan)
