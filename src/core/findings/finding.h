// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace pgs {

// One shape for what every checker reports (health, audit, migration lint, capacity): a stable
// machine code, how bad it is, which object, one line of explanation, what was measured against
// which threshold, and how to fix it (SQL the user reviews before it runs, or advice where SQL
// cannot help). Scripts rely on the codes and on the JSON field names.
enum class Severity { Info, Warning, Critical };

QString severityName(Severity severity);                     // "info" | "warning" | "critical"
std::optional<Severity> severityFromName(const QString &name); // case-insensitive; nullopt if unknown
QString severityLabel(Severity severity);                    // translated, for screens and reports

struct Finding
{
    QString code;     // stable, kebab-case: "unused-index", "hba-trust"
    Severity severity = Severity::Info;
    QString object;   // what it is about: a role, "db.schema.table", "pg_hba.conf line 12"
    QString detail;   // one translated line, with the numbers
    QVariant value;   // the measured figure, when there is one (null otherwise)
    QVariant threshold;
    QString fixSql;   // empty when SQL cannot fix it; then advice says what to do
    QString advice;

    QJsonObject toJson() const; // code, severity, object, detail, value, threshold, fix_sql, advice
    static std::optional<Finding> fromJson(const QJsonObject &object);
};

// The worst severity among findings, or nullopt for none.
std::optional<Severity> worstSeverity(const QList<Finding> &findings);

// `--fail-on LEVEL`: true when a finding at or above the level exists.
bool anyAtOrAbove(const QList<Finding> &findings, Severity level);

// Compare two runs by (code, object): new in `current`, and resolved (only in `previous`).
struct FindingsDiff
{
    QList<Finding> added;
    QList<Finding> resolved;
};
FindingsDiff diffFindings(const QList<Finding> &previous, const QList<Finding> &current);

} // namespace pgs
