// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/finding.h"

#include <QList>
#include <QString>

namespace pgs::health {

// Where a check runs: once per database (it reads that database's catalog) or once per server
// (pg_stat_activity, pg_stat_database, replication, archiver: the same from any database).
enum class CheckScope { Database, Server };

// A named, overridable limit of a check ("dead-tuples.percent"). Ratios are in percent, times in
// seconds, sizes in bytes. inSql: bound as the query's next $n parameter (in list order); the
// critical_* limits are applied to the measured value in C++ instead.
struct ThresholdDef
{
    QString name;
    double defaultValue = 0;
    QString description; // translated
    bool inSql = true;
};

struct CheckDef
{
    QString code;  // stable, kebab-case; also the SQL file resources/sql/health/<code>.sql
    QString area;  // "tables", "indexes", "sessions" ... for grouping on screen
    CheckScope scope = CheckScope::Database;
    Severity severity = Severity::Warning; // below the critical limit (or always, without one)
    QString criticalThreshold;             // name of the limit that makes it critical, if any
    QList<ThresholdDef> thresholds;
    QString summary; // translated: what the check looks for

    const ThresholdDef *threshold(const QString &name) const;
};

// Every check, in the order they run and are listed.
const QList<CheckDef> &checkRegistry();
const CheckDef *findCheck(const QString &code);
QStringList checkCodes();
QString areaLabel(const QString &area); // translated

} // namespace pgs::health
