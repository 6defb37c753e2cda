// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoreresultdialog.h"
#include "ui_restoreresultdialog.h"

#include "restore/restoreloaders.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>

namespace pgs {

namespace {
enum Tab { LogTab, ErrorsTab, RowsTab };
const QColor kMismatch(0xff, 0xcd, 0xd2);

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem *numberCell(qint64 value)
{
    QTableWidgetItem *item = cell(value < 0 ? QStringLiteral("—") : QLocale().toString(value), Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

// pg_restore reports "pg_restore: from TOC entry 3375; 2606 16440 FK CONSTRAINT orders x postgres"
// before the error it belongs to; a failed job carries those lines in its error detail.
QList<RestoreError> errorsFromDetail(const QString &detail)
{
    static const QRegularExpression tocLine(QStringLiteral("from TOC entry (\\d+); \\d+ \\d+ (.*)$"));
    QList<RestoreError> errors;
    RestoreError pending;
    for (const QString &line : detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto match = tocLine.match(line);
        if (match.hasMatch()) {
            pending.tocId = match.captured(1).toInt();
            pending.tocEntry = match.captured(2).trimmed();
            continue;
        }
        RestoreError error = pending;
        error.message = line.trimmed();
        errors << error;
        pending = {};
    }
    return errors;
}
} // namespace

RestoreResultDialog::RestoreResultDialog(Job *job, const RestoreRequest &request,
                                         std::shared_ptr<RestoreOutcomeBox> outcome, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::RestoreResultDialog>()), m_job(job), m_outcome(std::move(outcome))
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("restoreResultDialog"));
    setWindowTitle(tr("Restore"));
    m_expectRowCounts = request.source.manifest && !request.source.manifest->rowCounts.isEmpty();
    ui->titleLabel->setText(QStringLiteral("<b>%1</b>").arg(job->title().toHtmlEscaped()));
    ui->logEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->logEdit->setMaximumBlockCount(20000);
    ui->errorsTable->setColumnCount(2);
    ui->errorsTable->setHorizontalHeaderLabels({tr("TOC entry"), tr("Message")});
    ui->errorsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->errorsTable->horizontalHeader()->setStretchLastSection(true);
    ui->errorsTable->verticalHeader()->hide();
    ui->rowsTable->setColumnCount(3);
    ui->rowsTable->setHorizontalHeaderLabels({tr("Table"), tr("Restored rows"), tr("Rows in the backup")});
    ui->rowsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->rowsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->rowsTable->verticalHeader()->hide();
    // One line per table: the style's default section is about two lines of this font.
    ui->rowsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui->rowsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    ui->rowsLabel->setText(m_expectRowCounts ? tr("Compared when the restore has finished.")
                                             : tr("This backup has no recorded row counts to compare with."));
    ui->tabs->setTabEnabled(ErrorsTab, false);
    ui->closeButton->setText(tr("Cl&ose (the restore goes on)"));

    connect(ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job && !m_job->isFinished()) {
            ui->cancelButton->setEnabled(false);
            ui->stateLabel->setText(tr("Canceling: stopping the restore tool…"));
            m_job->cancel();
        }
    });
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(job, &Job::progressChanged, this, &RestoreResultDialog::updateProgress);
    connect(job, &Job::logAppended, this, &RestoreResultDialog::appendLog);
    connect(job, &Job::finished, this, &RestoreResultDialog::finished);
    appendLog(job->log());
    updateProgress();
    if (job->isFinished())
        finished();
}

RestoreResultDialog::~RestoreResultDialog() = default;

QString RestoreResultDialog::stateText() const
{
    return ui->stateLabel->text();
}

QTableWidget *RestoreResultDialog::errorsTable() const
{
    return ui->errorsTable;
}

QTableWidget *RestoreResultDialog::rowsTable() const
{
    return ui->rowsTable;
}

void RestoreResultDialog::showTab(int index)
{
    ui->tabs->setCurrentIndex(index);
}

void RestoreResultDialog::updateProgress()
{
    if (!m_job)
        return;
    const double fraction = m_job->fraction();
    if (fraction < 0) {
        ui->progressBar->setRange(0, 0); // busy
    } else {
        ui->progressBar->setRange(0, 1000);
        ui->progressBar->setValue(int(fraction * 1000));
    }
    ui->currentLabel->setText(m_job->statusText().isEmpty() && !m_job->isFinished() ? tr("Starting…")
                                                                                   : m_job->statusText());
}

void RestoreResultDialog::appendLog(const QStringList &lines)
{
    QScrollBar *bar = ui->logEdit->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    for (const QString &line : lines)
        ui->logEdit->appendPlainText(line);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void RestoreResultDialog::finished()
{
    if (!m_job)
        return;
    ui->cancelButton->hide();
    ui->closeButton->setText(tr("Cl&ose"));
    ui->progressBar->setRange(0, 1000);
    std::optional<RestoreOutcome> outcome;
    if (m_outcome) {
        std::lock_guard lock(m_outcome->mutex);
        outcome = m_outcome->outcome;
    }
    if (outcome) { // the restore ran to its end, with or without errors
        ui->progressBar->setValue(1000);
        showOutcome(*outcome, m_job->state() == Job::State::Succeeded ? Error() : m_job->error());
    } else {
        showFailure(m_job->error(), m_job->state() == Job::State::Canceled);
    }
    Q_EMIT jobFinished();
}

void RestoreResultDialog::showOutcome(const RestoreOutcome &outcome, const Error &error)
{
    ui->currentLabel->clear();
    // No target database: a globals-only backup, whose roles were all there is to restore.
    QString state = (outcome.targetDatabase.isEmpty()
                         ? (outcome.failed() ? tr("Not every chosen global could be created on %1.")
                                             : tr("Globals restored on %1."))
                               .arg(outcome.targetDescription)
                         : tr("Restored %1 of %2 entries into %3.")
                               .arg(outcome.entriesDone)
                               .arg(outcome.entriesTotal)
                               .arg(outcome.targetDescription))
                        .toHtmlEscaped();
    if (!error.message.isEmpty())
        state += QLatin1Char(' ') + error.message.toHtmlEscaped() + QLatin1Char('.');
    const bool clean = !outcome.failed();
    QString html = QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                       .arg(clean ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"), state);
    for (const QString &note : outcome.notes)
        html += QStringLiteral("<br>") + note.toHtmlEscaped();
    ui->stateLabel->setText(html);

    ui->errorsTable->setRowCount(0);
    for (const RestoreError &error : outcome.errors) {
        const int row = ui->errorsTable->rowCount();
        ui->errorsTable->insertRow(row);
        ui->errorsTable->setItem(row, 0, cell(error.tocId > 0 ? QStringLiteral("%1 %2").arg(error.tocId).arg(error.tocEntry)
                                                              : error.tocEntry));
        ui->errorsTable->setItem(row, 1, cell(error.message));
    }
    ui->tabs->setTabEnabled(ErrorsTab, !outcome.errors.isEmpty());

    ui->rowsTable->setSortingEnabled(false);
    ui->rowsTable->setRowCount(0);
    for (auto it = outcome.rowComparison.cbegin(); it != outcome.rowComparison.cend(); ++it) {
        const int row = ui->rowsTable->rowCount();
        ui->rowsTable->insertRow(row);
        const bool mismatch = outcome.rowMismatches.contains(it.key()) || it.value().first != it.value().second;
        QTableWidgetItem *items[] = {cell(it.key()), numberCell(it.value().first), numberCell(it.value().second)};
        for (int column = 0; column < 3; ++column) {
            if (mismatch)
                items[column]->setBackground(kMismatch);
            ui->rowsTable->setItem(row, column, items[column]);
        }
    }
    for (auto it = outcome.rowsNotChecked.cbegin(); it != outcome.rowsNotChecked.cend(); ++it) {
        const int row = ui->rowsTable->rowCount();
        ui->rowsTable->insertRow(row);
        QTableWidgetItem *why = cell(tr("not compared: %1").arg(it.value()));
        why->setToolTip(it.value());
        ui->rowsTable->setItem(row, 0, cell(it.key()));
        ui->rowsTable->setItem(row, 1, why);
        ui->rowsTable->setItem(row, 2, cell(QString()));
    }
    ui->rowsTable->setSortingEnabled(true);
    ui->rowsTable->sortByColumn(0, Qt::AscendingOrder);
    if (!outcome.rowsNotChecked.isEmpty()) {
        ui->rowsLabel->setText(tr("%n table(s) of the backup could not be compared; see why in the table.", nullptr,
                                  int(outcome.rowsNotChecked.size())));
    } else if (outcome.rowComparison.isEmpty()) {
        ui->rowsLabel->setText(m_expectRowCounts ? tr("None of the restored tables has a recorded row count.")
                                                 : tr("This backup has no recorded row counts to compare with."));
    } else {
        ui->rowsLabel->setText(outcome.rowMismatches.isEmpty()
                                   ? tr("Every restored table has the rows the backup recorded.")
                                   : tr("Highlighted tables differ from what the backup recorded."));
    }
    ui->tabs->setCurrentIndex(!outcome.errors.isEmpty()                                             ? ErrorsTab
                              : !outcome.rowComparison.isEmpty() || !outcome.rowsNotChecked.isEmpty() ? RowsTab
                                                                                                      : LogTab);
}

void RestoreResultDialog::showFailure(const Error &error, bool canceled)
{
    // The engine's message says what state the target is in (dropped, or partially restored).
    const QString headline = canceled ? tr("Canceled. %1").arg(error.message) : tr("Failed: %1").arg(error.message);
    ui->stateLabel->setText(QStringLiteral("<span style='color:#c62828'><b>%1</b></span>").arg(headline.toHtmlEscaped()));
    const QList<RestoreError> errors = errorsFromDetail(error.detail);
    ui->errorsTable->setRowCount(0);
    for (const RestoreError &e : errors) {
        const int row = ui->errorsTable->rowCount();
        ui->errorsTable->insertRow(row);
        ui->errorsTable->setItem(row, 0, cell(e.tocId > 0 ? QStringLiteral("%1 %2").arg(e.tocId).arg(e.tocEntry) : QString()));
        ui->errorsTable->setItem(row, 1, cell(e.message));
    }
    ui->tabs->setTabEnabled(ErrorsTab, !errors.isEmpty());
    ui->tabs->setCurrentIndex(errors.isEmpty() ? LogTab : ErrorsTab);
}

} // namespace pgs
