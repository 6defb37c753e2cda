// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoretargetpage.h"
#include "ui_restoretargetpage.h"

#include "backup/backupsourceloader.h"
#include "jobs/jobrunner.h"
#include "restore/restoreloaders.h"
#include "restore/restorewizard.h"
#include "shell/appcontext.h"
#include "util/paths.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace pgs {

namespace {
const QString kRed = QStringLiteral("<span style='color:#c62828'>%1</span>");

// "orders.sql.gz" -> "orders": a database name for a source without a manifest.
QString baseName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const QString &suffix : {QStringLiteral(".gz"), QStringLiteral(".zst"), QStringLiteral(".tar"),
                                  QStringLiteral(".sql"), QStringLiteral(".custom"), QStringLiteral(".dump"),
                                  QStringLiteral(".backup")}) {
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    }
    return name.isEmpty() ? QStringLiteral("restored") : name;
}
} // namespace

RestoreTargetPage::RestoreTargetPage(RestoreWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::RestoreTargetPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    m_planTimer.setSingleShot(true);
    m_planTimer.setInterval(400);
    connect(&m_planTimer, &QTimer::timeout, this, &RestoreTargetPage::startPlan);
    ui->productionLabel->setText(
        tr("%1 is a production profile. Restoring into one of its existing databases is refused unless you lift "
           "the production guard for this restore and type the database name.")
            .arg(wizard->profile().name));
    ui->confirmEdit->setPlaceholderText(tr("the exact database name"));
    ui->sandboxEdit->setText(QDir(paths::dataDir())
                                 .filePath(QStringLiteral("restore-sandboxes/restore-")
                                           + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    for (QRadioButton *radio : {ui->newRadio, ui->existingRadio, ui->sandboxRadio})
        connect(radio, &QRadioButton::toggled, this, &RestoreTargetPage::targetChanged);
    connect(ui->newNameEdit, &QLineEdit::textChanged, this, &RestoreTargetPage::targetChanged);
    connect(ui->existingCombo, &QComboBox::currentTextChanged, this, &RestoreTargetPage::targetChanged);
    connect(ui->sandboxEdit, &QLineEdit::textChanged, this, &RestoreTargetPage::updateState);
    connect(ui->sandboxBrowseButton, &QToolButton::clicked, this, &RestoreTargetPage::browseSandbox);
    for (QCheckBox *check : {ui->cleanCheck, ui->liftGuardCheck})
        connect(check, &QCheckBox::toggled, this, &RestoreTargetPage::updateState);
    connect(ui->confirmEdit, &QLineEdit::textChanged, this, &RestoreTargetPage::updateState);
    connect(wizard, &RestoreWizard::specChanged, this, &RestoreTargetPage::targetChanged);
    updateState();
}

RestoreTargetPage::~RestoreTargetPage()
{
    if (m_planJob)
        m_planJob->cancel();
    if (m_databasesJob)
        m_databasesJob->cancel();
}

void RestoreTargetPage::initializePage()
{
    if (m_wizard->hasSource()) {
        const RestoreSource &source = m_wizard->source();
        const QString key = source.originalPath;
        if (key != m_suggestedFor) {
            m_suggestedFor = key;
            const QString database = source.manifest && !source.manifest->database.isEmpty() ? source.manifest->database
                                                                                              : baseName(source.originalPath);
            ui->newNameEdit->setText(suggestedRestoreName(database, QDate::currentDate()));
        }
        ui->cleanCheck->setEnabled(source.isArchive());
    }
    if (!m_databasesLoaded)
        loadDatabases();
    targetChanged();
}

RestoreOptions::Target RestoreTargetPage::target() const
{
    if (ui->existingRadio->isChecked())
        return RestoreOptions::Target::ExistingDatabase;
    if (ui->sandboxRadio->isChecked())
        return RestoreOptions::Target::Sandbox;
    return RestoreOptions::Target::NewDatabase;
}

QString RestoreTargetPage::targetDatabase() const
{
    switch (target()) {
    case RestoreOptions::Target::NewDatabase: return ui->newNameEdit->text().trimmed();
    case RestoreOptions::Target::ExistingDatabase: return ui->existingCombo->currentText();
    case RestoreOptions::Target::Sandbox: break;
    }
    // The sandbox gets the backup's database name; a fresh cluster has nothing to clash with.
    return ui->newNameEdit->text().trimmed();
}

void RestoreTargetPage::loadDatabases()
{
    const auto spec = m_wizard->spec();
    if (!spec || m_databasesJob)
        return;
    const ConnectionSpec resolved = *spec;
    const QString toolsDir = m_wizard->profile().toolsDir;
    Job *job = m_wizard->app()->jobs().start(
        tr("Databases of %1").arg(m_wizard->profile().name),
        [resolved, toolsDir](JobContext &ctx) { return loadServerInventory(ctx, resolved, toolsDir); },
        QStringLiteral("refresh"));
    m_databasesJob = job;
    connect(job, &Job::finished, this, [this, job] { databasesFinished(job); });
}

void RestoreTargetPage::databasesFinished(Job *job)
{
    if (job != m_databasesJob)
        return;
    m_databasesJob.clear();
    if (job->state() == Job::State::Succeeded) {
        m_databasesLoaded = true;
        const QString previous = ui->existingCombo->currentText();
        QSignalBlocker blocker(ui->existingCombo);
        ui->existingCombo->clear();
        ui->existingCombo->addItems(job->result().value<ServerInventory>().databases);
        ui->existingCombo->setCurrentIndex(std::max(0, ui->existingCombo->findText(previous)));
    }
    const QString error = job->state() == Job::State::Succeeded ? QString() : job->error().message;
    m_wizard->app()->jobs().discard(job);
    targetChanged();
    if (!error.isEmpty()) {
        m_planError = tr("Could not list the databases: %1").arg(error);
        updateState();
    }
}

void RestoreTargetPage::targetChanged()
{
    if (!m_databasesLoaded && m_wizard->spec() && m_wizard->currentPage() == this)
        loadDatabases();
    ui->confirmEdit->clear(); // a confirmation is for one database only
    ui->liftGuardCheck->setChecked(false);
    m_plan.reset();
    m_planError.clear();
    if (target() != RestoreOptions::Target::Sandbox && !targetDatabase().isEmpty())
        m_planTimer.start();
    else
        m_planTimer.stop();
    updateState();
}

void RestoreTargetPage::startPlan()
{
    if (!m_wizard->spec() || !m_wizard->hasSource() || m_wizard->currentPage() != this)
        return;
    if (m_planJob)
        m_planJob->cancel(); // its result is dropped: the key moved on
    RestoreRequest request = m_wizard->request();
    m_planKey = QString::number(int(target())) + QLatin1Char('/') + targetDatabase();
    m_planError.clear();
    Job *job = m_wizard->app()->jobs().start(
        tr("Check the restore target %1").arg(targetDatabase()),
        [request](JobContext &ctx) { return probeRestoreTarget(ctx, request); }, QStringLiteral("refresh"));
    m_planJob = job;
    const QString key = m_planKey;
    connect(job, &Job::finished, this, [this, job, key] {
        if (key == m_planKey)
            planFinished(job);
        else
            m_wizard->app()->jobs().discard(job);
    });
    updateState();
}

void RestoreTargetPage::planFinished(Job *job)
{
    if (job == m_planJob)
        m_planJob.clear();
    if (job->state() == Job::State::Succeeded)
        m_plan = job->result().value<RestorePlan>();
    else if (job->state() == Job::State::Failed)
        m_planError = job->error().message;
    m_wizard->app()->jobs().discard(job);
    updateState();
    Q_EMIT checked();
}

bool RestoreTargetPage::needsConfirmation() const
{
    return target() == RestoreOptions::Target::ExistingDatabase && m_plan
        && (m_plan->targetObjectCount > 0 || m_wizard->profile().production);
}

bool RestoreTargetPage::needsGuardLift() const
{
    return target() == RestoreOptions::Target::ExistingDatabase && m_wizard->profile().production;
}

void RestoreTargetPage::updateState()
{
    const RestoreOptions::Target t = target();
    const bool existing = t == RestoreOptions::Target::ExistingDatabase;
    ui->newNameEdit->setEnabled(t == RestoreOptions::Target::NewDatabase);
    ui->existingCombo->setEnabled(existing);
    ui->sandboxEdit->setEnabled(t == RestoreOptions::Target::Sandbox);
    ui->sandboxBrowseButton->setEnabled(t == RestoreOptions::Target::Sandbox);

    const QString name = targetDatabase();
    QString status;
    if (t == RestoreOptions::Target::Sandbox) {
        status = tr("A new PostgreSQL cluster is initialised in this folder, the backup is restored into database %1 "
                    "there, and the cluster is left running for you to look at.")
                     .arg(name);
    } else if (!m_planError.isEmpty()) {
        status = kRed.arg(m_planError.toHtmlEscaped());
    } else if (m_planJob || m_planTimer.isActive() || m_databasesJob) {
        status = tr("Checking %1…").arg(name.toHtmlEscaped());
    } else if (name.isEmpty()) {
        status = kRed.arg(existing ? tr("Pick a database.") : tr("Enter a name for the new database."));
    } else if (m_plan && !existing) {
        status = m_plan->targetExists ? kRed.arg(tr("A database named %1 exists already: choose another name, or "
                                                    "restore into the existing database.")
                                                     .arg(name.toHtmlEscaped()))
                                      : tr("Database %1 will be created.").arg(name.toHtmlEscaped());
    } else if (m_plan) {
        status = m_plan->targetObjectCount > 0
            ? kRed.arg(tr("%1 is not empty: it holds %2. Restoring into it can overwrite or clash with them.")
                           .arg(name.toHtmlEscaped(), m_plan->targetObjects.join(QStringLiteral(", ")).toHtmlEscaped()))
            : tr("%1 is empty.").arg(name.toHtmlEscaped());
    }
    for (const QString &warning : m_plan ? m_plan->warnings : QStringList())
        status += QStringLiteral("<br>") + warning.toHtmlEscaped();
    ui->planLabel->setText(status);

    const bool nonEmpty = existing && m_plan && m_plan->targetObjectCount > 0;
    ui->cleanCheck->setVisible(nonEmpty);
    const bool showDrops = nonEmpty && ui->cleanCheck->isChecked() && ui->cleanCheck->isEnabled();
    ui->dropCaption->setVisible(showDrops);
    ui->dropList->setVisible(showDrops);
    if (showDrops) {
        ui->dropList->setPlainText(m_plan->objectsToDrop.isEmpty() ? tr("(nothing that exists in the backup)")
                                                                   : m_plan->objectsToDrop.join(QLatin1Char('\n')));
    }
    ui->productionLabel->setVisible(needsGuardLift());
    ui->liftGuardCheck->setVisible(needsGuardLift());
    ui->confirmLabel->setVisible(needsConfirmation());
    ui->confirmEdit->setVisible(needsConfirmation());
    Q_EMIT completeChanged();
}

void RestoreTargetPage::browseSandbox()
{
    auto *dialog = new QFileDialog(this, tr("Folder for the sandbox cluster"), ui->sandboxEdit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) { ui->sandboxEdit->setText(dir); });
    dialog->open();
}

void RestoreTargetPage::storeOptions(RestoreOptions &options) const
{
    options.target = target();
    options.targetDatabase = targetDatabase();
    options.sandboxDir = target() == RestoreOptions::Target::Sandbox ? QDir::cleanPath(ui->sandboxEdit->text().trimmed())
                                                                     : QString();
    const bool existing = target() == RestoreOptions::Target::ExistingDatabase;
    options.clean = existing && ui->cleanCheck->isVisible() && ui->cleanCheck->isEnabled() && ui->cleanCheck->isChecked();
    options.confirmName = existing ? ui->confirmEdit->text() : QString();
    options.liftProductionGuard = existing && ui->liftGuardCheck->isChecked();
}

bool RestoreTargetPage::isComplete() const
{
    if (target() == RestoreOptions::Target::Sandbox)
        return QDir::isAbsolutePath(ui->sandboxEdit->text().trimmed());
    if (isChecking() || !m_plan || !m_planError.isEmpty() || targetDatabase().isEmpty())
        return false;
    if (target() == RestoreOptions::Target::NewDatabase)
        return !m_plan->targetExists;
    if (!m_plan->targetExists)
        return false;
    if (needsConfirmation() && ui->confirmEdit->text() != targetDatabase())
        return false;
    return !needsGuardLift() || ui->liftGuardCheck->isChecked();
}

int RestoreTargetPage::nextId() const
{
    return m_wizard->showsGlobalsPage() ? RestoreWizard::GlobalsPageId : RestoreWizard::OptionsPageId;
}

} // namespace pgs
