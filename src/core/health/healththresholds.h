// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/healthcheck.h"
#include "util/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace pgs::health {

// Threshold values that differ from the defaults, keyed "code.name". Layers: the defaults, then
// the profile's settings file, then the run's --threshold overrides.
class Thresholds
{
public:
    double value(const CheckDef &check, const QString &name) const;
    QList<double> sqlParameters(const CheckDef &check) const; // the inSql ones, in order

    // "CODE.NAME=VALUE"; an unknown check or threshold or a bad number is an error naming it.
    Status parseOverride(const QString &text);
    Status set(const QString &code, const QString &name, double value);
    void reset(const QString &code, const QString &name);
    const QMap<QString, double> &overrides() const { return m_values; }
    void apply(const Thresholds &other); // other's overrides win

    QJsonObject toJson() const;
    static Result<Thresholds> fromJson(const QJsonObject &object);

private:
    QMap<QString, double> m_values;
};

// The per-profile settings file: dataDir()/health/<key>-thresholds.json (written atomically).
// key: the profile id, or a stable name for an ad-hoc --db target.
QString thresholdsPath(const QString &key);
Result<Thresholds> loadThresholds(const QString &key); // missing file: defaults
Status saveThresholds(const QString &key, const Thresholds &thresholds);

// A file-name-safe form of a history key.
QString healthFileKey(const QString &key);

} // namespace pgs::health
