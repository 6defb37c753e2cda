// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/overviewwidget.h"
#include "ui_overviewwidget.h"

#include "monitor/databasetablemodel.h"
#include "monitor/humanformat.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace pgs {

namespace {
const QString kWarnStyle = QStringLiteral("QProgressBar::chunk { background-color: #f0a000; }");
const QString kAlarmColor = QStringLiteral("color: #c62828; font-weight: bold;");
} // namespace

OverviewWidget::OverviewWidget(QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::OverviewWidget>()), m_databases(new DatabaseTableModel(this))
{
    ui->setupUi(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_databases);
    proxy->setSortRole(DatabaseTableModel::SortRole);
    ui->databasesView->setModel(proxy);
    ui->databasesView->sortByColumn(DatabaseTableModel::Size, Qt::DescendingOrder);
    ui->databasesView->verticalHeader()->hide();
    ui->databasesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = ui->databasesView->horizontalHeader();
    header->setSectionResizeMode(DatabaseTableModel::Name, QHeaderView::Stretch);
    for (int c = DatabaseTableModel::Owner; c < DatabaseTableModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    ui->serverLayout->setColumnStretch(1, 1);
    ui->serverLayout->setColumnStretch(3, 1);
    ui->connectionsBar->setFormat(QString());
    connect(ui->refreshButton, &QPushButton::clicked, this, &OverviewWidget::refreshRequested);
}

OverviewWidget::~OverviewWidget() = default;

void OverviewWidget::setOverview(const ServerOverview &o, const QDateTime &refreshedAt)
{
    m_refreshedAt = refreshedAt;
    ui->versionValue->setText(o.serverVersion);
    ui->uptimeValue->setText(humanDuration(o.uptimeSeconds));
    ui->uptimeValue->setToolTip(tr("Started %1").arg(QLocale().toString(o.startedAt.toLocalTime(), QLocale::LongFormat)));
    ui->roleValue->setText(o.inRecovery ? tr("Standby (in recovery)") : tr("Primary"));
    ui->activeValue->setText(QLocale().toString(o.connectionsActive));
    showConnections(o);
    showCacheHit(o);
    m_databases->setDatabases(o.databases);
    // The long time format has seconds but also the zone name, which only adds noise here.
    QString timeFormat = QLocale().timeFormat(QLocale::LongFormat);
    timeFormat.remove(QLatin1Char('t'));
    ui->lastRefreshLabel->setText(tr("Last refresh: %1").arg(QLocale().toString(refreshedAt.time(), timeFormat.trimmed())));
}

void OverviewWidget::showConnections(const ServerOverview &o)
{
    const int max = std::max(1, o.connectionsMax);
    ui->connectionsBar->setRange(0, max);
    ui->connectionsBar->setValue(std::min(o.connectionsUsed, max));
    ui->connectionsBar->setFormat(tr("%1 / %2").arg(o.connectionsUsed).arg(o.connectionsMax));
    ui->connectionsBar->setToolTip(tr("%1 of %2 connections in use (%3 reserved for superusers)")
                                       .arg(o.connectionsUsed).arg(o.connectionsMax).arg(o.connectionsReserved));
    const bool warn = o.connectionsMax > 0 && double(o.connectionsUsed) / o.connectionsMax > kConnectionsWarnFraction;
    ui->connectionsBar->setStyleSheet(warn ? kWarnStyle : QString());
    ui->connectionsBar->setProperty("warning", warn);
}

void OverviewWidget::showCacheHit(const ServerOverview &o)
{
    if (!o.cacheHitRatio) {
        ui->cacheHitValue->setText(tr("n/a"));
        ui->cacheHitValue->setToolTip(tr("No blocks read yet since the statistics were reset."));
        ui->cacheHitValue->setStyleSheet(QString());
        return;
    }
    const double ratio = *o.cacheHitRatio;
    ui->cacheHitValue->setText(tr("%1 %").arg(QLocale().toString(ratio * 100, 'f', 1)));
    ui->cacheHitValue->setToolTip(tr("Share of block reads served from shared buffers; below %1 % is shown in red.")
                                      .arg(int(kCacheHitWarnRatio * 100)));
    ui->cacheHitValue->setStyleSheet(ratio < kCacheHitWarnRatio ? kAlarmColor : QString());
}

void OverviewWidget::setTarget(const QString &target)
{
    ui->targetLabel->setText(target);
}

void OverviewWidget::setRefreshing(bool refreshing)
{
    ui->refreshButton->setEnabled(!refreshing);
    if (refreshing && !m_refreshedAt.isValid())
        ui->lastRefreshLabel->setText(tr("Loading…"));
}

} // namespace pgs
