// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QWidget>

#include <optional>

namespace pgs {

class AppContext;

// Live charts of one server: sessions by state, transactions per second, tuples in/out, cache
// hit ratio, block I/O and WAL rate from a LiveSampler; live sampling pauses while hidden, history
// sampling continues every minute while the profile is open.
// ServerView owns it: setConnection() arrives once the profile's password is resolved (and again
// after the profile is edited); until then the view shows that it is connecting.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~DashboardView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

private:
    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
};

} // namespace pgs
