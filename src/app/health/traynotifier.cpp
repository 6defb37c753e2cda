// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/traynotifier.h"

#include "shell/appcontext.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace pgs {

namespace {
QString enabledKey(const QString &profileId)
{
    return QStringLiteral("notifications/") + profileId + QStringLiteral("/enabled");
}
} // namespace

TrayNotifier::TrayNotifier(AppContext *app, QObject *parent) : QObject(parent), m_app(app)
{
    connect(app, &AppContext::liveSampled, this, &TrayNotifier::sampleTaken);
}

TrayNotifier::~TrayNotifier()
{
    delete m_tray;
}

bool TrayNotifier::isEnabled(AppContext *app, const QString &profileId)
{
    return app->settings().value(enabledKey(profileId), true).toBool();
}

void TrayNotifier::setEnabled(AppContext *app, const QString &profileId, bool enabled)
{
    app->settings().setValue(enabledKey(profileId), enabled);
}

void TrayNotifier::sampleTaken(const QString &profileId, const MetricSample &sample)
{
    if (!isEnabled(m_app, profileId)) {
        m_trackers.remove(profileId); // switched on again later: what is above alerts once more
        return;
    }
    const ConnectionProfile *profile = m_app->profiles().find(profileId);
    if (!profile)
        return;
    // The thresholds file is small and may change in the Thresholds dialog at any time.
    auto thresholds = health::loadThresholds(profileId);
    const QList<health::LiveAlert> alerts =
        m_trackers[profileId].update(profile->name, sample, thresholds ? *thresholds : health::Thresholds());
    for (const health::LiveAlert &alert : alerts) {
        show(alert);
        Q_EMIT notified(profileId, alert);
    }
}

void TrayNotifier::show(const health::LiveAlert &alert)
{
    if (!m_trayChecked) {
        m_trayChecked = true;
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            m_tray = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            m_tray->setToolTip(QStringLiteral("pgsteward"));
            m_tray->show();
        }
    }
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(alert.title, alert.message, QSystemTrayIcon::Warning, 15000);
    else
        Q_EMIT m_app->warning(alert.title + QStringLiteral(" — ") + alert.message);
}

} // namespace pgs
