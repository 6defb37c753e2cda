// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/schedule.h"
#include "connection/profile.h"
#include "jobs/job.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ScheduleDialog;
}

namespace pgs {

class AppContext;

// Creates a recurring backup of one profile/database: shows the systemd units (or the crontab
// line) exactly as they will be written before installing them, and lists the installed ones.
// Installing, removing and listing run as jobs (they start systemctl/crontab).
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(AppContext *app, const ConnectionProfile &profile, const QString &catalogDirectory,
                   const QString &database, QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    BackupSchedule schedule() const;
    SchedulerKind scheduler() const;
    QString previewText() const;
    static QString cliPath();

public Q_SLOTS:
    void install();
    void removeSelected();
    void loadInstalled();

Q_SIGNALS:
    void installedLoaded();

private:
    void updatePreview();
    void fillCopyChoices();
    void runScheduleJob(const QString &title, JobFunction function);

    std::unique_ptr<Ui::ScheduleDialog> ui;
    AppContext *m_app;
    ConnectionProfile m_profile;
    QString m_catalogDirectory;
    QPushButton *m_installButton;
    QPushButton *m_removeButton;
    QList<BackupSchedule> m_installed;
    QPointer<Job> m_job;
};

} // namespace pgs
