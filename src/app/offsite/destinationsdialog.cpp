// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsite/destinationsdialog.h"
#include "ui_destinationsdialog.h"

#include "backup/backupsettings.h"
#include "jobs/jobrunner.h"
#include "offsite/catalogcopies.h"
#include "offsite/offsitecopy.h"
#include "shell/appcontext.h"

#include <QHeaderView>
#include <QPushButton>

namespace pgs {

namespace {
QString retentionText(const RetentionPolicy &r)
{
    if (r.isEmpty())
        return DestinationsDialog::tr("keep all");
    QStringList parts;
    if (r.keepDaily)
        parts << DestinationsDialog::tr("%1 daily").arg(r.keepDaily);
    if (r.keepWeekly)
        parts << DestinationsDialog::tr("%1 weekly").arg(r.keepWeekly);
    if (r.keepMonthly)
        parts << DestinationsDialog::tr("%1 monthly").arg(r.keepMonthly);
    if (r.keepLast)
        parts << DestinationsDialog::tr("%1 last").arg(r.keepLast);
    return parts.join(QStringLiteral(", "));
}
} // namespace

DestinationsDialog::DestinationsDialog(AppContext *app, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DestinationsDialog>()), m_app(app)
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    ui->destinationsTable->setColumnCount(5);
    ui->destinationsTable->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("URL"), tr("Encrypted"), tr("Retention")});
    ui->destinationsTable->verticalHeader()->hide();
    ui->destinationsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->destinationsTable->horizontalHeader()->setStretchLastSection(true);
    ui->urlEdit->setPlaceholderText(tr("s3://BUCKET/PREFIX, sftp://USER@HOST/PATH, rclone:REMOTE:PATH or /mnt/nas/backups"));
    ui->endpointEdit->setPlaceholderText(tr("https://minio.example:9000 (empty: AWS)"));
    ui->regionEdit->setPlaceholderText(tr("region"));
    ui->recipientsEdit->setPlaceholderText(tr("age1… public keys, one per line (empty: not encrypted)"));
    ui->statusLabel->hide();
    connect(ui->addButton, &QPushButton::clicked, this, &DestinationsDialog::addDestination);
    connect(ui->testButton, &QPushButton::clicked, this, &DestinationsDialog::testSelected);
    connect(ui->removeButton, &QPushButton::clicked, this, &DestinationsDialog::removeSelected);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->destinationsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        ui->testButton->setEnabled(!selectedName().isEmpty() && !m_testJob);
        ui->removeButton->setEnabled(!selectedName().isEmpty());
    });
    reload();
}

DestinationsDialog::~DestinationsDialog()
{
    if (m_testJob)
        m_testJob->cancel();
}

void DestinationsDialog::reload()
{
    const QString selected = selectedName();
    ui->destinationsTable->setRowCount(0);
    Result<QList<OffsiteDestination>> list = DestinationStore().load();
    if (!list) {
        showStatus(list.error().message, true);
        return;
    }
    for (const OffsiteDestination &d : *list) {
        const int row = ui->destinationsTable->rowCount();
        ui->destinationsTable->insertRow(row);
        const QStringList cells{d.name, toString(d.kind), d.url,
                                d.encrypted() ? tr("age, %1 recipient(s)").arg(d.recipients.size()) : tr("no"),
                                retentionText(d.retention)};
        for (int column = 0; column < cells.size(); ++column)
            ui->destinationsTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (d.name == selected)
            ui->destinationsTable->selectRow(row);
    }
    ui->testButton->setEnabled(!selectedName().isEmpty() && !m_testJob);
    ui->removeButton->setEnabled(!selectedName().isEmpty());
}

QString DestinationsDialog::selectedName() const
{
    const QList<QTableWidgetItem *> items = ui->destinationsTable->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem *name = ui->destinationsTable->item(items.first()->row(), 0);
    return name ? name->text() : QString();
}

void DestinationsDialog::showStatus(const QString &text, bool problem)
{
    ui->statusLabel->setText(text);
    ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    ui->statusLabel->setVisible(!text.isEmpty());
}

Result<OffsiteDestination> DestinationsDialog::formDestination() const
{
    Result<OffsiteDestination> made = OffsiteDestination::make(ui->nameEdit->text().trimmed(), ui->urlEdit->text().trimmed());
    if (!made)
        return made;
    OffsiteDestination d = *made;
    d.s3Endpoint = ui->endpointEdit->text().trimmed();
    d.s3Region = ui->regionEdit->text().trimmed();
    d.s3PathStyle = ui->pathStyleCheck->isChecked();
    for (const QString &line : ui->recipientsEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            d.recipients << line.trimmed();
    d.retention.keepDaily = ui->keepDailySpin->value();
    d.retention.keepWeekly = ui->keepWeeklySpin->value();
    d.retention.keepMonthly = ui->keepMonthlySpin->value();
    d.retention.keepLast = ui->keepLastSpin->value();
    if (Status checked = d.checkOptions(); !checked)
        return checked.error();
    return d;
}

void DestinationsDialog::addDestination()
{
    Result<OffsiteDestination> d = formDestination();
    if (!d) {
        showStatus(d.error().message, true);
        return;
    }
    if (Status added = DestinationStore().add(*d); !added) {
        showStatus(added.error().message, true);
        return;
    }
    showStatus(d->encrypted() ? tr("Added %1").arg(d->name)
                              : tr("Added %1; its copies are not encrypted (no recipients)").arg(d->name),
               !d->encrypted());
    ui->nameEdit->clear();
    ui->urlEdit->clear();
    reload();
}

void DestinationsDialog::testSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_testJob)
        return;
    Result<OffsiteDestination> d = DestinationStore().find(name);
    if (!d) {
        showStatus(d.error().message, true);
        return;
    }
    const OffsiteDestination destination = *d;
    showStatus(tr("Testing %1…").arg(name), false);
    ui->testButton->setEnabled(false);
    Job *job = m_app->jobs().start(tr("Test destination %1").arg(name),
                                   [destination](JobContext &ctx) -> JobResult {
                                       Result<int> copies = testDestination(ctx, destination);
                                       if (!copies)
                                           return copies.error();
                                       return QVariant(*copies);
                                   },
                                   QStringLiteral("offsite"));
    m_testJob = job;
    connect(job, &Job::finished, this, [this, job, name] {
        const bool reachable = job->state() == Job::State::Succeeded;
        showStatus(reachable ? tr("%1 is reachable; complete copies there: %2").arg(name).arg(job->result().toInt())
                             : tr("%1 cannot be reached: %2").arg(name, job->error().message),
                   !reachable);
        m_testJob.clear();
        ui->testButton->setEnabled(!selectedName().isEmpty());
        Q_EMIT testFinished(reachable);
    });
}

void DestinationsDialog::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (Status removed = DestinationStore().remove(name); !removed) {
        showStatus(removed.error().message, true);
        reload();
        return;
    }
    reload();
    // The catalogs of this machine's profiles that copy to it stop doing so: on a job, since a
    // catalog may sit on a network mount or be locked by a running backup.
    QStringList catalogs;
    for (const ConnectionProfile &profile : m_app->profiles().profiles())
        catalogs << backupsettings::catalogDirectory(m_app->settings(), profile);
    showStatus(tr("Removed %1; its copies stay where they are").arg(name), false);
    Job *job = m_app->jobs().start(tr("Detach %1 from the catalogs").arg(name),
                                   [catalogs, name](JobContext &) -> JobResult {
                                       const CatalogDetach d = detachFromCatalogs(catalogs, name);
                                       return QVariant(QVariantList{d.detached, d.problems});
                                   },
                                   QStringLiteral("offsite"));
    connect(job, &Job::finished, this, [this, job, name] {
        const QVariantList result = job->result().toList();
        const QStringList detached = result.value(0).toStringList();
        const QStringList problems = job->state() == Job::State::Succeeded ? result.value(1).toStringList()
                                                                            : QStringList{job->error().message};
        QString text = tr("Removed %1; its copies stay where they are").arg(name);
        if (!detached.isEmpty())
            text += QStringLiteral(". ") + tr("Backups into %1 are no longer copied there.").arg(detached.join(QStringLiteral(", ")));
        if (!problems.isEmpty())
            text += QStringLiteral(". ") + tr("Left as it was: %1").arg(problems.join(QStringLiteral("; ")));
        showStatus(text, !problems.isEmpty());
        Q_EMIT removeFinished(problems.isEmpty());
    });
}

} // namespace pgs
