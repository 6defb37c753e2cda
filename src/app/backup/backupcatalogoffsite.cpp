// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog view's Off-site menu: copy the selected backup, choose the destinations every
// backup into the catalog is copied to, manage the destinations.
#include "backup/backupcatalogview.h"
#include "ui_backupcatalogview.h"

#include "jobs/jobrunner.h"
#include "offsite/catalogcopies.h"
#include "offsite/copyjobs.h"
#include "offsite/destination.h"
#include "offsite/destinationsdialog.h"
#include "shell/appcontext.h"

#include <QMenu>

namespace pgs {

void BackupCatalogView::fillOffsiteMenu()
{
    QMenu *menu = ui->offsiteButton->menu();
    menu->clear();
    const CatalogEntry *entry = selectedEntry();
    const bool copyable = entry && !entry->inProgress && entry->manifest.isGood();
    const Result<QList<OffsiteDestination>> destinations = DestinationStore().load();
    if (destinations) {
        for (const OffsiteDestination &d : *destinations) {
            const QString name = d.name;
            QAction *action = menu->addAction(tr("Copy to %1…").arg(name), this, [this, name] { copySelectedTo(name); });
            action->setEnabled(copyable);
        }
    }
    if (!destinations || destinations->isEmpty())
        menu->addAction(tr("No destinations yet"))->setEnabled(false);
    if (destinations && !destinations->isEmpty()) {
        menu->addSection(tr("After each backup into this catalog"));
        for (const OffsiteDestination &d : *destinations) {
            const QString name = d.name;
            QAction *action = menu->addAction(tr("Copy to %1").arg(name));
            action->setCheckable(true);
            action->setChecked(m_attached.contains(name));
            connect(action, &QAction::toggled, this, [this, name](bool on) { setCopiedAfterEachBackup(name, on); });
        }
    }
    menu->addSeparator();
    menu->addAction(tr("Destinations…"), this, &BackupCatalogView::manageDestinations);
}

void BackupCatalogView::copySelectedTo(const QString &destination)
{
    if (const CatalogEntry *entry = selectedEntry())
        startCopyJob(m_app, entry->folder, {destination});
}

void BackupCatalogView::setCopiedAfterEachBackup(const QString &destination, bool copied)
{
    const QString directory = m_directory;
    startCatalogJob(copied ? tr("Copy every backup in %1 to %2").arg(directory, destination)
                           : tr("Stop copying the backups in %1 to %2").arg(directory, destination),
                    QStringLiteral("catalog"), [directory, destination, copied](JobContext &) -> JobResult {
                        Status done = copied ? attachDestination(directory, destination)
                                             : detachDestination(directory, destination);
                        if (!done)
                            return done.error();
                        return QVariant();
                    });
}

void BackupCatalogView::showAttached(const QString &problem)
{
    if (!problem.isEmpty()) {
        ui->attachedLabel->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(problem.toHtmlEscaped()));
        return;
    }
    ui->attachedLabel->setText(m_attached.isEmpty()
                                   ? tr("Off-site after each backup: none")
                                   : tr("Off-site after each backup: %1").arg(m_attached.join(QStringLiteral(", "))));
}

void BackupCatalogView::manageDestinations()
{
    auto *dialog = new DestinationsDialog(m_app, this);
    dialog->open();
}

} // namespace pgs
