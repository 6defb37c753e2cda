// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog view's base backup rows: which actions apply to them, and why not.
#include "backup/backupcatalogview.h"
#include "ui_backupcatalogview.h"

#include "backup/catalogtablemodel.h"


namespace pgs {

void BackupCatalogView::updateBaseBackupActions(QString &detail)
{
    const BaseBackupEntry *base = selectedBaseBackup();
    bool anyGood = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        anyGood = anyGood || (m_model->isBaseBackup(row) && m_model->baseBackup(row).isGood());
    ui->recoverButton->setEnabled(anyGood);
    ui->recoverButton->setToolTip(anyGood ? tr("Recover a moment after a base backup into a sandbox (Point-in-time recovery view)")
                                          : tr("No verified base backup in this catalog (pgsteward-cli basebackup takes one)"));
    // Why an action is off for a base backup; nothing to explain for a logical one.
    const QString restoreWhy = base ? tr("A base backup is the whole cluster: it is recovered to a moment, not restored table by "
                                         "table. Use Recover to a moment…")
                                    : QString();
    ui->restoreButton->setToolTip(restoreWhy);
    ui->verifyButton->setToolTip(base ? tr("Base backups are verified by pg_verifybackup (or their checksums) when taken and again "
                                           "before each recovery")
                                      : QString());
    ui->bundleButton->setToolTip(base ? tr("Bundles carry logical backups; copy a base backup's folder as it is") : QString());
    ui->deleteButton->setToolTip(base ? tr("Base backups are removed by retention, which keeps the WAL that the remaining ones need")
                                      : QString());
    ui->offsiteButton->setToolTip(base ? tr("Off-site copies carry logical backups")
                                       : tr("Copy the selected backup to an off-site destination, or manage the destinations"));
    if (!base)
        return;
    const BaseBackupInfo &b = base->info;
    detail = tr("%1 — base backup of PostgreSQL %2, WAL %3 to %4 on timeline %5, %6")
                 .arg(b.folder)
                 .arg(b.serverVersionNum / 10000)
                 .arg(b.startLsn, b.stopLsn)
                 .arg(b.timeline)
                 .arg(base->isGood() ? tr("verified (%1)").arg(b.verification) : base->problem);
}

} // namespace pgs
