// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/copyjobs.h"

#include "backup/backupjob.h"
#include "jobs/jobrunner.h"
#include "offsite/catalogcopies.h"
#include "shell/appcontext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pgs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pgs::OffsiteCopyJobs)
};
} // namespace

Job *startCopyJob(AppContext *app, const QString &backupDir, const QStringList &destinations)
{
    const QString name = QFileInfo(backupDir).fileName();
    return app->jobs().start(
        Tr::tr("Copy %1 to %2").arg(name, destinations.join(QStringLiteral(", "))),
        [backupDir, destinations](JobContext &ctx) -> JobResult {
            const QList<CopyAttempt> attempts = copyToDestinations(ctx, destinations, backupDir);
            if (ctx.isCanceled())
                return JobContext::canceledError();
            const QString failed = describeFailedCopies(attempts);
            if (!failed.isEmpty())
                return Error::of(failed.section(QLatin1Char('\n'), 0, 0), failed, QStringLiteral("copy-failed"));
            QStringList remote;
            for (const CopyAttempt &a : attempts)
                remote << a.remotePath;
            return QVariant(remote.join(QLatin1Char('\n')));
        },
        QStringLiteral("offsite"));
}

void copyWhenBackedUp(AppContext *app, Job *backupJob, const QString &catalogDir)
{
    QObject::connect(backupJob, &Job::finished, &app->jobs(), [app, backupJob, catalogDir] {
        if (backupJob->state() != Job::State::Succeeded)
            return;
        const QString folder = backupJob->result().value<BackupOutcome>().folder;
        // A few bytes of JSON beside the backups; read when the backup is done, so a change
        // made while it ran applies.
        const Result<QStringList> names = attachedDestinations(catalogDir);
        if (!names) { // said where jobs are seen, not swallowed
            const Error why = names.error();
            app->jobs().start(Tr::tr("Copy %1 off-site").arg(QFileInfo(folder).fileName()),
                              [why](JobContext &) -> JobResult { return why; }, QStringLiteral("offsite"));
            return;
        }
        if (folder.isEmpty() || names->isEmpty())
            return;
        startCopyJob(app, folder, *names);
    });
}

} // namespace pgs
