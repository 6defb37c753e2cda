// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoreoptionspage.h"
#include "ui_restoreoptionspage.h"

#include "restore/restorewizard.h"

#include <QThread>

namespace pgs {

RestoreOptionsPage::RestoreOptionsPage(RestoreWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::RestoreOptionsPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    ui->jobsSpin->setMaximum(std::max(4, QThread::idealThreadCount() * 2));
    ui->roleEdit->setPlaceholderText(tr("the connecting user"));
    connect(ui->jobsSpin, &QSpinBox::valueChanged, this, &RestoreOptionsPage::updateEnabled);
    for (QRadioButton *radio : {ui->everythingRadio, ui->schemaOnlyRadio, ui->dataOnlyRadio})
        connect(radio, &QRadioButton::toggled, this, &RestoreOptionsPage::updateEnabled);
    updateEnabled();
}

RestoreOptionsPage::~RestoreOptionsPage() = default;

void RestoreOptionsPage::initializePage()
{
    updateEnabled();
}

void RestoreOptionsPage::updateEnabled()
{
    const bool source = m_wizard->hasSource();
    const RestoreSource::Kind kind = source ? m_wizard->source().kind : RestoreSource::Kind::Custom;
    const bool archive = kind != RestoreSource::Kind::Plain;
    // pg_restore runs parallel jobs for custom and directory archives only.
    const bool parallel = kind == RestoreSource::Kind::Custom || kind == RestoreSource::Kind::Directory;
    ui->jobsSpin->setEnabled(parallel);
    ui->jobsLabel->setEnabled(parallel);
    for (QWidget *widget : {static_cast<QWidget *>(ui->schemaOnlyRadio), static_cast<QWidget *>(ui->dataOnlyRadio),
                            static_cast<QWidget *>(ui->noOwnerCheck), static_cast<QWidget *>(ui->noPrivilegesCheck),
                            static_cast<QWidget *>(ui->roleEdit), static_cast<QWidget *>(ui->roleLabel)})
        widget->setEnabled(archive);
    const int jobs = parallel ? ui->jobsSpin->value() : 1;
    ui->singleTransactionCheck->setEnabled(jobs == 1);
    ui->disableTriggersCheck->setEnabled(archive && ui->dataOnlyRadio->isChecked());
    ui->noteLabel->setText(archive ? QString()
                                   : tr("A plain SQL dump is run by psql as it is: ownership, privileges and the "
                                        "parts to restore were decided when it was written."));
    ui->noteLabel->setVisible(!archive);
}

void RestoreOptionsPage::storeOptions(RestoreOptions &options) const
{
    options.jobs = ui->jobsSpin->isEnabled() ? ui->jobsSpin->value() : 1;
    const bool archive = ui->noOwnerCheck->isEnabled();
    options.noOwner = archive && ui->noOwnerCheck->isChecked();
    options.noPrivileges = archive && ui->noPrivilegesCheck->isChecked();
    options.role = archive ? ui->roleEdit->text().trimmed() : QString();
    options.schemaOnly = archive && ui->schemaOnlyRadio->isChecked();
    options.dataOnly = archive && ui->dataOnlyRadio->isChecked();
    options.singleTransaction = ui->singleTransactionCheck->isEnabled() && ui->singleTransactionCheck->isChecked();
    options.exitOnError = ui->exitOnErrorCheck->isChecked();
    options.disableTriggers = ui->disableTriggersCheck->isEnabled() && ui->disableTriggersCheck->isChecked();
}

} // namespace pgs
