// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QWidget>

#include <optional>

namespace pgs {

class AppContext;

// Database and top-table size growth from the history store over 1h / 24h / 7d / 30d / 1y.
// ServerView owns it: setConnection() arrives once the profile's password is resolved (and again
// after the profile is edited); until then the view shows that it is connecting.
class SizeGrowthView : public QWidget
{
    Q_OBJECT
public:
    SizeGrowthView(AppContext *app, const ConnectionProfile &profile, QWidget *parent = nullptr);
    ~SizeGrowthView() override;

    void setProfile(const ConnectionProfile &profile);
    void setConnection(const ConnectionSpec &spec);

private:
    AppContext *m_app;
    ConnectionProfile m_profile;
    std::optional<ConnectionSpec> m_spec;
};

} // namespace pgs
