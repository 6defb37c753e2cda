// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healththresholds.h"
#include "jobs/jobcontext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pgs {
class ConnectionSpec;
}

namespace pgs::health {

// A finding with where it came from: the database (empty for server-wide checks) the fix SQL
// must run in, and the check's area for grouping.
struct HealthFinding
{
    QString database;
    QString area;
    Finding finding;

    QJsonObject toJson() const; // the Finding's fields plus "database" and "area"
    static std::optional<HealthFinding> fromJson(const QJsonObject &object);
};

struct HealthOptions
{
    QStringList checks; // codes to run; empty: all
    Thresholds thresholds;
    // The sampler's history of the target (cache-hit-ratio from deltas): the profile id the
    // samples are stored under (empty: no history) and the store (empty: the default one).
    QString historyKey;
    QString historyPath;
};

struct HealthRun
{
    QDateTime takenAt;
    QString server; // describe() of the target
    int serverVersionNum = 0;
    QStringList databases;
    QStringList checks; // the codes this run made; empty: all of them
    QList<HealthFinding> findings;
    QStringList problems;          // checks that could not run, with the reason (not fatal)
    std::optional<qint64> nextXid; // for the XIDs-per-day rate of the next run
    qint64 elapsedMs = 0;

    QList<Finding> plainFindings() const;
    bool ran(const QString &code) const { return checks.isEmpty() || checks.contains(code); }
    QJsonObject toJson() const;
    static std::optional<HealthRun> fromJson(const QJsonObject &object);
};

// Runs the checks over every database of the server: server-wide checks once on spec's
// database, per-database ones on a connection to each. Progress per database; cancel stops the
// running query (PQcancel) and the loop. A check that fails (permissions, an old server) is
// listed in problems and the others go on.
Result<HealthRun> runHealthChecks(JobContext &ctx, const ConnectionSpec &spec, const HealthOptions &options);

// What is new and what was resolved since previous, over the checks both runs made (a run of
// one check says nothing about the others).
FindingsDiff diffRuns(const HealthRun &previous, const HealthRun &current);

// Adds "about N days left" to the wraparound findings from the XIDs consumed since previous.
void addWraparoundForecast(HealthRun &run, const HealthRun &previous);

} // namespace pgs::health
