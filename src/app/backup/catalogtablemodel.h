// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

namespace pgs {

// The backups of one catalog directory, fed with plain CatalogEntry lists loaded by a job.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Database, Format, Size, Duration, Status, Verified, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StatusKeyRole, DatabaseRole, SearchTextRole };

    explicit CatalogTableModel(QObject *parent = nullptr);

    void setEntries(const QList<CatalogEntry> &entries, const QDateTime &now = QDateTime::currentDateTime());
    const QList<CatalogEntry> &entries() const { return m_entries; }
    const CatalogEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "complete" "failed" "canceled" "incomplete" "in progress": the status filter's keys.
    static QString statusKey(const CatalogEntry &entry);
    static QString statusText(const QString &key);
    static QString ageText(const QDateTime &then, const QDateTime &now); // "2 h ago"
    static QString verifiedText(const BackupManifest &manifest);

private:
    QList<CatalogEntry> m_entries;
    QDateTime m_now;
};

// Filters by database, status key and a free text (folder, database, profile, error).
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterModel(QObject *parent = nullptr);
    void setDatabase(const QString &database); // empty: all
    void setStatusKey(const QString &key);     // empty: all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_database;
    QString m_status;
    QString m_text;
};

} // namespace pgs
