// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "restore/restorejob.h"

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class RestoreTargetPage;
}

namespace pgs {

class RestoreWizard;

// Page 3: a new database (default, name suggested from the backup's database and today), an
// existing one (listed from the server by a job) or a throwaway sandbox cluster. Every database
// target is checked with planRestore in a job: a new name must be free; an existing database
// with tables needs its name typed to go on, shows what Clean would drop, and on a production
// profile also needs the production guard lifted for this restore.
class RestoreTargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreTargetPage(RestoreWizard *wizard);
    ~RestoreTargetPage() override;

    RestoreOptions::Target target() const;
    QString targetDatabase() const;
    bool isChecking() const { return m_planJob || m_databasesJob || m_planTimer.isActive(); }
    std::optional<RestorePlan> plan() const { return m_plan; }
    bool needsConfirmation() const;
    bool needsGuardLift() const;

    void storeOptions(RestoreOptions &options) const;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    int nextId() const override; // the globals page only when the backup has globals

Q_SIGNALS:
    void checked(); // a plan arrived (or failed)

private:
    void loadDatabases();
    void databasesFinished(Job *job);
    void targetChanged();
    void startPlan();
    void planFinished(Job *job);
    void updateState();
    void browseSandbox();

    std::unique_ptr<Ui::RestoreTargetPage> ui;
    RestoreWizard *m_wizard;
    QPointer<Job> m_databasesJob;
    QPointer<Job> m_planJob;
    QTimer m_planTimer;       // debounces typing in the name
    QString m_planKey;        // target + name the shown plan is for
    std::optional<RestorePlan> m_plan;
    QString m_planError;
    bool m_databasesLoaded = false;
    QString m_suggestedFor;   // the source the suggested name was made for
};

} // namespace pgs
