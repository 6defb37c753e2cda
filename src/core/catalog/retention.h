// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "jobs/jobcontext.h"

namespace pgs {

// Grandfather-father-son: keep the newest keepLast good backups, plus the newest good backup of
// each of the last keepDaily days, keepWeekly ISO weeks and keepMonthly months (per profile and
// database). The newest verified backup of each database is never deleted, nor is its newest good
// backup, so a prune never leaves a database without one. Failed, canceled and
// abandoned incomplete folders are always pruned; a backup being written is never touched.
// Buckets are local calendar periods counted back from now (today is daily bucket 1, this ISO
// week weekly bucket 1 ...), each keeping its newest good backup; a period without a backup
// uses up its bucket. An empty policy keeps every good backup (prune then only clears failed,
// canceled and abandoned folders).
struct RetentionPolicy
{
    int keepLast = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;
    bool isEmpty() const { return !keepLast && !keepDaily && !keepWeekly && !keepMonthly; }
};

struct RetentionDecision
{
    CatalogEntry entry;
    bool keep = false;
    QStringList reasons; // "last 3", "daily 2026-11-20", "newest verified", "failed backup" ...
};

// Pure function: the preview. now is injectable for tests.
QList<RetentionDecision> planRetention(const QList<CatalogEntry> &entries, const RetentionPolicy &policy,
                                       const QDateTime &now = QDateTime::currentDateTime());
// Deletes exactly what planRetention says (unless dryRun) and returns the decisions.
Result<QList<RetentionDecision>> prune(JobContext &ctx, const BackupCatalog &catalog,
                                       const RetentionPolicy &policy, bool dryRun);

} // namespace pgs
