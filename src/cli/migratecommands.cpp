// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commandgroup.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "migrations/migrationjob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pgs::cli {

namespace {
using namespace pgs::migrations;

struct MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::MigrateCommand)
};

enum class Sub { Status, Up, Down, Validate, DryRun };

void addOptions(CommandParser &parser, Sub sub)
{
    parser.addTargetOptions();
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("dir"), MigrateCommand::tr("The migrations folder."),
                                        MigrateCommand::tr("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        MigrateCommand::tr("Folder format: auto (default), %1.")
                                            .arg(formatNames().join(QStringLiteral(", "))),
                                        MigrateCommand::tr("FORMAT"), QStringLiteral("auto")));
    if (sub == Sub::Status || sub == Sub::Validate)
        return;
    parser.addOption(QCommandLineOption(QStringLiteral("target"),
                                        sub == Sub::Down ? MigrateCommand::tr("Roll back every migration above VERSION.")
                                                         : MigrateCommand::tr("Apply pending migrations up to VERSION."),
                                        MigrateCommand::tr("VERSION")));
    parser.addOption(QCommandLineOption(QStringLiteral("steps"),
                                        MigrateCommand::tr("Roll back the last N migrations (default 1)."),
                                        MigrateCommand::tr("N"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("lock-timeout"),
                                        MigrateCommand::tr("Wait at most SECONDS for another run's lock (default 60)."),
                                        MigrateCommand::tr("SECONDS"), QStringLiteral("60")));
    parser.addOption(QCommandLineOption(QStringLiteral("allow-out-of-order"),
                                        MigrateCommand::tr("Also apply pending migrations older than the newest applied one.")));
    if (sub == Sub::DryRun)
        parser.addOption(QCommandLineOption(QStringLiteral("down"),
                                            MigrateCommand::tr("Show the SQL of a rollback instead of an upgrade.")));
}

void printStatus(const MigrationReport &report)
{
    printOut(MigrateCommand::tr("Format: %1 (%2); history table %3%4")
                 .arg(formatName(report.format), report.detection, report.historyTable,
                      report.historyExists ? QString() : MigrateCommand::tr(" (not created yet)")));
    QList<QStringList> rows;
    for (const MigrationStatus &s : report.migrations)
        rows << QStringList{s.version.isEmpty() ? QStringLiteral("R") : s.version, s.name, stateName(s.state), s.note};
    printTable({MigrateCommand::tr("VERSION"), MigrateCommand::tr("NAME"), MigrateCommand::tr("STATE"),
                MigrateCommand::tr("NOTE")},
               rows);
    for (const QString &w : report.warnings)
        printWarning(w);
    for (const Finding &f : report.preflight + report.lint)
        printOut(QStringLiteral("%1 %2: %3: %4%5")
                     .arg(severityName(f.severity), f.code, f.object, f.detail,
                          f.advice.isEmpty() ? QString() : QStringLiteral(" -> ") + f.advice));
}

int runMigrate(Sub sub, const QString &name, const QString &description, const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli migrate ") + name, description);
    addOptions(parser, sub);
    if (auto exit = parser.parse(args))
        return *exit;
    if (!parser.isSet(QStringLiteral("dir")))
        return usageError(MigrateCommand::tr("say which folder: --dir DIR"), parser.command());
    RunRequest request;
    request.source.dir = parser.value(QStringLiteral("dir"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("auto")) {
        request.source.format = formatFromName(format);
        if (!request.source.format)
            return usageError(MigrateCommand::tr("unknown --format '%1'").arg(format), parser.command());
    }
    int exitCode = ExitUsage;
    if (sub != Sub::Status && sub != Sub::Validate) {
        const auto steps = parser.intValue(QStringLiteral("steps"), 1, 100000, &exitCode);
        const auto timeout = steps ? parser.intValue(QStringLiteral("lock-timeout"), 0, 86400, &exitCode) : std::nullopt;
        if (!steps || !timeout)
            return exitCode;
        request.steps = int(*steps);
        request.lockTimeoutSeconds = int(*timeout);
        request.target = parser.value(QStringLiteral("target"));
        request.allowOutOfOrder = parser.isSet(QStringLiteral("allow-out-of-order"));
        request.dryRun = sub == Sub::DryRun;
        request.direction = sub == Sub::Down || (sub == Sub::DryRun && parser.isSet(QStringLiteral("down")))
                                ? Direction::Down
                                : Direction::Up;
    }
    auto spec = resolveTarget(parser);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    auto outcome = std::make_shared<RunOutcome>();
    const bool statusOnly = sub == Sub::Status || sub == Sub::Validate;
    JobResult done = runInForeground(migrationJob(spec.value(), request, statusOnly, outcome));
    if (statusOnly) {
        if (!done)
            return reportError(done.error());
        const QStringList problems = validationProblems(outcome->before.migrations);
        if (sub == Sub::Status) {
            if (parser.json())
                printJson(reportToJson(outcome->before));
            else
                printStatus(outcome->before);
            return ExitOk;
        }
        if (parser.json()) {
            QJsonObject out = reportToJson(outcome->before);
            out.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
            out.insert(QStringLiteral("valid"), problems.isEmpty());
            printJson(out);
        } else if (problems.isEmpty()) {
            printOut(MigrateCommand::tr("Valid: %n migration(s), none changed, missing, failed or out of order", "",
                                        int(outcome->before.migrations.size())));
        }
        for (const QString &p : problems)
            printErr(p);
        return problems.isEmpty() ? ExitOk : ExitFailed;
    }
    if (parser.json()) {
        QJsonObject out{{QStringLiteral("ok"), done.ok()},
                        {QStringLiteral("format"), formatName(outcome->before.format)},
                        {QStringLiteral("done"), QJsonArray::fromStringList(outcome->done)}};
        if (request.dryRun)
            out.insert(QStringLiteral("sql"), outcome->dryRunSql);
        if (!done.ok())
            out.insert(QStringLiteral("error"), done.error().message);
        if (outcome->failed)
            out.insert(QStringLiteral("failed"), QJsonObject{{QStringLiteral("version"), outcome->failed->version},
                                                             {QStringLiteral("migration"), outcome->failed->migration},
                                                             {QStringLiteral("line"), outcome->failed->line},
                                                             {QStringLiteral("statement"), outcome->failed->statement},
                                                             {QStringLiteral("message"), outcome->failed->serverMessage}});
        printJson(out);
    } else if (request.dryRun) {
        printOut(outcome->dryRunSql.trimmed());
    } else if (done.ok()) {
        if (outcome->done.isEmpty())
            printOut(MigrateCommand::tr("Nothing to do: the database is up to date."));
        for (const QString &label : outcome->done)
            printOut((sub == Sub::Up ? MigrateCommand::tr("applied %1") : MigrateCommand::tr("rolled back %1")).arg(label));
    }
    if (!done)
        return reportError(done.error());
    return ExitOk;
}
} // namespace

int runMigrateCommand(const QStringList &args)
{
    const QList<Subcommand> subs{
        {QStringLiteral("status"), MigrateCommand::tr("Where each migration of the folder stands, with pre-flight and lint"),
         [](const QStringList &a) {
             return runMigrate(Sub::Status, QStringLiteral("status"),
                               MigrateCommand::tr("Show where each migration of the folder stands in the database."), a);
         }},
        {QStringLiteral("up"), MigrateCommand::tr("Apply the pending migrations (or up to --target)"),
         [](const QStringList &a) {
             return runMigrate(Sub::Up, QStringLiteral("up"),
                               MigrateCommand::tr("Apply pending migrations, each in its own transaction with its "
                                                  "history row, under an advisory lock."),
                               a);
         }},
        {QStringLiteral("down"), MigrateCommand::tr("Roll back the last migration (--steps N, --target VERSION)"),
         [](const QStringList &a) {
             return runMigrate(Sub::Down, QStringLiteral("down"),
                               MigrateCommand::tr("Roll back applied migrations with their down (undo) scripts."), a);
         }},
        {QStringLiteral("validate"), MigrateCommand::tr("Exit 1 when a migration is changed, missing, failed or out of order"),
         [](const QStringList &a) {
             return runMigrate(Sub::Validate, QStringLiteral("validate"),
                               MigrateCommand::tr("Check the applied migrations against the folder."), a);
         }},
        {QStringLiteral("dry-run"), MigrateCommand::tr("Print the exact SQL a run would execute; change nothing"),
         [](const QStringList &a) {
             return runMigrate(Sub::DryRun, QStringLiteral("dry-run"),
                               MigrateCommand::tr("Print the exact SQL of an up (or --down) run, history writes "
                                                  "included, without changing anything."),
                               a);
         }},
    };
    return runCommandGroup(QStringLiteral("pgsteward-cli migrate"),
                           MigrateCommand::tr("Schema migrations of a Flyway, golang-migrate, dbmate, sqlx, Alembic or "
                                              "native folder."),
                           subs, args);
}

} // namespace pgs::cli
