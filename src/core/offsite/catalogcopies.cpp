// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/catalogcopies.h"

#include "offsite/copystatus.h"
#include "offsite/destination.h"
#include "offsite/offsitecopy.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <functional>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::CatalogCopies)
};

constexpr int kSchemaVersion = 1;

QString settingsPath(const QString &catalogDir)
{
    return QDir(catalogDir).filePath(catalogSettingsFileName());
}

// Read-modify-write under a lock: the GUI and a CLI may change the setting at the same time.
Status changeAttached(const QString &catalogDir, const std::function<void(QStringList &)> &change)
{
    if (!QDir().mkpath(catalogDir))
        return Error::of(Tr::tr("Cannot create the catalog folder %1").arg(catalogDir));
    QLockFile lock(settingsPath(catalogDir) + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error::of(Tr::tr("Cannot lock the settings of the catalog %1").arg(catalogDir));
    Result<QStringList> names = attachedDestinations(catalogDir);
    if (!names)
        return names.error();
    change(*names);
    return setAttachedDestinations(catalogDir, *names);
}
} // namespace

QString catalogSettingsFileName()
{
    return QStringLiteral("pgsteward-catalog.json");
}

Result<QStringList> attachedDestinations(const QString &catalogDir)
{
    QFile f(settingsPath(catalogDir));
    if (!f.exists())
        return QStringList();
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(Tr::tr("Cannot read %1").arg(f.fileName()), f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Error::of(Tr::tr("%1 is not a catalog settings file").arg(f.fileName()), parseError.errorString());
    QStringList names;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("copy_to")).toArray())
        if (!v.toString().isEmpty() && !names.contains(v.toString()))
            names << v.toString();
    return names;
}

Status setAttachedDestinations(const QString &catalogDir, const QStringList &names)
{
    const QJsonObject doc{{QStringLiteral("version"), kSchemaVersion},
                          {QStringLiteral("copy_to"), QJsonArray::fromStringList(names)}};
    return writeFileAtomically(settingsPath(catalogDir), QJsonDocument(doc).toJson(), Tr::tr("the catalog settings"));
}

Status attachDestination(const QString &catalogDir, const QString &name)
{
    if (Result<OffsiteDestination> d = DestinationStore().find(name); !d)
        return d.error();
    return changeAttached(catalogDir, [&](QStringList &names) {
        if (!names.contains(name))
            names << name;
    });
}

Status detachDestination(const QString &catalogDir, const QString &name)
{
    bool was = false;
    Status changed = changeAttached(catalogDir, [&](QStringList &names) { was = names.removeAll(name) > 0; });
    if (!changed)
        return changed;
    if (!was)
        return Error::of(Tr::tr("The catalog %1 is not copied to %2").arg(catalogDir, name), {}, QStringLiteral("not-found"));
    return ok();
}

CatalogDetach detachFromCatalogs(const QStringList &catalogDirs, const QString &name)
{
    QStringList dirs = catalogDirs;
    dirs.removeDuplicates();
    CatalogDetach outcome;
    for (const QString &dir : std::as_const(dirs)) {
        Result<QStringList> attached = attachedDestinations(dir); // creates nothing
        Status done = attached ? ok() : Status(attached.error());
        if (done && attached->contains(name)) {
            done = detachDestination(dir, name);
            if (done)
                outcome.detached << dir;
        }
        if (!done)
            outcome.problems << done.error().message;
    }
    return outcome;
}

Result<QStringList> destinationsFor(const QString &catalogDir, const CopyChoice &choice)
{
    switch (choice.mode) {
    case CopyChoice::Mode::None: return QStringList();
    case CopyChoice::Mode::Only: return choice.names;
    case CopyChoice::Mode::Catalog: break;
    }
    return attachedDestinations(catalogDir);
}

QList<CopyAttempt> copyToDestinations(JobContext &ctx, const QStringList &names, const QString &backupDir)
{
    QList<CopyAttempt> attempts;
    for (const QString &name : names) {
        CopyAttempt attempt{name, false, {}, {}};
        if (ctx.isCanceled()) {
            attempt.error = JobContext::canceledError().message;
            attempts << attempt;
            continue;
        }
        Result<OffsiteDestination> d = DestinationStore().find(name);
        if (!d) {
            // A destination removed since the catalog was attached to it: the status says so.
            attempt.error = d.error().message;
            OffsiteCopyStatus status;
            status.destination = name;
            status.state = OffsiteCopyStatus::State::Failed;
            status.error = attempt.error;
            status.at = QDateTime::currentDateTimeUtc();
            if (Status s = recordCopyStatus(backupDir, status); !s)
                ctx.log(s.error().message);
        } else {
            // copyToDestination records pending, then copied or failed (why).
            Result<OffsiteCopyResult> copied = copyToDestination(ctx, *d, backupDir);
            attempt.copied = copied.ok();
            if (copied)
                attempt.remotePath = copied->remotePath;
            else
                attempt.error = copied.error().message;
        }
        if (!attempt.copied)
            ctx.log(Tr::tr("The copy of %1 to %2 failed (the local backup is good): %3")
                        .arg(QFileInfo(backupDir).fileName(), name, attempt.error));
        attempts << attempt;
    }
    return attempts;
}

QString describeFailedCopies(const QList<CopyAttempt> &attempts)
{
    QStringList lines;
    for (const CopyAttempt &a : attempts)
        if (!a.copied)
            lines << Tr::tr("The copy to %1 failed (the local backup is good): %2").arg(a.destination, a.error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace pgs
