// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgs::migrations {

// The folder layouts (and history tables) pgsteward reads and writes.
enum class Format { Native, Flyway, GolangMigrate, Dbmate, Sqlx, Alembic };

QString formatName(Format format); // "native", "flyway", "golang-migrate", "dbmate", "sqlx", "alembic"
std::optional<Format> formatFromName(const QString &name);
QStringList formatNames();

// Orders versions as the tools do: dot- (or underscore-) separated numeric parts, each compared
// as a number of any length (Flyway's 2.1 after 2, 10 after 9; a 14-digit timestamp fits), a
// missing part counting as 0. Non-numeric parts compare as text.
int compareVersions(const QString &a, const QString &b);
// The one spelling of a version that compareVersions() treats as equal: "01.0" -> "1", "1_1" ->
// "1.1". For hash lookups (thousands of migrations, no ordered map needed).
QString canonicalVersion(const QString &version);
struct VersionLess
{
    bool operator()(const QString &a, const QString &b) const { return compareVersions(a, b) < 0; }
};

// One migration as read from the folder.
struct MigrationFile
{
    QString version;      // empty for a Flyway repeatable (R__)
    QString name;         // description as the tool records it (Flyway: underscores become spaces)
    QString upPath;       // file that applies it
    QString downPath;     // rollback script (golang-migrate/native/sqlx .down.sql, Flyway U file), may be empty
    QString script;       // the name the tool records (Flyway "script": the file name)
    QByteArray upBytes;   // raw bytes of the up file (checksums are over these)
    QString upSql;        // the SQL that applies it (dbmate: the up section), BOM dropped
    QString downSql;      // empty when there is no way back
    QString downScript;   // Flyway: the U file's name; downChecksum its checksum
    QString downChecksum;
    bool hasDown = false;
    bool transactional = true;   // false when the format's marker says so
    QString checksum;     // in the tool's own algorithm and notation (Flyway: signed int32 as text)
    bool repeatable = false;
    int upFirstLine = 1;  // line of upSql's first line within the file (dbmate sections)
    QStringList parents;  // Alembic: down_revision(s)
};

// One row (or the one state) a tool's history table holds.
struct HistoryRow
{
    QString version;     // empty: Flyway repeatable
    QString name;
    QString script;
    QString checksum;    // same notation as MigrationFile::checksum; empty when the tool keeps none
    bool success = true; // false: failed / dirty
    QDateTime appliedAt;
    QString appliedBy;
    qint64 durationMs = -1;
    QString appliedSql;  // native only: the text as applied, for the diff
    int rank = 0;        // order of application (Flyway installed_rank, row order otherwise)
};

enum class State { Applied, Pending, Changed, MissingFile, Failed, OutOfOrder };
QString stateName(State state); // "applied", "pending", "changed", "missing-file", "failed", "out-of-order"
QString stateLabel(State state); // translated

// Where one migration stands against the database.
struct MigrationStatus
{
    QString version;
    QString name;
    State state = State::Pending;
    std::optional<MigrationFile> file;
    std::optional<HistoryRow> applied;
    QString note; // translated: why it is changed / failed / out of order, and the way out
};

// The folder read by one reader.
struct MigrationFolder
{
    Format format = Format::Native;
    QString dir;
    QList<MigrationFile> files; // versioned ones sorted by version, Flyway repeatables last
    QStringList warnings;       // files that look like migrations but could not be read
};

} // namespace pgs::migrations
