// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupoptions.h"

#include <QJsonArray>

namespace pgs {

namespace {

QString sourceToString(BackupOptions::Source source)
{
    switch (source) {
    case BackupOptions::Source::GlobalsOnly:
        return QStringLiteral("globals-only");
    case BackupOptions::Source::WholeCluster:
        return QStringLiteral("whole-cluster");
    case BackupOptions::Source::Database:
        break;
    }
    return QStringLiteral("database");
}

BackupOptions::Source sourceFromString(const QString &text)
{
    if (text == QLatin1String("globals-only"))
        return BackupOptions::Source::GlobalsOnly;
    if (text == QLatin1String("whole-cluster"))
        return BackupOptions::Source::WholeCluster;
    return BackupOptions::Source::Database;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QString toString(DumpFormat format)
{
    switch (format) {
    case DumpFormat::Directory:
        return QStringLiteral("directory");
    case DumpFormat::Tar:
        return QStringLiteral("tar");
    case DumpFormat::Plain:
        return QStringLiteral("plain");
    case DumpFormat::Custom:
        break;
    }
    return QStringLiteral("custom");
}

bool dumpFormatFromString(const QString &text, DumpFormat *format)
{
    static const DumpFormat all[] = {DumpFormat::Custom, DumpFormat::Directory, DumpFormat::Tar, DumpFormat::Plain};
    for (DumpFormat f : all) {
        if (text.compare(toString(f), Qt::CaseInsensitive) == 0) {
            if (format)
                *format = f;
            return true;
        }
    }
    return false;
}

QJsonObject BackupOptions::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), sourceToString(source));
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("format"), toString(format));
    o.insert(QStringLiteral("compression_method"), compressionMethod);
    o.insert(QStringLiteral("compression_level"), compressionLevel);
    o.insert(QStringLiteral("jobs"), jobs);
    o.insert(QStringLiteral("schema_only"), schemaOnly);
    o.insert(QStringLiteral("data_only"), dataOnly);
    o.insert(QStringLiteral("sections"), toArray(sections));
    o.insert(QStringLiteral("schemas"), toArray(schemas));
    o.insert(QStringLiteral("exclude_schemas"), toArray(excludeSchemas));
    o.insert(QStringLiteral("tables"), toArray(tables));
    o.insert(QStringLiteral("exclude_tables"), toArray(excludeTables));
    o.insert(QStringLiteral("large_objects"), largeObjects);
    o.insert(QStringLiteral("with_globals"), withGlobals);
    o.insert(QStringLiteral("no_owner"), noOwner);
    o.insert(QStringLiteral("no_privileges"), noPrivileges);
    o.insert(QStringLiteral("clean"), clean);
    o.insert(QStringLiteral("if_exists"), ifExists);
    o.insert(QStringLiteral("encoding"), encoding);
    o.insert(QStringLiteral("lock_wait_timeout_seconds"), lockWaitTimeoutSeconds);
    o.insert(QStringLiteral("extra_arguments"), toArray(extraArguments));
    o.insert(QStringLiteral("record_row_counts"), recordRowCounts);
    return o;
}

// Lenient on purpose: a missing key keeps its default, so options written by an older version
// still load (the manifest's schema version guards incompatible changes).
BackupOptions BackupOptions::fromJson(const QJsonObject &o)
{
    BackupOptions b;
    b.source = sourceFromString(o.value(QStringLiteral("source")).toString());
    b.database = o.value(QStringLiteral("database")).toString();
    dumpFormatFromString(o.value(QStringLiteral("format")).toString(), &b.format);
    b.compressionMethod = o.value(QStringLiteral("compression_method")).toString();
    b.compressionLevel = o.value(QStringLiteral("compression_level")).toInt(-1);
    b.jobs = o.value(QStringLiteral("jobs")).toInt(1);
    b.schemaOnly = o.value(QStringLiteral("schema_only")).toBool();
    b.dataOnly = o.value(QStringLiteral("data_only")).toBool();
    b.sections = toList(o.value(QStringLiteral("sections")));
    b.schemas = toList(o.value(QStringLiteral("schemas")));
    b.excludeSchemas = toList(o.value(QStringLiteral("exclude_schemas")));
    b.tables = toList(o.value(QStringLiteral("tables")));
    b.excludeTables = toList(o.value(QStringLiteral("exclude_tables")));
    b.largeObjects = o.value(QStringLiteral("large_objects")).toBool(true);
    b.withGlobals = o.value(QStringLiteral("with_globals")).toBool();
    b.noOwner = o.value(QStringLiteral("no_owner")).toBool();
    b.noPrivileges = o.value(QStringLiteral("no_privileges")).toBool();
    b.clean = o.value(QStringLiteral("clean")).toBool();
    b.ifExists = o.value(QStringLiteral("if_exists")).toBool();
    b.encoding = o.value(QStringLiteral("encoding")).toString();
    b.lockWaitTimeoutSeconds = o.value(QStringLiteral("lock_wait_timeout_seconds")).toInt();
    b.extraArguments = toList(o.value(QStringLiteral("extra_arguments")));
    b.recordRowCounts = o.value(QStringLiteral("record_row_counts")).toBool();
    return b;
}

} // namespace pgs
