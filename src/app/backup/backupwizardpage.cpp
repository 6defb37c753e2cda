// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/backupwizardpage.h"

#include "backup/backupwizard.h"

namespace pgs {

BackupWizardPage::BackupWizardPage(BackupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {}

void BackupWizardPage::initializePage()
{
    if (m_appliedGeneration == m_wizard->choicesGeneration())
        return;
    m_appliedGeneration = m_wizard->choicesGeneration();
    applyChoices(m_wizard->initialChoices());
}

} // namespace pgs
