// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commandgroup.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "catalog/catalog.h"
#include "catalog/retention.h"
#include "offsite/copystatus.h"
#include "offsite/offsiteprune.h"
#include "physical/basebackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pgs::cli {

namespace {

struct CatalogCommands
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::CatalogCommands)
public:
    static QString status(const CatalogEntry &e);
    static QString age(const QDateTime &at);
    static QJsonObject entryJson(const CatalogEntry &e);
};

QString CatalogCommands::status(const CatalogEntry &e)
{
    if (e.inProgress)
        return tr("in progress");
    return toString(e.manifest.status);
}

QString CatalogCommands::age(const QDateTime &at)
{
    if (!at.isValid())
        return tr("unknown");
    return humanDuration(std::max<qint64>(0, at.secsTo(QDateTime::currentDateTime())));
}

// The manifest as stored, plus what the catalog knows beyond it.
QJsonObject CatalogCommands::entryJson(const CatalogEntry &e)
{
    QJsonObject o = e.manifest.toJson();
    o.insert(QStringLiteral("folder"), e.folder);
    o.insert(QStringLiteral("in_progress"), e.inProgress);
    if (e.inProgress)
        o.insert(QStringLiteral("writer"), e.writer);
    if (e.manifest.files.isEmpty())
        o.insert(QStringLiteral("bytes_on_disk"), e.bytesOnDisk);
    if (!e.problem.isEmpty())
        o.insert(QStringLiteral("problem"), e.problem);
    QJsonArray copies; // per off-site destination: pending, copied or failed (why)
    for (const OffsiteCopyStatus &c : loadCopyStatus(e.folder))
        copies.append(c.toJson());
    o.insert(QStringLiteral("offsite_copies"), copies);
    return o;
}

// --catalog DIR, required; an absent directory is a failure (1), not a usage error.
std::optional<QString> catalogDirectory(CommandParser &parser, int *exit)
{
    const QString dir = parser.value(QStringLiteral("catalog"));
    if (dir.isEmpty()) {
        *exit = usageError(CatalogCommands::tr("--catalog DIR is required"), parser.command());
        return std::nullopt;
    }
    if (!QFileInfo(dir).isDir()) {
        *exit = reportError(Error::of(CatalogCommands::tr("No catalog directory %1").arg(dir)));
        return std::nullopt;
    }
    return QDir(dir).absolutePath();
}

QCommandLineOption catalogOption()
{
    return QCommandLineOption(QStringLiteral("catalog"), CatalogCommands::tr("The backup catalog directory."),
                              QStringLiteral("DIR"));
}

int listBackups(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli backups list"),
                         CatalogCommands::tr("List the backups of a catalog, newest first."));
    parser.addOption(catalogOption());
    parser.addOption(QCommandLineOption(QStringLiteral("destination"),
                                        CatalogCommands::tr("List the complete copies at this off-site destination instead."),
                                        QStringLiteral("NAME")));
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    if (parser.isSet(QStringLiteral("destination"))) {
        if (parser.isSet(QStringLiteral("catalog")))
            return usageError(CatalogCommands::tr("Give --catalog or --destination, not both"), parser.command());
        return listOffsiteBackups(parser.value(QStringLiteral("destination")), parser.json());
    }
    int exit = ExitOk;
    const std::optional<QString> dir = catalogDirectory(parser, &exit);
    if (!dir)
        return exit;

    const QList<CatalogEntry> entries = BackupCatalog(*dir).list();
    // Physical base backups beside the logical ones, by time, newest first.
    struct Listed
    {
        QDateTime at;
        QJsonObject json;
        QStringList row;
    };
    QList<Listed> listed;
    for (const CatalogEntry &e : entries) {
        const BackupManifest &m = e.manifest;
        QJsonObject o = CatalogCommands::entryJson(e);
        o.insert(QStringLiteral("kind"), QStringLiteral("logical"));
        listed.append({m.startedAt, o,
                       {CatalogCommands::age(m.startedAt), m.database.isEmpty() ? QStringLiteral("-") : m.database,
                        toString(m.options.format), humanSize(e.sizeBytes()), humanDuration(qint64(m.durationSeconds())),
                        CatalogCommands::status(e), toString(m.highestPassedLevel()), QFileInfo(e.folder).fileName()}});
    }
    for (const BaseBackupEntry &e : listAllBaseBackups(*dir)) {
        const BaseBackupInfo &b = e.info;
        QJsonObject o = b.toJson();
        o.insert(QStringLiteral("kind"), QStringLiteral("base"));
        o.insert(QStringLiteral("name"), b.name);
        o.insert(QStringLiteral("folder"), b.folder);
        o.insert(QStringLiteral("verification_state"), e.isGood() ? QStringLiteral("verified") : e.unverified ? QStringLiteral("unverified") : QStringLiteral("damaged"));
        if (!e.isGood())
            o.insert(QStringLiteral("problem"), e.problem);
        const QString format = b.isTar() ? QStringLiteral("base tar") + (b.compression == QLatin1String("none") ? QString() : QLatin1Char('.') + b.compression)
                                         : QStringLiteral("base plain");
        listed.append({b.startTime.toLocalTime(), o,
                       {CatalogCommands::age(b.startTime), QStringLiteral("(cluster)"), format, humanSize(b.sizeBytes),
                        humanDuration(std::max<qint64>(0, b.startTime.secsTo(b.stopTime))),
                        e.isGood() ? QStringLiteral("complete") : e.unverified ? QStringLiteral("unverified") : QStringLiteral("damaged"),
                        e.isGood() ? b.verification + QStringLiteral(" ") + b.startLsn + QStringLiteral("..") + b.stopLsn : QStringLiteral("-"),
                        b.name}});
    }
    std::stable_sort(listed.begin(), listed.end(), [](const Listed &a, const Listed &b) { return a.at > b.at; });
    if (parser.json()) {
        QJsonArray array;
        for (const Listed &l : std::as_const(listed))
            array.append(l.json);
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Listed &l : std::as_const(listed))
        rows.append(l.row);
    printTable({CatalogCommands::tr("AGE"), CatalogCommands::tr("DATABASE"), CatalogCommands::tr("FORMAT"),
                CatalogCommands::tr("SIZE"), CatalogCommands::tr("DURATION"), CatalogCommands::tr("STATUS"),
                CatalogCommands::tr("VERIFIED"), CatalogCommands::tr("FOLDER")},
               rows, {3, 4});
    return ExitOk;
}

// The decisions of a prune, local or at a destination, the same way.
void printDecisions(const QList<RetentionDecision> &decisions, bool dryRun, bool json)
{
    if (json) {
        QJsonArray array;
        for (const RetentionDecision &d : decisions) {
            array.append(QJsonObject{{QStringLiteral("folder"), d.entry.folder},
                                     {QStringLiteral("id"), d.entry.manifest.id},
                                     {QStringLiteral("database"), d.entry.manifest.database},
                                     {QStringLiteral("started_at"), d.entry.manifest.startedAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("status"), CatalogCommands::status(d.entry)},
                                     {QStringLiteral("keep"), d.keep},
                                     {QStringLiteral("deleted"), !d.keep && !dryRun},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(d.reasons)}});
        }
        printJson(QJsonObject{{QStringLiteral("dry_run"), dryRun}, {QStringLiteral("decisions"), array}});
        return;
    }
    QList<QStringList> rows;
    for (const RetentionDecision &d : decisions) {
        const QString action = d.keep ? CatalogCommands::tr("keep")
                                      : (dryRun ? CatalogCommands::tr("would delete") : CatalogCommands::tr("deleted"));
        rows.append({action, CatalogCommands::age(d.entry.manifest.startedAt), d.entry.manifest.database,
                     QFileInfo(d.entry.folder).fileName(), d.reasons.join(QStringLiteral(", "))});
    }
    printTable({CatalogCommands::tr("ACTION"), CatalogCommands::tr("AGE"), CatalogCommands::tr("DATABASE"),
                CatalogCommands::tr("FOLDER"), CatalogCommands::tr("REASONS")},
               rows);
}

int pruneAtDestination(const QString &name, bool dryRun, bool json)
{
    Result<OffsiteDestination> destination = DestinationStore().find(name);
    if (!destination)
        return reportError(destination.error());
    QList<RetentionDecision> decisions;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<QList<RetentionDecision>> pruned = pruneDestination(ctx, *destination, dryRun);
        if (!pruned)
            return pruned.error();
        decisions = *pruned;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    printDecisions(decisions, dryRun, json);
    return ExitOk;
}

} // namespace

int runBackupsCommand(const QStringList &args)
{
    const QList<Subcommand> subcommands{
        {QStringLiteral("list"), CatalogCommands::tr("List the backups of a catalog"), listBackups},
    };
    return runCommandGroup(QStringLiteral("pgsteward-cli backups"),
                           CatalogCommands::tr("The backups of a catalog directory."), subcommands, args);
}

int runPruneCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli prune"),
                         CatalogCommands::tr("Apply a retention policy to a catalog: keep the last N backups and "
                                             "the newest of D days, W weeks and M months; never the newest "
                                             "verified one. Failed and abandoned backups always go. Base backups and their WAL "
                                             "archive are left alone: see wal prune."));
    parser.addOption(catalogOption());
    const QList<QPair<QString, QString>> keeps{
        {QStringLiteral("keep-last"), CatalogCommands::tr("Keep the newest N backups.")},
        {QStringLiteral("keep-daily"), CatalogCommands::tr("Keep the newest backup of each of the last D days.")},
        {QStringLiteral("keep-weekly"), CatalogCommands::tr("Keep the newest backup of each of the last W weeks.")},
        {QStringLiteral("keep-monthly"), CatalogCommands::tr("Keep the newest backup of each of the last M months.")}};
    for (const auto &[name, help] : keeps)
        parser.addOption(QCommandLineOption(name, help, QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), CatalogCommands::tr("Only show what would be deleted.")));
    parser.addOption(QCommandLineOption(QStringLiteral("destination"),
                                        CatalogCommands::tr("Prune the copies at this off-site destination with its own "
                                                            "retention policy (see destinations add) instead."),
                                        QStringLiteral("NAME")));
    parser.addJsonOption();
    if (auto exit = parser.parse(args))
        return *exit;
    int exit = ExitOk;
    if (parser.isSet(QStringLiteral("destination"))) {
        if (parser.isSet(QStringLiteral("catalog")))
            return usageError(CatalogCommands::tr("Give --catalog or --destination, not both"), parser.command());
        for (const auto &keep : keeps)
            if (parser.isSet(keep.first))
                return usageError(CatalogCommands::tr("A destination keeps its own policy; set it with destinations add "
                                                      "(--%1 is for a local catalog)")
                                      .arg(keep.first),
                                  parser.command());
        return pruneAtDestination(parser.value(QStringLiteral("destination")), parser.isSet(QStringLiteral("dry-run")),
                                  parser.json());
    }
    const std::optional<QString> dir = catalogDirectory(parser, &exit);
    if (!dir)
        return exit;

    RetentionPolicy policy;
    int *targets[] = {&policy.keepLast, &policy.keepDaily, &policy.keepWeekly, &policy.keepMonthly};
    for (int i = 0; i < 4; ++i) {
        if (!parser.isSet(keeps[i].first))
            continue;
        const std::optional<qint64> value = parser.intValue(keeps[i].first, 0, 100000, &exit);
        if (!value)
            return exit;
        *targets[i] = int(*value);
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const BackupCatalog catalog(*dir);
    QList<RetentionDecision> decisions;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<QList<RetentionDecision>> pruned = prune(ctx, catalog, policy, dryRun);
        if (!pruned)
            return pruned.error();
        decisions = *pruned;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    printDecisions(decisions, dryRun, parser.json());
    return ExitOk;
}

} // namespace pgs::cli
