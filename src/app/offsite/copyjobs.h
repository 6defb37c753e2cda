// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pgs {

class AppContext;
class Job;

// A job (category "offsite", listed in the Jobs panel with progress and Cancel) copying one
// complete backup folder to the named destinations in turn. It fails when any copy failed, with
// the reasons; the backup itself stays good either way, and its copy status records each outcome.
Job *startCopyJob(AppContext *app, const QString &backupDir, const QStringList &destinations);

// When the backup job succeeds, starts the copy job to the destinations its catalog is attached
// to (catalogcopies.h). A job of its own: the backup is shown as done the moment it is, and a
// failed or canceled copy never marks the backup failed.
void copyWhenBackedUp(AppContext *app, Job *backupJob, const QString &catalogDir);

} // namespace pgs
