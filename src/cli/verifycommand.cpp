// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "backup/verify.h"
#include "offsite/destination.h"
#include "offsite/offsiteverify.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pgs::cli {

namespace {
struct VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::VerifyCommand)
};

QJsonObject reportJson(const QString &target, const VerifyReport &r)
{
    QJsonObject rows;
    for (auto it = r.rowComparison.cbegin(); it != r.rowComparison.cend(); ++it) {
        rows.insert(it.key(), QJsonObject{{QStringLiteral("restored"), it.value().first},
                                          {QStringLiteral("recorded"), it.value().second}});
    }
    return QJsonObject{{QStringLiteral("backup"), target},
                       {QStringLiteral("requested_level"), toString(r.requested)},
                       {QStringLiteral("reached_level"), toString(r.reached)},
                       {QStringLiteral("passed"), r.passed},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
                       {QStringLiteral("row_counts"), rows}};
}
} // namespace

int runVerifyCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli verify"),
                         VerifyCommand::tr("Verify a backup folder or bundle. Levels run in order up to the one "
                                           "asked for: checksums, contents (pg_restore --list), readable "
                                           "(every data block read), restore (a test restore into a throwaway "
                                           "cluster with row counts compared). Exit 0 when it passes."));
    parser.addPositional(QStringLiteral("backup"), VerifyCommand::tr("A backup folder or a .tar.zst/.tar.gz bundle."),
                         QStringLiteral("BACKUP_DIR_OR_BUNDLE"));
    parser.addOption(QCommandLineOption(QStringLiteral("level"),
                                        VerifyCommand::tr("checksums, contents, readable or restore (default: readable)."),
                                        QStringLiteral("LEVEL"), QStringLiteral("readable")));
    parser.addOption(QCommandLineOption(QStringLiteral("tools-dir"),
                                        VerifyCommand::tr("Where to look first for pg_restore and psql."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("destination"),
                                        VerifyCommand::tr("Verify the copy named BACKUP_FOLDER_NAME at this off-site "
                                                          "destination: checksums there, higher levels after a fetch "
                                                          "into a throwaway catalog."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("identity"),
                                        VerifyCommand::tr("With --destination: the age identity (secret key) file for "
                                                          "levels above checksums."),
                                        QStringLiteral("FILE")));
    parser.addJsonOption();
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;

    BackupManifest::VerifyLevel level = BackupManifest::VerifyLevel::Readable;
    if (!verifyLevelFromString(parser.value(QStringLiteral("level")), &level) || level == BackupManifest::VerifyLevel::None)
        return usageError(VerifyCommand::tr("Unknown level \"%1\": use checksums, contents, readable or restore")
                              .arg(parser.value(QStringLiteral("level"))),
                          parser.command());
    const QString target = parser.positionals().first();
    const QString toolsDir = parser.value(QStringLiteral("tools-dir"));

    std::optional<OffsiteDestination> destination;
    if (parser.isSet(QStringLiteral("destination"))) {
        Result<OffsiteDestination> found = DestinationStore().find(parser.value(QStringLiteral("destination")));
        if (!found)
            return reportError(found.error());
        destination = *found;
    } else if (parser.isSet(QStringLiteral("identity"))) {
        return usageError(VerifyCommand::tr("--identity goes with --destination"), parser.command());
    }

    std::optional<VerifyReport> report;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<VerifyReport> verified = destination
                                            ? verifyAtDestination(ctx, *destination, target, level,
                                                                  parser.value(QStringLiteral("identity")), toolsDir)
                                            : verifyBackup(ctx, target, level, toolsDir);
        if (!verified)
            return verified.error();
        report = *verified;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());

    if (parser.json()) {
        printJson(reportJson(target, *report));
    } else {
        printOut(report->passed ? VerifyCommand::tr("PASSED: %1 verified up to level %2 (%3)")
                                      .arg(target)
                                      .arg(int(report->reached))
                                      .arg(toString(report->reached))
                                : VerifyCommand::tr("FAILED: %1 (passed up to level %2, %3)")
                                      .arg(target)
                                      .arg(int(report->reached))
                                      .arg(toString(report->reached)));
        for (const QString &problem : std::as_const(report->problems))
            printOut(QStringLiteral("  - ") + problem);
    }
    return report->passed ? ExitOk : ExitFailed;
}

} // namespace pgs::cli
