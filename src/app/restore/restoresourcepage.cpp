// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoresourcepage.h"
#include "ui_restoresourcepage.h"

#include "backup/backupsettings.h"
#include "catalog/catalog.h"
#include "backup/catalogtablemodel.h"
#include "jobs/jobrunner.h"
#include "monitor/humanformat.h"
#include "offsite/fetchdialog.h"
#include "restore/restoreloaders.h"
#include "restore/restorewizard.h"
#include "shell/appcontext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>

namespace pgs {

namespace {
constexpr int kFolderRole = Qt::UserRole + 1;
} // namespace

RestoreSourcePage::RestoreSourcePage(RestoreWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::RestoreSourcePage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    ui->problemsEdit->hide();
    ui->backupsList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->backupsList->header()->setStretchLastSection(true);
    ui->pathEdit->setPlaceholderText(tr("/path/to/backup"));
    connect(ui->backupsList, &QTreeWidget::currentItemChanged, this, [this] {
        if (ui->backupsList->currentItem())
            ui->catalogRadio->setChecked(true);
        pathChanged();
    });
    connect(ui->backupsList, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            m_wizard->next();
    });
    connect(ui->pathEdit, &QLineEdit::textEdited, this, [this] { ui->fileRadio->setChecked(true); });
    connect(ui->pathEdit, &QLineEdit::textChanged, this, &RestoreSourcePage::pathChanged);
    connect(ui->catalogRadio, &QRadioButton::toggled, this, &RestoreSourcePage::pathChanged);
    connect(ui->browseFileButton, &QPushButton::clicked, this, [this] { browse(false); });
    connect(ui->browseFolderButton, &QPushButton::clicked, this, [this] { browse(true); });
    connect(ui->fetchButton, &QPushButton::clicked, this, &RestoreSourcePage::fetchFromOffsite);
    listCatalog();
}

RestoreSourcePage::~RestoreSourcePage()
{
    if (m_listJob)
        m_listJob->cancel();
    if (m_openJob)
        m_openJob->cancel();
}

void RestoreSourcePage::listCatalog()
{
    const QString directory = backupsettings::catalogDirectory(m_wizard->app()->settings(), m_wizard->profile());
    ui->catalogLabel->setText(tr("Catalog of %1: %2").arg(m_wizard->profile().name, directory));
    Job *job = m_wizard->app()->jobs().start(
        tr("Backups in %1").arg(directory),
        [directory](JobContext &) -> JobResult { return QVariant::fromValue(BackupCatalog(directory).list()); },
        QStringLiteral("refresh"));
    m_listJob = job;
    connect(job, &Job::finished, this, [this, job] { listFinished(job); });
}

void RestoreSourcePage::listFinished(Job *job)
{
    if (job != m_listJob)
        return;
    m_listJob.clear();
    const QList<CatalogEntry> entries = job->result().value<QList<CatalogEntry>>();
    m_wizard->app()->jobs().discard(job);
    const QDateTime now = QDateTime::currentDateTime();
    for (const CatalogEntry &entry : entries) { // newest first already
        const BackupManifest &m = entry.manifest;
        const bool globalsOnly = m.options.source == BackupOptions::Source::GlobalsOnly && !m.globalsName.isEmpty();
        if (entry.inProgress || !m.isGood() || (m.database.isEmpty() && !globalsOnly))
            continue; // failed, partial and whole-cluster backups have nothing to restore here
        auto *item = new QTreeWidgetItem(ui->backupsList);
        item->setText(0, globalsOnly ? tr("(globals)") : m.database);
        item->setText(1, CatalogTableModel::ageText(m.startedAt, now));
        item->setToolTip(1, QLocale().toString(m.startedAt, QLocale::ShortFormat));
        item->setText(2, toString(m.options.format));
        item->setText(3, humanBytes(m.totalBytes()));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(4, CatalogTableModel::verifiedText(m));
        item->setText(5, QFileInfo(entry.folder).fileName());
        item->setData(0, kFolderRole, entry.folder);
    }
    if (ui->backupsList->topLevelItemCount() == 0) {
        ui->catalogLabel->setText(ui->catalogLabel->text() + QLatin1Char('\n') + tr("There are no complete backups in it."));
        ui->fileRadio->setChecked(true);
    } else if (!m_wizard->preselectedFolder().isEmpty()) {
        selectBackup(m_wizard->preselectedFolder());
    } else {
        ui->backupsList->setCurrentItem(ui->backupsList->topLevelItem(0));
    }
    Q_EMIT catalogLoaded();
    Q_EMIT completeChanged();
}

void RestoreSourcePage::selectBackup(const QString &folder)
{
    const QString wanted = QDir::cleanPath(folder);
    for (int row = 0; row < ui->backupsList->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = ui->backupsList->topLevelItem(row);
        if (QDir::cleanPath(item->data(0, kFolderRole).toString()) == wanted) {
            ui->backupsList->setCurrentItem(item);
            ui->catalogRadio->setChecked(true);
            return;
        }
    }
}

QString RestoreSourcePage::currentPath() const
{
    if (ui->catalogRadio->isChecked())
        return ui->backupsList->currentItem() ? ui->backupsList->currentItem()->data(0, kFolderRole).toString() : QString();
    return QDir::cleanPath(ui->pathEdit->text().trimmed());
}

void RestoreSourcePage::pathChanged()
{
    const QString path = currentPath();
    if (!m_openJob) {
        const bool failed = !path.isEmpty() && path == m_failedPath;
        ui->problemsEdit->setVisible(failed && !ui->problemsEdit->toPlainText().isEmpty());
        if (!failed)
            ui->statusLabel->clear();
    }
    Q_EMIT completeChanged();
}

void RestoreSourcePage::browse(bool folder)
{
    auto *dialog = new QFileDialog(this, folder ? tr("Backup folder") : tr("Backup file"), ui->pathEdit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (folder) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Backups (*.custom *.dump *.backup *.tar *.sql *.sql.gz *.sql.zst *.tar.zst *.tar.gz)"),
                                tr("All files (*)")});
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        ui->pathEdit->setText(path);
        ui->fileRadio->setChecked(true);
    });
    dialog->open();
}

bool RestoreSourcePage::isComplete() const
{
    const QString path = currentPath();
    return !path.isEmpty() && !m_openJob && path != m_failedPath;
}

bool RestoreSourcePage::validatePage()
{
    const QString path = currentPath();
    if (m_wizard->hasSource() && path == m_loadedPath)
        return true;
    if (m_openJob)
        return false;
    m_openingPath = path;
    ui->problemsEdit->hide();
    ui->statusLabel->setText(tr("Verifying and opening %1…").arg(QFileInfo(path).fileName()));
    const QString toolsDir = m_wizard->profile().toolsDir;
    Job *job = m_wizard->app()->jobs().start(
        tr("Open %1").arg(QFileInfo(path).fileName()),
        [path, toolsDir](JobContext &ctx) { return loadRestoreSource(ctx, path, toolsDir); }, QStringLiteral("restore-source"));
    m_openJob = job;
    connect(job, &Job::progressChanged, this, [this, job] {
        if (!job->statusText().isEmpty())
            ui->statusLabel->setText(job->statusText());
    });
    connect(job, &Job::finished, this, [this, job] { openFinishedJob(job); });
    Q_EMIT completeChanged();
    return false; // the job moves the wizard on when it succeeds
}

void RestoreSourcePage::openFinishedJob(Job *job)
{
    if (job != m_openJob)
        return;
    m_openJob.clear();
    const bool succeeded = job->state() == Job::State::Succeeded;
    const Error error = job->error();
    const QVariant result = job->result();
    const bool canceled = job->state() == Job::State::Canceled;
    m_wizard->app()->jobs().discard(job);
    if (succeeded) {
        const auto loaded = result.value<LoadedRestoreSource>();
        m_loadedPath = m_openingPath;
        m_failedPath.clear();
        m_wizard->setSource(loaded.source, loaded.toc);
        ui->statusLabel->setText(loaded.source.isArchive()
                                     ? tr("A %1 archive with %n entries in its table of contents.", nullptr,
                                          int(loaded.toc.entries.size()))
                                           .arg(toString(loaded.source.kind))
                                     : tr("A plain SQL dump."));
        Q_EMIT completeChanged();
        Q_EMIT openFinished(true);
        if (m_wizard->currentPage() == this && currentPath() == m_loadedPath)
            m_wizard->next();
        return;
    }
    if (!canceled)
        m_failedPath = m_openingPath;
    ui->statusLabel->setText(QStringLiteral("<span style='color:#c62828'><b>%1</b></span>")
                                 .arg(error.message.toHtmlEscaped()));
    ui->problemsEdit->setPlainText(error.detail);
    ui->problemsEdit->setVisible(!error.detail.isEmpty());
    Q_EMIT completeChanged();
    Q_EMIT openFinished(false);
}

int RestoreSourcePage::nextId() const
{
    return m_wizard->hasSource() && m_wizard->source().isGlobalsOnly() ? RestoreWizard::GlobalsPageId
                                                                       : RestoreWizard::ContentsPageId;
}

FetchDialog *RestoreSourcePage::fetchFromOffsite()
{
    const QString directory = backupsettings::catalogDirectory(m_wizard->app()->settings(), m_wizard->profile());
    auto *dialog = new FetchDialog(m_wizard->app(), directory, this);
    // The fetched folder is a catalog backup like any other: open it as the source.
    connect(dialog, &FetchDialog::fetched, this, [this](const QString &folder) {
        ui->pathEdit->setText(folder);
        ui->fileRadio->setChecked(true);
    });
    dialog->open();
    return dialog;
}

} // namespace pgs
