// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "util/result.h"

namespace pgs::migrations {

// Where each migration stands: the folder against the history rows of its tool.
// currentVersionOnly: the history holds only the current version(s) (golang-migrate, Alembic).
QList<MigrationStatus> planStatus(const MigrationFolder &folder, const QList<HistoryRow> &history,
                                  bool currentVersionOnly);

struct UpOptions
{
    QString target;          // empty: all pending
    bool allowOutOfOrder = false;
};

// The migrations `up` applies, in order. Refuses (naming them) when a migration failed, or when
// an out-of-order one would run without allowOutOfOrder.
Result<QList<MigrationStatus>> selectUp(const QList<MigrationStatus> &status, const UpOptions &options);

struct DownOptions
{
    QString target; // roll back everything above this version
    int steps = 1;  // used without a target
};

// A migration to roll back, with the version that becomes current afterwards.
struct Rollback
{
    MigrationStatus migration;
    QString previousVersion;
};

// The applied migrations `down` reverts, newest first. Refuses when one has no down/undo script.
Result<QList<Rollback>> selectDown(const QList<MigrationStatus> &status, const DownOptions &options);

// The problems `validate` reports (changed, missing-file, failed, out-of-order), one line each.
QStringList validationProblems(const QList<MigrationStatus> &status);

} // namespace pgs::migrations
