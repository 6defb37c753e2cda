// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/inspection.h"
#include "migrations/planner.h"

namespace pgs {
class JobContext;
}

namespace pgs::migrations {

enum class Direction { Up, Down };

struct RunRequest
{
    MigrationSource source;
    Direction direction = Direction::Up;
    QString target;          // up: apply up to it; down: roll back everything above it
    int steps = 1;           // down without a target
    bool allowOutOfOrder = false;
    bool dryRun = false;     // print the exact SQL, change nothing
    int lockTimeoutSeconds = 60;
};

// Where a run stopped: the migration, its statement and line, and the server's message.
struct FailedStatement
{
    QString version;
    QString migration; // label
    QString statement;
    int line = 0;
    QString serverMessage;
};

// What a run did; filled as it goes, so that a failed or canceled run still tells what ran.
struct RunOutcome
{
    MigrationReport before;
    QStringList done;          // labels of the migrations applied (or rolled back)
    QString dryRunSql;         // dry run: the exact SQL in order, history writes included
    std::optional<FailedStatement> failed;
};

// up / down / dry-run: lock, create the history table if absent (as the tool does), check
// pre-flight, then each migration in its own transaction with its history row (unless it is
// marked non-transactional). Reports per-migration progress to ctx; stops between migrations
// on cancel. The error names the migration, the statement, its line and the server's message.
Status runMigrations(pg::Connection &conn, JobContext &ctx, const RunRequest &request, RunOutcome &outcome);

} // namespace pgs::migrations
