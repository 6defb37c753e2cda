// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/dashboard/statementsbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pgs {

StatementsBanner::StatementsBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_create(new QPushButton(tr("Create extension"), this))
{
    setObjectName(QStringLiteral("statementsBanner"));
    m_label->setObjectName(QStringLiteral("statementsBannerLabel"));
    m_create->setObjectName(QStringLiteral("createExtensionButton"));
    setFrameShape(QFrame::StyledPanel);
    // A soft amber: a hint about missing data, not an error and not the production red.
    setStyleSheet(QStringLiteral("#statementsBanner { background: #fff4d6; border: 1px solid #e0b64a; border-radius: 3px; }"
                                 "#statementsBannerLabel { color: #5c4400; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_create);
    connect(m_create, &QPushButton::clicked, this, &StatementsBanner::createRequested);
    hide();
}

void StatementsBanner::showFor(bool available, const QString &reason, bool creatable)
{
    setVisible(!available);
    if (available)
        return;
    m_label->setText(tr("Query statistics are not collected: %1").arg(reason));
    m_create->setVisible(creatable);
    m_create->setEnabled(!m_busy);
}

void StatementsBanner::setBusy(bool busy)
{
    m_busy = busy;
    m_create->setEnabled(!busy);
    m_create->setText(busy ? tr("Creating…") : tr("Create extension"));
}

} // namespace pgs
