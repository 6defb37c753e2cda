// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupwizardpage.h"

#include <memory>

namespace Ui {
class SourcePage;
}

namespace pgs {

// Page 1: the profile (preselected) and one database from the server, or globals only, or the
// whole cluster. The database list and the pg_dump lookup come from the wizard's inventory job.
class SourcePage : public BackupWizardPage
{
    Q_OBJECT
public:
    explicit SourcePage(BackupWizard *wizard);
    ~SourcePage() override;

    BackupOptions::Source source() const;
    QString database() const;

    void applyChoices(const BackupOptions &) override {}
    void storeChoices(BackupOptions &options) const override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillProfiles();
    void inventoryChanged();
    void updateEnabled();

    std::unique_ptr<Ui::SourcePage> ui;
};

} // namespace pgs
