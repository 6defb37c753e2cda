// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupoptions.h"
#include "backup/backupsourceloader.h"

#include <QStandardItemModel>

namespace pgs {

// Schemas → tables with sizes and check boxes (schemas tristate). Maps the ticks to pg_dump's
// include/exclude options and back:
//   - "only the ticked tables": -t for every ticked table;
//   - otherwise, when whole schemas are unticked: -n for every schema with something ticked,
//     -T for unticked tables inside those; else just -T for every unticked table.
class ScopeTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Size };
    enum Role { PatternRole = Qt::UserRole + 1, SizeRole };

    explicit ScopeTreeModel(QObject *parent = nullptr);

    void setTables(const QList<ScopeTable> &tables);
    void setAllChecked(bool checked);
    void applyChoices(const BackupOptions &options);
    void storeChoices(BackupOptions &options, bool tablesOnly) const;

    qint64 tickedBytes() const;
    int tickedTables() const;
    bool anythingTicked() const;

    // The pg_dump pattern of a name: double-quoted when it is not all lower case letters, digits
    // and underscores (patterns fold case and treat * ? . as wildcards otherwise).
    static QString patternPart(const QString &name);

private:
    void itemChanged(QStandardItem *item);
    QStandardItem *schemaItem(const QString &pattern) const;

    bool m_propagating = false;
};

} // namespace pgs
