// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupwizardpage.h"

#include <memory>

namespace Ui {
class OptionsPage;
}

namespace pgs {

// Page 4: ownership and privileges, clean/if-exists (plain SQL only), encoding, lock wait
// timeout, exact row counts and extra pg_dump arguments (split like a shell would).
class OptionsPage : public BackupWizardPage
{
    Q_OBJECT
public:
    explicit OptionsPage(BackupWizard *wizard);
    ~OptionsPage() override;

    void initializePage() override;
    void applyChoices(const BackupOptions &options) override;
    void storeChoices(BackupOptions &options) const override;
    bool validatePage() override;

private:
    void updateEnabled();

    std::unique_ptr<Ui::OptionsPage> ui;
};

// Splits like a POSIX shell (quotes, backslashes) and joins back with quotes where needed.
QStringList splitShellWords(const QString &text);
QString joinShellWords(const QStringList &words);

} // namespace pgs
