// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupoptions.h"

#include <QWizardPage>

namespace pgs {

class BackupWizard;

// A page of the backup wizard: it shows a part of BackupOptions (applyChoices) and writes it
// back (storeChoices). Going Back keeps what the user entered: cleanupPage() resets nothing.
class BackupWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BackupWizardPage(BackupWizard *wizard);

    virtual void applyChoices(const BackupOptions &options) = 0;
    virtual void storeChoices(BackupOptions &options) const = 0;

    void initializePage() override; // applies the wizard's remembered choices when they changed
    void cleanupPage() override {}

protected:
    BackupWizard *backupWizard() const { return m_wizard; }

private:
    BackupWizard *m_wizard;
    int m_appliedGeneration = -1;
};

} // namespace pgs
