// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/switchover.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pgs {

// The Switch over… question: how writes stop on the primary (over SQL for any server; a fast
// shutdown when the primary is a local sandbox pgsteward can stop and start), whether the old
// primary then rejoins as a standby, the steps of the chosen way, and the typed standby name.
class SwitchoverDialog : public QDialog
{
    Q_OBJECT
public:
    // shutdownUnavailable: why the shutdown fence cannot be offered (empty: it can).
    SwitchoverDialog(const QString &primaryName, const QString &standbyName, const QString &shutdownUnavailable,
                     QWidget *parent = nullptr);

    SwitchoverFence fence() const;
    bool rejoin() const;
    QRadioButton *shutdownChoice() const { return m_shutdown; }
    QCheckBox *rejoinChoice() const { return m_rejoin; }
    QLineEdit *confirmationEdit() const { return m_typed; }

private:
    void explain();

    QString m_primary, m_standby;
    QRadioButton *m_sql;
    QRadioButton *m_shutdown;
    QCheckBox *m_rejoin;
    QLabel *m_steps;
    QLineEdit *m_typed = nullptr;
};

} // namespace pgs
