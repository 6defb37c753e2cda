// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pg_dump / pg_dumpall command lines of a backup, and the checks that come before them.
#include "backup/backupjob.h"

#include <QCoreApplication>

namespace pgs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::BackupJob)
};

// pg_dump grew --compress=method[:level] with lz4 and zstd in 16; 15 and older take -Z 0..9 (gzip).
constexpr int kFirstMajorWithCompressionMethods = 16;

QString formatLetter(DumpFormat format)
{
    switch (format) {
    case DumpFormat::Directory:
        return QStringLiteral("d");
    case DumpFormat::Tar:
        return QStringLiteral("t");
    case DumpFormat::Plain:
        return QStringLiteral("p");
    case DumpFormat::Custom:
        break;
    }
    return QStringLiteral("c");
}

// Level ranges as the compressors take them.
bool levelInRange(const QString &method, int level)
{
    if (level < 0)
        return true;
    if (method == QLatin1String("gzip"))
        return level <= 9;
    if (method == QLatin1String("lz4"))
        return level <= 12;
    if (method == QLatin1String("zstd"))
        return level >= 1 && level <= 22;
    return level == 0; // "none"
}

// Options of extra arguments we refuse: they would leak a secret, or fight the choices we make
// (output file, format, snapshot, compression, jobs) and so break the manifest's promises.
bool isForbiddenExtra(const QString &arg)
{
    if (arg.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return true;
    static const QStringList longOptions = {
        QStringLiteral("--file"),   QStringLiteral("--format"), QStringLiteral("--snapshot"),
        QStringLiteral("--compress"), QStringLiteral("--jobs"), QStringLiteral("--dbname"),
        QStringLiteral("--host"),   QStringLiteral("--port"),   QStringLiteral("--username"),
    };
    for (const QString &option : longOptions) {
        if (arg == option || arg.startsWith(option + QLatin1Char('=')))
            return true;
    }
    static const QStringList shortOptions = {QStringLiteral("-W"), QStringLiteral("-f"), QStringLiteral("-F"),
                                             QStringLiteral("-Z"), QStringLiteral("-j"), QStringLiteral("-d"),
                                             QStringLiteral("-h"), QStringLiteral("-p"), QStringLiteral("-U")};
    for (const QString &option : shortOptions) {
        if (arg.startsWith(option))
            return true;
    }
    return false;
}

} // namespace

QStringList supportedCompressionMethods(int pgDumpMajor, DumpFormat format)
{
    switch (format) {
    case DumpFormat::Tar:
        return {QStringLiteral("none")};
    case DumpFormat::Plain:
        return {QStringLiteral("none"), QStringLiteral("gzip"), QStringLiteral("zstd")};
    case DumpFormat::Custom:
    case DumpFormat::Directory:
        break;
    }
    if (pgDumpMajor >= kFirstMajorWithCompressionMethods)
        return {QStringLiteral("none"), QStringLiteral("gzip"), QStringLiteral("lz4"), QStringLiteral("zstd")};
    return {QStringLiteral("none"), QStringLiteral("gzip")};
}

Status validateBackupOptions(const BackupOptions &o, int pgDumpMajor)
{
    auto usage = [](const QString &message) { return Error::of(message, {}, QStringLiteral("invalid-options")); };
    if (o.source == BackupOptions::Source::Database && o.database.isEmpty())
        return usage(Tr::tr("No database chosen to back up."));
    if (o.schemaOnly && o.dataOnly)
        return usage(Tr::tr("Schema only and data only exclude each other."));
    if (o.jobs < 1)
        return usage(Tr::tr("The number of parallel jobs must be at least 1."));
    if (o.jobs > 1 && o.format != DumpFormat::Directory)
        return usage(Tr::tr("Parallel jobs need the directory format."));
    if ((o.clean || o.ifExists) && o.format != DumpFormat::Plain)
        return usage(Tr::tr("Clean and if-exists apply to plain SQL dumps only."));
    if (o.ifExists && !o.clean)
        return usage(Tr::tr("If-exists needs clean."));
    if (o.lockWaitTimeoutSeconds < 0)
        return usage(Tr::tr("The lock wait timeout cannot be negative."));
    for (const QString &arg : o.extraArguments) {
        if (isForbiddenExtra(arg))
            return usage(Tr::tr("The extra argument \"%1\" is not allowed: pgsteward sets it itself or it could carry a password.").arg(arg));
    }

    const QString method = o.compressionMethod;
    if (method.isEmpty()) {
        if (o.compressionLevel >= 0 && o.format == DumpFormat::Tar)
            return usage(Tr::tr("pg_dump cannot compress the tar format; choose custom or directory, "
                                "or compress the finished backup as a bundle."));
        return ok();
    }
    static const QStringList known = {QStringLiteral("none"), QStringLiteral("gzip"), QStringLiteral("lz4"),
                                      QStringLiteral("zstd")};
    if (!known.contains(method))
        return usage(Tr::tr("Unknown compression method \"%1\" (known: %2).").arg(method, known.join(QStringLiteral(", "))));
    if (o.format == DumpFormat::Tar && method != QLatin1String("none"))
        return usage(Tr::tr("pg_dump cannot compress the tar format; choose custom or directory, "
                            "or compress the finished backup as a bundle."));
    if (!levelInRange(method, o.compressionLevel))
        return usage(Tr::tr("Compression level %1 is out of range for %2.").arg(o.compressionLevel).arg(method));
    if (pgDumpMajor > 0 || o.format == DumpFormat::Plain) {
        const QStringList supported = supportedCompressionMethods(pgDumpMajor, o.format);
        if (!supported.contains(method)) {
            return usage(Tr::tr("pg_dump %1 cannot compress the %2 format with %3 (supported: %4); "
                                "lz4 and zstd need pg_dump 16 or newer.")
                             .arg(pgDumpMajor)
                             .arg(toString(o.format), method, supported.join(QStringLiteral(", "))));
        }
    }
    return ok();
}

QString dumpNameFor(const BackupOptions &o)
{
    if (o.source == BackupOptions::Source::GlobalsOnly)
        return QStringLiteral("globals.sql");
    if (o.source == BackupOptions::Source::WholeCluster)
        return QStringLiteral("dump.sql");
    switch (o.format) {
    case DumpFormat::Directory:
        return QStringLiteral("dump");
    case DumpFormat::Tar:
        return QStringLiteral("dump.tar");
    case DumpFormat::Plain:
        if (o.compressionMethod == QLatin1String("gzip"))
            return QStringLiteral("dump.sql.gz");
        if (o.compressionMethod == QLatin1String("zstd"))
            return QStringLiteral("dump.sql.zst");
        return QStringLiteral("dump.sql");
    case DumpFormat::Custom:
        break;
    }
    return QStringLiteral("dump.custom");
}

QStringList pgDumpArguments(const BackupOptions &o, int pgDumpMajor, const QString &outputPath, const QString &snapshot)
{
    QStringList args;
    args << QStringLiteral("--verbose") << QStringLiteral("--format=") + formatLetter(o.format);
    if (!outputPath.isEmpty())
        args << QStringLiteral("--file=") + outputPath;
    if (o.format == DumpFormat::Directory && o.jobs > 1)
        args << QStringLiteral("--jobs=") + QString::number(o.jobs);

    // Plain dumps are compressed by us while streaming; tar has no compression in pg_dump.
    const bool archive = o.format == DumpFormat::Custom || o.format == DumpFormat::Directory;
    if (archive && !o.compressionMethod.isEmpty()) {
        const QString &method = o.compressionMethod;
        if (pgDumpMajor >= kFirstMajorWithCompressionMethods) {
            QString value = method;
            if (o.compressionLevel >= 0 && method != QLatin1String("none"))
                value += QLatin1Char(':') + QString::number(o.compressionLevel);
            args << QStringLiteral("--compress=") + value;
        } else if (method == QLatin1String("none")) {
            args << QStringLiteral("--compress=0");
        } else if (method == QLatin1String("gzip") && o.compressionLevel >= 0) {
            args << QStringLiteral("--compress=") + QString::number(o.compressionLevel);
        }
    }
    if (!snapshot.isEmpty())
        args << QStringLiteral("--snapshot=") + snapshot;

    if (o.schemaOnly)
        args << QStringLiteral("--schema-only");
    if (o.dataOnly)
        args << QStringLiteral("--data-only");
    for (const QString &section : o.sections)
        args << QStringLiteral("--section=") + section;
    for (const QString &schema : o.schemas)
        args << QStringLiteral("--schema=") + schema;
    for (const QString &schema : o.excludeSchemas)
        args << QStringLiteral("--exclude-schema=") + schema;
    for (const QString &table : o.tables)
        args << QStringLiteral("--table=") + table;
    for (const QString &table : o.excludeTables)
        args << QStringLiteral("--exclude-table=") + table;
    if (!o.largeObjects)
        args << QStringLiteral("--no-blobs");
    if (o.noOwner)
        args << QStringLiteral("--no-owner");
    if (o.noPrivileges)
        args << QStringLiteral("--no-privileges");
    if (o.format == DumpFormat::Plain && o.clean) {
        args << QStringLiteral("--clean");
        if (o.ifExists)
            args << QStringLiteral("--if-exists");
    }
    if (!o.encoding.isEmpty())
        args << QStringLiteral("--encoding=") + o.encoding;
    if (o.lockWaitTimeoutSeconds > 0)
        args << QStringLiteral("--lock-wait-timeout=") + QString::number(qint64(o.lockWaitTimeoutSeconds) * 1000);
    for (const QString &extra : o.extraArguments) {
        if (!isForbiddenExtra(extra))
            args << extra;
    }
    return args;
}

QStringList pgDumpAllArguments(bool globalsOnly, bool noRolePasswords, const QString &outputPath)
{
    QStringList args{QStringLiteral("--verbose")};
    if (globalsOnly)
        args << QStringLiteral("--globals-only");
    if (noRolePasswords)
        args << QStringLiteral("--no-role-passwords");
    args << QStringLiteral("--file=") + outputPath;
    return args;
}

QStringList noSyncArguments(int toolMajor)
{
    if (toolMajor >= 10)
        return {QStringLiteral("--no-sync")};
    return {};
}

} // namespace pgs
