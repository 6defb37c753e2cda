// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"
#include "physical/pitrwindow.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PitrView;
}

namespace pgs {

class AppContext;
class Job;
class RecoveryTimeline;
struct JobOutcome;

// Backup & recovery → Point-in-time recovery: the base backup catalog and WAL archive of a
// profile (remembered per profile), the recoverable window as a time line, the base backups,
// and the recovery wizard for a moment of it.
class PitrView : public QWidget
{
    Q_OBJECT
public:
    PitrView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~PitrView() override;

    void setProfile(const ConnectionProfile &profile);
    void setFolders(const QString &catalogDir, const QString &archiveDir);
    RecoveryTimeline *timeline() const { return m_timeline; }
    QString summary() const;

    // What one refresh loads: every base backup (damaged ones too) and the window, if any.
    struct Loaded
    {
        QList<BaseBackupEntry> backups;
        std::optional<RecoveryWindow> window;
        QString error;
    };
    int backupRows() const;

public Q_SLOTS:
    void refresh();
    void openRecoveryWizard(const QDateTime &moment = {});
    // From the Backups view: this catalog (the archive as remembered), then the wizard once loaded.
    void recoverFrom(const QString &catalogDir);

Q_SIGNALS:
    void loaded();

private:
    void windowLoaded(const JobOutcome &outcome);
    void fillBackups(const QList<BaseBackupEntry> &backups);
    void browse(bool catalog);
    void rememberFolders();

    AppContext *m_app;
    ConnectionProfile m_profile;
    std::unique_ptr<Ui::PitrView> ui;
    RecoveryTimeline *m_timeline = nullptr;
    QPointer<Job> m_job;
    bool m_hasWindow = false;
    bool m_wizardOnLoad = false;
};

} // namespace pgs
