// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class RestoreSummaryPage;
}

namespace pgs {

class RestoreWizard;

// Page 5: the restore in plain words and the commands it runs (no secrets).
class RestoreSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreSummaryPage(RestoreWizard *wizard);
    ~RestoreSummaryPage() override;

    QString summaryText() const; // the plain-words part, as HTML
    QString commandText() const;
    void showError(const QString &message);

    void initializePage() override;

private:
    std::unique_ptr<Ui::RestoreSummaryPage> ui;
    RestoreWizard *m_wizard;
};

} // namespace pgs
