// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QBoxLayout;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace pgs {

// The production guard of an action on a production profile: says what will run and keeps OK
// disabled until the profile's name is typed. Open it with open(), not exec(): no nested event loop.
class TypedConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    TypedConfirmDialog(const QString &title, const QString &text, const QString &expected, QWidget *parent = nullptr);

    QLineEdit *confirmationEdit() const { return m_typed; }

    // The typed-name prompt and field for any dialog: added to layout, ok enabled only while the
    // field holds exactly expected.
    static QLineEdit *addTypedConfirmation(QBoxLayout *layout, QPushButton *ok, const QString &expected);
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_typed = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace pgs
