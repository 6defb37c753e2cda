// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/livealerts.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace pgs {

class AppContext;

// Desktop notifications while the app samples: every live sample a dashboard gets
// (AppContext::liveSampled) goes through the profile's LiveAlertTracker, and each new crossing
// becomes one system tray message. Off per profile in the settings (see isEnabled). Without a
// system tray (offscreen, some desktops) the message goes to the main window's banner instead.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(AppContext *app, QObject *parent = nullptr);
    ~TrayNotifier() override;

    static bool isEnabled(AppContext *app, const QString &profileId); // default on
    static void setEnabled(AppContext *app, const QString &profileId, bool enabled);

    bool hasTray() const { return m_tray != nullptr; }

public Q_SLOTS:
    void sampleTaken(const QString &profileId, const pgs::MetricSample &sample);

Q_SIGNALS:
    void notified(const QString &profileId, const pgs::health::LiveAlert &alert); // also without a tray

private:
    void show(const health::LiveAlert &alert);

    AppContext *m_app;
    QSystemTrayIcon *m_tray = nullptr; // created on the first alert, when a tray exists
    bool m_trayChecked = false;
    QHash<QString, health::LiveAlertTracker> m_trackers; // per profile id
};

} // namespace pgs
