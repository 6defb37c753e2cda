// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitr/pitrview.h"

#include "ui_pitrview.h"

#include "jobs/jobrunner.h"
#include "monitor/humanformat.h"
#include "pitr/recoverytimeline.h"
#include "pitr/recoverywizard.h"
#include "shell/appcontext.h"

#include <QColor>
#include <QFileDialog>
#include <QHeaderView>
#include <QSettings>
#include <QVBoxLayout>

namespace pgs {

namespace {
QString settingsKey(const QString &profileId, const char *what)
{
    return QStringLiteral("pitr/%1/%2").arg(profileId, QLatin1String(what));
}
} // namespace

PitrView::PitrView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), m_app(app), m_profile(profile), ui(std::make_unique<Ui::PitrView>())
{
    ui->setupUi(this);
    m_timeline = new RecoveryTimeline(ui->timelineHost);
    auto *host = new QVBoxLayout(ui->timelineHost);
    host->setContentsMargins(0, 0, 0, 0);
    host->addWidget(m_timeline);
    ui->backupsTable->setColumnCount(6);
    ui->backupsTable->setHorizontalHeaderLabels({tr("Base backup"), tr("Format"), tr("Ended"), tr("WAL"), tr("Size"), tr("State")});
    ui->backupsTable->horizontalHeader()->setStretchLastSection(true);
    ui->backupsTable->verticalHeader()->hide();
    ui->catalogEdit->setText(m_app->settings().value(settingsKey(profile.id, "catalog")).toString());
    ui->archiveEdit->setText(m_app->settings().value(settingsKey(profile.id, "archive")).toString());
    connect(ui->refreshButton, &QPushButton::clicked, this, &PitrView::refresh);
    connect(ui->catalogBrowse, &QPushButton::clicked, this, [this] { browse(true); });
    connect(ui->archiveBrowse, &QPushButton::clicked, this, [this] { browse(false); });
    connect(ui->catalogEdit, &QLineEdit::editingFinished, this, &PitrView::refresh);
    connect(ui->archiveEdit, &QLineEdit::editingFinished, this, &PitrView::refresh);
    connect(ui->recoverButton, &QPushButton::clicked, this, [this] { openRecoveryWizard(); });
    connect(m_timeline, &RecoveryTimeline::momentPicked, this, &PitrView::openRecoveryWizard);
    ui->recoverButton->setEnabled(false);
    ui->summaryLabel->setText(tr("Choose the catalog folder of the base backups (pgsteward-cli basebackup) and the WAL archive folder."));
    refresh();
}

PitrView::~PitrView()
{
    if (m_job)
        m_job->cancel();
}

void PitrView::setProfile(const ConnectionProfile &profile) { m_profile = profile; }

void PitrView::setFolders(const QString &catalogDir, const QString &archiveDir)
{
    ui->catalogEdit->setText(catalogDir);
    ui->archiveEdit->setText(archiveDir);
    refresh();
}

QString PitrView::summary() const { return ui->summaryLabel->text(); }

int PitrView::backupRows() const { return ui->backupsTable->rowCount(); }

void PitrView::browse(bool catalog)
{
    QLineEdit *edit = catalog ? ui->catalogEdit : ui->archiveEdit;
    auto *dialog = new QFileDialog(this, catalog ? tr("Base backup catalog") : tr("WAL archive"), edit->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, edit](const QString &dir) {
        edit->setText(dir);
        refresh();
    });
    dialog->open();
}

void PitrView::rememberFolders()
{
    m_app->settings().setValue(settingsKey(m_profile.id, "catalog"), ui->catalogEdit->text());
    m_app->settings().setValue(settingsKey(m_profile.id, "archive"), ui->archiveEdit->text());
}

void PitrView::refresh()
{
    const QString catalog = ui->catalogEdit->text().trimmed();
    const QString archive = ui->archiveEdit->text().trimmed();
    if (catalog.isEmpty() || archive.isEmpty())
        return;
    rememberFolders();
    if (m_job)
        m_job->cancel();
    m_job = m_app->jobs().startRead(
        tr("Recoverable window of %1").arg(m_profile.name),
        [catalog, archive](JobContext &) -> JobResult {
            Loaded data;
            data.backups = listAllBaseBackups(catalog);
            auto w = computeRecoveryWindow(catalog, archive);
            if (w)
                data.window = *w;
            else
                data.error = w.error().message;
            return QVariant::fromValue(data);
        },
        this, [this](const JobOutcome &outcome) { windowLoaded(outcome); });
}

void PitrView::windowLoaded(const JobOutcome &outcome)
{
    const Loaded data = outcome.result.value<Loaded>();
    m_hasWindow = outcome.succeeded() && data.window.has_value();
    ui->recoverButton->setEnabled(m_hasWindow);
    fillBackups(data.backups);
    if (!m_hasWindow) {
        m_wizardOnLoad = false;
        m_timeline->clear();
        ui->summaryLabel->setText(outcome.succeeded() ? data.error : outcome.error.message);
        Q_EMIT loaded();
        return;
    }
    const RecoveryWindow &w = *data.window;
    m_timeline->setWindow(w);
    QString text = tr("Recoverable from %1 to %2 (newest WAL: %3).")
                       .arg(w.earliest.toLocalTime().toString(Qt::ISODate), w.latest.toLocalTime().toString(Qt::ISODate), w.latestSegment);
    if (!w.gaps.isEmpty())
        text += QLatin1Char(' ') + tr("Missing WAL: %1 — recovery cannot pass it.").arg(w.gaps.join(QStringLiteral(", ")));
    for (const QString &r : w.rejected)
        text += QLatin1Char('\n') + tr("Not offered: %1").arg(r);
    ui->summaryLabel->setText(text);
    Q_EMIT loaded();
    if (std::exchange(m_wizardOnLoad, false))
        openRecoveryWizard();
}

void PitrView::fillBackups(const QList<BaseBackupEntry> &backups)
{
    ui->backupsTable->setRowCount(int(backups.size()));
    int row = 0;
    for (auto it = backups.crbegin(); it != backups.crend(); ++it, ++row) {
        const BaseBackupInfo &b = it->info;
        const QString format = b.isTar() ? QStringLiteral("tar %1").arg(b.compression) : tr("plain");
        const QString state = it->isGood() ? tr("verified (%1)").arg(b.verification) : it->unverified ? tr("not verified") : tr("damaged");
        const QStringList cells{b.name, format, b.stopTime.toLocalTime().toString(Qt::ISODate),
                                QStringLiteral("%1 … %2 (TL %3)").arg(b.startLsn, b.stopLsn).arg(b.timeline), humanBytes(b.sizeBytes), state};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!it->isGood()) {
                item->setForeground(QColor(0xc6, 0x28, 0x28));
                item->setToolTip(it->problem);
            }
            ui->backupsTable->setItem(row, c, item);
        }
    }
    ui->backupsTable->resizeColumnsToContents();
}

void PitrView::recoverFrom(const QString &catalogDir)
{
    ui->catalogEdit->setText(catalogDir);
    if (ui->archiveEdit->text().trimmed().isEmpty()) {
        ui->summaryLabel->setText(tr("Choose the WAL archive folder of %1 to recover a moment after its base backups.").arg(catalogDir));
        return;
    }
    m_wizardOnLoad = true;
    refresh();
}

void PitrView::openRecoveryWizard(const QDateTime &moment)
{
    if (!m_hasWindow)
        return;
    auto *wizard = new RecoveryWizard(m_app, ui->catalogEdit->text().trimmed(), ui->archiveEdit->text().trimmed(),
                                      m_timeline->window(), this);
    if (moment.isValid())
        wizard->setMoment(moment);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
}

} // namespace pgs
