// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pitr copy-back: tables or a database from a recovered sandbox to a live server, under new names.
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "physical/copyback.h"

#include <QDir>

namespace pgs::cli {

namespace {
struct CopyBackCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::CopyBackCommand)
};
} // namespace

int runPitrCopyBackCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli pitr copy-back"),
                         CopyBackCommand::tr("Copy tables (as schema.table with a suffix, same schema) or a whole database (as a new database) "
                               "from a recovered sandbox to a live server. Nothing that exists is replaced: a taken name is "
                               "refused. --confirm names the database written into."));
    parser.addTargetOptions();
    parser.addJsonOption();
    parser.addOption(QCommandLineOption(QStringLiteral("from-dir"), CopyBackCommand::tr("The recovered sandbox's directory (pitr restore --dir)."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("table"), CopyBackCommand::tr("A table to copy, schema.table (repeatable)."), QStringLiteral("TABLE")));
    parser.addOption(QCommandLineOption(QStringLiteral("suffix"),
                                        CopyBackCommand::tr("Appended to each table's name (default: _at_HHMM of the recovered time)."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("from-db"),
                                        CopyBackCommand::tr("--table: the sandbox's database to read (default: the target's database)."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("database"), CopyBackCommand::tr("A whole database of the sandbox to copy."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("as"), CopyBackCommand::tr("--database: the new database's name on the target."), QStringLiteral("NEWNAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("confirm"),
                                        CopyBackCommand::tr("The database written into (the target's database, or NEWNAME): the typed confirmation."),
                                        QStringLiteral("NAME")));
    if (auto exit = parser.parse(args))
        return *exit;
    const QString dir = parser.value(QStringLiteral("from-dir"));
    if (dir.isEmpty())
        return usageError(CopyBackCommand::tr("--from-dir DIR is required."), parser.command());
    const bool tables = parser.isSet(QStringLiteral("table")), database = parser.isSet(QStringLiteral("database"));
    if (tables == database)
        return usageError(CopyBackCommand::tr("Give --table (one or more) or --database, not both."), parser.command());
    if (database && parser.value(QStringLiteral("as")).isEmpty())
        return usageError(CopyBackCommand::tr("--database needs --as NEWNAME."), parser.command());
    if (tables && (parser.isSet(QStringLiteral("as"))))
        return usageError(CopyBackCommand::tr("--as goes with --database; tables take --suffix."), parser.command());

    CopyBackRequest request;
    request.sandboxDir = QDir(dir).absolutePath();
    request.confirmName = parser.value(QStringLiteral("confirm"));
    if (database) {
        request.database = parser.value(QStringLiteral("database"));
        request.newDatabase = parser.value(QStringLiteral("as"));
    } else {
        QString suffix = parser.value(QStringLiteral("suffix"));
        if (suffix.isEmpty())
            suffix = suggestedCopyBackSuffix(recoveredToOf(request.sandboxDir));
        for (const QString &given : parser.values(QStringLiteral("table"))) {
            CopyBackTable t = parseCopyBackTable(given, suffix);
            if (t.schema.isEmpty())
                return usageError(CopyBackCommand::tr("%1 is not schema.table.").arg(given), parser.command());
            request.tables << t;
        }
        request.sourceDatabase = parser.value(QStringLiteral("from-db"));
    }
    std::optional<ConnectionProfile> profile;
    Result<ConnectionSpec> spec = resolveTarget(parser, &profile);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    request.target = *spec;
    if (profile) {
        request.productionProfile = profile->production;
        request.readOnlyProfile = profile->readOnly;
        request.toolsDir = profile->toolsDir;
    }
    std::optional<CopyBackOutcome> outcome;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        auto r = runCopyBack(ctx, request);
        if (!r)
            return r.error();
        outcome = *r;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    if (parser.json()) {
        printJson(outcome->toJson());
        return ExitOk;
    }
    printOut(CopyBackCommand::tr("Copied into %1.").arg(outcome->targetDescription));
    QList<QStringList> rows;
    for (auto it = outcome->rowComparison.cbegin(); it != outcome->rowComparison.cend(); ++it)
        rows << QStringList{it.key(), QString::number(it.value().first), QString::number(it.value().second)};
    if (!rows.isEmpty())
        printTable({CopyBackCommand::tr("Table"), CopyBackCommand::tr("Rows copied"), CopyBackCommand::tr("Rows in the sandbox")}, rows, {1, 2});
    for (const QString &note : std::as_const(outcome->notes))
        printOut(QStringLiteral("  ") + note);
    return ExitOk;
}

} // namespace pgs::cli
