// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/optionspage.h"
#include "ui_optionspage.h"

#include "backup/backupjob.h"
#include "backup/backupwizard.h"

#include <QProcess>
#include <QRegularExpression>

namespace pgs {

QStringList splitShellWords(const QString &text)
{
    return QProcess::splitCommand(text);
}

QString joinShellWords(const QStringList &words)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_/.:=@+,%-]+$"));
    QStringList quoted;
    for (const QString &word : words) {
        quoted << (safe.match(word).hasMatch() ? word
                                                : QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''"))
                           + QLatin1Char('\''));
    }
    return quoted.join(QLatin1Char(' '));
}

OptionsPage::OptionsPage(BackupWizard *wizard) : BackupWizardPage(wizard), ui(std::make_unique<Ui::OptionsPage>())
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    ui->encodingCombo->addItem(QString());
    ui->encodingCombo->addItems({QStringLiteral("UTF8"), QStringLiteral("LATIN1"), QStringLiteral("LATIN9"),
                                 QStringLiteral("WIN1252"), QStringLiteral("SQL_ASCII")});
    ui->encodingCombo->lineEdit()->setPlaceholderText(tr("the database's encoding"));
    ui->lockTimeoutSpin->setSpecialValueText(tr("wait as long as it takes"));
    ui->lockTimeoutSpin->setSuffix(tr(" s"));
    ui->extraArgsEdit->setPlaceholderText(tr("e.g. --exclude-table-data=public.audit_log --no-comments"));
    connect(ui->cleanCheck, &QCheckBox::toggled, this, &OptionsPage::updateEnabled);
    connect(ui->extraArgsEdit, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
}

OptionsPage::~OptionsPage() = default;

void OptionsPage::initializePage()
{
    BackupWizardPage::initializePage();
    updateEnabled();
}

void OptionsPage::updateEnabled()
{
    const bool plain = backupWizard()->currentFormat() == DumpFormat::Plain;
    const bool database = backupWizard()->options().source == BackupOptions::Source::Database;
    ui->cleanCheck->setEnabled(plain);
    ui->ifExistsCheck->setEnabled(plain && ui->cleanCheck->isChecked());
    for (QWidget *widget : std::initializer_list<QWidget *>{ui->noOwnerCheck, ui->noPrivilegesCheck, ui->encodingCombo,
                                                            ui->lockTimeoutSpin, ui->rowCountsCheck, ui->extraArgsEdit})
        widget->setEnabled(database);
}

void OptionsPage::applyChoices(const BackupOptions &options)
{
    ui->noOwnerCheck->setChecked(options.noOwner);
    ui->noPrivilegesCheck->setChecked(options.noPrivileges);
    ui->cleanCheck->setChecked(options.clean);
    ui->ifExistsCheck->setChecked(options.ifExists);
    ui->encodingCombo->setCurrentText(options.encoding);
    ui->lockTimeoutSpin->setValue(options.lockWaitTimeoutSeconds);
    ui->rowCountsCheck->setChecked(options.recordRowCounts);
    ui->extraArgsEdit->setText(joinShellWords(options.extraArguments));
}

void OptionsPage::storeChoices(BackupOptions &options) const
{
    const bool plain = options.format == DumpFormat::Plain;
    options.noOwner = ui->noOwnerCheck->isChecked();
    options.noPrivileges = ui->noPrivilegesCheck->isChecked();
    options.clean = plain && ui->cleanCheck->isChecked();
    options.ifExists = options.clean && ui->ifExistsCheck->isChecked();
    options.encoding = ui->encodingCombo->currentText().trimmed();
    options.lockWaitTimeoutSeconds = ui->lockTimeoutSpin->value();
    options.recordRowCounts = ui->rowCountsCheck->isChecked();
    options.extraArguments = splitShellWords(ui->extraArgsEdit->text());
}

bool OptionsPage::validatePage()
{
    const int major = backupWizard()->inventoryReady() ? backupWizard()->inventory().pgDump.majorVersion : 0;
    const Status valid = validateBackupOptions(backupWizard()->options(), major);
    if (!valid) {
        ui->errorLabel->setText(valid.error().message);
        ui->errorLabel->show();
    }
    return valid.ok();
}

} // namespace pgs
