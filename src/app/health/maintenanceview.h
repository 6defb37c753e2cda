// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"
#include "health/maintenance.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class MaintenanceView;
}

namespace pgs {

class AppContext;
class Job;

// The Maintenance page: the tables of the connection's database with dead rows, last (auto)vacuum
// and analyze, size and autovacuum settings to choose from; the operation and its options with
// the warnings that go with them (VACUUM FULL's exclusive lock, pg_repack); Run as a job with
// live progress from pg_stat_progress_* and Cancel; the per-table autovacuum settings editor
// (AutovacuumDialog).
class MaintenanceView : public QWidget
{
    Q_OBJECT
public:
    MaintenanceView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~MaintenanceView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

    health::MaintenanceRequest request() const; // from the checked tables and the options
    bool setChecked(const QString &schema, const QString &table, bool checked);
    int tableCount() const;
    Job *runningJob() const { return m_job; }

public Q_SLOTS:
    void reload();
    void run();
    void editAutovacuum(); // opens the settings editor for the checked tables

Q_SIGNALS:
    void tablesLoaded();
    void runFinished(bool succeeded);
    void autovacuumApplied(bool succeeded);

private:
    void updateOptions();
    void showTables(const QList<health::MaintenanceTable> &tables);
    void startJob(const health::MaintenanceRequest &request);
    void startAutovacuumJob(const QStringList &statements);

    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
    std::unique_ptr<Ui::MaintenanceView> ui;
    QList<health::MaintenanceTable> m_tables; // as listed
    health::RepackState m_repack = health::RepackState::Missing;
    QPointer<Job> m_job;
    QPointer<Job> m_read;
    bool m_reloadAgain = false;
};

} // namespace pgs
