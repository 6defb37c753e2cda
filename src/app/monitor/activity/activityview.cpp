// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/activity/activityview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pgs {

ActivityView::ActivityView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), m_app(app), m_profile(profile)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Connecting…"), this), 0, Qt::AlignCenter);
}

ActivityView::~ActivityView() = default;

void ActivityView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

void ActivityView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
}

} // namespace pgs
