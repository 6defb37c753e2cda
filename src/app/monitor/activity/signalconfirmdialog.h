// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/activity.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace pgs {

// Asks before cancelling or terminating sessions: lists the pids with who and what they run.
// On a production profile the OK button stays disabled until the profile's name is typed.
class SignalConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    SignalConfirmDialog(BackendSignal signal, const QList<SessionActivity> &sessions, const QString &profileName,
                        bool production, QWidget *parent = nullptr);

    QLineEdit *confirmationEdit() const { return m_typed; } // null unless production
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_typed = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace pgs
