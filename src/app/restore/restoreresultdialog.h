// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "restore/restorejob.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QTableWidget;

namespace Ui {
class RestoreResultDialog;
}

namespace pgs {

struct RestoreOutcomeBox;

// Follows one restore job: progress, the object being restored and the live log while it runs,
// Cancel (kills pg_restore/psql; the job's error says what state the target is left in), then
// the outcome: errors with the TOC entry they came from and, when the backup's manifest recorded
// row counts, restored vs recorded rows per table with mismatches highlighted. Non-modal; it
// deletes itself when closed. Closing it does not stop the job (the Jobs panel still has it).
class RestoreResultDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreResultDialog(Job *job, const RestoreRequest &request, std::shared_ptr<RestoreOutcomeBox> outcome,
                        QWidget *parent = nullptr);
    ~RestoreResultDialog() override;

    Job *job() const { return m_job; }
    QString stateText() const;
    QTableWidget *errorsTable() const;
    QTableWidget *rowsTable() const;
    void showTab(int index); // 0 log, 1 errors, 2 row counts

Q_SIGNALS:
    void jobFinished();

private:
    void updateProgress();
    void appendLog(const QStringList &lines);
    void finished();
    void showOutcome(const RestoreOutcome &outcome, const Error &error);
    void showFailure(const Error &error, bool canceled);

    std::unique_ptr<Ui::RestoreResultDialog> ui;
    QPointer<Job> m_job;
    std::shared_ptr<RestoreOutcomeBox> m_outcome;
    bool m_expectRowCounts = false;
};

} // namespace pgs
