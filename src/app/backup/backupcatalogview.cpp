// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupcatalogview.h"
#include "ui_backupcatalogview.h"

#include "backup/backupsettings.h"
#include "backup/backupwizard.h"
#include "catalog/bundle.h"
#include "backup/catalogtablemodel.h"
#include "backup/prunedialog.h"
#include "backup/scheduledialog.h"
#include "backup/verify.h"
#include "jobs/jobrunner.h"
#include "restore/restorewizard.h"
#include "shell/appcontext.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>

namespace pgs {

namespace {
// Jobs whose end may change what a catalog holds.
bool touchesCatalogs(const Job *job)
{
    static const QStringList categories{QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("prune"),
                                        QStringLiteral("bundle"), QStringLiteral("catalog"), QStringLiteral("offsite")};
    return categories.contains(job->category());
}
} // namespace

BackupCatalogView::BackupCatalogView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent),
      ui(std::make_unique<Ui::BackupCatalogView>()),
      m_app(app),
      m_profile(profile),
      m_model(new CatalogTableModel(this)),
      m_filter(new CatalogFilterModel(this))
{
    ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    ui->backupsView->setModel(m_filter);
    ui->backupsView->sortByColumn(CatalogTableModel::Started, Qt::DescendingOrder);
    ui->backupsView->verticalHeader()->hide();
    ui->backupsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->backupsView->horizontalHeader()->setStretchLastSection(true);
    ui->searchEdit->setPlaceholderText(tr("Search folder, database, error…"));
    ui->statusFilter->addItem(tr("All statuses"), QString());
    for (const QString &key : {QStringLiteral("complete"), QStringLiteral("failed"), QStringLiteral("canceled"),
                               QStringLiteral("incomplete"), QStringLiteral("in progress")})
        ui->statusFilter->addItem(CatalogTableModel::statusText(key), key);
    ui->detailLabel->hide();

    auto *verifyMenu = new QMenu(ui->verifyButton);
    const std::pair<BackupManifest::VerifyLevel, QString> levels[] = {
        {BackupManifest::VerifyLevel::Checksums, tr("Checksums: re-hash every file")},
        {BackupManifest::VerifyLevel::Contents, tr("Contents: read the table of contents")},
        {BackupManifest::VerifyLevel::Readable, tr("Readable: read and decompress all data")},
        {BackupManifest::VerifyLevel::Restore, tr("Restore test: restore into a throwaway cluster, compare row counts")}};
    for (const auto &[level, text] : levels) {
        const BackupManifest::VerifyLevel l = level;
        verifyMenu->addAction(text, this, [this, l] { verifySelected(l); });
    }
    ui->verifyButton->setMenu(verifyMenu);
    auto *offsiteMenu = new QMenu(ui->offsiteButton);
    connect(offsiteMenu, &QMenu::aboutToShow, this, &BackupCatalogView::fillOffsiteMenu);
    ui->offsiteButton->setMenu(offsiteMenu);

    connect(ui->refreshButton, &QPushButton::clicked, this, &BackupCatalogView::refresh);
    connect(ui->changeCatalogButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Backup catalog directory"), m_directory);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, &BackupCatalogView::setCatalogDirectory);
        dialog->open();
    });
    connect(ui->databaseFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDatabase(ui->databaseFilter->currentData().toString()); });
    connect(ui->statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusKey(ui->statusFilter->currentData().toString()); });
    connect(ui->searchEdit, &QLineEdit::textChanged, m_filter, &CatalogFilterModel::setText);
    connect(ui->backupsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupCatalogView::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BackupCatalogView::updateButtons);
    connect(ui->backupButton, &QPushButton::clicked, this, &BackupCatalogView::startBackup);
    connect(ui->restoreButton, &QPushButton::clicked, this, &BackupCatalogView::restoreSelected);
    connect(ui->pruneButton, &QPushButton::clicked, this, &BackupCatalogView::pruneBackups);
    connect(ui->bundleButton, &QPushButton::clicked, this, &BackupCatalogView::exportBundle);
    connect(ui->importButton, &QPushButton::clicked, this, &BackupCatalogView::importBundle);
    connect(ui->openFolderButton, &QPushButton::clicked, this, &BackupCatalogView::openFolder);
    connect(ui->deleteButton, &QPushButton::clicked, this, &BackupCatalogView::deleteSelected);
    connect(ui->scheduleButton, &QPushButton::clicked, this, &BackupCatalogView::scheduleBackups);
    connect(ui->recoverButton, &QPushButton::clicked, this, [this] { Q_EMIT recoverRequested(m_directory); });
    connect(&m_app->jobs(), &JobRunner::jobFinished, this, [this](Job *job) {
        if (touchesCatalogs(job))
            refresh();
    });

    m_directory = backupsettings::catalogDirectory(m_app->settings(), m_profile);
    ui->catalogLabel->setText(m_directory);
    ui->attachedLabel->setToolTip(tr("Set in the Off-site menu, or with pgsteward-cli destinations attach|detach; "
                                     "a schedule may copy elsewhere"));
    ui->catalogLabel->setToolTip(m_directory); // a long path may be cut: the row keeps its buttons in view
    ui->catalogRow->setStretch(ui->catalogRow->indexOf(ui->catalogLabel), 1); // the path takes the room, not the buttons
    updateButtons();
    refresh();
}

BackupCatalogView::~BackupCatalogView()
{
    if (m_listJob)
        m_listJob->cancel();
}

void BackupCatalogView::setCatalogDirectory(const QString &directory)
{
    if (directory.isEmpty() || directory == m_directory)
        return;
    m_directory = directory;
    backupsettings::setCatalogDirectory(m_app->settings(), m_profile.id, directory);
    ui->catalogLabel->setText(directory);
    ui->catalogLabel->setToolTip(directory);
    refresh();
}

void BackupCatalogView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

void BackupCatalogView::refresh()
{
    if (m_listJob) {
        m_refreshAgain = true; // something changed while listing: list once more afterwards
        return;
    }
    const QString directory = m_directory;
    Job *job = m_app->jobs().start(
        tr("Backups in %1").arg(directory),
        [directory](JobContext &) -> JobResult { return QVariant::fromValue(CatalogListing::read(directory)); },
        QStringLiteral("refresh"));
    m_listJob = job;
    connect(job, &Job::finished, this, [this, job] { listFinished(job); });
}

void BackupCatalogView::listFinished(Job *job)
{
    if (job != m_listJob)
        return;
    m_listJob.clear();
    const QVariant result = job->result();
    const bool succeeded = job->state() == Job::State::Succeeded;
    m_app->jobs().discard(job);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    if (!succeeded)
        return;
    const QString selected = selectedEntry()       ? selectedEntry()->folder
                             : selectedBaseBackup() ? selectedBaseBackup()->info.folder
                                                    : QString();
    const CatalogListing listing = result.value<CatalogListing>();
    m_model->setEntries(listing.entries);
    m_model->setBaseBackups(listing.baseBackups);
    m_model->setCopyStatus(listing.copies);
    m_attached = listing.attached;
    showAttached(listing.attachedProblem);
    updateFilters();
    selectFolder(selected);
    Q_EMIT loaded();
}

void BackupCatalogView::updateFilters()
{
    const QString current = ui->databaseFilter->currentData().toString();
    QStringList databases;
    for (const CatalogEntry &entry : m_model->entries()) {
        if (!entry.manifest.database.isEmpty() && !databases.contains(entry.manifest.database))
            databases << entry.manifest.database;
    }
    databases.sort();
    QSignalBlocker blocker(ui->databaseFilter);
    ui->databaseFilter->clear();
    ui->databaseFilter->addItem(tr("All databases"), QString());
    for (const QString &database : databases)
        ui->databaseFilter->addItem(database, database);
    ui->databaseFilter->setCurrentIndex(std::max(0, ui->databaseFilter->findData(current)));
}

const CatalogEntry *BackupCatalogView::selectedEntry() const
{
    const QModelIndexList rows = ui->backupsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_filter->mapToSource(rows.first()).row();
    return m_model->isBaseBackup(row) ? nullptr : &m_model->entry(row);
}

const BaseBackupEntry *BackupCatalogView::selectedBaseBackup() const
{
    const QModelIndexList rows = ui->backupsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_filter->mapToSource(rows.first()).row();
    return m_model->isBaseBackup(row) ? &m_model->baseBackup(row) : nullptr;
}

void BackupCatalogView::selectFolder(const QString &folder)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int sourceRow = m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (m_model->folderAt(sourceRow) == folder) {
            ui->backupsView->selectRow(row);
            return;
        }
    }
}

void BackupCatalogView::updateButtons()
{
    const CatalogEntry *entry = selectedEntry();
    const bool finished = entry && !entry->inProgress;
    ui->verifyButton->setEnabled(finished && entry->manifest.isGood());
    ui->restoreButton->setEnabled(finished && entry->manifest.isGood() && !entry->manifest.database.isEmpty());
    ui->bundleButton->setEnabled(finished && entry->manifest.isGood());
    ui->openFolderButton->setEnabled(entry || selectedBaseBackup());
    ui->deleteButton->setEnabled(finished);
    QString detail;
    if (entry) {
        detail = entry->folder;
        if (!entry->problem.isEmpty())
            detail += QStringLiteral(" — ") + entry->problem;
        else if (!entry->manifest.error.isEmpty())
            detail += QStringLiteral(" — ") + entry->manifest.error;
    }
    updateBaseBackupActions(detail);
    ui->detailLabel->setText(detail);
    ui->detailLabel->setVisible(!detail.isEmpty());
}

Job *BackupCatalogView::startCatalogJob(const QString &title, const QString &category, JobFunction function)
{
    return m_app->jobs().start(title, std::move(function), category);
}

void BackupCatalogView::startBackup()
{
    auto *wizard = new BackupWizard(m_app, m_profile, ui->databaseFilter->currentData().toString(), this);
    wizard->open();
}

void BackupCatalogView::restoreSelected()
{
    const CatalogEntry *entry = selectedEntry();
    if (!entry)
        return;
    auto *wizard = new RestoreWizard(m_app, m_profile, entry->folder, this);
    wizard->open();
}

void BackupCatalogView::verifySelected(BackupManifest::VerifyLevel level)
{
    const CatalogEntry *entry = selectedEntry();
    if (!entry)
        return;
    const QString folder = entry->folder;
    const QString toolsDir = m_profile.toolsDir;
    startCatalogJob(tr("Verify %1 (%2)").arg(QFileInfo(folder).fileName(), toString(level)), QStringLiteral("verify"),
                    [folder, level, toolsDir](JobContext &ctx) -> JobResult {
                        auto report = verifyBackup(ctx, folder, level, toolsDir);
                        if (!report)
                            return report.error();
                        if (!report->passed) {
                            return Error::of(QCoreApplication::translate("pgs::BackupCatalogView",
                                                                         "Verification failed: %n problem(s)", nullptr,
                                                                         int(report->problems.size())),
                                             report->problems.join(QLatin1Char('\n')), QStringLiteral("verify-failed"));
                        }
                        return QVariant(toString(report->reached));
                    });
}

void BackupCatalogView::pruneBackups()
{
    auto *dialog = new PruneDialog(m_app, m_directory, m_model->entries(), this);
    dialog->open();
}

void BackupCatalogView::exportBundle()
{
    const CatalogEntry *entry = selectedEntry();
    if (!entry)
        return;
    const QString folder = entry->folder;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export backup as a bundle"), QDir::home().filePath(QFileInfo(folder).fileName() + QStringLiteral(".tar.zst")),
        tr("Bundles (*.tar.zst *.tar.gz)"));
    if (file.isEmpty())
        return;
    startCatalogJob(tr("Bundle %1").arg(QFileInfo(folder).fileName()), QStringLiteral("bundle"),
                    [folder, file](JobContext &ctx) -> JobResult {
                        if (Status done = pgs::exportBundle(ctx, folder, file); !done)
                            return done.error();
                        return QVariant(file);
                    });
}

void BackupCatalogView::importBundle()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import a backup bundle"), QDir::homePath(),
                                                      tr("Bundles (*.tar.zst *.tar.gz)"));
    if (file.isEmpty())
        return;
    const QString directory = m_directory;
    startCatalogJob(tr("Import %1").arg(QFileInfo(file).fileName()), QStringLiteral("bundle"),
                    [file, directory](JobContext &ctx) -> JobResult {
                        auto folder = pgs::importBundle(ctx, file, directory);
                        if (!folder)
                            return folder.error();
                        return QVariant(folder.value());
                    });
}

void BackupCatalogView::openFolder()
{
    if (const CatalogEntry *entry = selectedEntry())
        QDesktopServices::openUrl(QUrl::fromLocalFile(entry->folder));
}

void BackupCatalogView::deleteSelected()
{
    const CatalogEntry *selected = selectedEntry();
    if (!selected)
        return;
    const CatalogEntry entry = *selected;
    const QString name = QFileInfo(entry.folder).fileName();
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setWindowTitle(tr("Delete backup"));
    if (entry.inProgress) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("%1 is being written right now and cannot be deleted.").arg(name));
        box->setStandardButtons(QMessageBox::Ok);
        box->open();
        return;
    }
    box->setIcon(QMessageBox::Warning);
    box->setText(tr("Delete the backup %1?").arg(name));
    box->setInformativeText(tr("The folder %1 and everything in it is removed from disk.").arg(entry.folder));
    box->setStandardButtons(QMessageBox::Yes | QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    const QString directory = m_directory;
    connect(box, &QMessageBox::finished, this, [this, entry, directory, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        startCatalogJob(tr("Delete %1").arg(name), QStringLiteral("catalog"), [entry, directory](JobContext &) -> JobResult {
            if (Status removed = BackupCatalog(directory).remove(entry); !removed)
                return removed.error();
            return QVariant();
        });
    });
    box->open();
}

void BackupCatalogView::scheduleBackups()
{
    auto *dialog = new ScheduleDialog(m_app, m_profile, m_directory, ui->databaseFilter->currentData().toString(), this);
    dialog->open();
}

} // namespace pgs
