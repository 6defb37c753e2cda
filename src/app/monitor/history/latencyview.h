// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QWidget>

#include <optional>

namespace pgs {

class AppContext;

// Query latency from pg_stat_statements deltas in the history store: mean latency, calls per
// second and the top statements table.
// ServerView owns it: setConnection() arrives once the profile's password is resolved (and again
// after the profile is edited); until then the view shows that it is connecting.
class LatencyView : public QWidget
{
    Q_OBJECT
public:
    LatencyView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~LatencyView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

private:
    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
};

} // namespace pgs
