// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace pgs {

// The production guard of the dashboard's actions: says what will run and keeps OK disabled
// until the profile's name is typed. Open it with open(), not exec(): no nested event loop.
class TypedConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    TypedConfirmDialog(const QString &title, const QString &text, const QString &expected, QWidget *parent = nullptr);

    QLineEdit *confirmationEdit() const { return m_typed; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_typed;
    QDialogButtonBox *m_buttons;
};

} // namespace pgs
