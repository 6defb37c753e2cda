// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/toc.h"

#include <QSet>
#include <QStandardItemModel>

namespace pgs {

// An archive's table of contents as schema → group (Tables, Sequences, Views, Functions, Indexes,
// Constraints, Data, Other) → entry, with tristate check boxes that follow each other both ways
// and data sizes where the manifest knows them. Every entry starts ticked.
class TocTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Size };
    enum Role { EntryIdRole = Qt::UserRole + 1, TableKeyRole, SizeRole };

    explicit TocTreeModel(QObject *parent = nullptr);

    void setTableOfContents(const TableOfContents &toc);
    const TableOfContents &tableOfContents() const { return m_toc; }

    QSet<int> selectedEntries() const;
    void setSelectedEntries(const QSet<int> &ids);
    void addSelectedEntries(const QSet<int> &ids);
    int selectedCount() const;
    int entryCount() const { return int(m_toc.entries.size()); }
    QStandardItem *entryItem(int id) const { return m_items.value(id); }

    // "Tables", "Data"... the group an entry type is shown under.
    static QString groupOf(const QString &type);

Q_SIGNALS:
    void selectionChanged();

private:
    void itemChanged(QStandardItem *item);
    void setSubtree(QStandardItem *item, Qt::CheckState state);
    void updateParents(QStandardItem *item);
    void refreshAllParents();

    TableOfContents m_toc;
    QHash<int, QStandardItem *> m_items; // entry id -> its name item
    bool m_propagating = false;
};

} // namespace pgs
