// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/fixpreviewdialog.h"

#include "shell/typedconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pgs {

FixPreviewDialog::FixPreviewDialog(const health::HealthFinding &finding, const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent), m_sql(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("fixPreviewDialog"));
    setWindowTitle(tr("Fix %1").arg(finding.finding.code));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This runs the SQL below in the database %1 of %2:")
                                 .arg(finding.database.isEmpty() ? tr("(server-wide)") : finding.database, profile.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_sql->setReadOnly(true);
    m_sql->setPlainText(finding.finding.fixSql);
    m_sql->setMinimumSize(520, 120);
    layout->addWidget(m_sql);
    if (!finding.finding.advice.isEmpty()) {
        auto *advice = new QLabel(finding.finding.advice, this);
        advice->setWordWrap(true);
        layout->addWidget(advice);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Run fix"));
    if (profile.production)
        m_typed = TypedConfirmDialog::addTypedConfirmation(layout, m_ok, profile.name);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace pgs
