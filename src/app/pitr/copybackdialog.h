// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "physical/copyback.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pgs {

class AppContext;
class Job;

// Copy back from a recovered sandbox: pick tables (each with its new name, editable; a suffix
// names them all) or a whole database (with its new name), the live profile and database to
// write into, type that database's name, and run it as one job (Jobs panel: progress, log,
// Cancel). Names that exist on the target are refused before anything is written.
class CopyBackDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { TableColumn, RowsColumn, NewNameColumn };

    CopyBackDialog(AppContext *app, QString sandboxDir, QString recoveredTo, QWidget *parent = nullptr);
    ~CopyBackDialog() override;

    // The request as the fields describe it (target spec filled in when the job starts).
    CopyBackRequest request() const;
    QString expectedConfirmation() const; // the database written into
    bool canStart() const;
    void start();

    QTableWidget *tables() const { return m_tables; }
    QComboBox *profileCombo() const { return m_profile; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *suffixEdit() const { return m_suffix; }
    QLabel *statusLabel() const { return m_status; }
    bool tablesLoaded() const { return m_loaded; }
    const std::optional<CopyBackOutcome> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void sourceLoaded();
    void copyFinished(bool succeeded);

private:
    void loadSource(const QString &database);
    void showSource(const CopyBackSource &source);
    void renameAll();
    void updateState();
    void runWith(const CopyBackRequest &request);
    void jobDone(Job *job);

    AppContext *m_app;
    QString m_sandboxDir, m_recoveredTo;
    QButtonGroup *m_mode = nullptr;
    QComboBox *m_sourceDb = nullptr, *m_profile = nullptr;
    QTableWidget *m_tables = nullptr;
    QLineEdit *m_suffix = nullptr, *m_newDb = nullptr, *m_targetDb = nullptr, *m_confirm = nullptr;
    QLabel *m_confirmLabel = nullptr, *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_start = nullptr, *m_cancel = nullptr;
    QPointer<Job> m_job;
    std::optional<CopyBackOutcome> m_outcome;
    bool m_loaded = false;
};

} // namespace pgs
