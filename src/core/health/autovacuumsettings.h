// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/maintenance.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pgs::health {

// Per-table autovacuum storage parameters (ALTER TABLE ... SET (autovacuum_...)).
struct AutovacuumPreset
{
    QString id;    // "hot", "large-hot", "default"
    QString label; // translated
    QMap<QString, QString> settings; // empty: RESET to the server's settings
};

// The runbooks' presets: hot tables vacuumed after 1 % changes (1000 rows minimum) and
// analyzed after 0.5 %; large busy tables after 2 % (5000 rows); default resets them.
const QList<AutovacuumPreset> &autovacuumPresets();
const AutovacuumPreset *findAutovacuumPreset(const QString &id);
// The parameters the editor offers (autovacuum_enabled, autovacuum_vacuum_threshold ...).
QStringList autovacuumParameters();

// ALTER TABLE t SET (k = v, ...) for the given settings; RESET (all offered parameters) when
// settings is empty. Unknown parameters and values that are not a number/boolean are errors.
Result<QString> autovacuumSettingsSql(pg::Connection &conn, const TableRef &table, const QMap<QString, QString> &settings);

// The editor's model: a table's autovacuum reloptions as listed ("k=v, k=v", the maintenance
// table list's column) and what to change.
QMap<QString, QString> parseAutovacuumOptions(const QString &options);

struct AutovacuumChange
{
    QMap<QString, QString> set; // parameter -> new value
    QStringList reset;          // parameters back to the server's setting
    bool isEmpty() const { return set.isEmpty() && reset.isEmpty(); }
};

// From the table's current reloptions to the wanted ones (an empty value: the server's
// setting): set what differs, reset what was set and is wanted empty.
AutovacuumChange autovacuumChange(const QMap<QString, QString> &current, const QMap<QString, QString> &wanted);

// The statements of change for table, one a line (ALTER TABLE ... SET (...); ALTER TABLE ...
// RESET (...);), identifiers quoted exactly as libpq's PQescapeIdentifier does, so that the
// preview is the SQL that runs and needs no connection. Unknown parameters and values that are
// not a number or boolean are errors naming them; an empty change gives an empty string.
Result<QString> autovacuumChangeSql(const TableRef &table, const AutovacuumChange &change);

} // namespace pgs::health
