// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/sizegrowthview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pgs {

SizeGrowthView::SizeGrowthView(AppContext *app, const ConnectionProfile &profile, QWidget *parent)
    : QWidget(parent), m_app(app), m_profile(profile)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Connecting…"), this), 0, Qt::AlignCenter);
}

SizeGrowthView::~SizeGrowthView() = default;

void SizeGrowthView::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

void SizeGrowthView::setConnection(const ConnectionSpec &spec)
{
    m_spec = spec;
}

} // namespace pgs
