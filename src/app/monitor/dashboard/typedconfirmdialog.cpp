// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/dashboard/typedconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgs {

TypedConfirmDialog::TypedConfirmDialog(const QString &title, const QString &text, const QString &expected,
                                       QWidget *parent)
    : QDialog(parent)
    , m_typed(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *prompt = new QLabel(tr("This is a production profile. Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_typed->setObjectName(QStringLiteral("typedConfirmationEdit"));
    layout->addWidget(m_typed);
    layout->addWidget(m_buttons);
    QPushButton *okButton = m_buttons->button(QDialogButtonBox::Ok);
    okButton->setEnabled(false);
    connect(m_typed, &QLineEdit::textChanged, okButton,
            [okButton, expected](const QString &typed) { okButton->setEnabled(typed == expected); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace pgs
