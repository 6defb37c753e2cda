// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QWidget>

#include <optional>

namespace pgs {

class AppContext;

// Sessions, the blocking tree and cancel/terminate for one server.
// ServerView owns it: setConnection() arrives once the profile's password is resolved (and again
// after the profile is edited); until then the view shows that it is connecting.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    ActivityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ActivityView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

private:
    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
};

} // namespace pgs
