// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QWidget>

#include <optional>

namespace pgs {

class AppContext;

// Capacity review: growth per day, days until the volume is full, XID wraparound, and the
// exportable report.
// ServerView owns it: setConnection() arrives once the profile's password is resolved (and again
// after the profile is edited); until then the view shows that it is connecting.
class CapacityView : public QWidget
{
    Q_OBJECT
public:
    CapacityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~CapacityView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

private:
    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
};

} // namespace pgs
