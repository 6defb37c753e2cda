// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/formatpage.h"
#include "ui_formatpage.h"

#include "backup/backupjob.h"
#include "backup/backupwizard.h"

namespace pgs {

namespace {
int maxLevel(const QString &method)
{
    if (method == QLatin1String("gzip"))
        return 9;
    if (method == QLatin1String("lz4"))
        return 12;
    if (method == QLatin1String("zstd"))
        return 19;
    return 0;
}
} // namespace

FormatPage::FormatPage(BackupWizard *wizard) : BackupWizardPage(wizard), ui(std::make_unique<Ui::FormatPage>())
{
    ui->setupUi(this);
    for (QRadioButton *radio : {ui->customRadio, ui->directoryRadio, ui->tarRadio, ui->plainRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                fillMethods();
        });
    }
    connect(ui->directoryRadio, &QRadioButton::toggled, ui->jobsSpin, &QWidget::setEnabled);
    connect(ui->methodCombo, &QComboBox::currentIndexChanged, this, &FormatPage::fillLevels);
    connect(ui->methodCombo, &QComboBox::activated, this,
            [this] { m_wantedMethod = ui->methodCombo->currentData().toString(); });
    connect(ui->levelCombo, &QComboBox::activated, this, [this] { m_wantedLevel = ui->levelCombo->currentData().toInt(); });
    connect(wizard, &BackupWizard::inventoryChanged, this, &FormatPage::updateTool);
    ui->jobsSpin->setEnabled(false);
}

FormatPage::~FormatPage() = default;

DumpFormat FormatPage::format() const
{
    if (ui->directoryRadio->isChecked())
        return DumpFormat::Directory;
    if (ui->tarRadio->isChecked())
        return DumpFormat::Tar;
    if (ui->plainRadio->isChecked())
        return DumpFormat::Plain;
    return DumpFormat::Custom;
}

void FormatPage::initializePage()
{
    BackupWizardPage::initializePage();
    // pg_dumpall writes plain SQL only; we can still compress it while streaming.
    const bool database = backupWizard()->options().source == BackupOptions::Source::Database;
    ui->customRadio->setEnabled(database);
    ui->directoryRadio->setEnabled(database);
    ui->tarRadio->setEnabled(database);
    if (!database)
        ui->plainRadio->setChecked(true);
    ui->noteLabel->setText(database ? QString() : tr("pg_dumpall writes a plain SQL script; pgsteward compresses it while "
                                                     "it streams to disk when you pick a method."));
    updateTool();
}

void FormatPage::applyChoices(const BackupOptions &options)
{
    m_wantedMethod = options.compressionMethod;
    m_wantedLevel = options.compressionLevel;
    ui->jobsSpin->setValue(std::max(1, options.jobs));
    switch (options.format) {
    case DumpFormat::Custom: ui->customRadio->setChecked(true); break;
    case DumpFormat::Directory: ui->directoryRadio->setChecked(true); break;
    case DumpFormat::Tar: ui->tarRadio->setChecked(true); break;
    case DumpFormat::Plain: ui->plainRadio->setChecked(true); break;
    }
    fillMethods();
}

void FormatPage::storeChoices(BackupOptions &options) const
{
    options.format = format();
    options.jobs = options.format == DumpFormat::Directory ? ui->jobsSpin->value() : 1;
    options.compressionMethod = ui->methodCombo->currentData().toString();
    options.compressionLevel = ui->levelCombo->isEnabled() ? ui->levelCombo->currentData().toInt() : -1;
}

bool FormatPage::isComplete() const
{
    return backupWizard()->inventoryReady() && !backupWizard()->inventory().pgDump.path.isEmpty();
}

void FormatPage::updateTool()
{
    BackupWizard *wizard = backupWizard();
    if (!wizard->inventoryReady()) {
        ui->toolLabel->setText(wizard->isLoadingInventory() ? tr("Looking for pg_dump…") : wizard->inventoryError());
    } else if (wizard->inventory().pgDump.path.isEmpty()) {
        const int major = wizard->inventory().serverVersionNum / 10000;
        ui->toolLabel->setText(QStringLiteral("<span style='color:#c62828'><b>%1</b><br>%2</span>")
                                   .arg(tr("This server needs pg_dump %1 or newer.").arg(major).toHtmlEscaped(),
                                        wizard->inventory().pgDumpError.toHtmlEscaped()));
    } else {
        const ToolInfo &tool = wizard->inventory().pgDump;
        ui->toolLabel->setText(tr("Using pg_dump %1 (%2) for PostgreSQL %3.")
                                   .arg(tool.version, tool.path, wizard->inventory().serverVersion));
    }
    fillMethods();
    Q_EMIT completeChanged();
}

void FormatPage::fillMethods()
{
    const int major = backupWizard()->inventoryReady() ? backupWizard()->inventory().pgDump.majorVersion : 0;
    const QStringList methods = supportedCompressionMethods(major, format());
    QSignalBlocker blocker(ui->methodCombo);
    ui->methodCombo->clear();
    for (const QString &method : methods)
        ui->methodCombo->addItem(method == QLatin1String("none") ? tr("none") : method, method);
    int index = ui->methodCombo->findData(m_wantedMethod);
    if (index < 0)
        index = ui->methodCombo->findData(QStringLiteral("gzip"));
    ui->methodCombo->setCurrentIndex(std::max(0, index));
    ui->methodCombo->setEnabled(methods.size() > 1);
    fillLevels();
}

void FormatPage::fillLevels()
{
    const int max = maxLevel(ui->methodCombo->currentData().toString());
    QSignalBlocker blocker(ui->levelCombo);
    ui->levelCombo->clear();
    ui->levelCombo->addItem(tr("default"), -1);
    for (int level = 1; level <= max; ++level)
        ui->levelCombo->addItem(QString::number(level), level);
    ui->levelCombo->setCurrentIndex(std::max(0, ui->levelCombo->findData(m_wantedLevel)));
    ui->levelCombo->setEnabled(max > 0);
}

} // namespace pgs
