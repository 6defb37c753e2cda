// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/dashboard/dashboardview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pgs {

DashboardView::DashboardView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), m_app(app), m_profile(profile)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Connecting…"), this), 0, Qt::AlignCenter);
}

DashboardView::~DashboardView() = default;

void DashboardView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

void DashboardView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
}

} // namespace pgs
