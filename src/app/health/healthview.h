// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "health/healthrun.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class HealthView;
}

namespace pgs {

class AppContext;
class Job;
class MaintenanceView;

// The Health tab of a server: runs every check over every database as a job, shows the findings
// grouped by severity and area with their numbers and explanation, marks what is new since the
// previous run, lets the user pick a past run, and fixes a finding after a preview of its SQL
// (a production profile asks for its name to be typed). The Maintenance page sits beside it.
class HealthView : public QWidget
{
    Q_OBJECT
public:
    HealthView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~HealthView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    MaintenanceView *maintenanceView() const { return m_maintenance; }
    const QList<health::HealthRun> &pastRuns() const { return m_runs; }
    bool isRunning() const { return !m_job.isNull(); }
    // The finding shown in the detail pane, if any.
    std::optional<health::HealthFinding> selectedFinding() const;
    bool selectFinding(const QString &code, const QString &object); // for tests and links

public Q_SLOTS:
    void runChecks();
    void fixSelected();

Q_SIGNALS:
    void runFinished();
    void fixFinished(bool succeeded);

private:
    QString historyKey() const;
    void loadPastRuns();
    void showRun(int index);
    void runDone(Job *job);
    void selectionChanged();
    void startFix(const health::HealthFinding &finding);
    void updateButtons();

    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
    std::unique_ptr<Ui::HealthView> ui;
    MaintenanceView *m_maintenance;
    QList<health::HealthRun> m_runs; // oldest first
    QList<health::HealthFinding> m_shown;
    QPointer<Job> m_job;
    QPointer<Job> m_fixJob;
};

} // namespace pgs
