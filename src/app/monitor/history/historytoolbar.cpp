// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/history/historytoolbar.h"

#include "charts/timechartview.h"

#include <QButtonGroup>
#include <QChart>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

namespace pgs {

qint64 historyRangeSeconds(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Hour: return 3600;
    case HistoryRange::Day: return 86400;
    case HistoryRange::Week: return 7 * 86400;
    case HistoryRange::Month: return 30 * 86400;
    case HistoryRange::Year: return 365 * 86400;
    }
    return 86400;
}

HistoryToolbar::HistoryToolbar(QSettings &settings, const QString &settingsKey, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_settingsKey(settingsKey),
      m_group(new QButtonGroup(this)),
      m_extra(new QHBoxLayout),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_exportPng(new QToolButton(this)),
      m_exportCsv(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Range:"), this));
    const QList<std::pair<HistoryRange, QString>> ranges{{HistoryRange::Hour, tr("1h")},
                                                         {HistoryRange::Day, tr("24h")},
                                                         {HistoryRange::Week, tr("7d")},
                                                         {HistoryRange::Month, tr("30d")},
                                                         {HistoryRange::Year, tr("1y")}};
    for (const auto &[range, text] : ranges) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setMinimumWidth(44);
        button->setObjectName(QStringLiteral("range%1").arg(int(range)));
        m_group->addButton(button, int(range));
        layout->addWidget(button);
    }
    m_group->setExclusive(true);
    const int saved = m_settings.value(m_settingsKey, int(HistoryRange::Day)).toInt();
    m_range = saved >= int(HistoryRange::Hour) && saved <= int(HistoryRange::Year) ? HistoryRange(saved) : HistoryRange::Day;
    m_group->button(int(m_range))->setChecked(true);
    layout->addSpacing(12);
    layout->addLayout(m_extra);
    layout->addStretch(1);
    layout->addWidget(m_refresh);
    for (QToolButton *button : {m_exportPng, m_exportCsv}) {
        button->setText(button == m_exportPng ? tr("Export PNG") : tr("Export CSV"));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(new QMenu(button));
        button->setEnabled(false);
        layout->addWidget(button);
    }
    m_exportPng->setObjectName(QStringLiteral("exportPng"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { setRange(HistoryRange(id)); });
    connect(m_refresh, &QPushButton::clicked, this, &HistoryToolbar::refreshRequested);
}

QAbstractButton *HistoryToolbar::rangeButton(HistoryRange range) const { return m_group->button(int(range)); }

void HistoryToolbar::setRange(HistoryRange range)
{
    m_chosen = true;
    m_settings.setValue(m_settingsKey, int(range)); // also when it was showRange()'s: now it is chosen
    showRange(range);
}

void HistoryToolbar::showRange(HistoryRange range)
{
    m_group->button(int(range))->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    Q_EMIT rangeChanged();
}

void HistoryToolbar::addChart(TimeChartView *chart)
{
    const QString title = chart->chart()->title();
    m_exportPng->menu()->addAction(title, chart, [this, chart] { exportChart(chart, true); });
    m_exportCsv->menu()->addAction(title, chart, [this, chart] { exportChart(chart, false); });
    m_exportPng->setEnabled(true);
    m_exportCsv->setEnabled(true);
}

void HistoryToolbar::addWidget(QWidget *widget) { m_extra->addWidget(widget); }

void HistoryToolbar::setBusy(bool busy) { m_refresh->setEnabled(!busy); }

void HistoryToolbar::exportChart(TimeChartView *chart, bool png)
{
    const QString title = chart->chart()->title();
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Export %1 as PNG").arg(title) : tr("Export %1 as CSV").arg(title),
        title + (png ? QStringLiteral(".png") : QStringLiteral(".csv")),
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(png ? chart->exportPng(path, &error) : chart->exportCsv(path, &error)))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace pgs
