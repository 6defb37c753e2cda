// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/profile.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace pgs {

class AppContext;
class Job;

// Tools → Start/Stop demo workload: a light load on the local sandbox so the monitors have
// something to show. Only offered for the sandbox profile; one workload at a time.
class DemoWorkloadController : public QObject
{
    Q_OBJECT
public:
    DemoWorkloadController(AppContext *app, QAction *action, QWidget *window);

    static bool isLocalSandbox(const ConnectionProfile &profile);
    void setCurrentProfile(const std::optional<ConnectionProfile> &profile);
    Job *runningJob() const { return m_job; }

private:
    void toggle();
    void start(const ConnectionProfile &profile);
    void updateAction();

    AppContext *m_app;
    QAction *m_action;
    QWidget *m_window;
    std::optional<ConnectionProfile> m_current;
    QPointer<Job> m_job;
    bool m_resolving = false;
};

} // namespace pgs
