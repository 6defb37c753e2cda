// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/finding.h"
#include "migrations/lint.h"
#include "migrations/migration.h"
#include "util/result.h"

#include <QJsonObject>

#include <optional>

namespace pgs::pg {
class Connection;
}

namespace pgs::migrations {

// Which folder, read how.
struct MigrationSource
{
    QString dir;
    std::optional<Format> format; // nullopt: auto-detect
};

// Where a database stands against a folder, with the checks of what is still to run.
struct MigrationReport
{
    Format format = Format::Native;
    QString detection;     // translated: why this format
    QString historyTable;
    bool historyExists = false;
    QList<MigrationStatus> migrations;
    QStringList warnings;  // files that could not be read as migrations
    QList<Finding> preflight; // of the pending ones
    QList<Finding> lint;      // of the pending ones, against the real table sizes
    int serverVersionNum = 0;
};

// Detects (or takes) the format, reads the folder and the history table, plans the states and,
// with checks, runs pre-flight and lint over the pending migrations.
Result<MigrationReport> inspectMigrations(pg::Connection &conn, const MigrationSource &source, bool checks,
                                          const LintOptions &lint = {});

// {"format", "detection", "history_table", "migrations": [{"version", "name", "state", "script",
//  "checksum", "applied_checksum", "applied_at", "note"}], "preflight": [...], "lint": [...]}
QJsonObject reportToJson(const MigrationReport &report);

} // namespace pgs::migrations
