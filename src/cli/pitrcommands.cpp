// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// basebackup, pitr window|restore (wal status|receive: walcommands.cpp).
#include "clicontext.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "pg/connection.h"
#include "physical/basebackup.h"
#include "physical/pitrrestore.h"
#include "physical/pitrwindow.h"
#include "physical/walarchive.h"

#include <QJsonArray>

namespace pgs::cli {

namespace {

struct PitrCommand
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::PitrCommand)
};

QCommandLineOption dirOption(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description, QStringLiteral("DIR"));
}

int windowCommand(const CommandParser &parser)
{
    auto w = computeRecoveryWindow(parser.value(QStringLiteral("catalog")), parser.value(QStringLiteral("archive")));
    if (!w)
        return reportError(w.error());
    if (parser.json()) {
        printJson(w->toJson());
    } else {
        printKeyValues({{PitrCommand::tr("Earliest"), w->earliest.toString(Qt::ISODate) + QStringLiteral(" (") + w->earliestLsn + QLatin1Char(')')},
                        {PitrCommand::tr("Latest"), w->latest.toString(Qt::ISODate) + QStringLiteral(" (") + w->latestSegment + QLatin1Char(')')},
                        {PitrCommand::tr("Base backups"), QString::number(w->backups.size())},
                        {PitrCommand::tr("Missing WAL segments"), w->gaps.isEmpty() ? PitrCommand::tr("none") : w->gaps.join(QStringLiteral(", "))}});
        for (const QString &r : std::as_const(w->rejected))
            printWarning(r);
    }
    return w->gaps.isEmpty() ? ExitOk : ExitFailed;
}

int restoreCommand(const CommandParser &parser)
{
    PitrTarget target;
    int kinds = 0;
    if (parser.isSet(QStringLiteral("target-time"))) {
        ++kinds;
        target.kind = PitrTarget::Kind::Time;
        target.value = parser.value(QStringLiteral("target-time"));
        target.time = QDateTime::fromString(target.value, Qt::ISODateWithMs);
    }
    if (parser.isSet(QStringLiteral("target-lsn"))) {
        ++kinds;
        target.kind = PitrTarget::Kind::Lsn;
        target.value = parser.value(QStringLiteral("target-lsn"));
    }
    if (parser.isSet(QStringLiteral("target-name"))) {
        ++kinds;
        target.kind = PitrTarget::Kind::Name;
        target.value = parser.value(QStringLiteral("target-name"));
    }
    if (parser.isSet(QStringLiteral("latest"))) {
        ++kinds;
        target.kind = PitrTarget::Kind::Latest;
        target.value = QStringLiteral("latest");
    }
    if (kinds != 1)
        return usageError(PitrCommand::tr("Give exactly one of --target-time, --target-lsn, --target-name or --latest."), parser.command());
    std::optional<PitrRestoreResult> out;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        auto r = restorePointInTime(ctx, parser.value(QStringLiteral("catalog")), parser.value(QStringLiteral("archive")), target,
                                    parser.value(QStringLiteral("dir")));
        if (!r)
            return r.error();
        out = *r;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    if (parser.json()) {
        printJson(out->toJson());
    } else {
        printKeyValues({{PitrCommand::tr("Recovered to"), out->recoveredTo},
                        {PitrCommand::tr("Stopped because"), out->stopReason},
                        {PitrCommand::tr("Base backup"), out->backupName},
                        {PitrCommand::tr("Data directory"), out->dataDir},
                        {PitrCommand::tr("Connect with"), out->conninfo}});
        printOut(PitrCommand::tr("Stop or drop it with: pgsteward-cli sandbox stop|drop --dir %1").arg(out->directory));
    }
    return ExitOk;
}

} // namespace

int runBaseBackupCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli basebackup"),
                         PitrCommand::tr("Take a physical base backup (pg_basebackup, verified by pg_verifybackup) into a catalog."));
    parser.addTargetOptions();
    parser.addJsonOption();
    parser.addOption(dirOption(QStringLiteral("catalog"), PitrCommand::tr("The catalog folder to write the base backup into.")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), PitrCommand::tr("plain (default: a data directory) or tar (compressed archives)."),
                                        QStringLiteral("FORMAT")));
    parser.addOption(QCommandLineOption(QStringLiteral("compress"),
                                        PitrCommand::tr("tar: auto (default: the best the pg_basebackup offers), none, gzip, lz4 or zstd."),
                                        QStringLiteral("METHOD")));
    parser.addOption(QCommandLineOption(QStringLiteral("checkpoint"),
                                        PitrCommand::tr("fast (default: start at once) or spread (gentle on the server)."), QStringLiteral("MODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("wal"),
                                        PitrCommand::tr("included (default: the backup holds the WAL it needs) or archive (recovery takes it from the WAL archive)."),
                                        QStringLiteral("WHERE")));
    if (auto exit = parser.parse(args))
        return *exit;
    if (parser.value(QStringLiteral("catalog")).isEmpty())
        return usageError(PitrCommand::tr("--catalog DIR is required."), parser.command());
    BaseBackupOptions options;
    const QString format = parser.value(QStringLiteral("format"));
    const QString compress = parser.value(QStringLiteral("compress"));
    const QString checkpoint = parser.value(QStringLiteral("checkpoint"));
    const QString wal = parser.value(QStringLiteral("wal"));
    if (!format.isEmpty() && format != QLatin1String("plain") && format != QLatin1String("tar"))
        return usageError(PitrCommand::tr("--format is plain or tar, not %1.").arg(format), parser.command());
    options.tar = format == QLatin1String("tar");
    if (!compress.isEmpty()) {
        if (!QStringList{QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("gzip"), QStringLiteral("lz4"), QStringLiteral("zstd")}.contains(compress))
            return usageError(PitrCommand::tr("--compress is auto, none, gzip, lz4 or zstd, not %1.").arg(compress), parser.command());
        if (!options.tar)
            return usageError(PitrCommand::tr("--compress needs --format tar."), parser.command());
        options.compression = compress;
    }
    if (!checkpoint.isEmpty() && checkpoint != QLatin1String("fast") && checkpoint != QLatin1String("spread"))
        return usageError(PitrCommand::tr("--checkpoint is fast or spread, not %1.").arg(checkpoint), parser.command());
    options.fastCheckpoint = checkpoint != QLatin1String("spread");
    if (!wal.isEmpty() && wal != QLatin1String("included") && wal != QLatin1String("archive"))
        return usageError(PitrCommand::tr("--wal is included or archive, not %1.").arg(wal), parser.command());
    options.walIncluded = wal != QLatin1String("archive");
    Result<ConnectionSpec> spec = resolveTarget(parser);
    if (!spec)
        return reportTargetError(spec.error(), parser);
    std::optional<BaseBackupInfo> info;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        auto r = takeBaseBackup(ctx, *spec, parser.value(QStringLiteral("catalog")), options);
        if (!r)
            return r.error();
        info = *r;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    if (parser.json()) {
        QJsonObject o = info->toJson();
        o.insert(QStringLiteral("name"), info->name);
        o.insert(QStringLiteral("folder"), info->folder);
        printJson(o);
    } else {
        printOut(PitrCommand::tr("Base backup %1 verified: WAL %2 to %3 on timeline %4.")
                     .arg(info->name, info->startLsn, info->stopLsn)
                     .arg(info->timeline));
    }
    return ExitOk;
}

int runPitrCommand(const QStringList &args)
{
    if (args.value(0) == QLatin1String("copy-back")) // its own options (copybackcommand.cpp)
        return runPitrCopyBackCommand(args.mid(1));
    CommandParser parser(QStringLiteral("pgsteward-cli pitr"),
                         PitrCommand::tr("pitr window: the span base backups and the WAL archive can recover to. "
                                         "pitr restore: recover a moment of it into a new sandbox cluster. "
                                         "pitr copy-back: tables or a database from it to a live server under new names (see pitr copy-back --help)."));
    parser.addJsonOption();
    parser.addOption(dirOption(QStringLiteral("catalog"), PitrCommand::tr("The catalog folder with the base backups.")));
    parser.addOption(dirOption(QStringLiteral("archive"), PitrCommand::tr("The WAL archive folder.")));
    parser.addOption(dirOption(QStringLiteral("dir"), PitrCommand::tr("restore: the new sandbox directory.")));
    parser.addOption(QCommandLineOption(QStringLiteral("target-time"), PitrCommand::tr("restore: recover to this time (ISO 8601)."), QStringLiteral("TS")));
    parser.addOption(QCommandLineOption(QStringLiteral("target-lsn"), PitrCommand::tr("restore: recover to this WAL position."), QStringLiteral("LSN")));
    parser.addOption(QCommandLineOption(QStringLiteral("target-name"), PitrCommand::tr("restore: recover to this named restore point."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("latest"), PitrCommand::tr("restore: recover to the end of the archive.")));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    if (parser.value(QStringLiteral("catalog")).isEmpty() || parser.value(QStringLiteral("archive")).isEmpty())
        return usageError(PitrCommand::tr("--catalog DIR and --archive DIR are required."), parser.command());
    const QString verb = parser.positionals().value(0);
    if (verb == QLatin1String("window"))
        return windowCommand(parser);
    if (verb == QLatin1String("restore"))
        return restoreCommand(parser);
    return usageError(PitrCommand::tr("Unknown pitr action: %1").arg(verb), parser.command());
}

} // namespace pgs::cli
