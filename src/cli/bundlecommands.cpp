// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"

#include "catalog/bundle.h"

#include <QDir>
#include <QFileInfo>

namespace pgs::cli {

namespace {
struct BundleCommands
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::BundleCommands)
};
} // namespace

int runBundleCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli bundle"),
                         BundleCommands::tr("Pack a backup folder into one .tar.zst or .tar.gz file for offsite copies."));
    parser.addPositional(QStringLiteral("backup"), BundleCommands::tr("The backup folder."), QStringLiteral("BACKUP_DIR"));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                        BundleCommands::tr("The bundle file: NAME.tar.zst, NAME.tar.gz or NAME.tgz."),
                                        QStringLiteral("FILE")));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(BundleCommands::tr("--out FILE is required"), parser.command());
    const QString lower = out.toLower();
    if (!lower.endsWith(QLatin1String(".tar.zst")) && !lower.endsWith(QLatin1String(".tar.gz"))
        && !lower.endsWith(QLatin1String(".tgz")))
        return usageError(BundleCommands::tr("--out must end in .tar.zst, .tar.gz or .tgz"), parser.command());
    const QString backup = parser.positionals().first();

    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Status exported = exportBundle(ctx, backup, out);
        if (!exported)
            return exported.error();
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    printOut(QFileInfo(out).absoluteFilePath());
    return ExitOk;
}

int runUnbundleCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli unbundle"),
                         BundleCommands::tr("Import a bundle into a catalog: unpack, verify the checksums, and only "
                                            "then show it as a backup. Prints the imported folder."));
    parser.addPositional(QStringLiteral("bundle"), BundleCommands::tr("The .tar.zst or .tar.gz bundle."), QStringLiteral("FILE"));
    parser.addOption(QCommandLineOption(QStringLiteral("catalog"), BundleCommands::tr("The catalog directory to import into."),
                                        QStringLiteral("DIR")));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    const QString catalog = parser.value(QStringLiteral("catalog"));
    if (catalog.isEmpty())
        return usageError(BundleCommands::tr("--catalog DIR is required"), parser.command());
    const QString bundle = parser.positionals().first();

    QString imported;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<QString> result = importBundle(ctx, bundle, catalog);
        if (!result)
            return result.error();
        imported = *result;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    printOut(QDir(imported).absolutePath());
    return ExitOk;
}

} // namespace pgs::cli
