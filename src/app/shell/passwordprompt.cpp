// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/passwordprompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pgs {

PasswordPrompt::PasswordPrompt(const QString &profileName, const QString &target, QWidget *parent)
    : QDialog(parent), m_edit(new QLineEdit(this))
{
    setWindowTitle(tr("Password for %1").arg(profileName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_edit->setObjectName(QStringLiteral("promptPasswordEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    auto *label = new QLabel(tr("Password for %1:").arg(target), this);
    label->setTextFormat(Qt::PlainText);
    auto *hint = new QLabel(tr("Kept in memory until pgsteward quits; never written to disk."), this);
    hint->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

QString PasswordPrompt::password() const
{
    return m_edit->text();
}

} // namespace pgs
