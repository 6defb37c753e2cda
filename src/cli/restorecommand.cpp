// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// toc, restore, globals-restore
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "restore/archivecheck.h"
#include "restore/restorejob.h"
#include "restore/toc.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace pgs::cli {

namespace {

struct RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::RestoreCommand)
public:
    static void addOptions(CommandParser &parser);
    static std::optional<int> readOptions(const CommandParser &parser, RestoreOptions *options);
    static QJsonObject toJson(const RestoreOutcome &outcome);
    static void print(const RestoreOutcome &outcome);
};

void RestoreCommand::addOptions(CommandParser &parser)
{
    using O = QCommandLineOption;
    parser.addOption(O(QStringLiteral("target-db"), tr("The database to restore into."), tr("NAME")));
    parser.addOption(O(QStringLiteral("create"), tr("Create the target database (it must not exist).")));
    parser.addOption(O(QStringLiteral("sandbox"), tr("Restore into a new throwaway cluster in DIR instead."), tr("DIR")));
    parser.addOption(O(QStringLiteral("schema"), tr("Only this schema (repeatable)."), tr("S")));
    parser.addOption(O(QStringLiteral("table"), tr("Only this table as schema.table, with its indexes and constraints (repeatable)."), tr("T")));
    parser.addOption(O(QStringLiteral("jobs"), tr("Parallel jobs (custom and directory archives)."), tr("N")));
    parser.addOption(O(QStringLiteral("no-owner"), tr("Do not restore object owners.")));
    parser.addOption(O(QStringLiteral("no-privileges"), tr("Do not restore privileges (GRANT/REVOKE).")));
    parser.addOption(O(QStringLiteral("role"), tr("Role to run the restore as."), tr("ROLE")));
    parser.addOption(O(QStringLiteral("data-only"), tr("Only the data.")));
    parser.addOption(O(QStringLiteral("schema-only"), tr("Only the schema.")));
    parser.addOption(O(QStringLiteral("single-transaction"), tr("Restore in one transaction (not with --jobs).")));
    parser.addOption(O(QStringLiteral("disable-triggers"), tr("Disable triggers during a data-only restore.")));
    parser.addOption(O(QStringLiteral("no-exit-on-error"), tr("Go on after errors (they are still reported; exit 1).")));
    parser.addOption(O(QStringLiteral("clean"), tr("Drop the archive's objects in the target first (--clean --if-exists).")));
    parser.addOption(O(QStringLiteral("confirm"), tr("The target's name, required to restore into a non-empty database."), tr("NAME")));
    parser.addOption(O(QStringLiteral("lift-production-guard"), tr("Allow restoring into an existing database of a production profile.")));
}

std::optional<int> RestoreCommand::readOptions(const CommandParser &parser, RestoreOptions *o)
{
    const QString command = parser.command();
    o->targetDatabase = parser.value(QStringLiteral("target-db"));
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (o->targetDatabase.isEmpty() && !sandbox)
        return usageError(tr("--target-db is required"), command);
    if (sandbox && parser.isSet(QStringLiteral("create")))
        return usageError(tr("--sandbox and --create exclude each other"), command);
    using T = RestoreOptions::Target;
    o->target = sandbox ? T::Sandbox : parser.isSet(QStringLiteral("create")) ? T::NewDatabase : T::ExistingDatabase;
    if (sandbox)
        o->sandboxDir = QDir(parser.value(QStringLiteral("sandbox"))).absolutePath();
    o->schemas = parser.values(QStringLiteral("schema"));
    o->tables = parser.values(QStringLiteral("table"));
    int exitCode = ExitOk;
    if (parser.isSet(QStringLiteral("jobs"))) {
        auto jobs = parser.intValue(QStringLiteral("jobs"), 1, 128, &exitCode);
        if (!jobs)
            return exitCode;
        o->jobs = int(*jobs);
    }
    o->noOwner = parser.isSet(QStringLiteral("no-owner"));
    o->noPrivileges = parser.isSet(QStringLiteral("no-privileges"));
    o->role = parser.value(QStringLiteral("role"));
    o->dataOnly = parser.isSet(QStringLiteral("data-only"));
    o->schemaOnly = parser.isSet(QStringLiteral("schema-only"));
    if (o->dataOnly && o->schemaOnly)
        return usageError(tr("--data-only and --schema-only exclude each other"), command);
    o->singleTransaction = parser.isSet(QStringLiteral("single-transaction"));
    if (o->singleTransaction && o->jobs > 1)
        return usageError(tr("--single-transaction cannot be combined with --jobs"), command);
    o->disableTriggers = parser.isSet(QStringLiteral("disable-triggers"));
    o->exitOnError = !parser.isSet(QStringLiteral("no-exit-on-error"));
    o->clean = parser.isSet(QStringLiteral("clean"));
    o->confirmName = parser.value(QStringLiteral("confirm"));
    if (o->clean && o->target != T::ExistingDatabase)
        return usageError(tr("--clean only applies to an existing database (without --create/--sandbox)"), command);
    o->liftProductionGuard = parser.isSet(QStringLiteral("lift-production-guard"));
    return std::nullopt;
}

QJsonObject RestoreCommand::toJson(const RestoreOutcome &r)
{
    QJsonArray errors;
    for (const RestoreError &e : r.errors) {
        errors.append(QJsonObject{{QStringLiteral("toc_id"), e.tocId},
                                  {QStringLiteral("toc_entry"), e.tocEntry},
                                  {QStringLiteral("message"), e.message}});
    }
    QJsonObject rows;
    for (auto it = r.rowComparison.cbegin(); it != r.rowComparison.cend(); ++it) {
        rows.insert(it.key(), QJsonObject{{QStringLiteral("restored"), it.value().first},
                                          {QStringLiteral("recorded"), it.value().second}});
    }
    QJsonObject notChecked;
    for (auto it = r.rowsNotChecked.cbegin(); it != r.rowsNotChecked.cend(); ++it)
        notChecked.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("target_database"), r.targetDatabase},
                       {QStringLiteral("target"), r.targetDescription},
                       {QStringLiteral("entries_done"), r.entriesDone},
                       {QStringLiteral("entries_total"), r.entriesTotal},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("row_comparison"), rows},
                       {QStringLiteral("row_mismatches"), QJsonArray::fromStringList(r.rowMismatches)},
                       {QStringLiteral("rows_not_checked"), notChecked},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}};
}

void RestoreCommand::print(const RestoreOutcome &r)
{
    printOut(tr("Restored into %1: %2 of %3 entries").arg(r.targetDescription).arg(r.entriesDone).arg(r.entriesTotal));
    for (const QString &note : r.notes)
        printOut(QStringLiteral("  ") + note);
    if (!r.errors.isEmpty()) {
        QList<QStringList> rows;
        for (const RestoreError &e : r.errors)
            rows << QStringList{e.tocId ? QString::number(e.tocId) : QString(), e.tocEntry, e.message};
        printTable({tr("TOC"), tr("Entry"), tr("Error")}, rows, {0});
    }
    if (!r.rowComparison.isEmpty() || !r.rowsNotChecked.isEmpty()) {
        QList<QStringList> rows;
        for (auto it = r.rowComparison.cbegin(); it != r.rowComparison.cend(); ++it) {
            rows << QStringList{it.key(), QString::number(it.value().first), QString::number(it.value().second),
                                it.value().first == it.value().second ? tr("ok") : tr("MISMATCH")};
        }
        for (auto it = r.rowsNotChecked.cbegin(); it != r.rowsNotChecked.cend(); ++it)
            rows << QStringList{it.key(), QString(), QString(), tr("not compared: %1").arg(it.value())};
        printTable({tr("Table"), tr("Restored"), tr("Recorded"), QString()}, rows, {1, 2});
    }
}

// Says exactly what to type when the guard refuses.
Error explainRefusal(Error error, const RestoreOptions &o)
{
    if (error.code == QLatin1String("confirm-required")) {
        error.message = RestoreCommand::tr("Refusing to restore into the non-empty database \"%1\"; nothing was changed. "
                                           "To replace its contents, add: --clean --confirm %1").arg(o.targetDatabase);
    } else if (error.code == QLatin1String("production-guard")) {
        error.message = RestoreCommand::tr("Refusing to restore into \"%1\" on a production profile; add "
                                           "--lift-production-guard to proceed, or restore with --create into a new database")
                            .arg(o.targetDatabase);
    }
    return error;
}

} // namespace

int runTocCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli toc"),
                         RestoreCommand::tr("List the table of contents of a backup (catalog folder, bundle, custom, "
                                            "directory or tar archive) as pg_restore --list sees it; exit 1 when the "
                                            "archive is incomplete."));
    parser.addJsonOption();
    parser.addPositional(QStringLiteral("backup"), RestoreCommand::tr("The backup folder, bundle or archive."), QStringLiteral("BACKUP"));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    std::optional<TableOfContents> toc;
    std::optional<Error> incomplete;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<RestoreSource> source = openRestoreSource(ctx, parser.positionals().first());
        if (!source)
            return source.error();
        Result<TableOfContents> read = readTableOfContents(ctx, *source);
        if (!read)
            return read.error();
        toc = *read;
        // A cut-short archive still has its table of contents: list it, but never as if whole.
        if (Status whole = checkArchiveComplete(source->dumpPath); !whole)
            incomplete = whole.error();
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    auto finish = [&incomplete]() { return incomplete ? reportError(*incomplete) : int(ExitOk); };
    if (parser.json()) {
        QJsonArray entries;
        for (const TocEntry &e : toc->entries)
            entries.append(e.toJson());
        printJson(entries);
        return finish();
    }
    QList<QStringList> rows;
    for (const TocEntry &e : toc->entries)
        rows << QStringList{QString::number(e.id), e.type, e.schema, e.name, e.owner};
    printTable({RestoreCommand::tr("ID"), RestoreCommand::tr("Type"), RestoreCommand::tr("Schema"),
                RestoreCommand::tr("Name"), RestoreCommand::tr("Owner")},
               rows, {0});
    return finish();
}

int runRestoreCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli restore"),
                         RestoreCommand::tr("Restore a backup into a new database (--create), an existing one, or a "
                                            "sandbox cluster. Checksums are verified first; a non-empty existing "
                                            "database needs --confirm NAME; exit 1 when anything failed."));
    parser.addTargetOptions(false);
    parser.addJsonOption();
    parser.addPositional(QStringLiteral("backup"), RestoreCommand::tr("The backup folder, bundle or dump."), QStringLiteral("BACKUP"));
    RestoreCommand::addOptions(parser);
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;

    RestoreRequest request;
    if (auto exit = RestoreCommand::readOptions(parser, &request.options))
        return *exit;
    if (request.options.target != RestoreOptions::Target::Sandbox) {
        if (!parser.isSet(QStringLiteral("profile")) && !parser.isSet(QStringLiteral("db")))
            return usageError(RestoreCommand::tr("--profile or --db is required (or --sandbox DIR)"), parser.command());
        std::optional<ConnectionProfile> profile;
        Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
        if (!spec)
            return reportTargetError(spec.error(), parser);
        request.spec = *spec;
        if (profile) {
            request.productionProfile = profile->production;
            request.readOnlyProfile = profile->readOnly;
            request.toolsDir = profile->toolsDir;
        }
    }

    std::optional<RestoreOutcome> outcome;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<RestoreSource> source = openRestoreSource(ctx, parser.positionals().first());
        if (!source)
            return source.error();
        request.source = *source;
        Result<RestoreOutcome> result = runRestore(ctx, request);
        if (!result)
            return result.error();
        outcome = *result;
        return QVariant();
    });
    if (!done)
        return reportError(explainRefusal(done.error(), request.options));
    if (parser.json())
        printJson(RestoreCommand::toJson(*outcome));
    else
        RestoreCommand::print(*outcome);
    if (outcome->failed()) {
        printErr(RestoreCommand::tr("pgsteward-cli: the restore finished with %n error(s)", nullptr,
                                    int(outcome->errors.size() + outcome->rowMismatches.size())));
        return ExitFailed;
    }
    return ExitOk;
}

int runGlobalsRestoreCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli globals-restore"),
                         RestoreCommand::tr("Restore roles and tablespaces from a globals file (pg_dumpall "
                                            "--globals-only) with psql; objects that exist already are reported, "
                                            "other errors exit 1."));
    parser.addTargetOptions();
    parser.addPositional(QStringLiteral("file"), RestoreCommand::tr("The globals SQL file."), QStringLiteral("FILE"));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    QStringList notes;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<QStringList> result = restoreGlobals(ctx, *spec, parser.positionals().first(), profile ? profile->toolsDir : QString());
        if (!result)
            return result.error();
        notes = *result;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    for (const QString &note : notes)
        printErr(RestoreCommand::tr("note: %1").arg(note));
    printOut(RestoreCommand::tr("Globals restored (%n statement(s) skipped because the object exists).", nullptr,
                                int(notes.size())));
    return ExitOk;
}

} // namespace pgs::cli
