// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/typedconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgs {

TypedConfirmDialog::TypedConfirmDialog(const QString &title, const QString &text, const QString &expected,
                                       QWidget *parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_typed = addTypedConfirmation(layout, m_buttons->button(QDialogButtonBox::Ok), expected);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit *TypedConfirmDialog::addTypedConfirmation(QBoxLayout *layout, QPushButton *ok, const QString &expected)
{
    QWidget *parent = layout->parentWidget();
    auto *prompt = new QLabel(tr("This is a production profile. Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()),
                              parent);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto *typed = new QLineEdit(parent);
    typed->setObjectName(QStringLiteral("typedConfirmationEdit"));
    typed->setPlaceholderText(expected);
    layout->addWidget(typed);
    ok->setEnabled(false);
    QObject::connect(typed, &QLineEdit::textChanged, ok, [ok, expected](const QString &text) { ok->setEnabled(text == expected); });
    return typed;
}

} // namespace pgs
