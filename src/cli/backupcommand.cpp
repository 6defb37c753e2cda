// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"

#include "offsite/catalogcopies.h"
#include "offsite/destination.h"

#include "backup/backupjob.h"
#include "catalog/catalog.h"
#include "catalog/retention.h"

#include <QDir>

namespace pgs::cli {

namespace {

struct BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::BackupCommand)
public:
    static void addOptions(CommandParser &parser);
    // Fills options from the command line; returns an exit code on a usage error.
    static std::optional<int> readOptions(const CommandParser &parser, BackupOptions *options, RetentionPolicy *policy);
};

void BackupCommand::addOptions(CommandParser &parser)
{
    using O = QCommandLineOption;
    parser.addOption(O(QStringLiteral("database"), tr("Database to back up."), tr("NAME")));
    parser.addOption(O(QStringLiteral("catalog"), tr("Backup catalog directory (the backup folder is created inside)."), tr("DIR")));
    parser.addOption(O(QStringLiteral("format"), tr("custom (default), directory, tar or plain."), tr("FORMAT")));
    parser.addOption(O(QStringLiteral("jobs"), tr("Parallel jobs (directory format only)."), tr("N")));
    parser.addOption(O(QStringLiteral("compress"), tr("Compression: none, gzip, lz4, zstd, optionally with :LEVEL."), tr("METHOD[:LEVEL]")));
    parser.addOption(O(QStringLiteral("schema-only"), tr("Only the schema, no data.")));
    parser.addOption(O(QStringLiteral("data-only"), tr("Only the data, no schema.")));
    parser.addOption(O(QStringLiteral("schema"), tr("Only this schema (pattern; repeatable)."), tr("S")));
    parser.addOption(O(QStringLiteral("table"), tr("Only this table (pattern; repeatable)."), tr("T")));
    parser.addOption(O(QStringLiteral("exclude-table"), tr("Leave this table out (pattern; repeatable)."), tr("T")));
    parser.addOption(O(QStringLiteral("globals"), tr("Also back up roles and tablespaces (pg_dumpall --globals-only).")));
    parser.addOption(O(QStringLiteral("row-counts"), tr("Record exact row counts from the dump's snapshot.")));
    parser.addOption(O(QStringLiteral("copy-to"),
                       tr("After a successful backup, copy it to this off-site destination (repeatable; instead of the "
                          "catalog's destinations, see destinations attach)."),
                       tr("NAME")));
    parser.addOption(O(QStringLiteral("no-copy"), tr("No off-site copy this time, whatever the catalog's destinations.")));
    parser.addOption(O(QStringLiteral("prune"), tr("After a successful backup, prune the catalog with the --keep-* policy.")));
    parser.addOption(O(QStringLiteral("keep-last"), tr("Prune: keep the newest N backups."), tr("N")));
    parser.addOption(O(QStringLiteral("keep-daily"), tr("Prune: keep one backup per day for D days."), tr("D")));
    parser.addOption(O(QStringLiteral("keep-weekly"), tr("Prune: keep one backup per week for W weeks."), tr("W")));
    parser.addOption(O(QStringLiteral("keep-monthly"), tr("Prune: keep one backup per month for M months."), tr("M")));
}

std::optional<int> BackupCommand::readOptions(const CommandParser &parser, BackupOptions *o, RetentionPolicy *policy)
{
    const QString command = parser.command();
    o->database = parser.value(QStringLiteral("database"));
    if (o->database.isEmpty())
        return usageError(tr("--database is required"), command);
    if (parser.value(QStringLiteral("catalog")).isEmpty())
        return usageError(tr("--catalog is required"), command);
    if (parser.isSet(QStringLiteral("format")) && !dumpFormatFromString(parser.value(QStringLiteral("format")), &o->format)) {
        return usageError(tr("unknown format \"%1\" (custom, directory, tar, plain)").arg(parser.value(QStringLiteral("format"))),
                          command);
    }
    int exitCode = ExitOk;
    if (parser.isSet(QStringLiteral("jobs"))) {
        auto jobs = parser.intValue(QStringLiteral("jobs"), 1, 128, &exitCode);
        if (!jobs)
            return exitCode;
        o->jobs = int(*jobs);
        if (o->format != DumpFormat::Directory)
            return usageError(tr("--jobs needs --format directory"), command);
    }
    if (parser.isSet(QStringLiteral("compress"))) {
        const QString value = parser.value(QStringLiteral("compress"));
        o->compressionMethod = value.section(QLatin1Char(':'), 0, 0).toLower();
        if (value.contains(QLatin1Char(':'))) {
            bool ok = false;
            o->compressionLevel = value.section(QLatin1Char(':'), 1).toInt(&ok);
            if (!ok || o->compressionLevel < 0)
                return usageError(tr("--compress takes METHOD[:LEVEL], e.g. gzip:6"), command);
        }
    }
    o->schemaOnly = parser.isSet(QStringLiteral("schema-only"));
    o->dataOnly = parser.isSet(QStringLiteral("data-only"));
    if (o->schemaOnly && o->dataOnly)
        return usageError(tr("--schema-only and --data-only exclude each other"), command);
    o->schemas = parser.values(QStringLiteral("schema"));
    o->tables = parser.values(QStringLiteral("table"));
    o->excludeTables = parser.values(QStringLiteral("exclude-table"));
    o->withGlobals = parser.isSet(QStringLiteral("globals"));
    o->recordRowCounts = parser.isSet(QStringLiteral("row-counts"));
    // The version-independent checks are usage errors; the rest needs the located pg_dump.
    if (Status valid = validateBackupOptions(*o); !valid)
        return usageError(valid.error().message, command);

    const struct
    {
        const char *name;
        int RetentionPolicy::*field;
    } keeps[] = {{"keep-last", &RetentionPolicy::keepLast},
                 {"keep-daily", &RetentionPolicy::keepDaily},
                 {"keep-weekly", &RetentionPolicy::keepWeekly},
                 {"keep-monthly", &RetentionPolicy::keepMonthly}};
    for (const auto &keep : keeps) {
        const QString name = QString::fromLatin1(keep.name);
        if (!parser.isSet(name))
            continue;
        if (!parser.isSet(QStringLiteral("prune")))
            return usageError(tr("--%1 needs --prune").arg(name), command);
        auto n = parser.intValue(name, 0, 100000, &exitCode);
        if (!n)
            return exitCode;
        policy->*keep.field = int(*n);
    }
    if (parser.isSet(QStringLiteral("prune")) && policy->isEmpty())
        return usageError(tr("--prune needs at least one --keep-* option"), command);
    return std::nullopt;
}

} // namespace

int runBackupCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli backup"),
                         BackupCommand::tr("Back up a database with pg_dump into a backup catalog: exact row counts "
                                           "from the same snapshot, SHA-256 of every file, manifest.json. Prints the "
                                           "backup folder (or the manifest with --json); exit 0 only when the backup "
                                           "is complete and checksummed."));
    parser.addTargetOptions();
    parser.addJsonOption();
    BackupCommand::addOptions(parser);
    if (auto exit = parser.parse(args))
        return *exit;

    BackupRequest request;
    RetentionPolicy policy;
    if (auto exit = BackupCommand::readOptions(parser, &request.options, &policy))
        return *exit;
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    request.spec = *spec;
    request.catalogDir = QDir(parser.value(QStringLiteral("catalog"))).absolutePath();
    if (profile) {
        request.profileId = profile->id;
        request.profileName = profile->name;
        request.toolsDir = profile->toolsDir;
    }

    // The run's own --copy-to, else the catalog's destinations (read now: a catalog attached
    // to a destination later applies to schedules installed earlier).
    CopyChoice choice;
    if (parser.isSet(QStringLiteral("no-copy"))) {
        if (parser.isSet(QStringLiteral("copy-to")))
            return usageError(BackupCommand::tr("--copy-to and --no-copy exclude each other"), parser.command());
        choice.mode = CopyChoice::Mode::None;
    } else if (parser.isSet(QStringLiteral("copy-to"))) {
        choice.mode = CopyChoice::Mode::Only;
        choice.names = parser.values(QStringLiteral("copy-to"));
        // A misspelt destination fails before the dump, not after it.
        for (const QString &name : std::as_const(choice.names))
            if (Result<OffsiteDestination> d = DestinationStore().find(name); !d)
                return reportError(d.error());
    }
    const Result<QStringList> copyTo = destinationsFor(request.catalogDir, choice);
    if (!copyTo)
        return reportError(copyTo.error());

    std::optional<BackupOutcome> outcome;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<BackupOutcome> result = runBackup(ctx, request);
        if (!result)
            return result.error();
        outcome = *result;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());

    if (parser.json())
        printJson(outcome->manifest.toJson());
    else
        printOut(QDir::toNativeSeparators(outcome->folder));

    // The local backup stays good when a copy fails (its copy status says "failed" and why); the
    // run still exits 1, so a schedule notices.
    bool copyFailed = false;
    if (!copyTo->isEmpty()) {
        QList<CopyAttempt> attempts;
        // Every attempt's outcome is in attempts; the job itself cannot fail.
        const JobResult ran = runInForeground([&](JobContext &ctx) -> JobResult {
            attempts = copyToDestinations(ctx, *copyTo, outcome->folder);
            return QVariant();
        });
        Q_UNUSED(ran)
        for (const CopyAttempt &a : std::as_const(attempts)) {
            if (a.copied)
                continue;
            copyFailed = true;
            reportError(Error::of(BackupCommand::tr("The copy to %1 failed (the local backup is good): %2")
                                      .arg(a.destination, a.error)));
        }
    }

    if (parser.isSet(QStringLiteral("prune"))) {
        const BackupCatalog catalog(request.catalogDir);
        JobResult pruned = runInForeground([&](JobContext &ctx) -> JobResult {
            auto decisions = prune(ctx, catalog, policy, false);
            if (!decisions)
                return decisions.error();
            int removed = 0;
            for (const RetentionDecision &d : *decisions)
                removed += d.keep ? 0 : 1;
            ctx.log(BackupCommand::tr("Pruned %n backup(s).", nullptr, removed));
            return QVariant();
        });
        // The backup itself is good; a failed prune still fails the run, so a schedule notices.
        if (!pruned)
            return reportError(pruned.error());
    }
    return copyFailed ? ExitFailed : ExitOk;
}

} // namespace pgs::cli
