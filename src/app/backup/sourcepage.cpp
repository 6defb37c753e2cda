// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/sourcepage.h"
#include "ui_sourcepage.h"

#include "backup/backupwizard.h"
#include "shell/appcontext.h"

namespace pgs {

SourcePage::SourcePage(BackupWizard *wizard) : BackupWizardPage(wizard), ui(std::make_unique<Ui::SourcePage>())
{
    ui->setupUi(this);
    fillProfiles();
    connect(ui->profileCombo, &QComboBox::activated, this, [this] {
        if (const ConnectionProfile *profile =
                backupWizard()->app()->profiles().find(ui->profileCombo->currentData().toString()))
            backupWizard()->setProfile(*profile);
    });
    connect(wizard, &BackupWizard::inventoryChanged, this, &SourcePage::inventoryChanged);
    for (QRadioButton *radio : {ui->databaseRadio, ui->globalsRadio, ui->clusterRadio})
        connect(radio, &QRadioButton::toggled, this, &SourcePage::updateEnabled);
    connect(ui->databaseCombo, &QComboBox::currentTextChanged, this, &SourcePage::completeChanged);
    inventoryChanged();
}

SourcePage::~SourcePage() = default;

void SourcePage::fillProfiles()
{
    for (const ConnectionProfile &profile : backupWizard()->app()->profiles().profiles())
        ui->profileCombo->addItem(profile.name, profile.id);
    int index = ui->profileCombo->findData(backupWizard()->profile().id);
    if (index < 0) { // a profile not (yet) in the store, e.g. a test's: still show it
        ui->profileCombo->addItem(backupWizard()->profile().name, backupWizard()->profile().id);
        index = ui->profileCombo->count() - 1;
    }
    ui->profileCombo->setCurrentIndex(index);
}

void SourcePage::inventoryChanged()
{
    BackupWizard *wizard = backupWizard();
    const QString previous = ui->databaseCombo->currentText();
    ui->databaseCombo->clear();
    if (wizard->isLoadingInventory()) {
        ui->statusLabel->setText(tr("Connecting to %1…").arg(wizard->profile().name));
    } else if (!wizard->inventoryReady()) {
        ui->statusLabel->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                                     .arg(tr("Could not read the server: %1").arg(wizard->inventoryError()).toHtmlEscaped()));
    } else {
        const ServerInventory &inventory = wizard->inventory();
        ui->databaseCombo->addItems(inventory.databases);
        QString preferred = previous;
        if (preferred.isEmpty())
            preferred = wizard->preferredDatabase();
        if (preferred.isEmpty())
            preferred = wizard->profile().database;
        if (const int index = ui->databaseCombo->findText(preferred); index >= 0)
            ui->databaseCombo->setCurrentIndex(index);
        ui->statusLabel->setText(tr("PostgreSQL %1 on %2.").arg(inventory.serverVersion, wizard->profile().displayTarget()));
    }
    updateEnabled();
}

void SourcePage::updateEnabled()
{
    ui->databaseCombo->setEnabled(ui->databaseRadio->isChecked() && backupWizard()->inventoryReady());
    Q_EMIT completeChanged();
}

BackupOptions::Source SourcePage::source() const
{
    if (ui->globalsRadio->isChecked())
        return BackupOptions::Source::GlobalsOnly;
    if (ui->clusterRadio->isChecked())
        return BackupOptions::Source::WholeCluster;
    return BackupOptions::Source::Database;
}

QString SourcePage::database() const
{
    return source() == BackupOptions::Source::Database ? ui->databaseCombo->currentText() : QString();
}

void SourcePage::storeChoices(BackupOptions &options) const
{
    options.source = source();
    options.database = database();
}

bool SourcePage::isComplete() const
{
    return backupWizard()->inventoryReady()
        && (source() != BackupOptions::Source::Database || !ui->databaseCombo->currentText().isEmpty());
}

bool SourcePage::validatePage()
{
    backupWizard()->loadChoicesFor(source(), database());
    return true;
}

} // namespace pgs
