// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pgs {

enum class DumpFormat { Custom, Directory, Tar, Plain };
QString toString(DumpFormat format);              // "custom" "directory" "tar" "plain"
bool dumpFormatFromString(const QString &text, DumpFormat *format);

// What to back up and how: the choices of the backup wizard and of `pgsteward-cli backup`.
struct BackupOptions
{
    enum class Source { Database, GlobalsOnly, WholeCluster };
    Source source = Source::Database;
    QString database;

    DumpFormat format = DumpFormat::Custom;
    // "gzip", "lz4", "zstd" or "none"; empty: the tool's default for the format.
    QString compressionMethod;
    int compressionLevel = -1; // -1: default
    int jobs = 1;              // directory format only

    bool schemaOnly = false;
    bool dataOnly = false;
    QStringList sections;       // pre-data, data, post-data; empty: all
    QStringList schemas;        // -n
    QStringList excludeSchemas; // -N
    QStringList tables;         // -t  (schema.table patterns as pg_dump takes them)
    QStringList excludeTables;  // -T
    bool largeObjects = true;   // --blobs / --no-blobs
    bool withGlobals = false;   // also pg_dumpall --globals-only into globals.sql

    bool noOwner = false;
    bool noPrivileges = false;
    bool clean = false;    // plain only: --clean
    bool ifExists = false; // plain only: --if-exists (with clean)
    QString encoding;
    int lockWaitTimeoutSeconds = 0; // 0: wait forever
    QStringList extraArguments;     // passed to pg_dump as given (validated: no --password etc.)

    bool recordRowCounts = false; // exact counts from the same snapshot as the dump

    QJsonObject toJson() const;
    static BackupOptions fromJson(const QJsonObject &object);
};

} // namespace pgs
