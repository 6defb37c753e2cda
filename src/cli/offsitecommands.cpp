// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// destinations add|list|test|remove, copy, fetch, and backups list --destination (offsiteList).
#include "clicontext.h"
#include "commandgroup.h"
#include "commands.h"
#include "foregroundjob.h"
#include "textoutput.h"

#include "offsite/catalogcopies.h"
#include "offsite/destination.h"
#include "offsite/offsitecopy.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pgs::cli {

namespace {

struct OffsiteCommands
{
    Q_DECLARE_TR_FUNCTIONS(pgs::cli::OffsiteCommands)
};

std::optional<OffsiteDestination> findDestination(const QString &name, int *exit)
{
    Result<OffsiteDestination> d = DestinationStore().find(name);
    if (!d) {
        *exit = reportError(d.error());
        return std::nullopt;
    }
    return *d;
}

int addDestination(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli destinations add"),
                         OffsiteCommands::tr("Add an off-site destination: s3://BUCKET/PREFIX, sftp://USER@HOST/PATH, "
                                             "rclone:REMOTE:PATH or a local path. No secret is stored: S3 keys come "
                                             "from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY at run time."));
    parser.addPositional(QStringLiteral("NAME"), OffsiteCommands::tr("The destination's name."));
    parser.addPositional(QStringLiteral("URL"), OffsiteCommands::tr("Where the copies go."));
    parser.addOption({QStringLiteral("s3-endpoint"), OffsiteCommands::tr("S3 endpoint URL (MinIO, Ceph ...)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("s3-region"), OffsiteCommands::tr("S3 region."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("s3-path-style"), OffsiteCommands::tr("Path-style S3 addressing.")});
    parser.addOption({QStringLiteral("encrypt-to"), OffsiteCommands::tr("Encrypt every file to this age recipient (repeatable)."),
                      QStringLiteral("AGE_RECIPIENT")});
    const QStringList keeps{QStringLiteral("keep-daily"), QStringLiteral("keep-weekly"), QStringLiteral("keep-monthly"),
                            QStringLiteral("keep-last")};
    for (const QString &k : keeps)
        parser.addOption({k, OffsiteCommands::tr("Retention at this destination."), QStringLiteral("N")});
    if (auto exit = parser.parse(args, 2, 2))
        return *exit;
    Result<OffsiteDestination> made = OffsiteDestination::make(parser.positionals().at(0), parser.positionals().at(1));
    if (!made)
        return usageError(made.error().message, parser.command());
    OffsiteDestination d = *made;
    d.s3Endpoint = parser.value(QStringLiteral("s3-endpoint"));
    d.s3Region = parser.value(QStringLiteral("s3-region"));
    d.s3PathStyle = parser.isSet(QStringLiteral("s3-path-style"));
    if (d.kind != OffsiteDestination::Kind::S3 && (!d.s3Endpoint.isEmpty() || !d.s3Region.isEmpty() || d.s3PathStyle))
        return usageError(OffsiteCommands::tr("The --s3-* options are for s3:// destinations"), parser.command());
    for (const QString &r : parser.values(QStringLiteral("encrypt-to"))) {
        if (!r.startsWith(QLatin1String("age1")))
            return usageError(OffsiteCommands::tr("An age recipient is a public key starting with age1: %1").arg(r),
                              parser.command());
        d.recipients << r;
    }
    int exit = ExitOk;
    int *targets[] = {&d.retention.keepDaily, &d.retention.keepWeekly, &d.retention.keepMonthly, &d.retention.keepLast};
    for (int i = 0; i < 4; ++i) {
        if (!parser.isSet(keeps[i]))
            continue;
        const std::optional<qint64> v = parser.intValue(keeps[i], 0, 100000, &exit);
        if (!v)
            return exit;
        *targets[i] = int(*v);
    }
    if (Status added = DestinationStore().add(d); !added)
        return reportError(added.error());
    if (!d.encrypted())
        printWarning(OffsiteCommands::tr("copies to %1 are not encrypted (no --encrypt-to)").arg(d.name));
    printOut(OffsiteCommands::tr("Added destination %1 (%2)").arg(d.name, toString(d.kind)));
    return ExitOk;
}

int listDestinations(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli destinations list"), OffsiteCommands::tr("List the off-site destinations."));
    parser.addJsonOption();
    parser.addOption({QStringLiteral("catalog"),
                      OffsiteCommands::tr("Also say which ones every backup into this catalog is copied to."), QStringLiteral("DIR")});
    if (auto exit = parser.parse(args))
        return *exit;
    Result<QList<OffsiteDestination>> list = DestinationStore().load();
    if (!list)
        return reportError(list.error());
    const QString catalog = parser.value(QStringLiteral("catalog"));
    Result<QStringList> attached = catalog.isEmpty() ? QStringList() : attachedDestinations(QDir(catalog).absolutePath());
    if (!attached)
        return reportError(attached.error());
    if (parser.json()) {
        QJsonArray array;
        for (const OffsiteDestination &d : *list) {
            QJsonObject o = d.toJson();
            if (!catalog.isEmpty())
                o.insert(QStringLiteral("attached"), attached->contains(d.name));
            array.append(o);
        }
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const OffsiteDestination &d : *list) {
        QStringList row{d.name, toString(d.kind), d.url,
                        d.encrypted() ? OffsiteCommands::tr("age, recipients: %1").arg(d.recipients.size())
                                      : OffsiteCommands::tr("no")};
        if (!catalog.isEmpty())
            row << (attached->contains(d.name) ? OffsiteCommands::tr("yes") : OffsiteCommands::tr("no"));
        rows.append(row);
    }
    QStringList header{OffsiteCommands::tr("NAME"), OffsiteCommands::tr("KIND"), OffsiteCommands::tr("URL"),
                       OffsiteCommands::tr("ENCRYPTED")};
    if (!catalog.isEmpty())
        header << OffsiteCommands::tr("AFTER EACH BACKUP");
    printTable(header, rows);
    return ExitOk;
}

int testDestinationCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli destinations test"),
                         OffsiteCommands::tr("Reach a destination and count its complete copies."));
    parser.addPositional(QStringLiteral("NAME"), OffsiteCommands::tr("The destination's name."));
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    int exit = ExitOk;
    const std::optional<OffsiteDestination> d = findDestination(parser.positionals().first(), &exit);
    if (!d)
        return exit;
    int count = 0;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<int> n = testDestination(ctx, *d);
        if (!n)
            return n.error();
        count = *n;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    printOut(OffsiteCommands::tr("%1 is reachable; complete copies there: %2").arg(d->name).arg(count));
    return ExitOk;
}

int removeDestination(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli destinations remove"),
                         OffsiteCommands::tr("Forget a destination (its copies stay where they are)."));
    parser.addPositional(QStringLiteral("NAME"), OffsiteCommands::tr("The destination's name."));
    parser.addOption({QStringLiteral("catalog"),
                      OffsiteCommands::tr("A backup catalog directory that copies there: it stops doing so (repeatable)."),
                      QStringLiteral("DIR")});
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    const QString name = parser.positionals().first();
    if (Status removed = DestinationStore().remove(name); !removed)
        return reportError(removed.error());
    QStringList catalogs;
    for (const QString &dir : parser.values(QStringLiteral("catalog")))
        catalogs << QDir(dir).absolutePath();
    const CatalogDetach detached = detachFromCatalogs(catalogs, name);
    for (const QString &dir : detached.detached)
        printOut(OffsiteCommands::tr("Backups into %1 are no longer copied to %2").arg(dir, name));
    for (const QString &problem : detached.problems)
        (void)reportError(Error::of(OffsiteCommands::tr("%1 is removed, but a catalog was left as it was: %2").arg(name, problem)));
    return detached.problems.isEmpty() ? ExitOk : ExitFailed;
}

// destinations attach|detach NAME --catalog DIR
int attachOrDetach(const QStringList &args, bool attach)
{
    CommandParser parser(attach ? QStringLiteral("pgsteward-cli destinations attach") : QStringLiteral("pgsteward-cli destinations detach"),
                         attach ? OffsiteCommands::tr("Copy every backup into a catalog to this destination once it is complete "
                                                      "and checksummed (the GUI, the CLI and schedules alike; a schedule's "
                                                      "--copy-to or --no-copy overrides it).")
                                : OffsiteCommands::tr("Stop copying the backups of a catalog to this destination (the copies "
                                                      "already there stay)."));
    parser.addPositional(QStringLiteral("NAME"), OffsiteCommands::tr("The destination's name."));
    parser.addOption({QStringLiteral("catalog"), OffsiteCommands::tr("The backup catalog directory."), QStringLiteral("DIR")});
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    const QString catalog = parser.value(QStringLiteral("catalog"));
    if (catalog.isEmpty())
        return usageError(OffsiteCommands::tr("--catalog DIR is required"), parser.command());
    const QString dir = QDir(catalog).absolutePath();
    const QString name = parser.positionals().first();
    if (Status done = attach ? attachDestination(dir, name) : detachDestination(dir, name); !done)
        return reportError(done.error());
    printOut(attach ? OffsiteCommands::tr("Every backup into %1 is now copied to %2").arg(dir, name)
                    : OffsiteCommands::tr("Backups into %1 are no longer copied to %2").arg(dir, name));
    return ExitOk;
}

} // namespace

int runDestinationsCommand(const QStringList &args)
{
    const QList<Subcommand> subcommands{
        {QStringLiteral("add"), OffsiteCommands::tr("Add a destination"), addDestination},
        {QStringLiteral("list"), OffsiteCommands::tr("List the destinations"), listDestinations},
        {QStringLiteral("test"), OffsiteCommands::tr("Reach a destination"), testDestinationCommand},
        {QStringLiteral("remove"), OffsiteCommands::tr("Forget a destination"), removeDestination},
        {QStringLiteral("attach"), OffsiteCommands::tr("Copy every backup of a catalog there"),
         [](const QStringList &a) { return attachOrDetach(a, true); }},
        {QStringLiteral("detach"), OffsiteCommands::tr("Stop copying a catalog's backups there"),
         [](const QStringList &a) { return attachOrDetach(a, false); }},
    };
    return runCommandGroup(QStringLiteral("pgsteward-cli destinations"),
                           OffsiteCommands::tr("Off-site destinations for encrypted copies of backups."), subcommands, args);
}

int runCopyCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli copy"),
                         OffsiteCommands::tr("Copy a complete backup folder to a destination, encrypted to its recipients."));
    parser.addPositional(QStringLiteral("BACKUP_DIR"), OffsiteCommands::tr("The backup folder."));
    parser.addOption({QStringLiteral("to"), OffsiteCommands::tr("The destination."), QStringLiteral("NAME")});
    if (auto exit = parser.parse(args, 1, 1))
        return *exit;
    if (parser.value(QStringLiteral("to")).isEmpty())
        return usageError(OffsiteCommands::tr("--to NAME is required"), parser.command());
    int exit = ExitOk;
    const std::optional<OffsiteDestination> d = findDestination(parser.value(QStringLiteral("to")), &exit);
    if (!d)
        return exit;
    const QString dir = QDir(parser.positionals().first()).absolutePath();
    OffsiteCopyResult result;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<OffsiteCopyResult> r = copyToDestination(ctx, *d, dir);
        if (!r)
            return r.error();
        result = *r;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    printOut(result.remotePath);
    return ExitOk;
}

int runFetchCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("pgsteward-cli fetch"),
                         OffsiteCommands::tr("Download a copy into a catalog, decrypt it and check every checksum."));
    parser.addPositional(QStringLiteral("NAME"), OffsiteCommands::tr("The destination."));
    parser.addPositional(QStringLiteral("BACKUP_FOLDER_NAME"), OffsiteCommands::tr("The copy's folder name."));
    parser.addOption({QStringLiteral("catalog"), OffsiteCommands::tr("The local catalog directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("identity"), OffsiteCommands::tr("The age identity (secret key) file."), QStringLiteral("FILE")});
    if (auto exit = parser.parse(args, 2, 2))
        return *exit;
    const QString catalog = parser.value(QStringLiteral("catalog"));
    if (catalog.isEmpty())
        return usageError(OffsiteCommands::tr("--catalog DIR is required"), parser.command());
    QDir().mkpath(catalog);
    int exit = ExitOk;
    const std::optional<OffsiteDestination> d = findDestination(parser.positionals().first(), &exit);
    if (!d)
        return exit;
    QString folder;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<QString> r = fetchFromDestination(ctx, *d, parser.positionals().at(1), QDir(catalog).absolutePath(),
                                                 parser.value(QStringLiteral("identity")));
        if (!r)
            return r.error();
        folder = *r;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    printOut(folder);
    return ExitOk;
}

int listOffsiteBackups(const QString &destination, bool json)
{
    int exit = ExitOk;
    const std::optional<OffsiteDestination> d = findDestination(destination, &exit);
    if (!d)
        return exit;
    QList<OffsiteCopyManifest> copies;
    JobResult done = runInForeground([&](JobContext &ctx) -> JobResult {
        Result<QList<OffsiteCopyManifest>> r = listDestination(ctx, *d);
        if (!r)
            return r.error();
        copies = *r;
        return QVariant();
    });
    if (!done)
        return reportError(done.error());
    if (json) {
        QJsonArray array;
        for (const OffsiteCopyManifest &c : copies) {
            QJsonObject o = c.backup;
            o.insert(QStringLiteral("folder"), c.folder);
            o.insert(QStringLiteral("destination"), d->name);
            o.insert(QStringLiteral("encrypted"), c.encrypted);
            o.insert(QStringLiteral("copied_at"), c.copiedAt.toUTC().toString(Qt::ISODate));
            o.insert(QStringLiteral("stored_bytes"), c.storedBytes());
            array.append(o);
        }
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const OffsiteCopyManifest &c : copies) {
        const QDateTime started = QDateTime::fromString(c.backup.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
        rows.append({started.isValid() ? humanDuration(std::max<qint64>(0, started.secsTo(QDateTime::currentDateTime())))
                                       : QStringLiteral("-"),
                     c.backup.value(QStringLiteral("database")).toString(), c.backup.value(QStringLiteral("format")).toString(),
                     humanSize(c.storedBytes()), c.encrypted ? OffsiteCommands::tr("yes") : OffsiteCommands::tr("no"), c.folder});
    }
    printTable({OffsiteCommands::tr("AGE"), OffsiteCommands::tr("DATABASE"), OffsiteCommands::tr("FORMAT"),
                OffsiteCommands::tr("SIZE"), OffsiteCommands::tr("ENCRYPTED"), OffsiteCommands::tr("FOLDER")},
               rows, {3});
    return ExitOk;
}

} // namespace pgs::cli
