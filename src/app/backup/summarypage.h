// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupwizardpage.h"

#include <memory>

namespace Ui {
class SummaryPage;
}

namespace pgs {

// Page 5: the catalog directory (remembered per profile), the backup folder pattern, the
// estimated size and the exact command lines, connection shown as PG* variables (no password).
class SummaryPage : public BackupWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(BackupWizard *wizard);
    ~SummaryPage() override;

    QString catalogDirectory() const;
    QString commandText() const;
    void showError(const QString &message);

    void initializePage() override;
    void applyChoices(const BackupOptions &) override {}
    void storeChoices(BackupOptions &) const override {}
    bool isComplete() const override;

private:
    void render();
    void browse();

    std::unique_ptr<Ui::SummaryPage> ui;
    QString m_catalogProfileId; // the profile whose directory is shown
};

} // namespace pgs
