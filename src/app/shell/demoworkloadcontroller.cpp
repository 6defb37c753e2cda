// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/demoworkloadcontroller.h"

#include "sandbox/demoworkload.h"
#include "shell/appcontext.h"

#include <QAction>
#include <QWidget>

namespace pgs {

DemoWorkloadController::DemoWorkloadController(AppContext *app, QAction *action, QWidget *window)
    : QObject(window), m_app(app), m_action(action), m_window(window)
{
    connect(m_action, &QAction::triggered, this, &DemoWorkloadController::toggle);
    updateAction();
}

bool DemoWorkloadController::isLocalSandbox(const ConnectionProfile &profile)
{
    return profile.group == QLatin1String("Local") || profile.name == QLatin1String("Local sandbox");
}

void DemoWorkloadController::setCurrentProfile(const std::optional<ConnectionProfile> &profile)
{
    m_current = profile;
    updateAction();
}

void DemoWorkloadController::toggle()
{
    if (m_job) {
        m_job->cancel();
        return;
    }
    if (m_current && isLocalSandbox(*m_current))
        start(*m_current);
}

void DemoWorkloadController::start(const ConnectionProfile &profile)
{
    if (m_resolving)
        return;
    m_resolving = true;
    updateAction();
    m_app->resolveSpec(profile, m_window, [this, name = profile.name](Result<ConnectionSpec> spec) {
        m_resolving = false;
        if (!spec) {
            Q_EMIT m_app->warning(spec.error().message);
            updateAction();
            return;
        }
        m_job = m_app->jobs().start(
            tr("Demo workload on %1").arg(name),
            [spec = spec.value()](JobContext &ctx) { return runDemoWorkload(ctx, spec, 4, 0); },
            QStringLiteral("demo"));
        connect(m_job, &Job::finished, this, &DemoWorkloadController::updateAction);
        updateAction();
    });
}

void DemoWorkloadController::updateAction()
{
    const bool running = m_job && !m_job->isFinished();
    if (running) {
        m_action->setText(tr("Stop &demo workload"));
        m_action->setEnabled(true);
        m_action->setToolTip(m_job->title());
        return;
    }
    m_action->setText(tr("Start &demo workload"));
    const bool sandbox = m_current && isLocalSandbox(*m_current);
    m_action->setEnabled(sandbox && !m_resolving);
    m_action->setStatusTip(sandbox ? tr("Run a light ticketing load (4 clients) until stopped")
                                 : tr("Available for the local sandbox server (profile group \"Local\")"));
}

} // namespace pgs
