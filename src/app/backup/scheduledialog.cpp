// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/scheduledialog.h"
#include "ui_scheduledialog.h"

#include "jobs/jobrunner.h"
#include "offsite/catalogcopies.h"
#include "offsite/destination.h"
#include "shell/appcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QPushButton>

namespace pgs {

ScheduleDialog::ScheduleDialog(AppContext *app, const ConnectionProfile &profile, const QString &catalogDirectory,
                               const QString &database, QWidget *parent)
    : QDialog(parent),
      ui(std::make_unique<Ui::ScheduleDialog>()),
      m_app(app),
      m_profile(profile),
      m_catalogDirectory(catalogDirectory)
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Backup schedule — %1").arg(profile.name));
    m_installButton = ui->buttonBox->addButton(tr("&Install"), QDialogButtonBox::ActionRole);
    m_removeButton = ui->buttonBox->addButton(tr("&Remove selected"), QDialogButtonBox::ActionRole);
    ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->databaseCombo->addItem(database.isEmpty() ? profile.database : database);
    ui->timeEdit->setTime(QTime(2, 0));
    ui->calendarEdit->setPlaceholderText(tr("e.g. Mon..Fri *-*-* 02:00:00"));
    for (const QString &format : {QStringLiteral("custom"), QStringLiteral("directory"), QStringLiteral("tar"),
                                  QStringLiteral("plain")})
        ui->formatCombo->addItem(format, format);
    fillCopyChoices();
    ui->schedulerCombo->addItem(tr("systemd user timer"), int(SchedulerKind::SystemdUser));
    ui->schedulerCombo->addItem(tr("crontab line"), int(SchedulerKind::Cron));
    ui->schedulerCombo->setCurrentIndex(ui->schedulerCombo->findData(int(detectScheduler())));
    ui->installedTree->setColumnWidth(0, 160);

    connect(ui->databaseCombo, &QComboBox::currentTextChanged, this, &ScheduleDialog::updatePreview);
    connect(ui->timeEdit, &QTimeEdit::timeChanged, this, &ScheduleDialog::updatePreview);
    connect(ui->calendarEdit, &QLineEdit::textChanged, this, &ScheduleDialog::updatePreview);
    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updatePreview);
    connect(ui->copyCombo, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updatePreview);
    connect(ui->schedulerCombo, &QComboBox::currentIndexChanged, this, [this] {
        updatePreview();
        loadInstalled();
    });
    for (QCheckBox *check : {ui->globalsCheck, ui->rowCountsCheck})
        connect(check, &QCheckBox::toggled, this, &ScheduleDialog::updatePreview);
    for (QSpinBox *spin : {ui->keepLastSpin, ui->keepDailySpin, ui->keepWeeklySpin, ui->keepMonthlySpin})
        connect(spin, &QSpinBox::valueChanged, this, &ScheduleDialog::updatePreview);
    connect(ui->installedTree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!ui->installedTree->selectedItems().isEmpty() && !m_job); });
    connect(m_installButton, &QPushButton::clicked, this, &ScheduleDialog::install);
    connect(m_removeButton, &QPushButton::clicked, this, &ScheduleDialog::removeSelected);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_removeButton->setEnabled(false);
    resize(900, 640);
    updatePreview();
    loadInstalled();
}

ScheduleDialog::~ScheduleDialog() = default;

QString ScheduleDialog::cliPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pgsteward-cli"));
}

SchedulerKind ScheduleDialog::scheduler() const
{
    return SchedulerKind(ui->schedulerCombo->currentData().toInt());
}

BackupSchedule ScheduleDialog::schedule() const
{
    BackupSchedule s;
    s.profileName = m_profile.name;
    s.database = ui->databaseCombo->currentText().trimmed();
    s.catalogDir = m_catalogDirectory;
    s.environment = pgstewardEnvironment(); // the schedule finds the same profiles and catalog
    const QString calendar = ui->calendarEdit->text().trimmed();
    s.onCalendar = calendar.isEmpty() ? QStringLiteral("*-*-* %1:00").arg(ui->timeEdit->time().toString(QStringLiteral("HH:mm")))
                                      : calendar;
    s.backupArguments << QStringLiteral("--format") << ui->formatCombo->currentData().toString();
    if (ui->globalsCheck->isChecked())
        s.backupArguments << QStringLiteral("--globals");
    if (ui->rowCountsCheck->isChecked())
        s.backupArguments << QStringLiteral("--row-counts");
    const QString copy = ui->copyCombo->currentData().toString();
    s.noCopy = copy == QLatin1String("none");
    if (copy.startsWith(QLatin1String("only:")))
        s.copyTo = QStringList{copy.mid(5)};
    s.retention.keepLast = ui->keepLastSpin->value();
    s.retention.keepDaily = ui->keepDailySpin->value();
    s.retention.keepWeekly = ui->keepWeeklySpin->value();
    s.retention.keepMonthly = ui->keepMonthlySpin->value();
    return s;
}

void ScheduleDialog::fillCopyChoices()
{
    // Two small JSON files (the destinations, the catalog's settings): read here, like the
    // profiles the dialog was opened with.
    const Result<QStringList> attached = attachedDestinations(m_catalogDirectory);
    const QString catalogText = !attached ? tr("As the catalog (its settings cannot be read: %1)").arg(attached.error().message)
                                : attached->isEmpty() ? tr("As the catalog (none now)")
                                                      : tr("As the catalog (now: %1)").arg(attached->join(QStringLiteral(", ")));
    ui->copyCombo->addItem(catalogText, QStringLiteral("catalog"));
    ui->copyCombo->setItemData(0, tr("Each run copies to the destinations the catalog is attached to at that time"),
                               Qt::ToolTipRole);
    ui->copyCombo->addItem(tr("None"), QStringLiteral("none"));
    if (const Result<QList<OffsiteDestination>> destinations = DestinationStore().load())
        for (const OffsiteDestination &d : *destinations)
            ui->copyCombo->addItem(tr("Only to %1").arg(d.name), QString(QStringLiteral("only:") + d.name));
}

QString ScheduleDialog::previewText() const
{
    return ui->previewEdit->toPlainText();
}

void ScheduleDialog::updatePreview()
{
    ui->timeEdit->setEnabled(ui->calendarEdit->text().trimmed().isEmpty());
    const BackupSchedule s = schedule();
    const ScheduleFiles files = renderSchedule(s, cliPath());
    QString text;
    bool installable = !s.database.isEmpty();
    if (scheduler() == SchedulerKind::SystemdUser) {
        const QString dir = QStringLiteral("~/.config/systemd/user/pgsteward-backup-") + s.slug();
        text = QStringLiteral("# %1.service\n%2\n# %1.timer\n%3").arg(dir, files.serviceUnit, files.timerUnit);
    } else if (files.cronLine.isEmpty()) {
        text = cronTimeFields(s.onCalendar).error().message;
        installable = false;
    } else {
        text = tr("# one line in your crontab (other lines are kept)\n%1").arg(files.cronLine);
    }
    ui->previewEdit->setPlainText(text);
    m_installButton->setEnabled(installable && !m_job);
}

void ScheduleDialog::runScheduleJob(const QString &title, JobFunction function)
{
    Job *job = m_app->jobs().start(title, std::move(function), QStringLiteral("schedule"));
    m_job = job;
    m_installButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    ui->statusLabel->setText(tr("%1…").arg(title));
    connect(job, &Job::finished, this, [this, job] {
        m_job.clear();
        if (job->state() == Job::State::Succeeded) {
            ui->statusLabel->setText(tr("%1: done.").arg(job->title()));
        } else {
            ui->statusLabel->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                                         .arg(job->error().message.toHtmlEscaped()));
            ui->statusLabel->setToolTip(job->error().detail);
        }
        updatePreview();
        loadInstalled();
    });
}

void ScheduleDialog::install()
{
    const BackupSchedule s = schedule();
    const QString cli = cliPath();
    const SchedulerKind kind = scheduler();
    runScheduleJob(tr("Install the backup schedule %1").arg(s.slug()), [s, cli, kind](JobContext &) -> JobResult {
        if (Status installed = installSchedule(s, cli, kind); !installed)
            return installed.error();
        return QVariant();
    });
}

void ScheduleDialog::removeSelected()
{
    const auto items = ui->installedTree->selectedItems();
    if (items.isEmpty())
        return;
    const int index = ui->installedTree->indexOfTopLevelItem(items.first());
    if (index < 0 || index >= m_installed.size())
        return;
    const BackupSchedule s = m_installed.at(index);
    const SchedulerKind kind = scheduler();
    runScheduleJob(tr("Remove the backup schedule %1").arg(s.slug()), [s, kind](JobContext &) -> JobResult {
        if (Status removed = removeSchedule(s, kind); !removed)
            return removed.error();
        return QVariant();
    });
}

void ScheduleDialog::loadInstalled()
{
    const SchedulerKind kind = scheduler();
    Job *job = m_app->jobs().start(
        tr("Installed backup schedules"),
        [kind](JobContext &) -> JobResult { return QVariant::fromValue(installedSchedules(kind)); },
        QStringLiteral("refresh"));
    connect(job, &Job::finished, this, [this, job, kind] {
        const QVariant result = job->result();
        m_app->jobs().discard(job);
        if (kind != scheduler())
            return;
        m_installed = result.value<QList<BackupSchedule>>();
        ui->installedTree->clear();
        for (const BackupSchedule &s : m_installed)
            ui->installedTree->addTopLevelItem(new QTreeWidgetItem({s.profileName, s.database, s.onCalendar, s.catalogDir}));
        Q_EMIT installedLoaded();
    });
}

} // namespace pgs
