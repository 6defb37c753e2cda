// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace pgs {

// The small "password for <profile>" question of "ask every time" profiles. Shown with open(),
// never exec(): the caller reacts to accepted()/rejected().
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    PasswordPrompt(const QString &profileName, const QString &target, QWidget *parent = nullptr);

    QString password() const;

private:
    QLineEdit *m_edit;
};

} // namespace pgs
