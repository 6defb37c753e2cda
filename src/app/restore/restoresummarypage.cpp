// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore/restoresummarypage.h"
#include "ui_restoresummarypage.h"

#include "restore/restorecommand.h"
#include "restore/restorewizard.h"

#include <QFontDatabase>

namespace pgs {

RestoreSummaryPage::RestoreSummaryPage(RestoreWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::RestoreSummaryPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    ui->commandEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

RestoreSummaryPage::~RestoreSummaryPage() = default;

QString RestoreSummaryPage::summaryText() const
{
    return ui->summaryLabel->text();
}

QString RestoreSummaryPage::commandText() const
{
    return ui->commandEdit->toPlainText();
}

void RestoreSummaryPage::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

void RestoreSummaryPage::initializePage()
{
    ui->errorLabel->hide();
    if (!m_wizard->hasSource())
        return;
    const RestoreRequest request = m_wizard->request();
    ui->summaryLabel->setText(restoreSummaryHtml(request, m_wizard->sourceName(),
                                                 int(m_wizard->tableOfContents().entries.size())));
    ui->commandEdit->setPlainText(restoreCommandText(request));
}

} // namespace pgs
