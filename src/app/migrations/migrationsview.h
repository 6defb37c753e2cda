// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "migrations/migrationrunner.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class MigrationsView;
}

namespace pgs {

class AppContext;
class Job;
struct JobOutcome;
class MigrationTableModel;

// The Migrations tab of a server: a folder (remembered per profile and database) and a
// database, the migrations with their coloured states, the selected one's SQL (or the diff of
// what was applied against the file), pre-flight and lint notes; Apply / Apply to here / Roll
// back / Dry run run as jobs with per-migration progress and a log, and a failed statement is
// highlighted. On a production profile a run offers a backup first and needs the profile's name
// typed. The status is read by a view read (never listed in the Jobs panel); runs are user jobs.
class MigrationsView : public QWidget
{
    Q_OBJECT
public:
    MigrationsView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~MigrationsView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    void setFolder(const QString &dir); // as if chosen; remembered for this profile and database
    QString folder() const;
    QString database() const;
    MigrationTableModel *model() const { return m_model; }
    Ui::MigrationsView *form() const { return ui.get(); }
    bool isBusy() const { return m_statusJob || m_runJob; }
    const migrations::RunOutcome &lastRun() const { return m_lastRun; }
    const std::optional<migrations::MigrationReport> &report() const { return m_report; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void statusLoaded();
    void statusFailed(const QString &message);
    void runFinished(bool succeeded);

private:
    enum class Action { ApplyAll, ApplyToHere, RollBack, DryRun };
    // migrationsview.cpp: the folder, the database and the status
    void loadDatabases();
    void databaseChanged();
    void chooseFolder();
    void statusFinished(const JobOutcome &outcome, const std::shared_ptr<migrations::RunOutcome> &outcome2);
    void showSelected();
    void showChecks();
    void updateButtons();
    QString settingsKey(const QString &what) const;
    migrations::MigrationSource source() const;
    const migrations::MigrationStatus *selected() const;
    // migrationsrun.cpp: runs, the production guard, progress and the failed statement
    void requestRun(Action action);
    void offerBackup(Action action);
    void confirmTyped(Action action);
    void startRun(Action action);
    void runEnded(Job *job, const std::shared_ptr<migrations::RunOutcome> &outcome, Action action);
    void highlightFailure();
    QString describeRun(Action action) const;
    migrations::RunRequest requestFor(Action action) const;

    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
    std::unique_ptr<Ui::MigrationsView> ui;
    MigrationTableModel *m_model;
    QPointer<Job> m_statusJob;
    QPointer<Job> m_runJob;
    QPointer<Job> m_databasesJob;
    std::optional<migrations::MigrationReport> m_report;
    migrations::RunOutcome m_lastRun;
};

} // namespace pgs
