// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationsView: starting runs (with the production guard), their progress, and the failed
// statement highlighted afterwards.
#include "migrations/migrationsview.h"

#include "ui_migrationsview.h"

#include "backup/backupwizard.h"
#include "jobs/jobrunner.h"
#include "migrations/migrationjob.h"
#include "migrations/migrationtablemodel.h"
#include "shell/appcontext.h"
#include "shell/typedconfirmdialog.h"
#include "shell/readonlyguard.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTextBlock>

namespace pgs {

using namespace pgs::migrations;

RunRequest MigrationsView::requestFor(Action action) const
{
    RunRequest r;
    r.source = source();
    if (m_report)
        r.source.format = m_report->format; // what the status showed, not a fresh guess
    const MigrationStatus *s = selected();
    switch (action) {
    case Action::ApplyAll:
    case Action::DryRun:
        r.direction = Direction::Up;
        r.dryRun = action == Action::DryRun;
        break;
    case Action::ApplyToHere:
        r.target = s ? s->version : QString();
        break;
    case Action::RollBack: {
        r.direction = Direction::Down;
        // Down to and including the selected applied migration; the newest one otherwise.
        int steps = 0;
        if (s && (s->state == State::Applied || s->state == State::Changed) && m_report) {
            for (const MigrationStatus &m : m_report->migrations) {
                if ((m.state == State::Applied || m.state == State::Changed) && !m.version.isEmpty()
                    && compareVersions(m.version, s->version) >= 0)
                    ++steps;
            }
        }
        r.steps = std::max(1, steps);
        break;
    }
    }
    // The user chose a migration out of order explicitly by applying it.
    r.allowOutOfOrder = action == Action::ApplyToHere && s && s->state == State::OutOfOrder;
    r.lockTimeoutSeconds = 30;
    return r;
}

QString MigrationsView::describeRun(Action action) const
{
    const RunRequest r = requestFor(action);
    switch (action) {
    case Action::ApplyAll:
        return tr("Apply all pending migrations to the database %1").arg(database());
    case Action::ApplyToHere:
        return tr("Apply the pending migrations up to %1 to the database %2").arg(r.target, database());
    case Action::RollBack:
        return tr("Roll back %n migration(s) in the database %1", "", r.steps).arg(database());
    case Action::DryRun:
        return tr("Dry run of the pending migrations for %1").arg(database());
    }
    return {};
}

void MigrationsView::requestRun(Action action)
{
    if (!m_spec || m_runJob || !m_report)
        return;
    if (action != Action::DryRun && refusedAsReadOnly(this, m_profile, tr("Running migrations")))
        return;
    if (action == Action::DryRun || !m_profile.production) {
        startRun(action);
        return;
    }
    offerBackup(action);
}

// Production: a backup first (the usual backup wizard), then the typed confirmation.
void MigrationsView::offerBackup(Action action)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Back up first?"),
                                tr("%1 is a production profile. Back up the database %2 before changing its schema?")
                                    .arg(m_profile.name, database()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("migrationBackupOffer"));
    QPushButton *backup = box->addButton(tr("Back up first…"), QMessageBox::AcceptRole);
    backup->setObjectName(QStringLiteral("backupFirstButton"));
    QPushButton *skip = box->addButton(tr("Continue without a backup"), QMessageBox::DestructiveRole);
    skip->setObjectName(QStringLiteral("skipBackupButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, backup, skip, action](QAbstractButton *button) {
        if (button == skip) {
            confirmTyped(action);
        } else if (button == backup) {
            auto *wizard = new BackupWizard(m_app, m_profile, database(), this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            // The backup runs as its own job (Jobs panel); the migration waits for the confirmation.
            connect(wizard, &QDialog::accepted, this, [this, action] { confirmTyped(action); });
            wizard->open();
        }
        Q_UNUSED(box);
    });
    box->open();
}

void MigrationsView::confirmTyped(Action action)
{
    auto *dialog = new TypedConfirmDialog(tr("Change the schema of a production database"),
                                          tr("%1 on %2. Each migration runs in its own transaction with its history row.")
                                              .arg(describeRun(action), m_profile.name),
                                          m_profile.name, this);
    dialog->setObjectName(QStringLiteral("migrationConfirmation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, action] { startRun(action); });
    dialog->open();
}

void MigrationsView::startRun(Action action)
{
    if (!m_spec || m_runJob)
        return;
    auto outcome = std::make_shared<RunOutcome>();
    m_lastRun = RunOutcome{};
    ui->logView->clear();
    ui->runProgress->setVisible(true);
    ui->runProgress->setRange(0, 0);
    ui->runStatus->setText(tr("Starting…"));
    Job *job = m_app->jobs().start(describeRun(action),
                                   migrationJob(m_spec->withDatabase(database()), requestFor(action), false, outcome),
                                   QStringLiteral("migrations"));
    m_runJob = job;
    connect(job, &Job::progressChanged, this, [this, job] {
        const double f = job->fraction();
        ui->runProgress->setRange(0, f < 0 ? 0 : 1000);
        if (f >= 0)
            ui->runProgress->setValue(int(f * 1000));
        ui->runStatus->setText(job->statusText());
    });
    connect(job, &Job::logAppended, this, [this](const QStringList &lines) {
        for (const QString &line : lines)
            ui->logView->appendPlainText(line);
    });
    connect(job, &Job::finished, this, [this, job, outcome, action] { runEnded(job, outcome, action); });
    if (action != Action::DryRun)
        ui->detailTabs->setCurrentWidget(ui->logTab);
    updateButtons();
}

void MigrationsView::runEnded(Job *job, const std::shared_ptr<RunOutcome> &outcome, Action action)
{
    m_lastRun = *outcome;
    const bool ok = job->state() == Job::State::Succeeded;
    ui->runProgress->setRange(0, 1000);
    ui->runProgress->setValue(ok ? 1000 : ui->runProgress->value());
    if (ok) {
        ui->runStatus->setText(action == Action::DryRun ? tr("Dry run: nothing was changed")
                                                        : tr("Done: %n migration(s)", "", int(outcome->done.size())));
    } else {
        ui->runStatus->setText(job->state() == Job::State::Canceled ? tr("Canceled") : tr("Failed"));
        ui->logView->appendPlainText(job->error().message);
        if (!job->error().detail.isEmpty())
            ui->logView->appendPlainText(job->error().detail);
    }
    if (action == Action::DryRun && ok) {
        ui->sqlCaption->setText(tr("Dry run: the exact SQL a run would execute, in order, with the history writes. "
                                   "Nothing was changed."));
        ui->sqlView->setPlainText(outcome->dryRunSql);
        ui->detailTabs->setCurrentWidget(ui->sqlTab);
    }
    m_runJob.clear();
    updateButtons();
    if (action != Action::DryRun)
        refresh(); // the new state; the failed migration is selected and highlighted once loaded
    Q_EMIT runFinished(ok);
    if (outcome->failed) {
        const int row = m_model->rowOfVersion(outcome->failed->version);
        if (row >= 0)
            ui->migrationsTable->selectRow(row);
        highlightFailure();
    }
}

void MigrationsView::highlightFailure()
{
    if (!m_lastRun.failed || m_lastRun.failed->line <= 0)
        return;
    const MigrationStatus *s = selected();
    if (!s || s->version != m_lastRun.failed->version || !s->file)
        return;
    ui->detailTabs->setCurrentWidget(ui->sqlTab);
    ui->sqlView->setPlainText(s->file->upSql);
    // The file's line numbers; dbmate's up section starts below its marker.
    const int block = m_lastRun.failed->line - s->file->upFirstLine;
    const QTextBlock failed = ui->sqlView->document()->findBlockByNumber(std::max(0, block));
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(failed);
    mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    mark.format.setBackground(QColor(0xff, 0xcd, 0xd2));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    ui->sqlView->setExtraSelections({mark});
    ui->sqlView->setTextCursor(QTextCursor(failed)); // scrolled to, not selected: the mark stays visible
    ui->sqlCaption->setText(tr("Failed at line %1: %2").arg(m_lastRun.failed->line).arg(m_lastRun.failed->serverMessage));
}

} // namespace pgs
