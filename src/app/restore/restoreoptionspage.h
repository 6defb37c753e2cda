// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/restorejob.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class RestoreOptionsPage;
}

namespace pgs {

class RestoreWizard;

// Page 4: parallel jobs (custom and directory archives), schema/data only, no owner, no
// privileges, role, single transaction (one job only), stop at the first error, disable triggers
// (data only). Options that do not fit the source or each other are disabled, not refused later.
class RestoreOptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreOptionsPage(RestoreWizard *wizard);
    ~RestoreOptionsPage() override;

    void storeOptions(RestoreOptions &options) const;

    void initializePage() override;
    void cleanupPage() override {}

private:
    void updateEnabled();

    std::unique_ptr<Ui::RestoreOptionsPage> ui;
    RestoreWizard *m_wizard;
};

} // namespace pgs
