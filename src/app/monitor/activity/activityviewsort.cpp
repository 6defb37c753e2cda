// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityView's column sorting. The order is the server's (monitor/activity.sql), so that it
// holds across all sessions and the pages continue it; the header only shows and picks it.
#include "monitor/activity/activityview.h"
#include "monitor/activity/sessiontablemodel.h"
#include "shell/appcontext.h"

#include <QHeaderView>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>

namespace pgs {

namespace {
const QString kSortKey = QStringLiteral("activity/sortKey");
const QString kSortDescendingKey = QStringLiteral("activity/sortDescending");
} // namespace

void ActivityView::setUpSorting()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true); // the third click goes back to "most interesting first"
    const QSettings &settings = m_app->settings();
    // A key that is no longer known (older or newer version) falls back to the default order.
    m_sort = sessionSortFromKey(settings.value(kSortKey).toString()).value_or(SessionSort::Default);
    m_descending = m_sort != SessionSort::Default && settings.value(kSortDescendingKey).toBool();
    header->setSortIndicator(SessionTableModel::columnOfSort(m_sort), m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        setSort(column < 0 ? SessionSort::Default : SessionTableModel::sortOfColumn(column), order == Qt::DescendingOrder);
    });
}

void ActivityView::setSort(SessionSort sort, bool descending)
{
    descending = descending && sort != SessionSort::Default;
    QHeaderView *header = m_table->horizontalHeader();
    const int column = SessionTableModel::columnOfSort(sort);
    const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (header->sortIndicatorSection() != column || (column >= 0 && header->sortIndicatorOrder() != order)) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(column, order);
    }
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    QSettings &settings = m_app->settings();
    settings.setValue(kSortKey, sessionSortKey(sort));
    settings.setValue(kSortDescendingKey, descending);
    // A new order starts from its beginning; the selection (by pid) follows its rows if still on the page.
    m_offset = 0;
    ++m_generation;
    refresh();
}

} // namespace pgs
