// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "health/healthrun.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pgs {

// Shows the SQL a fix runs, where, and what it risks, before it runs. On a production profile
// OK stays disabled until the profile's name is typed (TypedConfirmDialog's guard).
class FixPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    FixPreviewDialog(const health::HealthFinding &finding, const ConnectionProfile &profile, QWidget *parent = nullptr);

    QPlainTextEdit *sqlEdit() const { return m_sql; }
    QLineEdit *confirmationEdit() const { return m_typed; } // null unless production
    QPushButton *okButton() const { return m_ok; }

private:
    QPlainTextEdit *m_sql;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_ok;
};

} // namespace pgs
