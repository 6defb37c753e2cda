// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "health/maintenance.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pgs {

// The per-table autovacuum settings editor: every parameter with the current value of the chosen
// tables and the wanted one (empty: the server's setting), the runbooks' presets to fill them in,
// and the exact SQL that Apply runs, kept up to date while editing. Values that are not a number
// or boolean disable Apply and say why. On a production profile Apply waits for the typed name.
class AutovacuumDialog : public QDialog
{
    Q_OBJECT
public:
    AutovacuumDialog(const QList<health::MaintenanceTable> &tables, const ConnectionProfile &profile, QWidget *parent = nullptr);

    QString sql() const; // the statements Apply runs, one a line; empty when nothing changes
    QComboBox *presetCombo() const { return m_preset; }
    QTableWidget *parametersTable() const { return m_table; }
    QPlainTextEdit *sqlEdit() const { return m_sqlEdit; }
    QPushButton *applyButton() const { return m_apply; }
    QLineEdit *confirmationEdit() const { return m_typed; } // null unless production
    void setValue(const QString &parameter, const QString &value); // for tests

private:
    void applyPreset();
    void updatePreview();
    bool canApply() const;

    QList<health::MaintenanceTable> m_tables;
    QComboBox *m_preset;
    QTableWidget *m_table;
    QPlainTextEdit *m_sqlEdit;
    QLabel *m_error;
    QPushButton *m_apply;
    QLineEdit *m_typed = nullptr;
    QString m_expected; // the profile name to type on production
    QString m_sql;
    bool m_valid = false;
};

} // namespace pgs
