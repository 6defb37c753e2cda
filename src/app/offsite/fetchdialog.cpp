// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/fetchdialog.h"
#include "ui_fetchdialog.h"

#include "backup/catalogtablemodel.h"
#include "jobs/jobrunner.h"
#include "monitor/humanformat.h"
#include "offsite/destination.h"
#include "offsite/offsitecopy.h"
#include "shell/appcontext.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>

Q_DECLARE_METATYPE(QList<pgs::OffsiteCopyManifest>)

namespace pgs {

namespace {
constexpr int kFolderRole = Qt::UserRole + 1;
} // namespace

FetchDialog::FetchDialog(AppContext *app, const QString &catalogDirectory, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FetchDialog>()), m_app(app), m_catalog(catalogDirectory)
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_fetchButton = ui->buttonBox->addButton(tr("&Fetch"), QDialogButtonBox::AcceptRole);
    ui->copiesList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->identityEdit->setPlaceholderText(tr("age identity (secret key) file, for encrypted copies"));
    ui->progressBar->hide();
    const Result<QList<OffsiteDestination>> destinations = DestinationStore().load();
    if (destinations)
        for (const OffsiteDestination &d : *destinations)
            ui->destinationCombo->addItem(d.name, d.name);
    ui->statusLabel->setText(ui->destinationCombo->count() == 0 ? tr("No destinations yet: add one under Backups › Off-site.")
                                                                : tr("Into the catalog %1").arg(m_catalog));
    connect(ui->destinationCombo, &QComboBox::currentIndexChanged, this, &FetchDialog::listCopies);
    connect(ui->copiesList, &QTreeWidget::currentItemChanged, this, &FetchDialog::updateButtons);
    connect(ui->identityButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("age identity file"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, ui->identityEdit, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_fetchButton, &QPushButton::clicked, this, &FetchDialog::fetch);
    disconnect(ui->buttonBox, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (m_fetchJob)
            m_fetchJob->cancel(); // and stay open until the job has stopped
        else
            reject();
    });
    updateButtons();
    if (ui->destinationCombo->count() > 0)
        listCopies();
}

FetchDialog::~FetchDialog()
{
    if (m_listJob)
        m_listJob->cancel();
    if (m_fetchJob)
        m_fetchJob->cancel();
}

int FetchDialog::copyCount() const
{
    return ui->copiesList->topLevelItemCount();
}

void FetchDialog::selectDestination(const QString &name)
{
    ui->destinationCombo->setCurrentIndex(ui->destinationCombo->findData(name));
}

void FetchDialog::setIdentityFile(const QString &file)
{
    ui->identityEdit->setText(file);
}

void FetchDialog::selectCopy(const QString &folder)
{
    for (int row = 0; row < ui->copiesList->topLevelItemCount(); ++row)
        if (ui->copiesList->topLevelItem(row)->data(0, kFolderRole).toString() == folder)
            ui->copiesList->setCurrentItem(ui->copiesList->topLevelItem(row));
}

QString FetchDialog::selectedFolder() const
{
    const QTreeWidgetItem *item = ui->copiesList->currentItem();
    return item ? item->data(0, kFolderRole).toString() : QString();
}

void FetchDialog::updateButtons()
{
    m_fetchButton->setEnabled(!selectedFolder().isEmpty() && !m_fetchJob && !m_listJob);
}

void FetchDialog::listCopies()
{
    if (m_listJob)
        m_listJob->cancel();
    ui->copiesList->clear();
    const QString name = ui->destinationCombo->currentData().toString();
    if (name.isEmpty())
        return;
    ui->statusLabel->setText(tr("Listing the copies at %1…").arg(name));
    m_listJob = m_app->jobs().startRead(
        tr("Copies at %1").arg(name),
        [name](JobContext &ctx) -> JobResult {
            Result<OffsiteDestination> d = DestinationStore().find(name);
            if (!d)
                return d.error();
            Result<QList<OffsiteCopyManifest>> copies = listDestination(ctx, *d);
            if (!copies)
                return copies.error();
            return QVariant::fromValue(*copies);
        },
        this,
        [this, name](const JobOutcome &outcome) {
            if (!outcome.succeeded()) {
                if (outcome.canceled())
                    return;
                ui->statusLabel->setText(tr("Cannot list %1: %2").arg(name, outcome.error.message));
                updateButtons();
                Q_EMIT listed();
                return;
            }
            const QDateTime now = QDateTime::currentDateTime();
            for (const OffsiteCopyManifest &c : outcome.result.value<QList<OffsiteCopyManifest>>()) {
                auto *item = new QTreeWidgetItem(ui->copiesList);
                const QDateTime started = QDateTime::fromString(c.backup.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
                item->setText(0, c.backup.value(QStringLiteral("database")).toString());
                item->setText(1, CatalogTableModel::ageText(started, now));
                item->setText(2, c.backup.value(QStringLiteral("format")).toString());
                item->setText(3, humanBytes(c.storedBytes()));
                item->setText(4, c.encrypted ? tr("yes") : tr("no"));
                item->setText(5, c.folder);
                item->setData(0, kFolderRole, c.folder);
            }
            if (ui->copiesList->topLevelItemCount() > 0)
                ui->copiesList->setCurrentItem(ui->copiesList->topLevelItem(0));
            ui->statusLabel->setText(tr("%1 complete copies at %2; they are fetched into %3")
                                         .arg(ui->copiesList->topLevelItemCount())
                                         .arg(name, m_catalog));
            updateButtons();
            Q_EMIT listed();
        });
    updateButtons();
}

void FetchDialog::fetch()
{
    const QString name = ui->destinationCombo->currentData().toString();
    const QString folder = selectedFolder();
    if (name.isEmpty() || folder.isEmpty() || m_fetchJob)
        return;
    const QString identity = ui->identityEdit->text().trimmed();
    const QString catalog = m_catalog;
    Job *job = m_app->jobs().start(
        tr("Fetch %1 from %2").arg(folder, name),
        [name, folder, catalog, identity](JobContext &ctx) -> JobResult {
            Result<OffsiteDestination> d = DestinationStore().find(name);
            if (!d)
                return d.error();
            QDir().mkpath(catalog);
            Result<QString> path = fetchFromDestination(ctx, *d, folder, catalog, identity);
            if (!path)
                return path.error();
            return QVariant(*path);
        },
        QStringLiteral("offsite"));
    m_fetchJob = job;
    ui->progressBar->setValue(0);
    ui->progressBar->show();
    connect(job, &Job::progressChanged, this, [this, job] {
        if (job->fraction() >= 0)
            ui->progressBar->setValue(int(job->fraction() * 1000));
        ui->statusLabel->setText(job->statusText());
    });
    connect(job, &Job::finished, this, [this, job] {
        m_fetchJob.clear();
        ui->progressBar->hide();
        updateButtons();
        if (job->state() == Job::State::Succeeded) {
            const QString path = job->result().toString();
            Q_EMIT fetched(path);
            accept();
            return;
        }
        const QString why = job->state() == Job::State::Canceled ? tr("Canceled") : job->error().message;
        ui->statusLabel->setText(tr("Not fetched: %1").arg(why));
        Q_EMIT fetchFailed(why);
    });
    updateButtons();
}

} // namespace pgs
