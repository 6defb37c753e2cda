// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pgs {

// The destinations every backup into a catalog is copied to, kept with the catalog itself
// ("pgsteward-catalog.json" in the catalog folder), so that the GUI, `pgsteward-cli backup` and
// a scheduled run all see the same setting whoever writes into the catalog. Names only: the
// destinations themselves live in the DestinationStore.
QString catalogSettingsFileName();
Result<QStringList> attachedDestinations(const QString &catalogDir); // none when never set
Status setAttachedDestinations(const QString &catalogDir, const QStringList &names);
// Adds or removes one name (a name that is not a destination is refused by attach).
Status attachDestination(const QString &catalogDir, const QString &name);
Status detachDestination(const QString &catalogDir, const QString &name);
// When a destination is removed: detaches it from each of these catalogs it is attached to, so
// that backups into them do not each record a failed copy to a name that is gone. A catalog whose
// setting cannot be read or written is left as it is, and the others are still done.
struct CatalogDetach
{
    QStringList detached; // the catalogs it was detached from
    QStringList problems; // one message per catalog left as it was
};
CatalogDetach detachFromCatalogs(const QStringList &catalogDirs, const QString &name);

// Which destinations a backup run copies to: the run's own list when it has one (a schedule's
// --copy-to), none with --no-copy, else the catalog's.
struct CopyChoice
{
    enum class Mode { Catalog, Only, None };
    Mode mode = Mode::Catalog;
    QStringList names; // for Only
};
Result<QStringList> destinationsFor(const QString &catalogDir, const CopyChoice &choice);

struct CopyAttempt
{
    QString destination;
    bool copied = false;
    QString remotePath;
    QString error; // why not
};

// Copies a complete backup to each named destination in turn. A failure (an unreachable or
// unknown destination, a refused credential) is recorded as "failed (why)" in the backup's copy
// status and does not stop the next copy; the backup's own files are never touched. Each copy
// reports its progress from 0 to 1 under its own label ("Uploading … to nas").
QList<CopyAttempt> copyToDestinations(JobContext &ctx, const QStringList &names, const QString &backupDir);

// "The copy to nas failed (the local backup is good): why" for each failed attempt, one a line.
QString describeFailedCopies(const QList<CopyAttempt> &attempts);

} // namespace pgs
