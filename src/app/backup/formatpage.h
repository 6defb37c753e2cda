// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupwizardpage.h"

#include <memory>

namespace Ui {
class FormatPage;
}

namespace pgs {

// Page 2: dump format (custom, directory with parallel jobs, tar, plain SQL) and the compression
// methods and levels the located pg_dump supports for that format. Without a pg_dump at least
// as new as the server the page says which version is needed and Next stays disabled.
class FormatPage : public BackupWizardPage
{
    Q_OBJECT
public:
    explicit FormatPage(BackupWizard *wizard);
    ~FormatPage() override;

    DumpFormat format() const;

    void initializePage() override;
    void applyChoices(const BackupOptions &options) override;
    void storeChoices(BackupOptions &options) const override;
    bool isComplete() const override;

private:
    void updateTool();
    void fillMethods();
    void fillLevels();

    std::unique_ptr<Ui::FormatPage> ui;
    QString m_wantedMethod;
    int m_wantedLevel = -1;
};

} // namespace pgs
