// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "physical/pitrrestore.h"
#include "physical/pitrwindow.h"

#include <QPointer>
#include <QWizard>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pgs {

class AppContext;
class CopyBackDialog;
class Job;

// Recover a moment of the window into a new sandbox: pick the moment (time, LSN, restore point,
// end of archive) and promote or pause; the recovery runs as a job (replayed LSN against the
// target); the result shows the time actually reached, with: open it as a profile (read-only),
// copy tables or a database back to a live server under new names (CopyBackDialog: one job,
// dump from the sandbox restored into the target, typed confirmation), or drop the sandbox.
class RecoveryWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TargetPageId, RunPageId, ResultPageId };

    RecoveryWizard(AppContext *app, QString catalogDir, QString archiveDir, RecoveryWindow window, QWidget *parent = nullptr);
    ~RecoveryWizard() override;

    void setMoment(const QDateTime &moment);
    PitrTarget target() const;
    QString sandboxDirectory() const;
    const std::optional<PitrRestoreResult> &result() const { return m_result; }
    QString failure() const { return m_failure; }
    QLabel *reachedLabel() const { return m_reached; }

    void startRecovery();          // the run page's work
    void dropSandbox();            // result page: stop and remove the recovered cluster
    QString openAsProfile();       // result page: returns the new profile's id
    CopyBackDialog *copyBack();    // result page: tables or a database back to a live server

Q_SIGNALS:
    void recoveryFinished(bool succeeded);
    void sandboxDropped(bool succeeded);

private:
    QWizardPage *buildTargetPage();
    QWizardPage *buildRunPage();
    QWizardPage *buildResultPage();
    void recoveryDone(Job *job);
    void showResult();

    AppContext *m_app;
    QString m_catalogDir, m_archiveDir;
    RecoveryWindow m_window;
    QButtonGroup *m_kind = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLineEdit *m_lsn = nullptr, *m_name = nullptr, *m_dir = nullptr;
    QComboBox *m_action = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr, *m_reached = nullptr, *m_details = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_openProfile = nullptr, *m_copyBack = nullptr, *m_drop = nullptr;
    QPointer<Job> m_job;
    std::optional<PitrRestoreResult> m_result;
    QString m_failure;
    QString m_profileId;
};

} // namespace pgs
